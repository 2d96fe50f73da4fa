"""Reading v2 request JSON that the spec's rules have already accepted: values only, no rules.

Every v2 body is checked against the merged spec before its operation runs
(:mod:`sezzle.gateway._request_rules`), so what the readers here see already has the types, patterns and
bounds the spec states. Stating any of those again here would let the gateway disagree with the spec,
so the readers only extract: JSON null reads as absent, and a missing part is absent (or a default).

An operation that needs a value the spec lets a request leave out would be a gap in the spec, not a
refusal Sezzle makes: :class:`SpecGap` answers it as an internal error, so a test notices.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from sezzle.gateway._wire import Money

__all__ = ["Fields", "SpecGap", "whole_number"]


class SpecGap(LookupError):
    """An operation needs a value that the spec's rules let the request leave out."""


def whole_number(value: Any) -> int | None:
    """``value`` as a whole number when it is one in any form integrations send: 2, 2.0 or "2.0000"."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else None
    if isinstance(value, str):
        try:
            number = Decimal(value.strip())
        except InvalidOperation:
            return None
        return int(number) if number.is_finite() and number == number.to_integral_value() else None
    return None


class Fields:
    """One JSON object of a request, and where it sits in it (``order.order_amount``)."""

    def __init__(self, data: Mapping[str, Any], location: str = "") -> None:
        self.data = data
        self.location = location

    def where(self, name: str) -> str:
        return f"{self.location}.{name}" if self.location else name

    def has(self, name: str) -> bool:
        return self.data.get(name) is not None

    def _needed(self, name: str, value: Any) -> Any:
        if value is None:
            raise SpecGap(f"the spec lets {self.where(name)} be absent, but the operation needs it")
        return value

    def text(self, name: str) -> str | None:
        value = self.data.get(name)
        return value if isinstance(value, str) else None

    def expect_text(self, name: str) -> str:
        text: str = self._needed(name, self.text(name))
        return text

    def flag(self, name: str, default: bool = False) -> bool:
        value = self.data.get(name)
        return value if isinstance(value, bool) else default

    def nested(self, name: str) -> Fields | None:
        value = self.data.get(name)
        return Fields(value, self.where(name)) if isinstance(value, Mapping) else None

    def expect_nested(self, name: str) -> Fields:
        nested: Fields = self._needed(name, self.nested(name))
        return nested

    def entries(self, name: str) -> list[Any]:
        """The array's entries; an absent array has none."""
        value = self.data.get(name)
        return list(value) if isinstance(value, list) else []

    def texts(self, name: str) -> dict[str, str]:
        """An object of strings, such as ``metadata``; an absent one is empty."""
        value = self.data.get(name)
        if not isinstance(value, Mapping):
            return {}
        return {key: item for key, item in value.items() if isinstance(item, str)}

    def moment(self, name: str) -> datetime | None:
        """An RFC 3339 date-time with an offset; anything else reads as absent."""
        text = self.text(name)
        try:
            moment = None if text is None else datetime.fromisoformat(text)
        except ValueError:
            return None
        return moment if moment is not None and moment.tzinfo is not None else None

    def as_price(self) -> Money | None:
        """This object read as a Price (``amount_in_cents`` and ``currency``), if it holds both."""
        cents = whole_number(self.data.get("amount_in_cents"))
        currency = self.text("currency")
        return None if cents is None or currency is None else Money(cents, currency)

    def expect_as_price(self) -> Money:
        price: Money = self._needed("amount_in_cents", self.as_price())
        return price

    def price(self, name: str) -> Money | None:
        nested = self.nested(name)
        return None if nested is None else nested.as_price()

    def expect_price(self, name: str) -> Money:
        price: Money = self._needed(name, self.price(name))
        return price
