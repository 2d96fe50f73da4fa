"""``Sezzle`` and ``AsyncSezzle``: configure once (keys, environment, timeouts, retries), then call
resources such as ``client.sessions.create(...)``.
"""

from __future__ import annotations

import copy as copy_module
import functools
import os
import sys
from collections.abc import Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Self

import attrs
import httpx

from sezzle._core.secret import hidden
from sezzle._core.sender import NOT_GIVEN, AsyncSender, NotGiven, Sender, Settings, TimeoutTypes
from sezzle._core.transport import AsyncLazyTransport, LazyTransport
from sezzle._version import __version__
from sezzle.auth import (
    AsyncTokenStore,
    BearerAuth,
    Credentials,
    IssuedToken,
    TokenCache,
    TokenStore,
    issued_token,
    token_key,
)
from sezzle.environments import resolve_base_url
from sezzle.errors import ConfigurationError
from sezzle.retries import RetryConfig

if TYPE_CHECKING:
    from sezzle.links import AsyncLinks, Links
    from sezzle.resources.card_sessions import AsyncCardSessions, CardSessions
    from sezzle.resources.customers import AsyncCustomers, Customers
    from sezzle.resources.orders import AsyncOrders, Orders
    from sezzle.resources.reports import AsyncReports, Reports
    from sezzle.resources.sessions import AsyncSessions, Sessions
    from sezzle.resources.tokens import AsyncTokens, Tokens
    from sezzle.resources.webhooks import AsyncWebhooks, Webhooks
    from sezzle.v1 import V1, AsyncV1

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
USER_AGENT = f"sezzle-python/{__version__} httpx/{httpx.__version__} python/{sys.version.split()[0]}"


def _timeout(timeout: float | httpx.Timeout | None) -> httpx.Timeout:
    return timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)


def _max_retries(max_retries: int) -> int:
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise ConfigurationError(f"max_retries must be a whole number >= 0, got {max_retries!r}")
    return max_retries


class _Configuration:
    def __init__(
        self,
        public_key: str | None,
        private_key: str | None,
        environment: str | None,
        region: str | None,
        base_url: str | None,
        timeout: float | httpx.Timeout | None,
        max_retries: int,
        retry: RetryConfig | None,
        default_headers: Mapping[str, str] | None,
    ) -> None:
        self.keys = Credentials(public_key, private_key)
        self.environment = environment or os.environ.get("SEZZLE_ENVIRONMENT") or "sandbox"
        self.region = region or os.environ.get("SEZZLE_REGION") or "us"
        self.base_url = resolve_base_url(self.environment, self.region, base_url or os.environ.get("SEZZLE_BASE_URL"))
        self.settings = Settings(
            base_url=self.base_url,
            timeout=_timeout(timeout),
            max_retries=_max_retries(max_retries),
            retry=retry or RetryConfig(),
            headers={"User-Agent": USER_AGENT, "Accept": "application/json", **(default_headers or {})},
        )

    def with_options(
        self,
        timeout: TimeoutTypes | NotGiven,
        max_retries: int | NotGiven,
        retry: RetryConfig | NotGiven,
        default_headers: Mapping[str, str] | None,
    ) -> _Configuration:
        """A copy with the same keys and base URL and some transport settings replaced."""
        settings = self.settings
        copy = copy_module.copy(self)
        copy.settings = attrs.evolve(
            settings,
            timeout=settings.timeout if isinstance(timeout, NotGiven) else _timeout(timeout),
            max_retries=settings.max_retries if isinstance(max_retries, NotGiven) else _max_retries(max_retries),
            retry=settings.retry if isinstance(retry, NotGiven) else retry,
            headers={**settings.headers, **(default_headers or {})},
        )
        return copy


class AsyncSezzle:
    """The asyncio client. Concurrent calls are safe: share one per process.

    Keys come from the arguments or from ``SEZZLE_PUBLIC_KEY`` / ``SEZZLE_PRIVATE_KEY``; the environment
    from ``environment`` or ``SEZZLE_ENVIRONMENT`` (default ``sandbox``). ``base_url`` (or
    ``SEZZLE_BASE_URL``) points the client anywhere else, such as the embedded test gateway.
    ``token_store`` (opt-in) shares the bearer token with other processes, such as
    ``sezzle.stores.redis.AsyncRedisTokenStore``: N processes on a cold cache authenticate once between them.

    An ``http_client`` you pass in is used as it is and never modified: the client's headers, bearer
    token and timeouts go with each request.

    ```python
    from sezzle import AsyncSezzle

    async with AsyncSezzle(environment="production", max_retries=3) as client:
        order = await client.orders.get("5b4a62f3-40c6-4f3a-8b60-9d6d2a5c1e0b")
    ```
    """

    def __init__(
        self,
        public_key: str | None = None,
        private_key: str | None = None,
        *,
        environment: str | None = None,
        region: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry: RetryConfig | None = None,
        http_client: httpx.AsyncClient | None = None,
        default_headers: Mapping[str, str] | None = None,
        token_store: AsyncTokenStore | None = None,
    ) -> None:
        private_key = hidden(private_key)  # error reporters record this frame's locals
        config = _Configuration(
            public_key, private_key, environment, region, base_url, timeout, max_retries, retry, default_headers
        )
        http = http_client or httpx.AsyncClient(timeout=config.settings.timeout, transport=AsyncLazyTransport())
        self._build(config, http, owns_http=http_client is None, tokens=None, v1_tokens=None, token_store=token_store)

    def _build(
        self,
        config: _Configuration,
        http: httpx.AsyncClient,
        *,
        owns_http: bool,
        tokens: TokenCache | None,
        v1_tokens: TokenCache | None,
        token_store: AsyncTokenStore | None = None,
    ) -> None:
        self._config = config
        self._owns_http = owns_http
        self._http = http
        self._tokens = tokens or TokenCache(
            afetch=self._authenticate,
            astore=token_store,
            store_key=token_key(config.base_url, config.keys.public_key),
        )
        self._sender = AsyncSender(config.settings, BearerAuth(self._tokens), self._http, secrets=config.keys.secrets)
        self._v1_tokens = v1_tokens

    # Each namespace is made (and its modules loaded) on first use: constructing a client stays cheap.

    @functools.cached_property
    def sessions(self) -> AsyncSessions:
        """Checkout sessions: create one, read it back."""
        from sezzle.resources.sessions import AsyncSessions

        return AsyncSessions(self._sender)

    @functools.cached_property
    def card_sessions(self) -> AsyncCardSessions:
        """Virtual-card sessions and their single-use card data."""
        from sezzle.resources.card_sessions import AsyncCardSessions

        return AsyncCardSessions(self._sender)

    @functools.cached_property
    def orders(self) -> AsyncOrders:
        """Read, capture, refund, release, reauthorize, upcharge, update and cancel orders."""
        from sezzle.resources.orders import AsyncOrders

        return AsyncOrders(self._sender)

    @functools.cached_property
    def customers(self) -> AsyncCustomers:
        """Tokenized customers: list, read, delete, preapprove and create orders for them."""
        from sezzle.resources.customers import AsyncCustomers

        return AsyncCustomers(self._sender)

    @functools.cached_property
    def tokens(self) -> AsyncTokens:
        """The status of a tokenization request."""
        from sezzle.resources.tokens import AsyncTokens

        return AsyncTokens(self._sender)

    @functools.cached_property
    def webhooks(self) -> AsyncWebhooks:
        """Webhook subscriptions (receiving deliveries is ``sezzle.webhooks``)."""
        from sezzle.resources.webhooks import AsyncWebhooks

        return AsyncWebhooks(self._sender)

    @functools.cached_property
    def reports(self) -> AsyncReports:
        """Settlement, interest and order reports."""
        from sezzle.resources.reports import AsyncReports

        return AsyncReports(self._sender)

    @functools.cached_property
    def links(self) -> AsyncLinks:
        """Follow the links in any answer through this client."""
        from sezzle.links import AsyncLinks

        return AsyncLinks(self._sender)

    @functools.cached_property
    def v1(self) -> AsyncV1:
        """Sezzle's legacy v1 API on the same transport (copies made by ``with_options`` share its token)."""
        from sezzle.v1 import AsyncV1

        return AsyncV1(self._config.settings, self._http, self._config.keys, self._v1_tokens)

    def with_options(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry: RetryConfig | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | None = None,
    ) -> AsyncSezzle:
        """A copy of this client with other defaults, sharing its connection pool and bearer token.

        ``default_headers`` are added to this client's. Closing the copy leaves the pool open: it
        belongs to the client it was made from.

        ```python
        patient = client.with_options(timeout=120.0, max_retries=5)
        await patient.reports.settlement_summaries("2026-11-01")
        ```
        """
        copy = object.__new__(type(self))
        config = self._config.with_options(timeout, max_retries, retry, default_headers)
        copy._build(config, self._http, owns_http=False, tokens=self._tokens, v1_tokens=self.v1._tokens)
        return copy

    def __repr__(self) -> str:
        config = getattr(self, "_config", None)  # unset while __init__ refuses its arguments
        return f"AsyncSezzle(base_url={config.base_url if config else None!r})"

    @property
    def base_url(self) -> str:
        """The server every call goes to, for example ``https://sandbox.gateway.sezzle.com``."""
        return self._config.base_url

    async def _authenticate(self) -> IssuedToken:
        response = await self._sender.send(self._config.keys.authentication())
        return issued_token(response.parse(), response.http_response)

    async def close(self) -> None:
        """Close the connection pool (an ``http_client`` you passed in stays yours to close)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        await self.close()


# --- sync twin: written by `make generate` (scripts/unasync.py) from the async code above; do not edit ---


class Sezzle:
    """The synchronous client. Concurrent calls are safe: share one per process.

    Keys come from the arguments or from ``SEZZLE_PUBLIC_KEY`` / ``SEZZLE_PRIVATE_KEY``; the environment
    from ``environment`` or ``SEZZLE_ENVIRONMENT`` (default ``sandbox``). ``base_url`` (or
    ``SEZZLE_BASE_URL``) points the client anywhere else, such as the embedded test gateway.
    ``token_store`` (opt-in) shares the bearer token with other processes, such as
    ``sezzle.stores.redis.RedisTokenStore``: N processes on a cold cache authenticate once between them.

    An ``http_client`` you pass in is used as it is and never modified: the client's headers, bearer
    token and timeouts go with each request.

    ```python
    from sezzle import Sezzle

    with Sezzle(environment="production", max_retries=3) as client:
        order = client.orders.get("5b4a62f3-40c6-4f3a-8b60-9d6d2a5c1e0b")
    ```
    """

    def __init__(
        self,
        public_key: str | None = None,
        private_key: str | None = None,
        *,
        environment: str | None = None,
        region: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry: RetryConfig | None = None,
        http_client: httpx.Client | None = None,
        default_headers: Mapping[str, str] | None = None,
        token_store: TokenStore | None = None,
    ) -> None:
        private_key = hidden(private_key)  # error reporters record this frame's locals
        config = _Configuration(
            public_key, private_key, environment, region, base_url, timeout, max_retries, retry, default_headers
        )
        http = http_client or httpx.Client(timeout=config.settings.timeout, transport=LazyTransport())
        self._build(config, http, owns_http=http_client is None, tokens=None, v1_tokens=None, token_store=token_store)

    def _build(
        self,
        config: _Configuration,
        http: httpx.Client,
        *,
        owns_http: bool,
        tokens: TokenCache | None,
        v1_tokens: TokenCache | None,
        token_store: TokenStore | None = None,
    ) -> None:
        self._config = config
        self._owns_http = owns_http
        self._http = http
        self._tokens = tokens or TokenCache(
            fetch=self._authenticate,
            store=token_store,
            store_key=token_key(config.base_url, config.keys.public_key),
        )
        self._sender = Sender(config.settings, BearerAuth(self._tokens), self._http, secrets=config.keys.secrets)
        self._v1_tokens = v1_tokens

    # Each namespace is made (and its modules loaded) on first use: constructing a client stays cheap.

    @functools.cached_property
    def sessions(self) -> Sessions:
        """Checkout sessions: create one, read it back."""
        from sezzle.resources.sessions import Sessions

        return Sessions(self._sender)

    @functools.cached_property
    def card_sessions(self) -> CardSessions:
        """Virtual-card sessions and their single-use card data."""
        from sezzle.resources.card_sessions import CardSessions

        return CardSessions(self._sender)

    @functools.cached_property
    def orders(self) -> Orders:
        """Read, capture, refund, release, reauthorize, upcharge, update and cancel orders."""
        from sezzle.resources.orders import Orders

        return Orders(self._sender)

    @functools.cached_property
    def customers(self) -> Customers:
        """Tokenized customers: list, read, delete, preapprove and create orders for them."""
        from sezzle.resources.customers import Customers

        return Customers(self._sender)

    @functools.cached_property
    def tokens(self) -> Tokens:
        """The status of a tokenization request."""
        from sezzle.resources.tokens import Tokens

        return Tokens(self._sender)

    @functools.cached_property
    def webhooks(self) -> Webhooks:
        """Webhook subscriptions (receiving deliveries is ``sezzle.webhooks``)."""
        from sezzle.resources.webhooks import Webhooks

        return Webhooks(self._sender)

    @functools.cached_property
    def reports(self) -> Reports:
        """Settlement, interest and order reports."""
        from sezzle.resources.reports import Reports

        return Reports(self._sender)

    @functools.cached_property
    def links(self) -> Links:
        """Follow the links in any answer through this client."""
        from sezzle.links import Links

        return Links(self._sender)

    @functools.cached_property
    def v1(self) -> V1:
        """Sezzle's legacy v1 API on the same transport (copies made by ``with_options`` share its token)."""
        from sezzle.v1 import V1

        return V1(self._config.settings, self._http, self._config.keys, self._v1_tokens)

    def with_options(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry: RetryConfig | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | None = None,
    ) -> Sezzle:
        """A copy of this client with other defaults, sharing its connection pool and bearer token.

        ``default_headers`` are added to this client's. Closing the copy leaves the pool open: it
        belongs to the client it was made from.

        ```python
        patient = client.with_options(timeout=120.0, max_retries=5)
        patient.reports.settlement_summaries("2026-11-01")
        ```
        """
        copy = object.__new__(type(self))
        config = self._config.with_options(timeout, max_retries, retry, default_headers)
        copy._build(config, self._http, owns_http=False, tokens=self._tokens, v1_tokens=self.v1._tokens)
        return copy

    def __repr__(self) -> str:
        config = getattr(self, "_config", None)  # unset while __init__ refuses its arguments
        return f"Sezzle(base_url={config.base_url if config else None!r})"

    @property
    def base_url(self) -> str:
        """The server every call goes to, for example ``https://sandbox.gateway.sezzle.com``."""
        return self._config.base_url

    def _authenticate(self) -> IssuedToken:
        response = self._sender.send(self._config.keys.authentication())
        return issued_token(response.parse(), response.http_response)

    def close(self) -> None:
        """Close the connection pool (an ``http_client`` you passed in stays yours to close)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.close()


# --- end of sync twin ---
