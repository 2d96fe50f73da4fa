"""Figures over repeated rounds: the median, and how far rounds spread around it."""

from __future__ import annotations

import statistics
from collections.abc import Sequence

import attrs


@attrs.frozen
class Spread:
    """A set of per-round values: the median, the interquartile range, and the extremes."""

    values: tuple[float, ...]

    @classmethod
    def of(cls, values: Sequence[float]) -> Spread:
        if not values:
            raise ValueError("a spread needs at least one value")
        return cls(tuple(values))

    @property
    def median(self) -> float:
        return statistics.median(self.values)

    @property
    def low(self) -> float:
        return min(self.values)

    @property
    def high(self) -> float:
        return max(self.values)

    @property
    def quartiles(self) -> tuple[float, float]:
        """The 25th and 75th percentiles (the extremes when there are fewer than four rounds)."""
        if len(self.values) < 4:
            return self.low, self.high
        q1, _, q3 = statistics.quantiles(self.values, n=4, method="inclusive")
        return q1, q3

    def describe(self, unit: str = "", digits: int = 2) -> str:
        """``median (IQR a-b, range c-d, n rounds)``."""
        q1, q3 = self.quartiles
        number = f"{{:.{digits}f}}"
        fmt = (number + unit).format
        return (
            f"{fmt(self.median)} (IQR {fmt(q1)}-{fmt(q3)}, range {fmt(self.low)}-{fmt(self.high)}, "
            f"{len(self.values)} round{'s' if len(self.values) != 1 else ''})"
        )


def ratios(numerators: Sequence[float], denominators: Sequence[float]) -> Spread:
    """Per-round ratios of two series measured side by side."""
    if len(numerators) != len(denominators):
        raise ValueError("both sides need the same number of rounds")
    return Spread.of([a / b for a, b in zip(numerators, denominators, strict=True)])
