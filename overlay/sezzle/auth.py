"""The bearer-token flow: one token shared by every call, refreshed once however many callers need it.

``POST /v2/authentication`` trades the API keys for a token that lives 120 minutes. ``TokenCache``
keeps it until shortly before it expires, and makes concurrent callers on a cold or expired cache wait
for a single refresh (a lock per cache for threads, one per event loop for tasks). ``BearerAuth`` is an
``httpx.Auth``: it adds ``Authorization: Bearer <token>`` to each request and, when Sezzle answers 401
anyway (the token was revoked or expired early), refreshes once and replays the request once.

A ``TokenStore`` (opt-in, ``Sezzle(token_store=...)``) shares the token between processes: a process
with a cold cache reads it from the store, and on a miss takes the store's lock, reads again, and only
then authenticates and writes the token back, so N processes starting together authenticate once. The
stored token expires with Sezzle's ``expiration_date``. A store that fails is logged (without the
token) and skipped: the process authenticates by itself rather than stop taking payments.
"""

from __future__ import annotations

import contextlib
import datetime
import hashlib
import logging
import os
import threading
import time
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator
from typing import TYPE_CHECKING, Any, Protocol

import attrs
import httpx

from sezzle._core.secret import Secret, hidden
from sezzle.errors import APITimeoutError, ConfigurationError, ResponseParseError, TokenStoreError

if TYPE_CHECKING:
    import asyncio

    from sezzle_api.models import AuthenticationRequest, AuthenticationToken
    from sezzle_api.types import Operation

logger = logging.getLogger("sezzle.auth")

# Sezzle's documented token lifetime, used when the answer's expiry cannot be trusted (clock skew).
DOCUMENTED_LIFETIME = 120 * 60.0
# Refresh this long before expiry at most; short-lived tokens refresh after 90 % of their life.
REFRESH_MARGIN = 60.0


@attrs.frozen(repr=False)
class Token:
    """A bearer token and when to stop using it (on this process's monotonic clock)."""

    value: str
    refresh_at: float
    merchant_uuid: str | None = None

    def __repr__(self) -> str:
        return f"Token(merchant_uuid={self.merchant_uuid!r}, value='***')"


@attrs.frozen(repr=False)
class IssuedToken:
    """What the authentication endpoint answered."""

    value: str
    expiration_date: datetime.datetime | None
    merchant_uuid: str | None

    def __repr__(self) -> str:
        return f"IssuedToken(merchant_uuid={self.merchant_uuid!r}, expiration_date={self.expiration_date!r})"


@attrs.frozen(repr=False)
class StoredToken:
    """A bearer token as a ``TokenStore`` keeps it: ``expires_at`` is Unix time, from ``expiration_date``."""

    value: str
    expires_at: float
    merchant_uuid: str | None = None

    def __repr__(self) -> str:
        return f"StoredToken(merchant_uuid={self.merchant_uuid!r}, expires_at={self.expires_at!r}, value='***')"


class AsyncTokenStore(Protocol):
    """Where processes share the bearer token; ``sezzle.stores.redis`` and ``sezzle.stores.sqlite`` have one.

    ``get`` answers None for a missing or expired token. ``lock`` is held across processes while one of
    them authenticates; it must not be held forever by a process that dies (use a lease).
    """

    async def get(self, key: str) -> StoredToken | None: ...

    async def put(self, key: str, token: StoredToken) -> None: ...

    async def discard(self, key: str, value: str) -> None:
        """Forget the token under ``key`` if it is still ``value`` (Sezzle refused it)."""
        ...

    def lock(self, key: str) -> contextlib.AbstractAsyncContextManager[object]: ...


_AsyncFetch = Callable[[], Awaitable[IssuedToken]]
_Fetch = Callable[[], IssuedToken]


def token_key(base_url: str, public_key: str) -> str:
    """The store key of one merchant's token at one base URL (a digest: keys are not spelled out in stores)."""
    digest = hashlib.sha256(f"{base_url.rstrip('/')}\n{public_key}".encode()).hexdigest()
    return f"token-{digest[:32]}"


def _lifetime(expiration: datetime.datetime | None, now: datetime.datetime) -> float:
    if expiration is None:
        return DOCUMENTED_LIFETIME
    if expiration.tzinfo is None:
        expiration = expiration.replace(tzinfo=datetime.UTC)
    seconds = (expiration - now).total_seconds()
    # A token already "expired" or valid for more than a day means the clocks disagree.
    return seconds if 0 < seconds <= 24 * 3600 else DOCUMENTED_LIFETIME


class _Flight:
    """One refresh under way, and its outcome for the threads waiting on it."""

    __slots__ = ("done", "error", "token")

    def __init__(self) -> None:
        self.done = threading.Event()
        self.token: Token | None = None
        self.error: Exception | None = None


def _waited_too_long(timeout: float | None) -> APITimeoutError:
    return APITimeoutError(
        f"the bearer token another call is fetching did not arrive within this call's timeout ({timeout}s)",
        request_sent=False,
    )


def wait_bound(request: httpx.Request) -> float | None:
    """How long a request may wait for a bearer token: the longest part of its timeout (None: unbounded)."""
    parts = request.extensions.get("timeout") or {}
    bounds = [value for value in parts.values() if isinstance(value, int | float)]
    return max(bounds) if bounds else None


class TokenCache:
    """Holds the current token; ``get``/``aget`` return it, refreshing through one caller at a time."""

    def __init__(
        self,
        fetch: _Fetch | None = None,
        afetch: _AsyncFetch | None = None,
        monotonic: Callable[[], float] = time.monotonic,
        *,
        store: TokenStore | None = None,
        astore: AsyncTokenStore | None = None,
        store_key: str = "token",
    ) -> None:
        self._fetch = fetch
        self._afetch = afetch
        self._monotonic = monotonic
        self._shared = store
        self._ashared = astore
        self._key = store_key
        self._token: Token | None = None
        self._lock = threading.Lock()  # held only to start or end a refresh, never while one runs
        self._flight: _Flight | None = None
        self._async_lock: asyncio.Lock | None = None
        self._async_flight: _Flight | None = None  # the last refresh on the loop below, and its outcome
        self._async_loop: asyncio.AbstractEventLoop | None = None

    def __repr__(self) -> str:
        return f"TokenCache(cached={self._token is not None})"

    def _usable(self, token: Token | None) -> Token | None:
        return token if token is not None and self._monotonic() < token.refresh_at else None

    def _store(self, issued: IssuedToken) -> Token:
        lifetime = _lifetime(issued.expiration_date, datetime.datetime.now(datetime.UTC))
        margin = min(REFRESH_MARGIN, lifetime * 0.1)
        token = Token(issued.value, self._monotonic() + lifetime - margin, issued.merchant_uuid)
        self._token = token
        return token

    @staticmethod
    def _to_shared(issued: IssuedToken) -> StoredToken:
        lifetime = _lifetime(issued.expiration_date, datetime.datetime.now(datetime.UTC))
        return StoredToken(issued.value, time.time() + lifetime, issued.merchant_uuid)

    def _adopt(self, shared: StoredToken | None) -> Token | None:
        """Take a token another process stored, if it has life left."""
        if shared is None:
            return None
        remaining = shared.expires_at - time.time()
        if remaining <= 0:
            return None
        margin = min(REFRESH_MARGIN, remaining * 0.1)
        token = Token(shared.value, self._monotonic() + remaining - margin, shared.merchant_uuid)
        self._token = token
        return token

    def get(self, timeout: float | None = None) -> Token:
        """The current token, refreshing it if needed; a caller that finds a refresh under way waits for it.

        Whoever starts a refresh runs it; every caller arriving meanwhile gets its outcome: the same
        token, or the same error (they do not each try again). ``timeout`` bounds the wait: a waiter
        that exceeds it gets ``APITimeoutError``.
        """
        deadline = None if timeout is None else time.monotonic() + max(0.0, timeout)
        while True:
            token = self._usable(self._token)
            if token is not None:
                return token
            fetch = self._fetch
            if fetch is None:
                raise RuntimeError("this token cache has no synchronous fetch")
            with self._lock:
                token = self._usable(self._token)
                if token is not None:
                    return token
                flight = self._flight
                leading = flight is None
                if flight is None:
                    flight = self._flight = _Flight()
            if leading:
                return self._lead(flight, fetch)
            remaining = None if deadline is None else max(0.0, deadline - time.monotonic())
            if not flight.done.wait(remaining):
                raise _waited_too_long(timeout)
            if flight.error is not None:
                raise flight.error
            if flight.token is not None:
                return flight.token
            # The refresh was interrupted (its thread got KeyboardInterrupt or similar): try again.

    def _lead(self, flight: _Flight, fetch: _Fetch) -> Token:
        try:
            token = _fetch_shared(self, fetch, self._shared) if self._shared is not None else self._store(fetch())
            flight.token = token
            return token
        except Exception as error:
            flight.error = error
            raise
        finally:
            with self._lock:
                self._flight = None
            flight.done.set()

    async def aget(self, timeout: float | None = None) -> Token:
        """``get`` for asyncio: one refresh per event loop, its failure shared with the tasks waiting on it.

        Waiting tasks take the loop's lock in turn once the refresh ends (so they do not all connect
        in the same instant); a task whose wait exceeds ``timeout`` gets ``APITimeoutError``.
        """
        token = self._usable(self._token)
        if token is not None:
            return token
        afetch = self._afetch
        if afetch is None:
            raise RuntimeError("this token cache has no asynchronous fetch")
        lock = self._loop_lock()
        # A held lock means a refresh is under way (its holder sets the flight before it first yields).
        awaited = self._async_flight if lock.locked() else None
        if awaited is None and not lock.locked():
            await lock.acquire()  # free: taken at once, without yielding to another task
        else:
            try:
                import asyncio  # loaded by the first async use, not by constructing a client

                await asyncio.wait_for(lock.acquire(), None if timeout is None else max(0.0, timeout))
            except TimeoutError:
                raise _waited_too_long(timeout) from None
        try:
            token = self._usable(self._token)
            if token is not None:
                return token
            if awaited is not None and awaited.error is not None:
                raise awaited.error  # the refresh this task waited on failed: the same error, not another try
            flight = self._async_flight = _Flight()
            try:
                if self._ashared is not None:
                    token = await _afetch_shared(self, afetch, self._ashared)
                else:
                    token = self._store(await afetch())
            except Exception as error:
                flight.error = error
                raise
            flight.token = token
            return token
        finally:
            if self._async_flight is not None and self._async_flight is not awaited:
                self._async_flight.done.set()
            lock.release()

    def _loop_lock(self) -> asyncio.Lock:
        import asyncio  # loaded by the first async use, not by constructing a client

        loop = asyncio.get_running_loop()
        if self._async_lock is None or self._async_loop is not loop:
            self._async_lock, self._async_loop, self._async_flight = asyncio.Lock(), loop, None
        return self._async_lock

    def invalidate(self, token: Token) -> None:
        """Forget ``token`` unless another caller already replaced it (and in the shared store too)."""
        _invalidate(self, token, self._shared)

    async def ainvalidate(self, token: Token) -> None:
        """``invalidate`` for asyncio, forgetting the token in the async shared store too."""
        await _ainvalidate(self, token, self._ashared)


async def _afetch_shared(cache: TokenCache, afetch: _AsyncFetch, store: AsyncTokenStore) -> Token:
    """A token from the shared store, or fetched under its lock and stored; fetched alone if the store fails."""
    try:
        token = cache._adopt(await store.get(cache._key))
        if token is not None:
            return token
        async with store.lock(cache._key):
            token = cache._adopt(await store.get(cache._key))
            if token is not None:
                return token
            issued = await afetch()
            token = cache._store(issued)
            await store.put(cache._key, cache._to_shared(issued))
            return token
    except TokenStoreError as error:
        logger.warning("token store %r failed, authenticating without it: %s", store, error)
        token = cache._usable(cache._token)
        return token if token is not None else cache._store(await afetch())


async def _ainvalidate(cache: TokenCache, token: Token, store: AsyncTokenStore | None) -> None:
    if cache._token is token:
        cache._token = None
        if store is not None:
            try:
                await store.discard(cache._key, token.value)
            except TokenStoreError as error:
                logger.warning("token store %r failed to forget a refused token: %s", store, error)


class BearerAuth(httpx.Auth):
    """Adds the bearer token; on a 401, refreshes once and replays the request once."""

    def __init__(self, cache: TokenCache) -> None:
        self._cache = cache

    def __repr__(self) -> str:
        return "BearerAuth()"

    @staticmethod
    def _sign(request: httpx.Request, token: Token) -> httpx.Request:
        request.headers["Authorization"] = f"Bearer {token.value}"
        return request

    def _get(self, request: httpx.Request) -> Token:
        try:
            return self._cache.get(wait_bound(request))
        except APITimeoutError as error:
            if error.request is not None:  # the refresh itself timed out: its own error, shared
                raise
            raise APITimeoutError(str(error), request=request, request_sent=False) from None

    async def _aget(self, request: httpx.Request) -> Token:
        try:
            return await self._cache.aget(wait_bound(request))
        except APITimeoutError as error:
            if error.request is not None:  # the refresh itself timed out: its own error, shared
                raise
            raise APITimeoutError(str(error), request=request, request_sent=False) from None

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        token = self._get(request)
        response = yield self._sign(request, token)
        if response.status_code == 401:
            self._cache.invalidate(token)
            yield self._sign(request, self._get(request))

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        token = await self._aget(request)
        response = yield self._sign(request, token)
        if response.status_code == 401:
            await self._cache.ainvalidate(token)
            yield self._sign(request, await self._aget(request))


def issued_token(answer: Any, response: httpx.Response) -> IssuedToken:
    """What an authentication answer (v1 or v2: the same shape) says, or a parse error keeping it."""
    token = getattr(answer, "token", None)
    if not isinstance(token, str) or not token:
        raise ResponseParseError(response, "the authentication answer has no token")
    expiration = getattr(answer, "expiration_date", None)
    merchant = getattr(answer, "merchant_uuid", None)
    return IssuedToken(
        token,
        expiration if isinstance(expiration, datetime.datetime) else None,
        merchant if isinstance(merchant, str) else None,
    )


class Credentials:
    """The API key pair; the private key is shown nowhere and sent only to the authentication endpoint."""

    def __init__(self, public_key: str | None, private_key: str | None) -> None:
        private_key = hidden(private_key or os.environ.get("SEZZLE_PRIVATE_KEY"))  # a Secret in every frame
        public_key = public_key or os.environ.get("SEZZLE_PUBLIC_KEY")
        if not public_key or not private_key:
            raise ConfigurationError(
                "Sezzle API keys are missing: pass public_key and private_key, or set the environment variables "
                "SEZZLE_PUBLIC_KEY and SEZZLE_PRIVATE_KEY"
            )
        if not isinstance(public_key, str) or not isinstance(private_key, str):
            raise ConfigurationError("Sezzle API keys must be strings")
        self.public_key = public_key
        self._private_key: Secret = Secret.of(private_key)

    def __repr__(self) -> str:
        return f"Credentials(public_key={self.public_key!r}, private_key='***')"

    def secrets(self) -> tuple[str, ...]:
        """What error texts must never show, even when the server echoes it."""
        return (self._private_key,)

    def authentication_body(self) -> AuthenticationRequest:
        """The only place the private key leaves this object: the body of an authentication request."""
        from sezzle_api.models import AuthenticationRequest  # loaded by the first authentication

        return AuthenticationRequest(public_key=self.public_key, private_key=self._private_key)

    def authentication(self) -> Operation[AuthenticationToken]:
        from sezzle_api.api.authentication import authenticate

        return authenticate.request(body=self.authentication_body())


# --- sync twin: written by `make generate` (scripts/unasync.py) from the async code above; do not edit ---


class TokenStore(Protocol):
    """Where processes share the bearer token; ``sezzle.stores.redis`` and ``sezzle.stores.sqlite`` have one.

    ``get`` answers None for a missing or expired token. ``lock`` is held across processes while one of
    them authenticates; it must not be held forever by a process that dies (use a lease).
    """

    def get(self, key: str) -> StoredToken | None: ...

    def put(self, key: str, token: StoredToken) -> None: ...

    def discard(self, key: str, value: str) -> None:
        """Forget the token under ``key`` if it is still ``value`` (Sezzle refused it)."""
        ...

    def lock(self, key: str) -> contextlib.AbstractContextManager[object]: ...


def _fetch_shared(cache: TokenCache, fetch: _Fetch, store: TokenStore) -> Token:
    """A token from the shared store, or fetched under its lock and stored; fetched alone if the store fails."""
    try:
        token = cache._adopt(store.get(cache._key))
        if token is not None:
            return token
        with store.lock(cache._key):
            token = cache._adopt(store.get(cache._key))
            if token is not None:
                return token
            issued = fetch()
            token = cache._store(issued)
            store.put(cache._key, cache._to_shared(issued))
            return token
    except TokenStoreError as error:
        logger.warning("token store %r failed, authenticating without it: %s", store, error)
        token = cache._usable(cache._token)
        return token if token is not None else cache._store(fetch())


def _invalidate(cache: TokenCache, token: Token, store: TokenStore | None) -> None:
    if cache._token is token:
        cache._token = None
        if store is not None:
            try:
                store.discard(cache._key, token.value)
            except TokenStoreError as error:
                logger.warning("token store %r failed to forget a refused token: %s", store, error)


# --- end of sync twin ---
