"""Webhook claims and the bearer token in Redis (redis-py, sync and asyncio): several processes and hosts.

::

    import redis
    from sezzle.stores.redis import RedisClaimStore, RedisTokenStore

    r = redis.Redis.from_url("redis://cache:6379/0")
    dedupe = Deduplicator(RedisClaimStore(r))
    client = Sezzle(token_store=RedisTokenStore(r))

Keys (``prefix`` defaults to ``sezzle:``):

- ``{prefix}claim:{event uuid}``: ``claimed:{random token}`` with the lease as its TTL while a handler
  runs (``SET ... NX PX``, atomic: one of many concurrent claims sets it), then ``done`` with the
  retention window as its TTL. Redis forgets both on its own: no schema and no purge.
- ``{prefix}token:{digest}``: the bearer token as JSON, expiring with Sezzle's ``expiration_date``;
  ``{prefix}lock:{digest}`` the lock one process holds while it authenticates (``SET NX PX``).

Releases and unlocks are compare-and-delete Lua scripts, so a worker whose lease ran out never
removes the claim (or lock) another worker now holds. Times are the Redis server's, one clock for
every host. ``create_schema()`` exists for symmetry with the SQL stores and only checks the server.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import secrets
import time
from collections.abc import AsyncIterator, Iterator
from datetime import timedelta
from typing import Any

import redis
import redis.asyncio

from sezzle.auth import StoredToken
from sezzle.errors import ClaimStoreError, ConfigurationError, TokenStoreError
from sezzle.stores._common import DEFAULT_LEASE, DEFAULT_RETENTION, HeldClaims, describe, seconds

__all__ = ["AsyncRedisClaimStore", "AsyncRedisTokenStore", "RedisClaimStore", "RedisTokenStore"]

# Delete KEYS[1] only if it still holds ARGV[1].
COMPARE_AND_DELETE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then
    return redis.call('DEL', KEYS[1])
end
return 0
"""

DONE = "done"


def _prefix(prefix: str) -> str:
    if not isinstance(prefix, str) or not prefix or any(ch.isspace() for ch in prefix):
        raise ConfigurationError("the Redis key prefix must be a non-empty string without spaces")
    return prefix


def _milliseconds(value: float) -> int:
    return max(1, int(value * 1000))


def _token_json(token: StoredToken) -> str:
    return json.dumps({"token": token.value, "expires_at": token.expires_at, "merchant_uuid": token.merchant_uuid})


def _token_from(raw: Any) -> StoredToken | None:
    if raw is None:
        return None
    try:
        data = json.loads(raw)
        token = StoredToken(str(data["token"]), float(data["expires_at"]), data.get("merchant_uuid"))
    except (ValueError, KeyError, TypeError):
        return None  # not ours, or damaged: authenticate afresh and overwrite it
    return token if token.expires_at > time.time() else None


class _ClaimKeys:
    def __init__(self, prefix: str, lease: float | timedelta, retention: float | timedelta) -> None:
        self.prefix = _prefix(prefix)
        self.lease = seconds(lease, "lease")
        self.retention = seconds(retention, "retention")
        self._held = HeldClaims()

    def key(self, uuid: str) -> str:
        return f"{self.prefix}claim:{uuid}"

    def _fail(self, what: str, error: BaseException) -> ClaimStoreError:
        return ClaimStoreError(f"Redis claim store {self.prefix}: {what} failed: {describe(error)}")

    def __repr__(self) -> str:
        return f"{type(self).__name__}(prefix={self.prefix!r}, lease={self.lease}, retention={self.retention})"


class AsyncRedisClaimStore(_ClaimKeys):
    """A webhook claim store (``AsyncCompletingClaimStore``) in Redis.

    ``lease`` is 300 s and ``retention`` 7 days by default.
    """

    def __init__(
        self,
        client: redis.asyncio.Redis,
        *,
        prefix: str = "sezzle:",
        lease: float | timedelta = DEFAULT_LEASE,
        retention: float | timedelta = DEFAULT_RETENTION,
    ) -> None:
        super().__init__(prefix, lease, retention)
        self.client = client
        self._release = client.register_script(COMPARE_AND_DELETE)

    async def create_schema(self) -> None:
        """Nothing to create in Redis; checks that the server answers."""
        try:
            await self.client.ping()
        except redis.RedisError as error:
            raise self._fail("create_schema", error) from None

    async def claim(self, uuid: str) -> bool:
        token = self._held.new()
        try:
            claimed = await self.client.set(self.key(uuid), f"claimed:{token}", nx=True, px=_milliseconds(self.lease))
        except redis.RedisError as error:
            raise self._fail("claim", error) from None
        return self._held.kept(uuid, token, bool(claimed))

    async def release(self, uuid: str) -> None:
        token = self._held.get(uuid)
        if token is None:
            return
        try:
            await self._release(keys=[self.key(uuid)], args=[f"claimed:{token}"])
        except redis.RedisError as error:
            raise self._fail("release", error) from None
        self._held.forget(uuid, token)

    async def complete(self, uuid: str) -> None:
        try:
            await self.client.set(self.key(uuid), DONE, px=_milliseconds(self.retention))
        except redis.RedisError as error:
            raise self._fail("complete", error) from None
        self._held.forget(uuid)

    async def is_done(self, uuid: str) -> bool:
        """Whether ``uuid`` is recorded as handled and still within the retention window."""
        try:
            value = await self.client.get(self.key(uuid))
        except redis.RedisError as error:
            raise self._fail("is_done", error) from None
        return value in (DONE, DONE.encode())


class _TokenKeys:
    def __init__(self, prefix: str, lock_lease: float, lock_timeout: float, poll_interval: float) -> None:
        self.prefix = _prefix(prefix)
        self.lock_lease = seconds(lock_lease, "lock_lease")
        self.lock_timeout = seconds(lock_timeout, "lock_timeout")
        self.poll_interval = seconds(poll_interval, "poll_interval")

    def token_key(self, key: str) -> str:
        return f"{self.prefix}{key}"

    def lock_key(self, key: str) -> str:
        return f"{self.prefix}lock:{key}"

    def _fail(self, what: str, error: BaseException) -> TokenStoreError:
        return TokenStoreError(f"Redis token store {self.prefix}: {what} failed: {describe(error)}")

    def _timed_out(self) -> TokenStoreError:
        return TokenStoreError(
            f"Redis token store {self.prefix}: the token lock was not free within {self.lock_timeout} s"
        )

    def __repr__(self) -> str:
        return f"{type(self).__name__}(prefix={self.prefix!r})"


class AsyncRedisTokenStore(_TokenKeys):
    """A ``sezzle.auth.AsyncTokenStore`` in Redis; the token is kept there only, in clear: protect the server.

    The lock is a key with a lease (``lock_lease``, 30 s) so a process that dies while authenticating
    does not block the others for long.
    """

    def __init__(
        self,
        client: redis.asyncio.Redis,
        *,
        prefix: str = "sezzle:",
        lock_lease: float = 30.0,
        lock_timeout: float = 30.0,
        poll_interval: float = 0.02,
    ) -> None:
        super().__init__(prefix, lock_lease, lock_timeout, poll_interval)
        self.client = client
        self._unlock = client.register_script(COMPARE_AND_DELETE)

    async def get(self, key: str) -> StoredToken | None:
        try:
            return _token_from(await self.client.get(self.token_key(key)))
        except redis.RedisError as error:
            raise self._fail("get", error) from None

    async def put(self, key: str, token: StoredToken) -> None:
        ttl = token.expires_at - time.time()
        if ttl <= 0:
            return
        try:
            await self.client.set(self.token_key(key), _token_json(token), px=_milliseconds(ttl))
        except redis.RedisError as error:
            raise self._fail("put", error) from None

    async def discard(self, key: str, value: str) -> None:
        try:
            raw = await self.client.get(self.token_key(key))
            stored = _token_from(raw)
            if raw is not None and stored is not None and stored.value == value:
                await self._unlock(keys=[self.token_key(key)], args=[raw])
        except redis.RedisError as error:
            raise self._fail("discard", error) from None

    @contextlib.asynccontextmanager
    async def lock(self, key: str) -> AsyncIterator[object]:
        holder = secrets.token_hex(16)
        deadline = time.monotonic() + self.lock_timeout
        try:
            while not await self.client.set(self.lock_key(key), holder, nx=True, px=_milliseconds(self.lock_lease)):
                if time.monotonic() >= deadline:
                    raise self._timed_out()
                await asyncio.sleep(self.poll_interval)
        except redis.RedisError as error:
            raise self._fail("lock", error) from None
        try:
            yield None
        finally:
            try:
                await self._unlock(keys=[self.lock_key(key)], args=[holder])
            except redis.RedisError as error:
                raise self._fail("unlock", error) from None


# --- sync twin: written by `make generate` (scripts/unasync.py) from the async code above; do not edit ---


class RedisClaimStore(_ClaimKeys):
    """A webhook claim store (``CompletingClaimStore``) in Redis.

    ``lease`` is 300 s and ``retention`` 7 days by default.
    """

    def __init__(
        self,
        client: redis.Redis,
        *,
        prefix: str = "sezzle:",
        lease: float | timedelta = DEFAULT_LEASE,
        retention: float | timedelta = DEFAULT_RETENTION,
    ) -> None:
        super().__init__(prefix, lease, retention)
        self.client = client
        self._release = client.register_script(COMPARE_AND_DELETE)

    def create_schema(self) -> None:
        """Nothing to create in Redis; checks that the server answers."""
        try:
            self.client.ping()
        except redis.RedisError as error:
            raise self._fail("create_schema", error) from None

    def claim(self, uuid: str) -> bool:
        token = self._held.new()
        try:
            claimed = self.client.set(self.key(uuid), f"claimed:{token}", nx=True, px=_milliseconds(self.lease))
        except redis.RedisError as error:
            raise self._fail("claim", error) from None
        return self._held.kept(uuid, token, bool(claimed))

    def release(self, uuid: str) -> None:
        token = self._held.get(uuid)
        if token is None:
            return
        try:
            self._release(keys=[self.key(uuid)], args=[f"claimed:{token}"])
        except redis.RedisError as error:
            raise self._fail("release", error) from None
        self._held.forget(uuid, token)

    def complete(self, uuid: str) -> None:
        try:
            self.client.set(self.key(uuid), DONE, px=_milliseconds(self.retention))
        except redis.RedisError as error:
            raise self._fail("complete", error) from None
        self._held.forget(uuid)

    def is_done(self, uuid: str) -> bool:
        """Whether ``uuid`` is recorded as handled and still within the retention window."""
        try:
            value = self.client.get(self.key(uuid))
        except redis.RedisError as error:
            raise self._fail("is_done", error) from None
        return value in (DONE, DONE.encode())


class RedisTokenStore(_TokenKeys):
    """A ``sezzle.auth.TokenStore`` in Redis; the token is kept there only, in clear: protect the server.

    The lock is a key with a lease (``lock_lease``, 30 s) so a process that dies while authenticating
    does not block the others for long.
    """

    def __init__(
        self,
        client: redis.Redis,
        *,
        prefix: str = "sezzle:",
        lock_lease: float = 30.0,
        lock_timeout: float = 30.0,
        poll_interval: float = 0.02,
    ) -> None:
        super().__init__(prefix, lock_lease, lock_timeout, poll_interval)
        self.client = client
        self._unlock = client.register_script(COMPARE_AND_DELETE)

    def get(self, key: str) -> StoredToken | None:
        try:
            return _token_from(self.client.get(self.token_key(key)))
        except redis.RedisError as error:
            raise self._fail("get", error) from None

    def put(self, key: str, token: StoredToken) -> None:
        ttl = token.expires_at - time.time()
        if ttl <= 0:
            return
        try:
            self.client.set(self.token_key(key), _token_json(token), px=_milliseconds(ttl))
        except redis.RedisError as error:
            raise self._fail("put", error) from None

    def discard(self, key: str, value: str) -> None:
        try:
            raw = self.client.get(self.token_key(key))
            stored = _token_from(raw)
            if raw is not None and stored is not None and stored.value == value:
                self._unlock(keys=[self.token_key(key)], args=[raw])
        except redis.RedisError as error:
            raise self._fail("discard", error) from None

    @contextlib.contextmanager
    def lock(self, key: str) -> Iterator[object]:
        holder = secrets.token_hex(16)
        deadline = time.monotonic() + self.lock_timeout
        try:
            while not self.client.set(self.lock_key(key), holder, nx=True, px=_milliseconds(self.lock_lease)):
                if time.monotonic() >= deadline:
                    raise self._timed_out()
                time.sleep(self.poll_interval)
        except redis.RedisError as error:
            raise self._fail("lock", error) from None
        try:
            yield None
        finally:
            try:
                self._unlock(keys=[self.lock_key(key)], args=[holder])
            except redis.RedisError as error:
                raise self._fail("unlock", error) from None


# --- end of sync twin ---
