"""Each claim store against its real server: exactly once across processes, leases, releases, retention, outages."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import pytest

from sezzle.errors import ClaimStoreError, SezzleError
from sezzle.webhooks import AsyncDeduplicator, Deduplicator
from tests.stores.backends import Runs, Spec, async_store, sync_store
from tests.stores.conftest import Proxy, adispose, dispose

ROOT = Path(__file__).resolve().parents[2]
PROCESSES = 8
DELIVERIES = 50
EVENTS = [f"evt-{n:02d}" for n in range(10)]


class Event:
    def __init__(self, uuid: str) -> None:
        self.uuid = uuid


@pytest.fixture(autouse=True)
def schema(spec: Spec) -> None:
    store = sync_store(spec)
    store.create_schema()
    dispose(store)


def worker(spec: Spec, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.stores.worker", json.dumps(spec), *args],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_eight_processes_of_fifty_concurrent_deliveries_run_each_event_once(spec: Spec, runs: Runs, mode: str) -> None:
    # A lease far longer than any handler here, even on a loaded machine: a lease that ended mid-handler
    # would let a redelivery run it again by design (the killed-worker test covers that).
    spec = {**spec, "lease": 60.0}
    deliveries = ",".join(EVENTS[n % len(EVENTS)] for n in range(DELIVERIES))
    workers = [worker(spec, "storm", mode, deliveries) for _ in range(PROCESSES)]
    try:
        for process in workers:
            assert process.stdout is not None
            assert process.stdout.readline().strip() == "ready"
        for process in workers:  # every worker is connected: start them together
            assert process.stdin is not None
            process.stdin.write("go\n")
            process.stdin.flush()
        tallies = [json.loads(process.communicate(timeout=120)[0]) for process in workers]
    finally:
        for process in workers:
            process.kill()
            process.wait()
    assert all(process.returncode == 0 for process in workers)
    assert sum(tally["deliveries"] for tally in tallies) == PROCESSES * DELIVERIES
    assert runs.counts() == dict.fromkeys(EVENTS, 1)  # counted in the database itself
    assert sum(tally["ran"] for tally in tallies) == len(EVENTS)
    store = sync_store(spec)
    assert all(store.is_done(uuid) for uuid in EVENTS)
    dispose(store)


def test_a_killed_worker_frees_its_event_when_the_lease_ends(spec: Spec, runs: Runs) -> None:
    spec = {**spec, "lease": 2.0}
    process = worker(spec, "hang", "evt-killed")
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "started"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    killed_at = time.monotonic()
    store = sync_store(spec)
    dedupe = Deduplicator(store)
    handled: list[str] = []

    def handle(event: Event) -> None:
        runs.record(event.uuid, os.getpid())
        handled.append(event.uuid)

    assert dedupe.run(Event("evt-killed"), handle) is False  # still leased to the dead worker
    assert not store.is_done("evt-killed")
    time.sleep(max(0.0, spec["lease"] + 0.2 - (time.monotonic() - killed_at)))
    assert dedupe.run(Event("evt-killed"), handle) is True
    assert dedupe.run(Event("evt-killed"), handle) is False
    assert handled == ["evt-killed"]
    assert runs.counts() == {"evt-killed": 2}  # the killed start, then exactly one full run
    assert store.is_done("evt-killed")
    dispose(store)


def test_a_handler_that_raises_releases_its_claim(spec: Spec, runs: Runs) -> None:
    store = sync_store(spec)
    dedupe = Deduplicator(store)

    def fail(event: Event) -> None:
        runs.record(event.uuid, os.getpid())
        raise RuntimeError("the shop's database is down")

    with pytest.raises(RuntimeError):
        dedupe.run(Event("evt-raise"), fail)
    assert not store.is_done("evt-raise")
    assert dedupe.run(Event("evt-raise"), lambda event: runs.record(event.uuid, os.getpid())) is True  # no lease wait
    assert dedupe.run(Event("evt-raise"), fail) is False
    assert runs.counts() == {"evt-raise": 2}
    dispose(store)


def test_async_handler_that_raises_releases_and_retention_forgets(spec: Spec, runs: Runs) -> None:
    short = {**spec, "retention": 1.0}

    async def scenario() -> list[bool]:
        store = async_store(short)
        dedupe = AsyncDeduplicator(store)
        seen: list[bool] = []

        async def fail(event: Event) -> None:
            raise RuntimeError("boom")

        async def handle(event: Event) -> None:
            await asyncio.to_thread(runs.record, event.uuid, 1)

        with pytest.raises(RuntimeError):
            await dedupe.run(Event("evt-async"), fail)
        seen.append(await dedupe.run(Event("evt-async"), handle))
        seen.append(await dedupe.run(Event("evt-async"), handle))
        seen.append(await store.is_done("evt-async"))
        await asyncio.sleep(1.2)
        seen.append(await store.is_done("evt-async"))
        seen.append(await dedupe.run(Event("evt-async"), handle))
        await adispose(store)
        return seen

    assert asyncio.run(scenario()) == [True, False, True, False, True]
    assert runs.counts() == {"evt-async": 2}


def test_retention_forgets_handled_events(spec: Spec, runs: Runs) -> None:
    store = sync_store({**spec, "retention": 1.0})
    dedupe = Deduplicator(store)
    record = lambda event: runs.record(event.uuid, 1)  # noqa: E731
    assert dedupe.run(Event("evt-old"), record) is True
    assert dedupe.run(Event("evt-old"), record) is False
    time.sleep(1.2)
    assert not store.is_done("evt-old")
    assert dedupe.run(Event("evt-old"), record) is True  # forgotten: a delivery this late runs again
    assert runs.counts() == {"evt-old": 2}
    if hasattr(store, "purge"):
        time.sleep(1.2)
        assert store.purge() >= 1
    dispose(store)


def _cut_off(spec: Spec) -> tuple[Spec, Any, Any]:
    """The spec pointed through a proxy, what cuts the server off, and what brings it back for checks."""
    if spec["kind"] == "sqlite":
        import sqlite3

        blocker = sqlite3.connect(spec["path"], isolation_level=None)

        def lock() -> None:  # another process holds the database: every write times out
            blocker.execute("BEGIN EXCLUSIVE")

        def unlock() -> None:
            blocker.execute("ROLLBACK")
            blocker.close()

        return {**spec, "busy_timeout": 0.2}, lock, unlock
    proxy = Proxy(spec["url"])
    return {**spec, "url": proxy.url}, proxy.cut, lambda: None


def test_the_server_going_away_is_a_typed_error_and_marks_nothing_done(spec: Spec, runs: Runs) -> None:
    proxied, cut, restore = _cut_off(spec)
    store = sync_store(proxied)
    dedupe = Deduplicator(store)
    assert dedupe.run(Event("evt-before"), lambda event: runs.record(event.uuid, 1)) is True

    def handle_then_lose_the_server(event: Event) -> None:
        runs.record(event.uuid, 1)
        cut()

    with pytest.raises(ClaimStoreError) as raised:
        dedupe.run(Event("evt-during"), handle_then_lose_the_server)
    assert isinstance(raised.value, SezzleError)
    assert "complete failed" in str(raised.value)
    with pytest.raises(ClaimStoreError, match="claim failed"):
        dedupe.run(Event("evt-after"), lambda event: runs.record(event.uuid, 1))
    if spec["kind"] != "sqlite":  # a password in the URL never reaches the message
        parts = urlsplit(spec["url"])
        netloc = f"{parts.username or ''}:hunter2@127.0.0.1:{urlsplit(proxied['url']).port}"
        secret_url = urlunsplit(parts._replace(netloc=netloc))
        secret_store = sync_store({**spec, "url": secret_url})
        assert "hunter2" not in repr(secret_store)
        with pytest.raises(ClaimStoreError) as unreachable:
            Deduplicator(secret_store).run(Event("evt-x"), lambda event: None)
        assert "hunter2" not in str(unreachable.value)
        assert "hunter2" not in repr(unreachable.value)
    restore()
    direct = sync_store(spec)
    assert direct.is_done("evt-before")
    assert not direct.is_done("evt-during")  # ran, but its completion never reached the store
    assert not direct.is_done("evt-after")
    assert runs.counts() == {"evt-before": 1, "evt-during": 1}
    time.sleep(spec["lease"] + 0.2)  # once the lease ends, Sezzle's retry runs it again
    assert Deduplicator(direct).run(Event("evt-during"), lambda event: runs.record(event.uuid, 1)) is True
    dispose(direct)
    dispose(store)


def test_a_raising_handler_releases_even_while_other_threads_lost_the_same_claim(spec: Spec, runs: Runs) -> None:
    store = sync_store({**spec, "lease": 60.0})  # a release that went missing would hold the event a minute
    dedupe = Deduplicator(store)
    started = threading.Event()
    all_lost = threading.Event()

    def fail(event: Event) -> None:
        runs.record(event.uuid, 1)
        started.set()
        all_lost.wait(20)  # fifteen other threads try the same event while this handler runs
        raise RuntimeError("handler failed")

    def deliver() -> str:
        try:
            return "ran" if dedupe.run(Event("evt-crowd"), fail) else "skipped"
        except RuntimeError:
            return "raised"

    with ThreadPoolExecutor(max_workers=16) as pool:
        first = pool.submit(deliver)
        assert started.wait(20)
        barrier = threading.Barrier(15)

        def crowd(_: int) -> str:
            barrier.wait()
            return deliver()

        losers = list(pool.map(crowd, range(15)))
        all_lost.set()
        outcomes = sorted([first.result(), *losers])
    assert outcomes == ["raised"] + ["skipped"] * 15
    assert dedupe.run(Event("evt-crowd"), lambda event: runs.record(event.uuid, 1)) is True  # released at once
    assert runs.counts() == {"evt-crowd": 2}
    dispose(store)


def test_complete_marks_done_whether_or_not_the_row_is_still_there(spec: Spec) -> None:
    store = sync_store(spec)
    store.complete("evt-never-claimed")  # its claim expired and was purged: complete writes a done row
    assert store.is_done("evt-never-claimed")
    assert store.claim("evt-never-claimed") is False
    dispose(store)


def test_async_store_losing_its_server_raises_and_marks_nothing_done(spec: Spec, runs: Runs) -> None:
    proxied, cut, restore = _cut_off(spec)

    async def scenario() -> tuple[str, str]:
        store = async_store(proxied)
        dedupe = AsyncDeduplicator(store)

        async def handle_then_lose_the_server(event: Event) -> None:
            await asyncio.to_thread(runs.record, event.uuid, 1)
            cut()

        with pytest.raises(ClaimStoreError) as during:
            await dedupe.run(Event("evt-async-during"), handle_then_lose_the_server)
        with pytest.raises(ClaimStoreError) as after:
            await dedupe.run(Event("evt-async-after"), handle_then_lose_the_server)
        await adispose(store)
        return str(during.value), str(after.value)

    during, after = asyncio.run(scenario())
    assert "complete failed" in during
    assert "claim failed" in after
    restore()
    direct = sync_store(spec)
    assert not direct.is_done("evt-async-during")
    assert not direct.is_done("evt-async-after")
    assert runs.counts() == {"evt-async-during": 1}
    dispose(direct)
