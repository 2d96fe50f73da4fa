"""Each store under test, described by a JSON-able spec so worker processes can build the same store."""

from __future__ import annotations

import sqlite3
from typing import Any

Spec = dict[str, Any]


def sync_store(spec: Spec) -> Any:
    kind = spec["kind"]
    options = {"lease": spec["lease"], "retention": spec["retention"]}
    if kind == "sqlite":
        from sezzle.stores.sqlite import SQLiteClaimStore

        return SQLiteClaimStore(
            spec["path"], table=spec["table"], busy_timeout=spec.get("busy_timeout", 30.0), **options
        )
    if kind == "sql":
        from sqlalchemy import create_engine

        from sezzle.stores.sql import SQLClaimStore

        engine = create_engine(spec["url"], pool_size=4, max_overflow=0, pool_timeout=60)
        return SQLClaimStore(engine, table=spec["table"], **options)
    if kind == "redis":
        import redis
        from redis.backoff import NoBackoff
        from redis.retry import Retry

        from sezzle.stores.redis import RedisClaimStore

        client = redis.Redis.from_url(spec["url"], retry=Retry(NoBackoff(), 0), socket_timeout=5)
        return RedisClaimStore(client, prefix=spec["prefix"], **options)
    raise AssertionError(kind)


def async_store(spec: Spec) -> Any:
    kind = spec["kind"]
    options = {"lease": spec["lease"], "retention": spec["retention"]}
    if kind == "sqlite":
        from sezzle.stores.sqlite import AsyncSQLiteClaimStore

        return AsyncSQLiteClaimStore(
            spec["path"], table=spec["table"], busy_timeout=spec.get("busy_timeout", 30.0), **options
        )
    if kind == "sql":
        from sqlalchemy.ext.asyncio import create_async_engine

        from sezzle.stores.sql import AsyncSQLClaimStore

        engine = create_async_engine(spec["url"], pool_size=4, max_overflow=0, pool_timeout=60)
        return AsyncSQLClaimStore(engine, table=spec["table"], **options)
    if kind == "redis":
        import redis.asyncio
        from redis.asyncio.retry import Retry
        from redis.backoff import NoBackoff

        from sezzle.stores.redis import AsyncRedisClaimStore

        client = redis.asyncio.Redis.from_url(spec["url"], retry=Retry(NoBackoff(), 0), socket_timeout=5)
        return AsyncRedisClaimStore(client, prefix=spec["prefix"], **options)
    raise AssertionError(kind)


class Runs:
    """Counts handler runs in the store's own database, so every process adds to one tally."""

    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        kind = spec["kind"]
        if kind == "sqlite":
            self._sqlite = sqlite3.connect(spec["path"], timeout=30, isolation_level=None, check_same_thread=False)
        elif kind == "sql":
            from sqlalchemy import create_engine

            self._engine = create_engine(spec["url"], pool_size=2, max_overflow=0, pool_timeout=60)
        else:
            import redis

            self._redis = redis.Redis.from_url(spec["url"])
        self._table = f"{spec.get('table', 'x')}_runs"

    def create(self) -> None:
        if self.spec["kind"] == "redis":
            return
        ddl = f"CREATE TABLE IF NOT EXISTS {self._table} (event_uuid VARCHAR(255) NOT NULL, pid INTEGER NOT NULL)"
        self._execute(ddl)

    def drop(self) -> None:
        kind = self.spec["kind"]
        if kind == "redis":
            keys = list(self._redis.scan_iter(f"{self.spec['prefix']}*"))
            if keys:
                self._redis.delete(*keys)
        else:
            self._execute(f"DROP TABLE IF EXISTS {self._table}")
            self._execute(f"DROP TABLE IF EXISTS {self.spec['table']}")

    def _execute(self, sql: str, params: dict[str, Any] | None = None) -> list[Any]:
        kind = self.spec["kind"]
        if kind == "sqlite":
            return self._sqlite.execute(
                sql.replace(":uuid", "?").replace(":pid", "?"), tuple((params or {}).values())
            ).fetchall()
        from sqlalchemy import text

        with self._engine.begin() as connection:
            result = connection.execute(text(sql), params or {})
            return list(result.fetchall()) if result.returns_rows else []

    def record(self, uuid: str, pid: int) -> None:
        if self.spec["kind"] == "redis":
            self._redis.incr(f"{self.spec['prefix']}runs:{uuid}")
            return
        self._execute(f"INSERT INTO {self._table} (event_uuid, pid) VALUES (:uuid, :pid)", {"uuid": uuid, "pid": pid})

    def counts(self) -> dict[str, int]:
        if self.spec["kind"] == "redis":
            prefix = f"{self.spec['prefix']}runs:"
            return {
                key.decode()[len(prefix) :]: int(self._redis.get(key) or 0)
                for key in self._redis.scan_iter(f"{prefix}*")
            }
        rows = self._execute(f"SELECT event_uuid, COUNT(*) FROM {self._table} GROUP BY event_uuid")
        return {str(uuid): int(count) for uuid, count in rows}

    def close(self) -> None:
        kind = self.spec["kind"]
        if kind == "sqlite":
            self._sqlite.close()
        elif kind == "sql":
            self._engine.dispose()
        else:
            self._redis.close()
