"""Webhook claims in PostgreSQL or any database SQLAlchemy supports (SQLAlchemy Core 2, sync and asyncio).

::

    from sqlalchemy import create_engine
    from sezzle.stores.sql import SQLClaimStore

    engine = create_engine("postgresql+psycopg://shop@db/shop")  # psycopg 3 does sync and async
    store = SQLClaimStore(engine)
    store.create_schema()  # once, at deploy time; or run store.schema_sql() in a migration
    dedupe = Deduplicator(store)

The table has one row per event, keyed by its uuid (the primary key makes claims unique across every
process and host), with its state (``claimed`` or ``done``), the random token of the claim holding it
and ``expires_at``: when the lease ends while claimed, when the event is forgotten once done. A claim
first deletes the event's row if it has expired, then inserts a fresh one; of concurrent inserts the
primary key lets exactly one through. Times are Unix seconds from the clocks of the hosts that run the
workers, which must agree (NTP) to well within the lease. ``AsyncSQLClaimStore`` takes an
``AsyncEngine`` (``create_async_engine("postgresql+psycopg://...")``).
"""

from __future__ import annotations

import time
from datetime import timedelta

from sqlalchemy import (
    Column,
    Delete,
    Float,
    Index,
    Insert,
    MetaData,
    Select,
    String,
    Table,
    Update,
    delete,
    insert,
    select,
    update,
)
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine
from sqlalchemy.schema import CreateIndex, CreateTable

from sezzle.errors import ClaimStoreError
from sezzle.stores._common import DEFAULT_LEASE, DEFAULT_RETENTION, HeldClaims, check_name, describe, seconds

__all__ = ["AsyncSQLClaimStore", "SQLClaimStore", "claims_table"]


def claims_table(name: str = "sezzle_webhook_claims", metadata: MetaData | None = None) -> Table:
    """The claims table, to add to your own ``MetaData`` (and so to your migrations) if you like."""
    check_name(name, "table")
    table = Table(
        name,
        metadata if metadata is not None else MetaData(),
        Column("event_uuid", String(255), primary_key=True),
        Column("state", String(8), nullable=False),
        Column("claim_token", String(64), nullable=True),
        Column("expires_at", Float(precision=53), nullable=False),
    )
    Index(f"{name}_expires_at", table.c.expires_at)
    return table


class _Statements:
    """The statements both stores run, built once."""

    def __init__(self, table: Table, lease: float, retention: float) -> None:
        self.table = table
        self.lease = lease
        self.retention = retention

    def expired(self, uuid: str, now: float) -> Delete:
        t = self.table
        return delete(t).where(t.c.event_uuid == uuid, t.c.expires_at <= now)

    def claim(self, uuid: str, token: str, now: float) -> Insert:
        return insert(self.table).values(
            event_uuid=uuid, state="claimed", claim_token=token, expires_at=now + self.lease
        )

    def release(self, uuid: str, token: str) -> Delete:
        t = self.table
        return delete(t).where(t.c.event_uuid == uuid, t.c.state == "claimed", t.c.claim_token == token)

    def mark_done(self, uuid: str, now: float) -> Update:
        t = self.table
        return (
            update(t)
            .where(t.c.event_uuid == uuid)
            .values(state="done", claim_token=None, expires_at=now + self.retention)
        )

    def insert_done(self, uuid: str, now: float) -> Insert:
        return insert(self.table).values(
            event_uuid=uuid, state="done", claim_token=None, expires_at=now + self.retention
        )

    def is_done(self, uuid: str, now: float) -> Select[tuple[str]]:
        t = self.table
        return select(t.c.event_uuid).where(t.c.event_uuid == uuid, t.c.state == "done", t.c.expires_at > now)

    def purge(self, now: float) -> Delete:
        return delete(self.table).where(self.table.c.expires_at <= now)


class _Base:
    def __init__(
        self, table: str, lease: float | timedelta, retention: float | timedelta, metadata: MetaData | None
    ) -> None:
        self.table = claims_table(table, metadata)
        self.lease = seconds(lease, "lease")
        self.retention = seconds(retention, "retention")
        self._sql = _Statements(self.table, self.lease, self.retention)
        self._held = HeldClaims()

    def _fail(self, what: str, error: BaseException) -> ClaimStoreError:
        return ClaimStoreError(f"SQL claim store {self.table.name}: {what} failed: {describe(error)}")

    def _describe(self, dialect: str) -> str:
        name = type(self).__name__
        return f"{name}(dialect={dialect!r}, table={self.table.name!r}, lease={self.lease}, retention={self.retention})"


def schema_sql(table: Table, engine: Engine | AsyncEngine) -> str:
    """The DDL ``create_schema`` runs, in ``engine``'s dialect."""
    dialect = engine.dialect
    statements = [str(CreateTable(table).compile(dialect=dialect)).strip()]
    statements += [str(CreateIndex(index).compile(dialect=dialect)).strip() for index in table.indexes]
    return ";\n".join(statements) + ";\n"


class _Schema(_Base):
    """Creates and drops the table through a sync ``Engine``."""

    engine: Engine

    def create_schema(self) -> None:
        """Create the table and its index if missing."""
        try:
            self.table.create(self.engine, checkfirst=True)
        except SQLAlchemyError as error:
            raise self._fail("create_schema", error) from None

    def drop_schema(self) -> None:
        """Drop the table if it is there."""
        try:
            self.table.drop(self.engine, checkfirst=True)
        except SQLAlchemyError as error:
            raise self._fail("drop_schema", error) from None


class _AsyncSchema(_Base):
    """Creates and drops the table through an ``AsyncEngine``."""

    engine: AsyncEngine

    async def create_schema(self) -> None:
        """Create the table and its index if missing."""
        try:
            async with self.engine.begin() as connection:
                await connection.run_sync(lambda sync: self.table.create(sync, checkfirst=True))
        except SQLAlchemyError as error:
            raise self._fail("create_schema", error) from None

    async def drop_schema(self) -> None:
        """Drop the table if it is there."""
        try:
            async with self.engine.begin() as connection:
                await connection.run_sync(lambda sync: self.table.drop(sync, checkfirst=True))
        except SQLAlchemyError as error:
            raise self._fail("drop_schema", error) from None


class AsyncSQLClaimStore(_AsyncSchema):
    """A webhook claim store (``AsyncCompletingClaimStore``) on a SQLAlchemy ``AsyncEngine``.

    ``lease`` is 300 s and ``retention`` 7 days by default.
    """

    def __init__(
        self,
        engine: AsyncEngine,
        *,
        table: str = "sezzle_webhook_claims",
        lease: float | timedelta = DEFAULT_LEASE,
        retention: float | timedelta = DEFAULT_RETENTION,
        metadata: MetaData | None = None,
    ) -> None:
        super().__init__(table, lease, retention, metadata)
        self.engine = engine

    def __repr__(self) -> str:
        return self._describe(self.engine.dialect.name)

    def schema_sql(self) -> str:
        """The DDL ``create_schema`` runs, in the engine's dialect (to run yourself, in a migration)."""
        return schema_sql(self.table, self.engine)

    async def claim(self, uuid: str) -> bool:
        token = self._held.new()
        try:
            now = time.time()
            async with self.engine.begin() as connection:
                await connection.execute(self._sql.expired(uuid, now))
            try:
                async with self.engine.begin() as connection:
                    await connection.execute(self._sql.claim(uuid, token, now))
            except IntegrityError:
                return False  # another worker holds it, or it is done
        except SQLAlchemyError as error:
            raise self._fail("claim", error) from None
        self._held.hold(uuid, token)
        return True

    async def release(self, uuid: str) -> None:
        token = self._held.get(uuid)
        if token is None:
            return
        try:
            async with self.engine.begin() as connection:
                await connection.execute(self._sql.release(uuid, token))
        except SQLAlchemyError as error:
            raise self._fail("release", error) from None
        self._held.forget(uuid, token)

    async def complete(self, uuid: str) -> None:
        try:
            for attempt in range(3):
                try:
                    async with self.engine.begin() as connection:
                        await self._complete(connection, uuid)
                    break
                except IntegrityError:  # another worker re-inserted the row between our update and insert
                    if attempt == 2:
                        raise
        except SQLAlchemyError as error:
            raise self._fail("complete", error) from None
        self._held.forget(uuid)

    async def _complete(self, connection: AsyncConnection, uuid: str) -> None:
        now = time.time()
        result = await connection.execute(self._sql.mark_done(uuid, now))
        if result.rowcount == 0:
            await connection.execute(self._sql.insert_done(uuid, now))

    async def is_done(self, uuid: str) -> bool:
        """Whether ``uuid`` is recorded as handled and still within the retention window."""
        try:
            async with self.engine.connect() as connection:
                result = await connection.execute(self._sql.is_done(uuid, time.time()))
                return result.first() is not None
        except SQLAlchemyError as error:
            raise self._fail("is_done", error) from None

    async def purge(self) -> int:
        """Delete rows whose lease or retention has run out; returns how many. Run it now and then."""
        try:
            async with self.engine.begin() as connection:
                result = await connection.execute(self._sql.purge(time.time()))
                return int(result.rowcount)
        except SQLAlchemyError as error:
            raise self._fail("purge", error) from None


# --- sync twin: written by `make generate` (scripts/unasync.py) from the async code above; do not edit ---


class SQLClaimStore(_Schema):
    """A webhook claim store (``CompletingClaimStore``) on a SQLAlchemy ``Engine``.

    ``lease`` is 300 s and ``retention`` 7 days by default.
    """

    def __init__(
        self,
        engine: Engine,
        *,
        table: str = "sezzle_webhook_claims",
        lease: float | timedelta = DEFAULT_LEASE,
        retention: float | timedelta = DEFAULT_RETENTION,
        metadata: MetaData | None = None,
    ) -> None:
        super().__init__(table, lease, retention, metadata)
        self.engine = engine

    def __repr__(self) -> str:
        return self._describe(self.engine.dialect.name)

    def schema_sql(self) -> str:
        """The DDL ``create_schema`` runs, in the engine's dialect (to run yourself, in a migration)."""
        return schema_sql(self.table, self.engine)

    def claim(self, uuid: str) -> bool:
        token = self._held.new()
        try:
            now = time.time()
            with self.engine.begin() as connection:
                connection.execute(self._sql.expired(uuid, now))
            try:
                with self.engine.begin() as connection:
                    connection.execute(self._sql.claim(uuid, token, now))
            except IntegrityError:
                return False  # another worker holds it, or it is done
        except SQLAlchemyError as error:
            raise self._fail("claim", error) from None
        self._held.hold(uuid, token)
        return True

    def release(self, uuid: str) -> None:
        token = self._held.get(uuid)
        if token is None:
            return
        try:
            with self.engine.begin() as connection:
                connection.execute(self._sql.release(uuid, token))
        except SQLAlchemyError as error:
            raise self._fail("release", error) from None
        self._held.forget(uuid, token)

    def complete(self, uuid: str) -> None:
        try:
            for attempt in range(3):
                try:
                    with self.engine.begin() as connection:
                        self._complete(connection, uuid)
                    break
                except IntegrityError:  # another worker re-inserted the row between our update and insert
                    if attempt == 2:
                        raise
        except SQLAlchemyError as error:
            raise self._fail("complete", error) from None
        self._held.forget(uuid)

    def _complete(self, connection: Connection, uuid: str) -> None:
        now = time.time()
        result = connection.execute(self._sql.mark_done(uuid, now))
        if result.rowcount == 0:
            connection.execute(self._sql.insert_done(uuid, now))

    def is_done(self, uuid: str) -> bool:
        """Whether ``uuid`` is recorded as handled and still within the retention window."""
        try:
            with self.engine.connect() as connection:
                result = connection.execute(self._sql.is_done(uuid, time.time()))
                return result.first() is not None
        except SQLAlchemyError as error:
            raise self._fail("is_done", error) from None

    def purge(self) -> int:
        """Delete rows whose lease or retention has run out; returns how many. Run it now and then."""
        try:
            with self.engine.begin() as connection:
                result = connection.execute(self._sql.purge(time.time()))
                return int(result.rowcount)
        except SQLAlchemyError as error:
            raise self._fail("purge", error) from None


# --- end of sync twin ---
