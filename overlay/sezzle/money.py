"""Build prices from integer cents or exact decimal amounts, never from floats.

A float cannot hold most cent amounts exactly (``0.1 + 0.2 != 0.3``), so a payment SDK must not accept
one silently.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

from sezzle._core.rules import rules
from sezzle.errors import InvalidInputError
from sezzle_api.models import Price

AmountInput = Price | Mapping[str, Any]
"""An amount argument: a ``Price`` or its JSON form, checked against the operation's rules when sent."""

# ISO 4217 minor units for currencies that do not use two decimals.
# What an amount written as text may look like: ASCII digits, one optional sign, one optional point.
# ``Decimal`` alone also reads ``"1_000"``, ``"1e3"`` and other scripts' digits (Arabic-Indic 100).
_AMOUNT_TEXT = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)")
_MINOR_UNITS = {"JPY": 0, "KRW": 0, "ISK": 0, "CLP": 0, "VND": 0, "BHD": 3, "KWD": 3, "JOD": 3, "OMR": 3, "TND": 3}


def minor_units(currency: str) -> int:
    """How many decimal places a currency's amounts have (2 for USD and CAD)."""
    return _MINOR_UNITS.get(currency, 2)


def to_cents(amount: int | Decimal | str, currency: str = "USD", field: str = "amount") -> int:
    """Integer minor units (cents) from int cents, or from a Decimal / decimal string in major units.

    ``to_cents(1999)`` and ``to_cents("19.99")`` and ``to_cents(Decimal("19.99"))`` are all 1999.
    """
    if isinstance(amount, bool | float):
        raise InvalidInputError(field, "floats cannot represent money exactly; pass int cents, a Decimal or a str")
    if isinstance(amount, int):
        cents = amount
    elif isinstance(amount, Decimal | str):
        if isinstance(amount, str) and _AMOUNT_TEXT.fullmatch(amount.strip(" ")) is None:
            shown = repr(amount) if len(amount) <= 40 else f"{amount[:40]!r}..."
            raise InvalidInputError(field, f"is not a decimal amount (ASCII digits, one sign, one point): {shown}")
        try:
            value = Decimal(amount.strip(" ") if isinstance(amount, str) else amount)
        except InvalidOperation:
            raise InvalidInputError(field, f"is not a decimal amount: {amount!r}") from None
        if not value.is_finite():
            raise InvalidInputError(field, f"must be a finite amount, got {amount!r}")
        scaled = value.scaleb(minor_units(currency))
        if scaled != scaled.to_integral_value():
            raise InvalidInputError(field, f"has more decimals than {currency} allows: {amount!r}")
        cents = int(scaled)
    else:
        raise InvalidInputError(field, f"must be int cents, a Decimal or a str, got {type(amount).__name__}")
    return cents  # may be negative: a discount or a rebate


def price(amount: int | Decimal | str, currency: str = "USD") -> Price:
    """A ``Price`` from int cents or an exact decimal amount: ``price("19.99", "USD")``.

    Checked against the spec's Price (whole int32 cents, an ISO 4217 currency).
    """
    if not isinstance(currency, str):
        raise InvalidInputError("currency", f"must be a string, got {type(currency).__name__}")
    cents = to_cents(amount, currency)
    data = {"amount_in_cents": cents, "currency": currency}
    violation = rules().schemas.first(data, {"$ref": "#/components/schemas/Price"})
    if violation is not None:
        raise InvalidInputError(violation.location or "price", violation.message.removeprefix(f"{violation.location} "))
    return Price(amount_in_cents=cents, currency=currency)


def to_decimal(cents: int, currency: str = "USD") -> Decimal:
    """Major units as an exact Decimal: ``to_decimal(1999) == Decimal("19.99")``."""
    return Decimal(cents).scaleb(-minor_units(currency))
