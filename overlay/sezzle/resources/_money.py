"""Inputs of the calls that move money: an amount, and a request id that survives retries."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sezzle._http import REQUEST_ID_HEADER
from sezzle.errors import InvalidInputError
from sezzle.resources._base import new_request_id
from sezzle_api.models import Price

AmountInput = Price | Mapping[str, Any]  # checked against the operation's rules when its body is built


def request_id_header(idempotency_key: str | None) -> dict[str, str]:
    """The ``Sezzle-Request-Id`` for one logical call: the caller's key, or a fresh one reused on every retry."""
    if idempotency_key is not None:
        if not isinstance(idempotency_key, str) or not idempotency_key.strip():
            raise InvalidInputError("idempotency_key", "must be a non-empty string")
        if not idempotency_key.isascii() or not idempotency_key.isprintable():
            raise InvalidInputError("idempotency_key", "must be printable ASCII: it is sent as an HTTP header")
    return {REQUEST_ID_HEADER: idempotency_key or new_request_id()}
