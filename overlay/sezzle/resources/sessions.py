"""Checkout sessions: ``client.sessions.create(...)`` and ``client.sessions.get(uuid)``.

A session starts a checkout (with an ``order``), a customer tokenization (with a ``customer`` whose
``tokenize`` is true), or both; the shopper is sent to ``order.checkout_url``. ``get`` is generated
(``sezzle_api.api.session``); ``create`` adds URL text as ``{href}`` and an answer typed by what was asked.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, overload

import attrs

from sezzle._core.resource import either, present
from sezzle._core.rules import request_body
from sezzle._core.sender import NOT_GIVEN, NotGiven, TimeoutTypes, answering, async_raw_response, raw_response
from sezzle_api.api.session import (
    AsyncSessionsMethods,
    AsyncSessionsMethodsWithRawResponse,
    SessionsMethods,
    SessionsMethodsWithRawResponse,
    create_session,
)
from sezzle_api.models import (
    CreatedSession,
    SessionOrderResponse,
    SessionRequest,
    SessionRequestCancelUrl,
    SessionRequestCompleteUrl,
    SessionRequestCustomer,
    SessionRequestOrder,
)
from sezzle_api.types import Operation

UrlInput = str | SessionRequestCancelUrl | SessionRequestCompleteUrl | Mapping[str, Any]
OrderInput = SessionRequestOrder | Mapping[str, Any]
CustomerInput = SessionRequestCustomer | Mapping[str, Any]
RequestInput = SessionRequest | Mapping[str, Any]


@attrs.define
class CheckoutSession(CreatedSession):
    """A created session that was asked for an order, so its ``order`` is typed as present.

    ``client.sessions.create(order=...)`` answers one: ``session.order.checkout_url`` needs no check.
    An answer without the order it was asked for raises ``ResponseParseError`` (holding the response).
    """

    order: SessionOrderResponse = attrs.field(kw_only=True)


def _url(value: UrlInput | None) -> Any:
    return {"href": value} if isinstance(value, str) else value


def _creation(
    request: RequestInput | None,
    cancel_url: UrlInput | None,
    complete_url: UrlInput | None,
    order: OrderInput | None,
    customer: CustomerInput | None,
) -> Operation[CreatedSession]:
    """The body as given: a whole request, or the keyword arguments (left-out ones are not sent)."""
    fields = present(cancel_url=_url(cancel_url), complete_url=_url(complete_url), order=order, customer=customer)
    body = request_body("POST /v2/session", either("request", request, fields))
    operation = create_session.request(body=body)
    asked = isinstance(body.data, Mapping) and body.data.get("order") is not None
    return answering(operation, CheckoutSession) if asked else operation


class AsyncSessions(AsyncSessionsMethods):
    """Checkout sessions (``client.sessions``): start a checkout or a tokenization and read it back."""

    @overload
    async def create(
        self, request: None = None, *, cancel_url: UrlInput, complete_url: UrlInput, order: OrderInput,
        customer: CustomerInput | None = None, timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CheckoutSession: ...  # fmt: skip

    @overload
    async def create(
        self, request: RequestInput | None = None, *, cancel_url: UrlInput | None = None,
        complete_url: UrlInput | None = None, order: OrderInput | None = None, customer: CustomerInput | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CreatedSession: ...  # fmt: skip

    async def create(
        self, request: RequestInput | None = None, *, cancel_url: UrlInput | None = None,
        complete_url: UrlInput | None = None, order: OrderInput | None = None, customer: CustomerInput | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CreatedSession:  # fmt: skip
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
        operation = _creation(request, cancel_url, complete_url, order, customer)
        return await self._sender.request(operation, timeout=timeout, max_retries=max_retries)

    @property
    def with_raw_response(self) -> AsyncSessionsWithRawResponse:
        """These methods answering the raw ``APIResponse`` (status, headers, ``request_id``, ``.parse()``)."""
        return AsyncSessionsWithRawResponse(self)


class AsyncSessionsWithRawResponse(AsyncSessionsMethodsWithRawResponse):
    """``AsyncSessions``'s methods, each answering an ``APIResponse`` instead of the parsed result."""

    def __init__(self, sessions: AsyncSessions) -> None:
        super().__init__(sessions)
        self.create = async_raw_response(sessions.create)


# --- sync twin: written by `make generate` (scripts/unasync.py) from the async code above; do not edit ---


class Sessions(SessionsMethods):
    """Checkout sessions (``client.sessions``): start a checkout or a tokenization and read it back."""

    @overload
    def create(
        self, request: None = None, *, cancel_url: UrlInput, complete_url: UrlInput, order: OrderInput,
        customer: CustomerInput | None = None, timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CheckoutSession: ...  # fmt: skip

    @overload
    def create(
        self, request: RequestInput | None = None, *, cancel_url: UrlInput | None = None,
        complete_url: UrlInput | None = None, order: OrderInput | None = None, customer: CustomerInput | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CreatedSession: ...  # fmt: skip

    def create(
        self, request: RequestInput | None = None, *, cancel_url: UrlInput | None = None,
        complete_url: UrlInput | None = None, order: OrderInput | None = None, customer: CustomerInput | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CreatedSession:  # fmt: skip
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
        operation = _creation(request, cancel_url, complete_url, order, customer)
        return self._sender.request(operation, timeout=timeout, max_retries=max_retries)

    @property
    def with_raw_response(self) -> SessionsWithRawResponse:
        """These methods answering the raw ``APIResponse`` (status, headers, ``request_id``, ``.parse()``)."""
        return SessionsWithRawResponse(self)


class SessionsWithRawResponse(SessionsMethodsWithRawResponse):
    """``Sessions``'s methods, each answering an ``APIResponse`` instead of the parsed result."""

    def __init__(self, sessions: Sessions) -> None:
        super().__init__(sessions)
        self.create = raw_response(sessions.create)


# --- end of sync twin ---
