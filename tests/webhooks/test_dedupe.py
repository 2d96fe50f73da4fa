"""Once-only handling: duplicates, concurrency, failures, eviction, and stores backed elsewhere."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import attrs
import pytest

from sezzle.errors import ConfigurationError, InvalidInputError
from sezzle.webhooks import AsyncDeduplicator, ClaimStore, Deduplicator, Event, InMemoryClaimStore, parse_event
from tests.webhooks.payloads import EVENT_UUID, order

WAIT = 10.0  # seconds a test waits for other threads before giving up; never reached when the code is right


@attrs.frozen
class Delivery:
    uuid: str


class Handler:
    def __init__(self, fail_times: int = 0) -> None:
        self.calls: list[str] = []
        self.fail_times = fail_times
        self._lock = threading.Lock()

    def __call__(self, event: Delivery | Event[object]) -> None:
        with self._lock:
            self.calls.append(event.uuid)
            if len(self.calls) <= self.fail_times:
                raise RuntimeError("handler failed")


def test_a_duplicate_delivery_runs_the_handler_once() -> None:
    dedupe = Deduplicator()
    handler = Handler()
    event = parse_event(order())
    assert dedupe.run(event, handler) is True
    assert dedupe.run(parse_event(order()), handler) is False
    assert dedupe.run(event, handler) is False
    assert handler.calls == [EVENT_UUID]


def test_different_events_each_run() -> None:
    dedupe = Deduplicator()
    handler = Handler()
    for uuid in ("a", "b", "a", "c", "b"):
        dedupe.run(Delivery(uuid), handler)
    assert handler.calls == ["a", "b", "c"]


def test_a_failed_handler_runs_again_on_the_next_delivery() -> None:
    store = InMemoryClaimStore()
    dedupe = Deduplicator(store)
    handler = Handler(fail_times=2)
    for _ in range(2):
        with pytest.raises(RuntimeError, match="handler failed"):
            dedupe.run(Delivery("e1"), handler)
        assert "e1" not in store
    assert dedupe.run(Delivery("e1"), handler) is True
    assert "e1" in store
    assert dedupe.run(Delivery("e1"), handler) is False
    assert handler.calls == ["e1", "e1", "e1"]


def test_concurrent_duplicates_run_the_handler_once() -> None:
    threads = 24
    dedupe = Deduplicator()
    start = threading.Barrier(threads)
    refused = threading.Semaphore(0)
    calls: list[str] = []

    def handler(event: Delivery) -> None:
        calls.append(event.uuid)
        # Stay inside the handler until every other delivery has been turned away.
        for _ in range(threads - 1):
            assert refused.acquire(timeout=WAIT)

    def deliver() -> bool:
        start.wait(timeout=WAIT)
        ran = dedupe.run(Delivery("same"), handler)
        if not ran:
            refused.release()
        return ran

    with ThreadPoolExecutor(threads) as pool:
        results = list(pool.map(lambda _: deliver(), range(threads)))
    assert calls == ["same"]
    assert Counter(results) == {True: 1, False: threads - 1}


def test_many_threads_many_events_each_handled_once() -> None:
    dedupe = Deduplicator(InMemoryClaimStore(max_size=1000))
    handler = Handler()
    uuids = [f"event-{number % 50}" for number in range(800)]
    with ThreadPoolExecutor(8) as pool:
        list(pool.map(lambda uuid: dedupe.run(Delivery(uuid), handler), uuids))
    assert sorted(handler.calls) == sorted(set(uuids))


class TestInMemoryStore:
    def test_the_oldest_completed_claim_is_evicted_first(self) -> None:
        store = InMemoryClaimStore(max_size=3)
        for uuid in ("a", "b", "c"):
            assert store.claim(uuid)
            store.complete(uuid)
        assert not store.claim("a")  # a refused claim does not make it younger
        assert store.claim("d")
        assert "a" not in store
        assert ["b" in store, "c" in store, "d" in store] == [True, True, True]
        assert len(store) == 3
        assert store.claim("a")
        assert "b" not in store

    def test_release(self) -> None:
        store = InMemoryClaimStore()
        store.release("never-claimed")
        assert store.claim("x")
        store.release("x")
        assert "x" not in store
        assert store.claim("x")

    @pytest.mark.parametrize("size", [0, -1, 2.5, True, "10"])
    def test_size_must_be_a_positive_int(self, size: object) -> None:
        with pytest.raises(ConfigurationError, match="max_size"):
            InMemoryClaimStore(max_size=size)  # type: ignore[arg-type]

    def test_concurrent_claims_of_one_uuid(self) -> None:
        store = InMemoryClaimStore()
        start = threading.Barrier(16)

        def claim(_: int) -> bool:
            start.wait(timeout=WAIT)
            return store.claim("u")

        with ThreadPoolExecutor(16) as pool:
            assert sorted(pool.map(claim, range(16))) == [False] * 15 + [True]

    def test_repr(self) -> None:
        store = InMemoryClaimStore(max_size=5)
        store.claim("secret-looking-uuid")
        assert repr(store) == "InMemoryClaimStore(max_size=5, held=1)"


class SqliteClaimStore:
    """A store backed by a database table: the claim is an insert that a unique key lets through once."""

    def __init__(self) -> None:
        self.db = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        self.db.execute("CREATE TABLE webhook_claims (uuid TEXT PRIMARY KEY)")

    def claim(self, uuid: str) -> bool:
        return self.db.execute("INSERT OR IGNORE INTO webhook_claims (uuid) VALUES (?)", (uuid,)).rowcount == 1

    def release(self, uuid: str) -> None:
        self.db.execute("DELETE FROM webhook_claims WHERE uuid = ?", (uuid,))


def test_a_database_backed_store() -> None:
    store: ClaimStore = SqliteClaimStore()
    dedupe = Deduplicator(store)
    handler = Handler(fail_times=1)
    with pytest.raises(RuntimeError):
        dedupe.run(Delivery("e1"), handler)
    assert dedupe.run(Delivery("e1"), handler)
    assert not dedupe.run(Delivery("e1"), handler)
    assert handler.calls == ["e1", "e1"]


def test_an_async_handler_is_refused_by_the_sync_runner() -> None:
    store = InMemoryClaimStore()

    async def handler(event: Delivery) -> None:
        raise AssertionError("never runs")

    with pytest.raises(ConfigurationError, match="AsyncDeduplicator"):
        Deduplicator(store).run(Delivery("e1"), handler)
    assert "e1" not in store


@pytest.mark.parametrize("uuid", ["", "   ", None, 12])
def test_an_event_without_a_usable_uuid(uuid: object) -> None:
    with pytest.raises(InvalidInputError) as caught:
        Deduplicator().run(Delivery(uuid), Handler())  # type: ignore[arg-type]
    assert caught.value.field == "event.uuid"


class AsyncDictStore:
    def __init__(self) -> None:
        self.claims: set[str] = set()
        self.lock = asyncio.Lock()

    async def claim(self, uuid: str) -> bool:
        async with self.lock:
            await asyncio.sleep(0)
            if uuid in self.claims:
                return False
            self.claims.add(uuid)
            return True

    async def release(self, uuid: str) -> None:
        await asyncio.sleep(0)
        self.claims.discard(uuid)


class TestAsync:
    @pytest.mark.parametrize("make_store", [InMemoryClaimStore, AsyncDictStore], ids=["sync store", "async store"])
    def test_duplicates_failures_and_concurrency(self, make_store: type[InMemoryClaimStore | AsyncDictStore]) -> None:
        async def scenario() -> None:
            store = make_store()
            dedupe = AsyncDeduplicator(store)
            calls: list[str] = []
            refused: list[bool] = []
            all_refused = asyncio.Event()

            async def handler(event: Delivery) -> None:
                calls.append(event.uuid)
                if event.uuid == "fails" and calls.count("fails") == 1:
                    raise RuntimeError("handler failed")
                if event.uuid == "slow":
                    # Stay inside the handler until every other delivery has been turned away.
                    await asyncio.wait_for(all_refused.wait(), WAIT)

            async def deliver() -> bool:
                ran = await dedupe.run(Delivery("slow"), handler)
                if not ran:
                    refused.append(ran)
                    if len(refused) == 19:
                        all_refused.set()
                return ran

            assert await dedupe.run(Delivery("a"), handler)
            assert not await dedupe.run(Delivery("a"), handler)

            with pytest.raises(RuntimeError):
                await dedupe.run(Delivery("fails"), handler)
            assert await dedupe.run(Delivery("fails"), handler)

            results = await asyncio.gather(*(deliver() for _ in range(20)))
            assert Counter(results) == {True: 1, False: 19}
            assert calls == ["a", "fails", "fails", "slow"]

        asyncio.run(scenario())

    def test_a_cancelled_handler_releases_its_claim(self) -> None:
        async def scenario() -> None:
            store = InMemoryClaimStore()
            dedupe = AsyncDeduplicator(store)
            entered = asyncio.Event()

            async def handler(event: Delivery) -> None:
                entered.set()
                await asyncio.Event().wait()

            task = asyncio.create_task(dedupe.run(Delivery("c"), handler))
            await entered.wait()
            assert "c" in store
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            assert "c" not in store

        asyncio.run(scenario())
