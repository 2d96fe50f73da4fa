"""Verify and read a delivery in one call, from whatever a web framework gives."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Protocol

from sezzle.errors import InvalidInputError, WebhookSignatureError
from sezzle.webhooks._events import Event, parse_event
from sezzle.webhooks._signature import SIGNATURE_HEADER, Keys, WebhookKeys, raw_body, verify_signature

__all__ = ["Headers", "construct_event", "signature_header"]


class Headers(Protocol):
    """Request headers: a dict, or the headers object of Flask, Django, Starlette/FastAPI or httpx."""

    def items(self) -> Iterable[tuple[str, str]]:
        """The header names and values (every mapping of headers has them)."""
        ...


def signature_header(headers: Headers) -> str | None:
    """The ``Sezzle-Signature`` value, whatever the case of the name; None if absent.

    The header sent twice with different values is refused: which one to trust would be a guess.
    """
    wanted = SIGNATURE_HEADER.lower()
    items = getattr(headers, "items", None)
    if not callable(items):
        raise InvalidInputError(
            "headers",
            f"must be the request's headers (a mapping or a framework's headers), got {type(headers).__name__}",
        )
    try:
        pairs = [(name, value) for name, value in items()]
    except (TypeError, ValueError):
        raise InvalidInputError("headers", "items() must give (name, value) pairs") from None
    found = {_stripped(value) for name, value in pairs if isinstance(name, str) and name.lower() == wanted}
    if len(found) > 1:
        raise WebhookSignatureError(f"the request has more than one {SIGNATURE_HEADER} header")
    return next(iter(found), None)


def construct_event(body: bytes | bytearray | memoryview, headers: Headers, keys: Keys) -> Event[object]:
    """Verify a delivery's signature and read its body into a typed event.

    ``body`` is the raw request body (``request.get_data()`` in Flask, ``request.body`` in Django,
    ``await request.body()`` in FastAPI). Raises ``WebhookSignatureError`` for a delivery that is
    not from Sezzle, and ``InvalidInputError`` for a signed body that is not a webhook envelope, or for
    a ``body`` or ``headers`` of the wrong type.
    """
    checked = keys if isinstance(keys, WebhookKeys) else WebhookKeys(keys)
    del keys  # error reporters record the locals of each frame a traceback passes through
    raw = raw_body(body)
    verify_signature(raw, signature_header(headers), checked)
    return parse_event(raw)


def _stripped(value: object) -> Any:
    return value.strip() if isinstance(value, str) else value
