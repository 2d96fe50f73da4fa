"""``Sezzle`` and ``AsyncSezzle``: configure once (keys, environment, timeouts, retries), then call
resources such as ``client.sessions.create(...)``.
"""

from __future__ import annotations

import os
import platform
from types import TracebackType
from typing import Any, Self

import httpx

from sezzle._http import AsyncLoop, Call, Settings, SyncLoop, generated_call, model_parser
from sezzle._version import __version__
from sezzle.auth import AsyncTokenStore, BearerAuth, IssuedToken, TokenCache, TokenStore, issued_token, token_key
from sezzle.environments import resolve_base_url
from sezzle.errors import ConfigurationError
from sezzle.links import AsyncLinks, Links
from sezzle.resources.card_sessions import AsyncCardSessions, CardSessions
from sezzle.resources.customers import AsyncCustomers, Customers
from sezzle.resources.orders import AsyncOrders, Orders
from sezzle.resources.reports import AsyncReports, Reports
from sezzle.resources.sessions import AsyncSessions, Sessions
from sezzle.resources.tokens import AsyncTokens, Tokens
from sezzle.resources.webhooks import AsyncWebhooks, Webhooks
from sezzle.retries import RetryConfig, RetryPolicy
from sezzle.v1 import V1, AsyncV1
from sezzle_api.api.authentication import authenticate
from sezzle_api.models import AuthenticationRequest, AuthenticationToken

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
USER_AGENT = f"sezzle-python/{__version__} httpx/{httpx.__version__} python/{platform.python_version()}"


class _Keys:
    """The API key pair; the private key is shown nowhere and sent only to the authentication endpoint."""

    def __init__(self, public_key: str | None, private_key: str | None) -> None:
        public_key = public_key or os.environ.get("SEZZLE_PUBLIC_KEY")
        private_key = private_key or os.environ.get("SEZZLE_PRIVATE_KEY")
        if not public_key or not private_key:
            raise ConfigurationError(
                "Sezzle API keys are missing: pass public_key and private_key, or set the environment variables "
                "SEZZLE_PUBLIC_KEY and SEZZLE_PRIVATE_KEY"
            )
        self.public_key = public_key
        self._private_key = private_key

    def __repr__(self) -> str:
        return f"_Keys(public_key={self.public_key!r}, private_key='***')"

    def authentication_body(self) -> AuthenticationRequest:
        """The only place the private key leaves this object: the body of an authentication request."""
        return AuthenticationRequest(public_key=self.public_key, private_key=self._private_key)

    def authentication_call(self) -> Call[AuthenticationToken]:
        body = self.authentication_body()
        call = generated_call(authenticate, model_parser(AuthenticationToken), policy=RetryPolicy.IDEMPOTENT, body=body)
        return Call(
            call.method, call.path, call.parse, call.json, call.params, call.headers, call.policy, authenticated=False
        )


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
        default_headers: dict[str, str] | None,
    ) -> None:
        self.keys = _Keys(public_key, private_key)
        self.environment = environment or os.environ.get("SEZZLE_ENVIRONMENT") or "sandbox"
        self.region = region or os.environ.get("SEZZLE_REGION") or "us"
        self.base_url = resolve_base_url(self.environment, self.region, base_url or os.environ.get("SEZZLE_BASE_URL"))
        if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
            raise ConfigurationError(f"max_retries must be a whole number >= 0, got {max_retries!r}")
        self.settings = Settings(
            base_url=self.base_url,
            timeout=timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout),
            max_retries=max_retries,
            retry=retry or RetryConfig(),
        )
        self.headers = {"User-Agent": USER_AGENT, "Accept": "application/json", **(default_headers or {})}


class Sezzle:
    """The synchronous client. Thread-safe: share one per process.

    Keys come from the arguments or from ``SEZZLE_PUBLIC_KEY`` / ``SEZZLE_PRIVATE_KEY``; the environment
    from ``environment`` or ``SEZZLE_ENVIRONMENT`` (default ``sandbox``). ``base_url`` (or
    ``SEZZLE_BASE_URL``) points the client anywhere else, such as the embedded test gateway.
    ``token_store`` (opt-in) shares the bearer token with other processes, such as
    ``sezzle.stores.redis.RedisTokenStore``: N processes on a cold cache authenticate once between them.
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
        default_headers: dict[str, str] | None = None,
        token_store: TokenStore | None = None,
    ) -> None:
        config = _Configuration(
            public_key, private_key, environment, region, base_url, timeout, max_retries, retry, default_headers
        )
        self._config = config
        self._owns_http = http_client is None
        self._http = http_client or httpx.Client(timeout=config.settings.timeout)
        self._http.headers.update(config.headers)
        self._tokens = TokenCache(
            fetch=self._authenticate,
            store=token_store,
            store_key=token_key(config.base_url, config.keys.public_key),
        )
        self._loop = SyncLoop(config.settings, BearerAuth(self._tokens), self._http)
        self.sessions = Sessions(self._loop)
        self.card_sessions = CardSessions(self._loop)
        self.orders = Orders(self._loop)
        self.customers = Customers(self._loop)
        self.tokens = Tokens(self._loop)
        self.webhooks = Webhooks(self._loop)
        self.reports = Reports(self._loop)
        self.links = Links(self._loop)
        self.v1 = V1(config.settings, self._http, config.keys)

    def __repr__(self) -> str:
        return f"Sezzle(base_url={self.base_url!r})"

    @property
    def base_url(self) -> str:
        return self._config.base_url

    def _authenticate(self) -> IssuedToken:
        response = self._loop.send(self._config.keys.authentication_call())
        return issued_token(response.parse(), response.http_response)

    def close(self) -> None:
        """Close the connection pool (an ``http_client`` you passed in stays yours to close)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.close()


class AsyncSezzle:
    """The asyncio client, with the same surface as ``Sezzle``; every call is awaited."""

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
        default_headers: dict[str, str] | None = None,
        token_store: AsyncTokenStore | None = None,
    ) -> None:
        config = _Configuration(
            public_key, private_key, environment, region, base_url, timeout, max_retries, retry, default_headers
        )
        self._config = config
        self._owns_http = http_client is None
        self._http = http_client or httpx.AsyncClient(timeout=config.settings.timeout)
        self._http.headers.update(config.headers)
        self._tokens = TokenCache(
            afetch=self._authenticate,
            astore=token_store,
            store_key=token_key(config.base_url, config.keys.public_key),
        )
        self._loop = AsyncLoop(config.settings, BearerAuth(self._tokens), self._http)
        self.sessions = AsyncSessions(self._loop)
        self.card_sessions = AsyncCardSessions(self._loop)
        self.orders = AsyncOrders(self._loop)
        self.customers = AsyncCustomers(self._loop)
        self.tokens = AsyncTokens(self._loop)
        self.webhooks = AsyncWebhooks(self._loop)
        self.reports = AsyncReports(self._loop)
        self.links = AsyncLinks(self._loop)
        self.v1 = AsyncV1(config.settings, self._http, config.keys)

    def __repr__(self) -> str:
        return f"AsyncSezzle(base_url={self.base_url!r})"

    @property
    def base_url(self) -> str:
        return self._config.base_url

    async def _authenticate(self) -> IssuedToken:
        response = await self._loop.send(self._config.keys.authentication_call())
        return issued_token(response.parse(), response.http_response)

    async def close(self) -> None:
        """Close the connection pool (an ``http_client`` you passed in stays yours to close)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: Any) -> None:
        await self.close()
