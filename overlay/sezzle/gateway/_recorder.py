"""A record of every API request the gateway received, for tests to assert on.

Secrets are kept out: the ``Authorization`` value is replaced by a marker (keeping the scheme, so a
test can still see that ``Bearer`` was sent) and the private key in an authentication body is masked.
"""

from __future__ import annotations

import fnmatch
import json
import threading
from collections.abc import Iterator, Mapping
from datetime import datetime
from typing import Any

import attrs

from sezzle.gateway._faults import AUTHENTICATION_PATHS

__all__ = ["REDACTED", "RecordedRequest", "RequestLog", "redact_body", "redact_headers"]

REDACTED = "[redacted]"


def redact_headers(headers: Mapping[str, str]) -> dict[str, str]:
    """Headers with lowercase names and the Authorization value masked."""
    clean: dict[str, str] = {}
    for name, value in headers.items():
        lowered = name.lower()
        if lowered == "authorization":
            scheme, _, rest = value.partition(" ")
            value = f"{scheme} {REDACTED}" if rest else REDACTED
        clean[lowered] = value
    return clean


def redact_body(path: str, body: bytes) -> bytes:
    if path not in AUTHENTICATION_PATHS or not body:
        return body
    try:
        data = json.loads(body)
    except ValueError:
        return REDACTED.encode()
    if not isinstance(data, dict):
        return REDACTED.encode()
    if "private_key" in data:
        data["private_key"] = REDACTED
    return json.dumps(data).encode()


@attrs.frozen
class RecordedRequest:
    """One request as the gateway saw it, and how it answered."""

    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    request_id: str | None
    at: datetime
    status: int | None
    """The status answered; None when the connection was dropped without an answer."""
    fault: str | None = None
    """``fail``, ``delay`` or ``drop`` when an injected fault hit this request."""
    replayed: bool = False
    """True when the answer was the stored result of an earlier request with the same Sezzle-Request-Id."""
    body: bytes = attrs.field(default=b"", repr=False)

    @property
    def dropped(self) -> bool:
        """Whether a fault dropped this request's answer (the gateway applied it, the client saw nothing)."""
        return self.fault == "drop"

    def json(self) -> Any:
        """The request body decoded from JSON, or None without a body."""
        return json.loads(self.body) if self.body else None


class RequestLog:
    """Thread-safe, in the order requests were answered (a delayed request lands after quicker ones).

    Paths in filters are globs such as ``/v2/order/*/capture``.
    """

    def __init__(self) -> None:
        self._records: list[RecordedRequest] = []
        self._lock = threading.Lock()

    def add(self, record: RecordedRequest) -> None:
        """Record one request (the gateway calls this for every request it serves)."""
        with self._lock:
            self._records.append(record)

    def all(self) -> list[RecordedRequest]:
        """Every recorded request, oldest first."""
        with self._lock:
            return list(self._records)

    def __len__(self) -> int:
        with self._lock:
            return len(self._records)

    def __iter__(self) -> Iterator[RecordedRequest]:
        return iter(self.all())

    def __getitem__(self, index: int) -> RecordedRequest:
        with self._lock:
            return self._records[index]

    def matching(self, method: str | None = None, path: str | None = None) -> list[RecordedRequest]:
        """Recorded requests with this method and path pattern (``*`` matches one segment), oldest first.

        ```python
        attempts = gw.requests.matching("POST", "/v2/order/*/capture")
        ```
        """
        return [
            record
            for record in self.all()
            if (method is None or record.method == method.upper())
            and (path is None or fnmatch.fnmatchcase(record.path, path))
        ]

    def count(self, method: str | None = None, path: str | None = None) -> int:
        """How many recorded requests match (see ``matching``)."""
        return len(self.matching(method, path))

    @property
    def auth_count(self) -> int:
        """How many times a bearer token was asked for, through v2 or v1."""
        return sum(self.count("POST", path) for path in AUTHENTICATION_PATHS)

    @property
    def last(self) -> RecordedRequest | None:
        """The most recent request, or None."""
        with self._lock:
            return self._records[-1] if self._records else None

    def clear(self) -> None:
        """Forget every recorded request."""
        with self._lock:
            self._records.clear()
