"""The v1 namespace: the legacy API, over the same connection pool, timeouts, retries and errors as v2.

v1 authenticates on its own: ``POST /v1/authentication`` takes and answers the same as its v2 twin,
but v1 keeps its own token, cache and 401 replay, so a v1 call only ever carries a token issued by
the v1 endpoint, and a v1 token is never sent to v2.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from sezzle._core.sender import AsyncSender, Call, Sender, Settings, model_parser
from sezzle.auth import BearerAuth, IssuedToken, TokenCache, issued_token
from sezzle.retries import RetryPolicy
from sezzle.v1.checkouts import AsyncCheckouts, Checkouts
from sezzle.v1.configuration import AsyncConfiguration, Configuration
from sezzle.v1.interest import AsyncInterest, Interest
from sezzle.v1.orders import AsyncOrders, Orders
from sezzle.v1.settlements import AsyncSettlements, Settlements
from sezzle_api.models import AuthenticationToken

if TYPE_CHECKING:
    from sezzle.auth import Credentials


def authentication_call(keys: Credentials) -> Call[AuthenticationToken]:
    body = keys.authentication_body().to_dict()
    ordered = {"public_key": body.pop("public_key"), "private_key": body.pop("private_key"), **body}  # as documented
    # Asking for a token twice only issues two tokens, both valid: safe to resend.
    return Call(
        "POST", "/v1/authentication", model_parser(AuthenticationToken), json=ordered,
        policy=RetryPolicy.IDEMPOTENT, authenticated=False,
    )  # fmt: skip


class AsyncV1:
    """Sezzle's v1 API (``client.v1``): checkouts, orders, settlements, interest and webhook configuration."""

    def __init__(
        self, settings: Settings, http_client: httpx.AsyncClient, keys: Credentials, tokens: TokenCache | None = None
    ) -> None:
        self._settings = settings
        self._keys = keys
        self._tokens = tokens or TokenCache(afetch=self._authenticate)
        self._sender = AsyncSender(settings, BearerAuth(self._tokens), http_client)
        self.configuration = AsyncConfiguration(self._sender)
        self.checkouts = AsyncCheckouts(self._sender)
        self.orders = AsyncOrders(self._sender)
        self.settlements = AsyncSettlements(self._sender)
        self.interest = AsyncInterest(self._sender)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self._settings.base_url!r})"

    async def _authenticate(self) -> IssuedToken:
        response = await self._sender.send(authentication_call(self._keys))
        return issued_token(response.parse(), response.http_response)


# --- sync twin: written by `make generate` (scripts/unasync.py) from the async code above; do not edit ---


class V1:
    """Sezzle's v1 API (``client.v1``): checkouts, orders, settlements, interest and webhook configuration."""

    def __init__(
        self, settings: Settings, http_client: httpx.Client, keys: Credentials, tokens: TokenCache | None = None
    ) -> None:
        self._settings = settings
        self._keys = keys
        self._tokens = tokens or TokenCache(fetch=self._authenticate)
        self._sender = Sender(settings, BearerAuth(self._tokens), http_client)
        self.configuration = Configuration(self._sender)
        self.checkouts = Checkouts(self._sender)
        self.orders = Orders(self._sender)
        self.settlements = Settlements(self._sender)
        self.interest = Interest(self._sender)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self._settings.base_url!r})"

    def _authenticate(self) -> IssuedToken:
        response = self._sender.send(authentication_call(self._keys))
        return issued_token(response.parse(), response.http_response)


# --- end of sync twin ---
