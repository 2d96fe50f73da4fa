"""``TokensMethods`` and ``AsyncTokensMethods``: Tokenization requests: whether the shopper accepted, and their customer uuid.

Written from the spec and openapi/methods.yaml by ``make generate``; ``sezzle.resources`` adds what
the spec cannot say.
"""

from __future__ import annotations

from sezzle._core.resource import AsyncResource, Resource
from sezzle._core.sender import (
    NOT_GIVEN,
    NotGiven,
    TimeoutTypes,
    async_raw_response,
    raw_response,
)
from sezzle.validation import path_id

from ...models import TokenSession
from . import get_token_session


class TokensMethods(Resource):
    """Tokenization requests: whether the shopper accepted, and their customer uuid."""

    def get_session(
        self,
        token: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> TokenSession:
        """The state of a tokenization request: ``customer`` appears once the shopper accepted."""
        operation = get_token_session.request(
            path_id("token", token),
        )
        return self._sender.request(operation, timeout=timeout, max_retries=max_retries)

    @property
    def with_raw_response(self) -> TokensMethodsWithRawResponse:
        """These methods answering the raw ``APIResponse`` (status, headers, ``request_id``, ``.parse()``)."""
        return TokensMethodsWithRawResponse(self)


class TokensMethodsWithRawResponse:
    """``Tokens``'s methods, each answering an ``APIResponse`` instead of the parsed result."""

    def __init__(self, resource: TokensMethods) -> None:
        self.get_session = raw_response(resource.get_session)


class AsyncTokensMethods(AsyncResource):
    """``TokensMethods`` for ``AsyncSezzle``: the same methods, awaited."""

    async def get_session(
        self,
        token: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> TokenSession:
        """The state of a tokenization request: ``customer`` appears once the shopper accepted."""
        operation = get_token_session.request(
            path_id("token", token),
        )
        return await self._sender.request(
            operation, timeout=timeout, max_retries=max_retries
        )

    @property
    def with_raw_response(self) -> AsyncTokensMethodsWithRawResponse:
        """These methods answering the raw ``APIResponse`` (status, headers, ``request_id``, ``.parse()``)."""
        return AsyncTokensMethodsWithRawResponse(self)


class AsyncTokensMethodsWithRawResponse:
    """``AsyncTokens``'s methods, each answering an ``APIResponse`` instead of the parsed result."""

    def __init__(self, resource: AsyncTokensMethods) -> None:
        self.get_session = async_raw_response(resource.get_session)
