"""Webhook claims and the bearer token in an SQLite file: several processes on one host, standard library only.

::

    from sezzle.stores.sqlite import SQLiteClaimStore

    store = SQLiteClaimStore("/var/lib/shop/sezzle.db")
    store.create_schema()  # once, at deploy time: CREATE TABLE IF NOT EXISTS ...
    dedupe = Deduplicator(store)

The file must be on a local disk (SQLite's locking does not hold over network file systems). Each
store keeps one connection, used by one thread at a time; make a store per process, after any fork.
``AsyncSQLiteClaimStore`` and ``AsyncSQLiteTokenStore`` run the same statements, each in a worker thread.
Times are this host's clock (Unix seconds).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import secrets
import sqlite3
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator
from datetime import timedelta
from typing import TypeVar

from sezzle.auth import StoredToken
from sezzle.errors import ClaimStoreError, StoreError, TokenStoreError
from sezzle.stores._common import DEFAULT_LEASE, DEFAULT_RETENTION, HeldClaims, check_name, describe, seconds

__all__ = [
    "AsyncSQLiteClaimStore",
    "AsyncSQLiteTokenStore",
    "SQLiteClaimStore",
    "SQLiteTokenStore",
    "claims_schema",
    "tokens_schema",
]

T = TypeVar("T")


def claims_schema(table: str = "sezzle_webhook_claims") -> str:
    """The SQL ``SQLiteClaimStore.create_schema`` runs (to run yourself, for example in a migration)."""
    check_name(table, "table")
    return (
        f"CREATE TABLE IF NOT EXISTS {table} (\n"
        "    event_uuid TEXT PRIMARY KEY,\n"
        "    state TEXT NOT NULL CHECK (state IN ('claimed', 'done')),\n"
        "    claim_token TEXT,\n"
        "    expires_at REAL NOT NULL\n"
        ");\n"
        f"CREATE INDEX IF NOT EXISTS {table}_expires_at ON {table} (expires_at);\n"
    )


def tokens_schema(table: str = "sezzle_tokens") -> str:
    """The SQL ``SQLiteTokenStore.create_schema`` runs: the token table and its lock table."""
    check_name(table, "table")
    return (
        f"CREATE TABLE IF NOT EXISTS {table} (\n"
        "    key TEXT PRIMARY KEY,\n"
        "    token TEXT NOT NULL,\n"
        "    merchant_uuid TEXT,\n"
        "    expires_at REAL NOT NULL\n"
        ");\n"
        f"CREATE TABLE IF NOT EXISTS {table}_locks (\n"
        "    key TEXT PRIMARY KEY,\n"
        "    holder TEXT NOT NULL,\n"
        "    expires_at REAL NOT NULL\n"
        ");\n"
    )


class _Database:
    """One connection to the file, opened on first use, one statement at a time."""

    def __init__(self, path: str | os.PathLike[str], busy_timeout: float, error: type[StoreError]) -> None:
        self.path = os.fspath(path)
        self.busy_timeout = busy_timeout
        self._error = error
        self._connection: sqlite3.Connection | None = None
        self._lock = threading.Lock()

    def _connect(self) -> sqlite3.Connection:
        if self._connection is None:
            connection = sqlite3.connect(
                self.path, timeout=self.busy_timeout, isolation_level=None, check_same_thread=False
            )
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA synchronous=NORMAL")
            self._connection = connection
        return self._connection

    def run(self, what: str, work: Callable[[sqlite3.Connection], T]) -> T:
        with self._lock:
            try:
                return work(self._connect())
            except sqlite3.Error as error:
                raise self._error(f"SQLite store {self.path}: {what} failed: {describe(error)}") from None

    def script(self, what: str, sql: str) -> None:
        self.run(what, lambda connection: connection.executescript(sql))

    def close(self) -> None:
        with self._lock:
            if self._connection is not None:
                self._connection.close()
                self._connection = None


class _AsyncDatabase:
    """``_Database`` for asyncio: each statement runs in a worker thread."""

    def __init__(self, path: str | os.PathLike[str], busy_timeout: float, error: type[StoreError]) -> None:
        self._sync = _Database(path, busy_timeout, error)
        self.path = self._sync.path

    async def run(self, what: str, work: Callable[[sqlite3.Connection], T]) -> T:
        return await asyncio.to_thread(self._sync.run, what, work)

    async def script(self, what: str, sql: str) -> None:
        await asyncio.to_thread(self._sync.script, what, sql)

    async def close(self) -> None:
        await asyncio.to_thread(self._sync.close)


class AsyncSQLiteClaimStore:
    """A webhook claim store (``AsyncCompletingClaimStore``) in an SQLite file.

    ``claim`` inserts the event's row, or takes over a row whose lease or retention has run out, in one
    ``INSERT ... ON CONFLICT DO UPDATE ... WHERE expires_at <= now`` statement; SQLite runs writes one at
    a time, so exactly one of many concurrent claims changes the row. ``lease`` (default 300 s) is how
    long a claim holds the event; ``retention`` (default 7 days) how long a handled event is refused.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        table: str = "sezzle_webhook_claims",
        lease: float | timedelta = DEFAULT_LEASE,
        retention: float | timedelta = DEFAULT_RETENTION,
        busy_timeout: float = 30.0,
    ) -> None:
        self.table = check_name(table, "table")
        self.lease = seconds(lease, "lease")
        self.retention = seconds(retention, "retention")
        self._db = _AsyncDatabase(path, seconds(busy_timeout, "busy_timeout"), ClaimStoreError)
        self._held = HeldClaims()

    def __repr__(self) -> str:
        where = f"path={self._db.path!r}, table={self.table!r}"
        return f"AsyncSQLiteClaimStore({where}, lease={self.lease}, retention={self.retention})"

    async def create_schema(self) -> None:
        """Create the table and its index if missing (the SQL is ``claims_schema(table)``)."""
        await self._db.script("create_schema", claims_schema(self.table))

    async def claim(self, uuid: str) -> bool:
        token = self._held.new()
        now = time.time()
        sql = (
            f"INSERT INTO {self.table} (event_uuid, state, claim_token, expires_at) VALUES (?, 'claimed', ?, ?) "  # noqa: S608 - checked name
            "ON CONFLICT (event_uuid) DO UPDATE SET state = 'claimed', claim_token = excluded.claim_token, "
            f"expires_at = excluded.expires_at WHERE {self.table}.expires_at <= ?"
        )
        changed = await self._db.run("claim", lambda c: c.execute(sql, (uuid, token, now + self.lease, now)).rowcount)
        return self._held.kept(uuid, token, changed == 1)

    async def release(self, uuid: str) -> None:
        token = self._held.get(uuid)
        if token is None:
            return
        sql = f"DELETE FROM {self.table} WHERE event_uuid = ? AND state = 'claimed' AND claim_token = ?"  # noqa: S608
        await self._db.run("release", lambda c: c.execute(sql, (uuid, token)))
        self._held.forget(uuid, token)

    async def complete(self, uuid: str) -> None:
        sql = (
            f"INSERT INTO {self.table} (event_uuid, state, claim_token, expires_at) VALUES (?, 'done', NULL, ?) "  # noqa: S608
            "ON CONFLICT (event_uuid) DO UPDATE SET state = 'done', claim_token = NULL, "
            "expires_at = excluded.expires_at"
        )
        await self._db.run("complete", lambda c: c.execute(sql, (uuid, time.time() + self.retention)))
        self._held.forget(uuid)

    async def is_done(self, uuid: str) -> bool:
        """Whether ``uuid`` is recorded as handled and still within the retention window."""
        sql = f"SELECT 1 FROM {self.table} WHERE event_uuid = ? AND state = 'done' AND expires_at > ?"  # noqa: S608
        return await self._db.run("is_done", lambda c: c.execute(sql, (uuid, time.time())).fetchone() is not None)

    async def purge(self) -> int:
        """Delete rows whose lease or retention has run out; returns how many. Run it now and then."""
        sql = f"DELETE FROM {self.table} WHERE expires_at <= ?"  # noqa: S608
        return await self._db.run("purge", lambda c: c.execute(sql, (time.time(),)).rowcount)

    async def close(self) -> None:
        await self._db.close()


class AsyncSQLiteTokenStore:
    """A ``sezzle.auth.AsyncTokenStore`` in an SQLite file; the token is kept in this file only, in clear.

    Protect the file as you would the API keys. The lock is a row with a lease (``lock_lease``,
    default 30 s) so a process that dies while authenticating does not block the others for long.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        table: str = "sezzle_tokens",
        lock_lease: float = 30.0,
        lock_timeout: float = 30.0,
        poll_interval: float = 0.02,
        busy_timeout: float = 30.0,
    ) -> None:
        self.table = check_name(table, "table")
        self.lock_lease = seconds(lock_lease, "lock_lease")
        self.lock_timeout = seconds(lock_timeout, "lock_timeout")
        self.poll_interval = seconds(poll_interval, "poll_interval")
        self._db = _AsyncDatabase(path, seconds(busy_timeout, "busy_timeout"), TokenStoreError)

    def __repr__(self) -> str:
        return f"AsyncSQLiteTokenStore(path={self._db.path!r}, table={self.table!r})"

    async def create_schema(self) -> None:
        """Create the token and lock tables if missing (the SQL is ``tokens_schema(table)``)."""
        await self._db.script("create_schema", tokens_schema(self.table))

    async def get(self, key: str) -> StoredToken | None:
        sql = f"SELECT token, expires_at, merchant_uuid FROM {self.table} WHERE key = ? AND expires_at > ?"  # noqa: S608
        row = await self._db.run("get", lambda c: c.execute(sql, (key, time.time())).fetchone())
        return None if row is None else StoredToken(str(row[0]), float(row[1]), row[2])

    async def put(self, key: str, token: StoredToken) -> None:
        sql = (
            f"INSERT INTO {self.table} (key, token, merchant_uuid, expires_at) VALUES (?, ?, ?, ?) "  # noqa: S608
            "ON CONFLICT (key) DO UPDATE SET token = excluded.token, merchant_uuid = excluded.merchant_uuid, "
            "expires_at = excluded.expires_at"
        )
        await self._db.run("put", lambda c: c.execute(sql, (key, token.value, token.merchant_uuid, token.expires_at)))

    async def discard(self, key: str, value: str) -> None:
        sql = f"DELETE FROM {self.table} WHERE key = ? AND token = ?"  # noqa: S608
        await self._db.run("discard", lambda c: c.execute(sql, (key, value)))

    async def try_lock(self, key: str, holder: str) -> bool:
        now = time.time()
        sql = (
            f"INSERT INTO {self.table}_locks (key, holder, expires_at) VALUES (?, ?, ?) "  # noqa: S608
            "ON CONFLICT (key) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at "
            f"WHERE {self.table}_locks.expires_at <= ?"
        )
        lease = now + self.lock_lease
        return await self._db.run("lock", lambda c: c.execute(sql, (key, holder, lease, now)).rowcount) == 1

    async def unlock(self, key: str, holder: str) -> None:
        sql = f"DELETE FROM {self.table}_locks WHERE key = ? AND holder = ?"  # noqa: S608
        await self._db.run("unlock", lambda c: c.execute(sql, (key, holder)))

    @contextlib.asynccontextmanager
    async def lock(self, key: str) -> AsyncIterator[object]:
        holder = secrets.token_hex(16)
        deadline = time.monotonic() + self.lock_timeout
        while not await self.try_lock(key, holder):
            if time.monotonic() >= deadline:
                raise TokenStoreError(
                    f"SQLite store {self._db.path}: the token lock was not free within {self.lock_timeout} s"
                )
            await asyncio.sleep(self.poll_interval)
        try:
            yield None
        finally:
            await self.unlock(key, holder)

    async def close(self) -> None:
        await self._db.close()


# --- sync twin: written by `make generate` (scripts/unasync.py) from the async code above; do not edit ---


class SQLiteClaimStore:
    """A webhook claim store (``CompletingClaimStore``) in an SQLite file.

    ``claim`` inserts the event's row, or takes over a row whose lease or retention has run out, in one
    ``INSERT ... ON CONFLICT DO UPDATE ... WHERE expires_at <= now`` statement; SQLite runs writes one at
    a time, so exactly one of many concurrent claims changes the row. ``lease`` (default 300 s) is how
    long a claim holds the event; ``retention`` (default 7 days) how long a handled event is refused.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        table: str = "sezzle_webhook_claims",
        lease: float | timedelta = DEFAULT_LEASE,
        retention: float | timedelta = DEFAULT_RETENTION,
        busy_timeout: float = 30.0,
    ) -> None:
        self.table = check_name(table, "table")
        self.lease = seconds(lease, "lease")
        self.retention = seconds(retention, "retention")
        self._db = _Database(path, seconds(busy_timeout, "busy_timeout"), ClaimStoreError)
        self._held = HeldClaims()

    def __repr__(self) -> str:
        where = f"path={self._db.path!r}, table={self.table!r}"
        return f"SQLiteClaimStore({where}, lease={self.lease}, retention={self.retention})"

    def create_schema(self) -> None:
        """Create the table and its index if missing (the SQL is ``claims_schema(table)``)."""
        self._db.script("create_schema", claims_schema(self.table))

    def claim(self, uuid: str) -> bool:
        token = self._held.new()
        now = time.time()
        sql = (
            f"INSERT INTO {self.table} (event_uuid, state, claim_token, expires_at) VALUES (?, 'claimed', ?, ?) "  # noqa: S608 - checked name
            "ON CONFLICT (event_uuid) DO UPDATE SET state = 'claimed', claim_token = excluded.claim_token, "
            f"expires_at = excluded.expires_at WHERE {self.table}.expires_at <= ?"
        )
        changed = self._db.run("claim", lambda c: c.execute(sql, (uuid, token, now + self.lease, now)).rowcount)
        return self._held.kept(uuid, token, changed == 1)

    def release(self, uuid: str) -> None:
        token = self._held.get(uuid)
        if token is None:
            return
        sql = f"DELETE FROM {self.table} WHERE event_uuid = ? AND state = 'claimed' AND claim_token = ?"  # noqa: S608
        self._db.run("release", lambda c: c.execute(sql, (uuid, token)))
        self._held.forget(uuid, token)

    def complete(self, uuid: str) -> None:
        sql = (
            f"INSERT INTO {self.table} (event_uuid, state, claim_token, expires_at) VALUES (?, 'done', NULL, ?) "  # noqa: S608
            "ON CONFLICT (event_uuid) DO UPDATE SET state = 'done', claim_token = NULL, "
            "expires_at = excluded.expires_at"
        )
        self._db.run("complete", lambda c: c.execute(sql, (uuid, time.time() + self.retention)))
        self._held.forget(uuid)

    def is_done(self, uuid: str) -> bool:
        """Whether ``uuid`` is recorded as handled and still within the retention window."""
        sql = f"SELECT 1 FROM {self.table} WHERE event_uuid = ? AND state = 'done' AND expires_at > ?"  # noqa: S608
        return self._db.run("is_done", lambda c: c.execute(sql, (uuid, time.time())).fetchone() is not None)

    def purge(self) -> int:
        """Delete rows whose lease or retention has run out; returns how many. Run it now and then."""
        sql = f"DELETE FROM {self.table} WHERE expires_at <= ?"  # noqa: S608
        return self._db.run("purge", lambda c: c.execute(sql, (time.time(),)).rowcount)

    def close(self) -> None:
        self._db.close()


class SQLiteTokenStore:
    """A ``sezzle.auth.TokenStore`` in an SQLite file; the token is kept in this file only, in clear.

    Protect the file as you would the API keys. The lock is a row with a lease (``lock_lease``,
    default 30 s) so a process that dies while authenticating does not block the others for long.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        table: str = "sezzle_tokens",
        lock_lease: float = 30.0,
        lock_timeout: float = 30.0,
        poll_interval: float = 0.02,
        busy_timeout: float = 30.0,
    ) -> None:
        self.table = check_name(table, "table")
        self.lock_lease = seconds(lock_lease, "lock_lease")
        self.lock_timeout = seconds(lock_timeout, "lock_timeout")
        self.poll_interval = seconds(poll_interval, "poll_interval")
        self._db = _Database(path, seconds(busy_timeout, "busy_timeout"), TokenStoreError)

    def __repr__(self) -> str:
        return f"SQLiteTokenStore(path={self._db.path!r}, table={self.table!r})"

    def create_schema(self) -> None:
        """Create the token and lock tables if missing (the SQL is ``tokens_schema(table)``)."""
        self._db.script("create_schema", tokens_schema(self.table))

    def get(self, key: str) -> StoredToken | None:
        sql = f"SELECT token, expires_at, merchant_uuid FROM {self.table} WHERE key = ? AND expires_at > ?"  # noqa: S608
        row = self._db.run("get", lambda c: c.execute(sql, (key, time.time())).fetchone())
        return None if row is None else StoredToken(str(row[0]), float(row[1]), row[2])

    def put(self, key: str, token: StoredToken) -> None:
        sql = (
            f"INSERT INTO {self.table} (key, token, merchant_uuid, expires_at) VALUES (?, ?, ?, ?) "  # noqa: S608
            "ON CONFLICT (key) DO UPDATE SET token = excluded.token, merchant_uuid = excluded.merchant_uuid, "
            "expires_at = excluded.expires_at"
        )
        self._db.run("put", lambda c: c.execute(sql, (key, token.value, token.merchant_uuid, token.expires_at)))

    def discard(self, key: str, value: str) -> None:
        sql = f"DELETE FROM {self.table} WHERE key = ? AND token = ?"  # noqa: S608
        self._db.run("discard", lambda c: c.execute(sql, (key, value)))

    def try_lock(self, key: str, holder: str) -> bool:
        now = time.time()
        sql = (
            f"INSERT INTO {self.table}_locks (key, holder, expires_at) VALUES (?, ?, ?) "  # noqa: S608
            "ON CONFLICT (key) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at "
            f"WHERE {self.table}_locks.expires_at <= ?"
        )
        lease = now + self.lock_lease
        return self._db.run("lock", lambda c: c.execute(sql, (key, holder, lease, now)).rowcount) == 1

    def unlock(self, key: str, holder: str) -> None:
        sql = f"DELETE FROM {self.table}_locks WHERE key = ? AND holder = ?"  # noqa: S608
        self._db.run("unlock", lambda c: c.execute(sql, (key, holder)))

    @contextlib.contextmanager
    def lock(self, key: str) -> Iterator[object]:
        holder = secrets.token_hex(16)
        deadline = time.monotonic() + self.lock_timeout
        while not self.try_lock(key, holder):
            if time.monotonic() >= deadline:
                raise TokenStoreError(
                    f"SQLite store {self._db.path}: the token lock was not free within {self.lock_timeout} s"
                )
            time.sleep(self.poll_interval)
        try:
            yield None
        finally:
            self.unlock(key, holder)

    def close(self) -> None:
        self._db.close()


# --- end of sync twin ---
