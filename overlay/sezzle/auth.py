"""The bearer-token flow: one token shared by every call, refreshed once however many callers need it.

``POST /v2/authentication`` trades the API keys for a token that lives 120 minutes. ``TokenCache``
keeps it until shortly before it expires, and makes concurrent callers on a cold or expired cache wait
for a single refresh (a lock per cache for threads, one per event loop for tasks). ``BearerAuth`` is an
``httpx.Auth``: it adds ``Authorization: Bearer <token>`` to each request and, when the gateway answers
401 anyway (the token was revoked or expired early), refreshes once and replays the request once.
"""

from __future__ import annotations

import asyncio
import datetime
import threading
import time
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator
from typing import Any

import attrs
import httpx

from sezzle.errors import ResponseParseError

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


def _lifetime(expiration: datetime.datetime | None, now: datetime.datetime) -> float:
    if expiration is None:
        return DOCUMENTED_LIFETIME
    if expiration.tzinfo is None:
        expiration = expiration.replace(tzinfo=datetime.UTC)
    seconds = (expiration - now).total_seconds()
    # A token already "expired" or valid for more than a day means the clocks disagree.
    return seconds if 0 < seconds <= 24 * 3600 else DOCUMENTED_LIFETIME


class TokenCache:
    """Holds the current token; ``get``/``aget`` return it, refreshing through one caller at a time."""

    def __init__(
        self,
        fetch: Callable[[], IssuedToken] | None = None,
        afetch: Callable[[], Awaitable[IssuedToken]] | None = None,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._fetch = fetch
        self._afetch = afetch
        self._monotonic = monotonic
        self._token: Token | None = None
        self._lock = threading.Lock()
        self._async_lock: asyncio.Lock | None = None
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

    def get(self) -> Token:
        token = self._usable(self._token)
        if token is not None:
            return token
        if self._fetch is None:
            raise RuntimeError("this token cache has no synchronous fetch")
        with self._lock:
            token = self._usable(self._token)
            if token is None:
                token = self._store(self._fetch())
            return token

    def _loop_lock(self) -> asyncio.Lock:
        loop = asyncio.get_running_loop()
        if self._async_lock is None or self._async_loop is not loop:
            self._async_lock, self._async_loop = asyncio.Lock(), loop
        return self._async_lock

    async def aget(self) -> Token:
        token = self._usable(self._token)
        if token is not None:
            return token
        if self._afetch is None:
            raise RuntimeError("this token cache has no asynchronous fetch")
        async with self._loop_lock():
            token = self._usable(self._token)
            if token is None:
                token = self._store(await self._afetch())
            return token

    def invalidate(self, token: Token) -> None:
        """Forget ``token`` unless another caller already replaced it."""
        if self._token is token:
            self._token = None


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

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        token = self._cache.get()
        response = yield self._sign(request, token)
        if response.status_code == 401:
            self._cache.invalidate(token)
            yield self._sign(request, self._cache.get())

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        token = await self._cache.aget()
        response = yield self._sign(request, token)
        if response.status_code == 401:
            self._cache.invalidate(token)
            yield self._sign(request, await self._cache.aget())


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
