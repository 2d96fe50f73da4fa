"""Tokenization requests: ``client.tokens.get_session(token)`` tells whether the shopper accepted.

An alternative to reading ``customer-uuid`` from the complete URL: ``customer`` appears once the
shopper agreed to be tokenized.
"""

from __future__ import annotations

from sezzle._http import (
    NOT_GIVEN,
    Call,
    NotGiven,
    TimeoutTypes,
    async_raw_response,
    generated_call,
    model_parser,
    raw_response,
)
from sezzle.resources._base import AsyncResource, SyncResource
from sezzle.retries import RetryPolicy
from sezzle.validation import path_id
from sezzle_api.api.tokens import get_token_session
from sezzle_api.models import TokenSession


def session_call(token: str) -> Call[TokenSession]:
    return generated_call(
        get_token_session, model_parser(TokenSession), policy=RetryPolicy.IDEMPOTENT, token=path_id("token", token)
    )


class Tokens(SyncResource):
    """Tokenization requests (``client.tokens``): whether the shopper accepted, and their customer uuid."""

    def get_session(
        self, token: str, *, timeout: TimeoutTypes | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> TokenSession:
        """The state of a tokenization request: ``customer`` appears once the shopper accepted."""
        return self._request(session_call(token), timeout, max_retries)

    @property
    def with_raw_response(self) -> TokensWithRawResponse:
        """These methods answering the raw ``APIResponse`` (status, headers, ``request_id``, ``.parse()``)."""
        return TokensWithRawResponse(self)


class AsyncTokens(AsyncResource):
    """``Tokens`` for ``AsyncSezzle``: the same methods, awaited."""

    async def get_session(
        self, token: str, *, timeout: TimeoutTypes | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> TokenSession:
        """The state of a tokenization request: ``customer`` appears once the shopper accepted."""
        return await self._request(session_call(token), timeout, max_retries)

    @property
    def with_raw_response(self) -> AsyncTokensWithRawResponse:
        """These methods answering the raw ``APIResponse`` (status, headers, ``request_id``, ``.parse()``)."""
        return AsyncTokensWithRawResponse(self)


class TokensWithRawResponse:
    """``Tokens``'s methods, each answering an ``APIResponse`` instead of the parsed result."""

    def __init__(self, tokens: Tokens) -> None:
        self.get_session = raw_response(tokens.get_session)


class AsyncTokensWithRawResponse:
    """``AsyncTokens``'s methods, each answering an ``APIResponse`` instead of the parsed result."""

    def __init__(self, tokens: AsyncTokens) -> None:
        self.get_session = async_raw_response(tokens.get_session)
