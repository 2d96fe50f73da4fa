"""Checkout sessions: ``client.sessions.create(...)`` and ``client.sessions.get(uuid)``.

A session starts a checkout (with an ``order``), a customer tokenization (with a ``customer`` whose
``tokenize`` is true), or both; the shopper is sent to ``order.checkout_url``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, overload

import attrs

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
from sezzle._rules import JsonBody, request_body
from sezzle.errors import InvalidInputError
from sezzle.resources._base import AsyncResource, SyncResource
from sezzle.retries import RetryPolicy
from sezzle.validation import path_id
from sezzle_api.api.session import create_session, get_session
from sezzle_api.models import (
    CreatedSession,
    Session,
    SessionOrderResponse,
    SessionRequest,
    SessionRequestCancelUrl,
    SessionRequestCompleteUrl,
    SessionRequestCustomer,
    SessionRequestOrder,
)

UrlInput = str | SessionRequestCancelUrl | SessionRequestCompleteUrl | Mapping[str, Any]
OrderInput = SessionRequestOrder | Mapping[str, Any]
CustomerInput = SessionRequestCustomer | Mapping[str, Any]


@attrs.define
class CheckoutSession(CreatedSession):
    """A created session that was asked for an order, so its ``order`` is typed as present.

    ``client.sessions.create(order=...)`` answers one: ``session.order.checkout_url`` needs no check.
    An answer without the order it was asked for raises ``ResponseParseError`` (holding the response).
    """

    order: SessionOrderResponse = attrs.field(kw_only=True)


def _url(value: UrlInput | None) -> Any:
    return {"href": value} if isinstance(value, str) else value


def _session_request(
    request: SessionRequest | Mapping[str, Any] | None,
    cancel_url: UrlInput | None,
    complete_url: UrlInput | None,
    order: SessionRequestOrder | Mapping[str, Any] | None,
    customer: SessionRequestCustomer | Mapping[str, Any] | None,
) -> JsonBody:
    """The body as given: a whole request, or the keyword arguments (left-out ones are not sent)."""
    if request is not None:
        if any(value is not None for value in (cancel_url, complete_url, order, customer)):
            raise InvalidInputError("request", "pass either a whole request or keyword arguments, not both")
        return request_body("POST /v2/session", request)
    given = {"cancel_url": _url(cancel_url), "complete_url": _url(complete_url), "order": order, "customer": customer}
    return request_body("POST /v2/session", {key: value for key, value in given.items() if value is not None})


def create_call(body: JsonBody) -> Call[CreatedSession]:
    # No idempotency support: resent only when it failed before leaving this process.
    asked = isinstance(body.data, Mapping) and body.data.get("order") is not None
    model = CheckoutSession if asked else CreatedSession
    return generated_call(create_session, model_parser(model), policy=RetryPolicy.UNSENT_ONLY, body=body)


def get_call(session_uuid: str) -> Call[Session]:
    return generated_call(
        get_session,
        model_parser(Session),
        policy=RetryPolicy.IDEMPOTENT,
        session_uuid=path_id("session_uuid", session_uuid),
    )


class Sessions(SyncResource):
    """Checkout sessions (``client.sessions``): start a checkout or a tokenization and read it back."""

    @overload
    def create(
        self,
        request: None = None,
        *,
        cancel_url: UrlInput,
        complete_url: UrlInput,
        order: OrderInput,
        customer: CustomerInput | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CheckoutSession: ...

    @overload
    def create(
        self,
        request: SessionRequest | Mapping[str, Any] | None = None,
        *,
        cancel_url: UrlInput | None = None,
        complete_url: UrlInput | None = None,
        order: OrderInput | None = None,
        customer: CustomerInput | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CreatedSession: ...

    def create(
        self,
        request: SessionRequest | Mapping[str, Any] | None = None,
        *,
        cancel_url: UrlInput | None = None,
        complete_url: UrlInput | None = None,
        order: OrderInput | None = None,
        customer: CustomerInput | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CreatedSession:
        """Start a checkout and/or a customer tokenization; send the shopper to ``order.checkout_url``.

        With ``order=`` the answer is a ``CheckoutSession``, whose ``order`` is typed as present.

        ```python
        session = client.sessions.create(
            cancel_url="https://shop.example/cart",
            complete_url="https://shop.example/complete",
            order={"intent": "AUTH", "reference_id": "cart-1", "description": "Cart 1", "order_amount": price("10.00")},
        )
        redirect_to = session.order.checkout_url
        ```
        """
        return self._create(request, cancel_url, complete_url, order, customer, timeout, max_retries)

    def _create(
        self,
        request: SessionRequest | Mapping[str, Any] | None = None,
        cancel_url: UrlInput | None = None,
        complete_url: UrlInput | None = None,
        order: OrderInput | None = None,
        customer: CustomerInput | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CreatedSession:
        body = _session_request(request, cancel_url, complete_url, order, customer)
        return self._request(create_call(body), timeout, max_retries)

    def get(
        self,
        session_uuid: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Session:
        """The session's order and tokenization, with their links."""
        return self._request(get_call(session_uuid), timeout, max_retries)

    @property
    def with_raw_response(self) -> SessionsWithRawResponse:
        """These methods answering the raw ``APIResponse`` (status, headers, ``request_id``, ``.parse()``)."""
        return SessionsWithRawResponse(self)


class AsyncSessions(AsyncResource):
    """``Sessions`` for ``AsyncSezzle``: the same methods, awaited."""

    @overload
    async def create(
        self,
        request: None = None,
        *,
        cancel_url: UrlInput,
        complete_url: UrlInput,
        order: OrderInput,
        customer: CustomerInput | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CheckoutSession: ...

    @overload
    async def create(
        self,
        request: SessionRequest | Mapping[str, Any] | None = None,
        *,
        cancel_url: UrlInput | None = None,
        complete_url: UrlInput | None = None,
        order: OrderInput | None = None,
        customer: CustomerInput | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CreatedSession: ...

    async def create(
        self,
        request: SessionRequest | Mapping[str, Any] | None = None,
        *,
        cancel_url: UrlInput | None = None,
        complete_url: UrlInput | None = None,
        order: OrderInput | None = None,
        customer: CustomerInput | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CreatedSession:
        """Start a checkout and/or a customer tokenization; send the shopper to ``order.checkout_url``.

        With ``order=`` the answer is a ``CheckoutSession``, whose ``order`` is typed as present.

        ```python
        session = client.sessions.create(
            cancel_url="https://shop.example/cart",
            complete_url="https://shop.example/complete",
            order={"intent": "AUTH", "reference_id": "cart-1", "description": "Cart 1", "order_amount": price("10.00")},
        )
        redirect_to = session.order.checkout_url
        ```
        """
        return await self._create(request, cancel_url, complete_url, order, customer, timeout, max_retries)

    async def _create(
        self,
        request: SessionRequest | Mapping[str, Any] | None = None,
        cancel_url: UrlInput | None = None,
        complete_url: UrlInput | None = None,
        order: OrderInput | None = None,
        customer: CustomerInput | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CreatedSession:
        body = _session_request(request, cancel_url, complete_url, order, customer)
        return await self._request(create_call(body), timeout, max_retries)

    async def get(
        self,
        session_uuid: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Session:
        """The session's order and tokenization, with their links."""
        return await self._request(get_call(session_uuid), timeout, max_retries)

    @property
    def with_raw_response(self) -> AsyncSessionsWithRawResponse:
        """These methods answering the raw ``APIResponse`` (status, headers, ``request_id``, ``.parse()``)."""
        return AsyncSessionsWithRawResponse(self)


class SessionsWithRawResponse:
    """``Sessions``'s methods, each answering an ``APIResponse`` instead of the parsed result."""

    def __init__(self, sessions: Sessions) -> None:
        self.create = raw_response(sessions._create)
        self.get = raw_response(sessions.get)


class AsyncSessionsWithRawResponse:
    """``AsyncSessions``'s methods, each answering an ``APIResponse`` instead of the parsed result."""

    def __init__(self, sessions: AsyncSessions) -> None:
        self.create = async_raw_response(sessions._create)
        self.get = async_raw_response(sessions.get)
