"""A process with a cold token cache: ``python -m tests.stores.token_worker KIND WHERE NAME BASE_URL MODE``.

Builds a client on the shared token store, says ready, waits for go on stdin, makes one API call.
"""

from __future__ import annotations

import asyncio
import sys
from typing import Any

from sezzle import AsyncSezzle, Sezzle


def sync_token_store(kind: str, where: str, name: str) -> Any:
    if kind == "sqlite":
        from sezzle.stores.sqlite import SQLiteTokenStore

        return SQLiteTokenStore(where, table=name)
    import redis

    from sezzle.stores.redis import RedisTokenStore

    return RedisTokenStore(redis.Redis.from_url(where), prefix=name)


def async_token_store(kind: str, where: str, name: str) -> Any:
    if kind == "sqlite":
        from sezzle.stores.sqlite import AsyncSQLiteTokenStore

        return AsyncSQLiteTokenStore(where, table=name)
    import redis.asyncio

    from sezzle.stores.redis import AsyncRedisTokenStore

    return AsyncRedisTokenStore(redis.asyncio.Redis.from_url(where), prefix=name)


def main() -> None:
    kind, where, name, base_url, mode = sys.argv[1:6]
    if mode == "async":

        async def run() -> int:
            async with AsyncSezzle(base_url=base_url, token_store=async_token_store(kind, where, name)) as client:
                print("ready", flush=True)
                await asyncio.to_thread(sys.stdin.readline)
                return len(await client.webhooks.list())

        count = asyncio.run(run())
    else:
        with Sezzle(base_url=base_url, token_store=sync_token_store(kind, where, name)) as client:
            print("ready", flush=True)
            sys.stdin.readline()
            count = len(client.webhooks.list())
    print(f"ok {count}", flush=True)


if __name__ == "__main__":
    main()
