"""Injected failures, so a client's retry, timeout and idempotency handling can be tested for real.

Each rule applies to the next ``n`` requests it matches (by method and by a path glob such as
``/v2/order/*/capture`` or a compiled regular expression). The authentication routes (v2's and v1's)
are spared unless the path pattern names them, so a client can still get a token while its other calls
fail.
"""

from __future__ import annotations

import fnmatch
import re
import threading
from typing import Literal

import attrs

from sezzle.errors import InvalidInputError

__all__ = ["AUTHENTICATION_PATH", "AUTHENTICATION_PATHS", "Fault", "Faults", "PathPattern"]

AUTHENTICATION_PATH = "/v2/authentication"
AUTHENTICATION_PATHS = (AUTHENTICATION_PATH, "/v1/authentication")
PathPattern = str | re.Pattern[str]


@attrs.frozen
class Fault:
    """What happens to one matched request.

    ``fail``: answer ``status`` with a Sezzle error body (and ``Retry-After`` if set) without handling it.
    ``delay``: wait ``seconds`` before handling it normally.
    ``drop``: handle it (its effect applies) and close the connection without answering.
    """

    kind: Literal["fail", "delay", "drop"]
    status: int = 500
    retry_after: float | None = None
    seconds: float = 0.0


@attrs.define
class _Rule:
    fault: Fault
    remaining: int
    method: str | None
    path: PathPattern | None

    def matches(self, method: str, path: str) -> bool:
        if self.method is not None and self.method != method:
            return False
        if self.path is None:
            return path not in AUTHENTICATION_PATHS
        if isinstance(self.path, re.Pattern):
            pattern_text, hit = self.path.pattern, self.path.fullmatch(path) is not None
        else:
            pattern_text, hit = self.path, fnmatch.fnmatchcase(path, self.path)
        if path in AUTHENTICATION_PATHS and "authentication" not in pattern_text:
            return False
        return hit


def _count(n: int) -> int:
    if isinstance(n, bool) or not isinstance(n, int) or n < 1:
        raise InvalidInputError("n", "must be a positive number of requests")
    return n


class Faults:
    """Fault rules, consumed in the order they were added; thread-safe."""

    def __init__(self) -> None:
        self._rules: list[_Rule] = []
        self._lock = threading.Lock()

    def fail_next(
        self,
        n: int = 1,
        *,
        status: int = 500,
        retry_after: float | None = None,
        method: str | None = None,
        path: PathPattern | None = None,
    ) -> None:
        """Answer the next ``n`` matching requests with ``status`` (for example 500, 503 or 429)."""
        if isinstance(status, bool) or not isinstance(status, int) or not 400 <= status <= 599:
            raise InvalidInputError("status", "must be an HTTP error status from 400 to 599")
        if retry_after is not None and retry_after < 0:
            raise InvalidInputError("retry_after", "must not be negative")
        self._add(Fault("fail", status=status, retry_after=retry_after), n, method, path)

    def delay_next(
        self, n: int = 1, seconds: float = 1.0, *, method: str | None = None, path: PathPattern | None = None
    ) -> None:
        """Hold the next ``n`` matching requests for ``seconds`` before handling them."""
        if seconds < 0:
            raise InvalidInputError("seconds", "must not be negative")
        self._add(Fault("delay", seconds=seconds), n, method, path)

    def drop_next(self, n: int = 1, *, method: str | None = None, path: PathPattern | None = None) -> None:
        """Apply the next ``n`` matching requests, then close the connection without an answer."""
        self._add(Fault("drop"), n, method, path)

    def _add(self, fault: Fault, n: int, method: str | None, path: PathPattern | None) -> None:
        rule = _Rule(fault, _count(n), method.upper() if method else None, path)
        with self._lock:
            self._rules.append(rule)

    def clear(self) -> None:
        """Drop every fault rule not yet used up."""
        with self._lock:
            self._rules.clear()

    @property
    def pending(self) -> int:
        """How many requests are still due to be failed, delayed or dropped."""
        with self._lock:
            return sum(rule.remaining for rule in self._rules)

    def take(self, method: str, path: str) -> Fault | None:
        """The fault for this request, if any rule matches; consumes one use of that rule."""
        with self._lock:
            for rule in self._rules:
                if rule.matches(method, path):
                    rule.remaining -= 1
                    if rule.remaining == 0:
                        self._rules.remove(rule)
                    return rule.fault
        return None
