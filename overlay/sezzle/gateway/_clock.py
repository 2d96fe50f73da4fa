"""The gateway's notion of time, which tests can move forward instead of waiting."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime, timedelta

from sezzle.errors import InvalidInputError

__all__ = ["Clock"]


class Clock:
    """Simulated UTC time that every expiry in the gateway follows.

    By default it ticks with real time from ``start`` (now, if omitted); ``advance`` jumps it forward,
    so a test can let a bearer token or an authorization expire without waiting. A frozen clock moves
    only when advanced, which makes timestamps in a test predictable.
    """

    def __init__(self, start: datetime | None = None, *, frozen: bool = False) -> None:
        if start is not None and start.tzinfo is None:
            raise InvalidInputError("start", "must be a timezone-aware datetime")
        self._start = (start or datetime.now(UTC)).astimezone(UTC)
        self._started = time.monotonic()
        self._frozen = frozen
        self._offset = timedelta()
        self._lock = threading.Lock()

    @property
    def frozen(self) -> bool:
        """Whether the clock is stopped (``freeze()``), so only ``advance()`` moves it."""
        return self._frozen

    def now(self) -> datetime:
        """The current simulated time, timezone-aware in UTC."""
        with self._lock:
            ticked = timedelta() if self._frozen else timedelta(seconds=time.monotonic() - self._started)
            return self._start + ticked + self._offset

    def advance(self, seconds: float | timedelta) -> datetime:
        """Move time forward and return the new current time; time never goes backwards."""
        step = seconds if isinstance(seconds, timedelta) else timedelta(seconds=seconds)
        if step < timedelta():
            raise InvalidInputError("seconds", "must not be negative: the clock never goes backwards")
        with self._lock:
            self._offset += step
        return self.now()

    def __repr__(self) -> str:
        mode = "frozen" if self._frozen else "ticking"
        return f"<Clock {self.now().isoformat()} {mode}>"
