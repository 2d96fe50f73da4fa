"""A webhook worker process: ``python -m tests.stores.worker SPEC_JSON MODE``.

``storm``: 50 concurrent deliveries of the given event ids, started when stdin says go; prints a JSON
tally. ``hang``: handles one event whose handler records its start and then never returns (until killed).
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from sezzle.webhooks import AsyncDeduplicator, Deduplicator
from tests.stores.backends import Runs, async_store, sync_store


class Event:
    def __init__(self, uuid: str) -> None:
        self.uuid = uuid


def storm(spec: dict[str, Any], uuids: list[str], use_async: bool) -> dict[str, int]:
    runs = Runs(spec)
    pid = os.getpid()

    def handle(event: Event) -> None:
        time.sleep(0.02)
        runs.record(event.uuid, pid)

    if use_async:

        async def main() -> int:
            store = async_store(spec)
            dedupe = AsyncDeduplicator(store)

            async def ahandle(event: Event) -> None:
                await asyncio.sleep(0.02)
                await asyncio.to_thread(runs.record, event.uuid, pid)

            await store.claim("warm-up-" + str(pid))  # connect before the start signal
            print("ready", flush=True)
            await asyncio.to_thread(sys.stdin.readline)
            results = await asyncio.gather(*(dedupe.run(Event(uuid), ahandle) for uuid in uuids))
            return sum(results)

        ran = asyncio.run(main())
    else:
        store = sync_store(spec)
        dedupe = Deduplicator(store)
        store.claim("warm-up-" + str(pid))
        print("ready", flush=True)
        sys.stdin.readline()
        with ThreadPoolExecutor(max_workers=len(uuids)) as pool:
            ran = sum(pool.map(lambda uuid: dedupe.run(Event(uuid), handle), uuids))
    runs.close()
    return {"ran": ran, "deliveries": len(uuids)}


def hang(spec: dict[str, Any], uuid: str) -> None:
    runs = Runs(spec)
    store = sync_store(spec)

    def handle(event: Event) -> None:
        runs.record(event.uuid, os.getpid())
        print("started", flush=True)
        time.sleep(120)

    Deduplicator(store).run(Event(uuid), handle)


def main() -> None:
    spec = json.loads(sys.argv[1])
    mode = sys.argv[2]
    if mode == "storm":
        print(json.dumps(storm(spec, sys.argv[4].split(","), sys.argv[3] == "async")), flush=True)
    elif mode == "hang":
        hang(spec, sys.argv[3])
    else:
        raise SystemExit(f"unknown mode {mode}")


if __name__ == "__main__":
    main()
