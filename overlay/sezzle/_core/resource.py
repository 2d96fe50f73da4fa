"""What every resource namespace shares: the client's sender, argument checks, and building a body.

Generated resource classes (``sezzle_api.api.<tag>``) and the hand-written ones (``sezzle.resources``,
``sezzle.v1``) derive from these bases, so each public method refuses arguments outside its signature
(``sezzle._core.arguments``) before anything is built.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from sezzle._core.arguments import check_public_methods
from sezzle.errors import InvalidInputError

if TYPE_CHECKING:
    from sezzle._core.sender import AsyncSender, Sender


class Resource:
    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        check_public_methods(cls)

    def __init__(self, sender: Sender) -> None:
        self._sender = sender


class AsyncResource:
    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        check_public_methods(cls)

    def __init__(self, sender: AsyncSender) -> None:
        self._sender = sender


def present(**fields: object) -> dict[str, object]:
    """The body fields among a method's keyword arguments: those left out (None) are not sent."""
    return {name: value for name, value in fields.items() if value is not None}


def either(name: str, whole: object, fields: Mapping[str, object]) -> object:
    """A whole request body, or the fields given as keyword arguments: not both."""
    if whole is None:
        return fields
    if fields:
        raise InvalidInputError(name, f"pass either a whole {name} or keyword arguments, not both")
    return whole


def request_id(idempotency_key: str | None) -> str:
    """The ``Sezzle-Request-Id`` of one logical call: the caller's key, or a fresh one, sent on every retry."""
    if idempotency_key is None:
        return str(uuid.uuid4())
    if not isinstance(idempotency_key, str) or not idempotency_key.strip():
        raise InvalidInputError("idempotency_key", "must be a non-empty string")
    if not idempotency_key.isascii() or not idempotency_key.isprintable():
        raise InvalidInputError("idempotency_key", "must be printable ASCII: it is sent as an HTTP header")
    return idempotency_key
