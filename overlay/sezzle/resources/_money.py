"""Inputs of the calls that move money: a positive amount, and a request id that survives retries."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sezzle._http import REQUEST_ID_HEADER
from sezzle.errors import InvalidInputError
from sezzle.resources._base import new_request_id
from sezzle.validation import to_model
from sezzle_api.models import Price

AmountInput = Price | Mapping[str, Any]


def positive_amount(amount: AmountInput, field: str = "amount") -> Price:
    """A Price that moves money: checked like any price, and more than zero."""
    checked = to_model(amount, Price, field)
    if checked.amount_in_cents <= 0:
        raise InvalidInputError(f"{field}.amount_in_cents", f"must be greater than zero, got {checked.amount_in_cents}")
    return checked


def request_id_header(idempotency_key: str | None) -> dict[str, str]:
    """The ``Sezzle-Request-Id`` for one logical call: the caller's key, or a fresh one reused on every retry."""
    if idempotency_key is not None and (not isinstance(idempotency_key, str) or not idempotency_key.strip()):
        raise InvalidInputError("idempotency_key", "must be a non-empty string")
    return {REQUEST_ID_HEADER: idempotency_key or new_request_id()}
