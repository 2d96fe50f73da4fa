"""``Sezzle-Request-Id``: a repeated request gets the first answer back and has no second effect.

A key is bound to the first request that used it (method, path and body, with JSON compared by
meaning rather than byte for byte). Reusing it for anything else is refused with 422
``idempotency_key_reused``. Keys are kept for the gateway's lifetime.
"""

from __future__ import annotations

import hashlib
import json

from sezzle.gateway._exchange import Response
from sezzle.gateway._problem import refused

__all__ = ["REQUEST_ID_HEADER", "IdempotencyStore"]

REQUEST_ID_HEADER = "Sezzle-Request-Id"


def fingerprint(method: str, path: str, body: bytes) -> str:
    try:
        canonical = (
            json.dumps(json.loads(body), sort_keys=True, separators=(",", ":")).encode() if body.strip() else b""
        )
    except ValueError:
        canonical = body
    return hashlib.sha256(b"\0".join((method.encode(), path.encode(), canonical))).hexdigest()


class IdempotencyStore:
    """Answers by key. Not locked itself: used under the engine's lock, around the operation it guards."""

    def __init__(self) -> None:
        self._answers: dict[str, tuple[str, Response]] = {}

    def recall(self, key: str, method: str, path: str, body: bytes) -> Response | None:
        """The stored answer for a repeat of the same request; None if the key is new."""
        stored = self._answers.get(key)
        if stored is None:
            return None
        first_fingerprint, response = stored
        if first_fingerprint != fingerprint(method, path, body):
            raise refused(
                "idempotency_key_reused",
                f"this {REQUEST_ID_HEADER} was already used for a different request; use a new one",
                REQUEST_ID_HEADER,
            )
        return response

    def remember(self, key: str, method: str, path: str, body: bytes, response: Response) -> None:
        self._answers[key] = (fingerprint(method, path, body), response)
