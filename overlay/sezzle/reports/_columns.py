"""Where each known column sits in one report, read once from its header row.

Reports differ by API version (v2 adds columns), by merchant (the interest column comes and goes) and by
request (metadata keys become columns), so nothing here assumes an order: the header decides, and every
column the models do not know is kept, by its header name, for their ``extra``.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from operator import itemgetter
from typing import Any

import attrs

from sezzle.reports._cells import CellError
from sezzle.reports.errors import ReportParseError

__all__ = ["Columns"]


@attrs.frozen
class Columns:
    """One header, with the position of each known column and of every other one."""

    names: tuple[str, ...]
    unknown: tuple[tuple[str, int], ...]
    """Each column the models do not know: its header name and position."""
    picker: itemgetter[Any]
    """Picks the known columns' cells, in their declared order, from a row ``fit`` has made ready."""
    positions: tuple[int, ...]
    """Where ``picker`` looks for each known column; one past the last column for a column the header lacks."""
    omittable: int = 0
    """How many trailing cells a row may leave out: only where the format documents such rows, since
    anywhere else a short row is a row cut short."""

    @classmethod
    def read(
        cls, header: Sequence[str], *, row: int, known: Sequence[str], required: Collection[str], omittable: int = 0
    ) -> Columns:
        """The layout of a header row; raises when it lacks a column the models cannot do without."""
        names = tuple(name.strip().lstrip("\ufeff") for name in header)
        for name in required:
            if name not in names:
                raise ReportParseError(f"the header has no {name!r} column", row=row)
        first = {name: index for index, name in reversed(list(enumerate(names)))}
        used = {first[name] for name in known if name in first}
        # A column the header lacks points one past the end, at the blank cell every row is given there.
        positions = tuple(first.get(name, len(names)) for name in known)
        picker = itemgetter(*positions)
        unknown = tuple((name, index) for index, name in enumerate(names) if index not in used)
        return cls(names=names, unknown=unknown, picker=picker, positions=positions, omittable=omittable)

    @property
    def width(self) -> int:
        return len(self.names)

    def fit(self, cells: list[str]) -> list[str]:
        """A row made ready for ``picker``: omitted trailing cells read as empty, one blank cell added past the end.

        Raises for a row with more cells than the header has columns, and for one with fewer than the
        header less the ``omittable`` cells.
        """
        short = len(self.names) + 1 - len(cells)
        if short == 1:
            cells.append("")
        elif 1 < short <= 1 + self.omittable:
            cells.extend([""] * short)
        elif short > 1:
            width = len(self.names)
            raise CellError(
                None, f"{len(cells)} cells but the header names {width} columns: the row is cut short or malformed"
            )
        else:
            width = len(self.names)
            beyond = f"cell {width + 1}" if short == 0 else f"cells {width + 1} to {len(cells)}"
            raise CellError(None, f"{len(cells)} cells but the header names {width} columns ({beyond} beyond it)")
        return cells

    def pick(self, cells: list[str]) -> tuple[str, ...]:
        """The cells of the known columns, in their declared order."""
        result: tuple[str, ...] = self.picker(self.fit(cells))
        return result

    def unknown_cells(self, cells: list[str]) -> dict[str, str]:
        """The cells of the columns the models do not know, by header name, as written."""
        return {name: cells[index] for name, index in self.unknown}
