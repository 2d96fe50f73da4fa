"""``SessionsMethods`` and ``AsyncSessionsMethods``: Checkout sessions: read them back.

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

from ...models import Session
from . import get_session


class SessionsMethods(Resource):
    """Checkout sessions: read them back."""

    def get(
        self,
        session_uuid: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Session:
        """The session's order and tokenization, with their links."""
        operation = get_session.request(
            path_id("session_uuid", session_uuid),
        )
        return self._sender.request(operation, timeout=timeout, max_retries=max_retries)

    @property
    def with_raw_response(self) -> SessionsMethodsWithRawResponse:
        """These methods answering the raw ``APIResponse`` (status, headers, ``request_id``, ``.parse()``)."""
        return SessionsMethodsWithRawResponse(self)


class SessionsMethodsWithRawResponse:
    """``Sessions``'s methods, each answering an ``APIResponse`` instead of the parsed result."""

    def __init__(self, resource: SessionsMethods) -> None:
        self.get = raw_response(resource.get)


class AsyncSessionsMethods(AsyncResource):
    """``SessionsMethods`` for ``AsyncSezzle``: the same methods, awaited."""

    async def get(
        self,
        session_uuid: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Session:
        """The session's order and tokenization, with their links."""
        operation = get_session.request(
            path_id("session_uuid", session_uuid),
        )
        return await self._sender.request(
            operation, timeout=timeout, max_retries=max_retries
        )

    @property
    def with_raw_response(self) -> AsyncSessionsMethodsWithRawResponse:
        """These methods answering the raw ``APIResponse`` (status, headers, ``request_id``, ``.parse()``)."""
        return AsyncSessionsMethodsWithRawResponse(self)


class AsyncSessionsMethodsWithRawResponse:
    """``AsyncSessions``'s methods, each answering an ``APIResponse`` instead of the parsed result."""

    def __init__(self, resource: AsyncSessionsMethods) -> None:
        self.get = async_raw_response(resource.get)
