"""Run each webhook event's handler once, however many times Sezzle delivers it.

Sezzle retries a delivery for about five days, may send one event twice and does not sign a
timestamp, so a delivery can be replayed. The event ``uuid`` stays the same across all of these:
claiming it before the handler runs, and releasing the claim if the handler fails, makes handling
once-only while still letting Sezzle's next retry run a failed handler again.

Stores shared between processes (``sezzle.stores``) also take a lease and a completion marker: a claim
lasts ``lease`` seconds unless ``complete`` marks the event handled, so a worker killed mid-handler
frees its event for the next delivery, and a handled event is remembered for a retention window
longer than Sezzle's retries. ``Deduplicator`` calls ``complete`` on any store that has it.
"""

from __future__ import annotations

import inspect
import threading
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from typing import Protocol, TypeVar

from sezzle.errors import ClaimStoreError, ConfigurationError, InvalidInputError

__all__ = [
    "AsyncClaimStore",
    "AsyncCompletingClaimStore",
    "AsyncDeduplicator",
    "ClaimStore",
    "CompletingClaimStore",
    "Deduplicator",
    "HasUuid",
    "InMemoryClaimStore",
]


class HasUuid(Protocol):
    """Anything with the event ``uuid`` that Sezzle repeats on every delivery of one event."""

    @property
    def uuid(self) -> str:
        """The event's id: retries and duplicates repeat it."""
        ...


E = TypeVar("E", bound=HasUuid)


class AsyncClaimStore(Protocol):
    """Where claimed event uuids are kept; a database table with a unique column is enough.

    ``claim`` must be atomic: of many concurrent calls with one uuid, exactly one returns True
    (for example ``INSERT ... ON CONFLICT DO NOTHING`` and checking that one row was written).
    """

    async def claim(self, uuid: str) -> bool:
        """Record ``uuid`` and return True, or return False if it is already recorded."""
        ...

    async def release(self, uuid: str) -> None:
        """Forget ``uuid`` so the next delivery of it runs again; a uuid not recorded is ignored."""
        ...


class AsyncCompletingClaimStore(AsyncClaimStore, Protocol):
    """A claim store whose claims are leases: ``claim`` holds the event for a while, ``complete`` for good.

    A claim not completed within its lease (the worker died) may be claimed again; a completed event
    is refused by ``claim`` until the store's retention window has passed.
    """

    async def complete(self, uuid: str) -> None:
        """Mark ``uuid`` handled: later claims of it return False for the retention window."""
        ...


class InMemoryClaimStore:
    """Claims kept in this process; once ``max_size`` are held, the oldest *completed* one is forgotten. Thread-safe.

    A claim still being handled (claimed, neither completed nor released) is never forgotten: that
    would let a duplicate delivery run the handler while the first one still runs. When every held
    claim is in flight, ``claim`` raises ``ClaimStoreError``: answer the delivery with an error
    status and Sezzle retries it later. ``Deduplicator`` completes each claim its handler finished.

    It suits one process. With several workers or hosts, each has its own memory, so use a store
    they share.
    """

    def __init__(self, max_size: int = 10_000) -> None:
        if isinstance(max_size, bool) or not isinstance(max_size, int) or max_size < 1:
            raise ConfigurationError("InMemoryClaimStore max_size must be a positive int")
        self.max_size = max_size
        self._claims: OrderedDict[str, bool] = OrderedDict()  # uuid -> completed, oldest first
        self._in_flight = 0
        self._lock = threading.Lock()

    def claim(self, uuid: str) -> bool:
        """Record ``uuid``; False if it was recorded before (thread-safe).

        Raises ``ClaimStoreError`` when ``max_size`` claims are all still being handled.
        """
        with self._lock:
            if uuid in self._claims:
                return False
            if len(self._claims) >= self.max_size:
                if self._in_flight >= self.max_size:
                    raise ClaimStoreError(
                        f"InMemoryClaimStore is full: all {self.max_size} claims are still being handled, "
                        "and forgetting one would let its duplicate run at the same time"
                    )
                self._forget_completed(len(self._claims) - self.max_size + 1)
            self._claims[uuid] = False
            self._in_flight += 1
            return True

    def _forget_completed(self, count: int) -> None:
        done = [uuid for uuid, completed in self._claims.items() if completed][:count]
        for uuid in done:
            del self._claims[uuid]

    def complete(self, uuid: str) -> None:
        """Mark ``uuid`` handled: it stays refused, and may now be forgotten to make room. Unknown uuids are ignored."""
        with self._lock:
            if self._claims.get(uuid) is False:
                self._claims[uuid] = True
                self._in_flight -= 1

    def release(self, uuid: str) -> None:
        """Forget ``uuid`` so a retry of the event runs again; unknown uuids are ignored."""
        with self._lock:
            completed = self._claims.pop(uuid, None)
            if completed is False:
                self._in_flight -= 1

    def __contains__(self, uuid: object) -> bool:
        with self._lock:
            return uuid in self._claims

    def __len__(self) -> int:
        with self._lock:
            return len(self._claims)

    def __repr__(self) -> str:
        return f"InMemoryClaimStore(max_size={self.max_size}, held={len(self)})"


class Deduplicator:
    """Runs a handler at most once per event ``uuid``::

    dedupe = Deduplicator()
    ran = dedupe.run(event, handle)  # False: this event was already handled (or is being handled)
    """

    def __init__(self, store: ClaimStore | None = None) -> None:
        self.store: ClaimStore = store if store is not None else InMemoryClaimStore()

    def run(self, event: E, handler: Callable[[E], object]) -> bool:
        """Call ``handler(event)`` unless this event was claimed before; True if it ran.

        If the handler raises, the claim is released and the exception propagates, so answer the
        delivery with an error status and Sezzle's retry will run the handler again. When it returns,
        a store with ``complete`` records the event as handled (an error doing so propagates: the
        event is then not marked done, and runs again once its lease ends).
        """
        uuid = _uuid_of(event)
        if not self.store.claim(uuid):
            return False
        try:
            _refuse_awaitable(handler(event))
        except BaseException:
            self.store.release(uuid)
            raise
        complete = getattr(self.store, "complete", None)
        if complete is not None:
            complete(uuid)
        return True


class AsyncDeduplicator:
    """``Deduplicator`` for async handlers; its store may be sync (like the default) or async."""

    def __init__(self, store: AsyncClaimStore | ClaimStore | None = None) -> None:
        self.store: AsyncClaimStore | ClaimStore = store if store is not None else InMemoryClaimStore()

    async def run(self, event: E, handler: Callable[[E], Awaitable[object]]) -> bool:
        """Await ``handler(event)`` unless this event was claimed before; True if it ran.

        A handler that raises, or is cancelled, releases the claim before the exception propagates.
        """
        uuid = _uuid_of(event)
        claimed = self.store.claim(uuid)
        if inspect.isawaitable(claimed):
            claimed = await claimed
        if not claimed:
            return False
        try:
            await handler(event)
        except BaseException:
            released = self.store.release(uuid)
            if inspect.isawaitable(released):
                await released
            raise
        complete = getattr(self.store, "complete", None)
        if complete is not None:
            completed = complete(uuid)
            if inspect.isawaitable(completed):
                await completed
        return True


def _refuse_awaitable(result: object) -> None:
    if inspect.isawaitable(result):
        if inspect.iscoroutine(result):
            result.close()
        raise ConfigurationError("the handler returned an awaitable, which would never run: use AsyncDeduplicator")


def _uuid_of(event: HasUuid) -> str:
    uuid = getattr(event, "uuid", None)
    if not isinstance(uuid, str) or not uuid.strip():
        raise InvalidInputError("event.uuid", "must be a non-empty string: it is what tells deliveries apart")
    return uuid


# --- sync twin: written by `make generate` (scripts/unasync.py) from the async code above; do not edit ---


class ClaimStore(Protocol):
    """Where claimed event uuids are kept; a database table with a unique column is enough.

    ``claim`` must be atomic: of many concurrent calls with one uuid, exactly one returns True
    (for example ``INSERT ... ON CONFLICT DO NOTHING`` and checking that one row was written).
    """

    def claim(self, uuid: str) -> bool:
        """Record ``uuid`` and return True, or return False if it is already recorded."""
        ...

    def release(self, uuid: str) -> None:
        """Forget ``uuid`` so the next delivery of it runs again; a uuid not recorded is ignored."""
        ...


class CompletingClaimStore(ClaimStore, Protocol):
    """A claim store whose claims are leases: ``claim`` holds the event for a while, ``complete`` for good.

    A claim not completed within its lease (the worker died) may be claimed again; a completed event
    is refused by ``claim`` until the store's retention window has passed.
    """

    def complete(self, uuid: str) -> None:
        """Mark ``uuid`` handled: later claims of it return False for the retention window."""
        ...


# --- end of sync twin ---
