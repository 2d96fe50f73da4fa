"""``CardSessionsMethods`` and ``AsyncCardSessionsMethods``: Virtual-card sessions and their single-use card data.

Written from the spec and openapi/methods.yaml by ``make generate``; ``sezzle.resources`` adds what
the spec cannot say.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sezzle._core.resource import AsyncResource, Resource, either, present
from sezzle._core.rules import request_body
from sezzle._core.sender import (
    NOT_GIVEN,
    NotGiven,
    TimeoutTypes,
    async_raw_response,
    raw_response,
)
from sezzle.validation import path_id

from ...models import (
    CardData,
    CardSession,
    CardSessionRequest,
    CheckoutMode,
    Customer,
    LineItem,
)
from . import create_card_session, get_card_data, update_card_session


class CardSessionsMethods(Resource):
    """Virtual-card sessions and their single-use card data."""

    def create(
        self,
        request: CardSessionRequest | Mapping[str, Any] | None = None,
        *,
        origin: str | None = None,
        mode: CheckoutMode | str | None = None,
        merchant_reference_id: str | None = None,
        amount_in_cents: int | None = None,
        currency: str | None = None,
        card_response_format: str | None = None,
        customer: Customer | Mapping[str, Any] | None = None,
        items: Sequence[LineItem | Mapping[str, Any]] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CardSession:
        """Start a virtual-card session; host ``dashboard_url`` in an iframe or popup for the shopper."""
        operation = create_card_session.request(
            body=request_body(
                "POST /v2/session/card",
                either(
                    "request",
                    request,
                    present(
                        origin=origin,
                        mode=mode,
                        merchant_reference_id=merchant_reference_id,
                        amount_in_cents=amount_in_cents,
                        currency=currency,
                        card_response_format=card_response_format,
                        customer=customer,
                        items=items,
                    ),
                ),
            ),
        )
        return self._sender.request(operation, timeout=timeout, max_retries=max_retries)

    def get_card_data(
        self,
        token: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CardData:
        """The card behind a single-use card token. The token is spent by this call: keep the result."""
        operation = get_card_data.request(
            path_id("token", token),
        )
        del (
            token
        )  # a secret: tracebacks that render this frame's locals must not show it
        return self._sender.request(operation, timeout=timeout, max_retries=max_retries)

    def update(
        self,
        session_uuid: str,
        *,
        order_id: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Record your order id on the Sezzle order behind the card session."""
        operation = update_card_session.request(
            path_id("session_uuid", session_uuid),
            body=request_body(
                "PATCH /v2/session/{session_uuid}/card", present(order_id=order_id)
            ),
        )
        return self._sender.request(operation, timeout=timeout, max_retries=max_retries)

    @property
    def with_raw_response(self) -> CardSessionsMethodsWithRawResponse:
        """These methods answering the raw ``APIResponse`` (status, headers, ``request_id``, ``.parse()``)."""
        return CardSessionsMethodsWithRawResponse(self)


class CardSessionsMethodsWithRawResponse:
    """``CardSessions``'s methods, each answering an ``APIResponse`` instead of the parsed result."""

    def __init__(self, resource: CardSessionsMethods) -> None:
        self.create = raw_response(resource.create)
        self.get_card_data = raw_response(resource.get_card_data)
        self.update = raw_response(resource.update)


class AsyncCardSessionsMethods(AsyncResource):
    """``CardSessionsMethods`` for ``AsyncSezzle``: the same methods, awaited."""

    async def create(
        self,
        request: CardSessionRequest | Mapping[str, Any] | None = None,
        *,
        origin: str | None = None,
        mode: CheckoutMode | str | None = None,
        merchant_reference_id: str | None = None,
        amount_in_cents: int | None = None,
        currency: str | None = None,
        card_response_format: str | None = None,
        customer: Customer | Mapping[str, Any] | None = None,
        items: Sequence[LineItem | Mapping[str, Any]] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CardSession:
        """Start a virtual-card session; host ``dashboard_url`` in an iframe or popup for the shopper."""
        operation = create_card_session.request(
            body=request_body(
                "POST /v2/session/card",
                either(
                    "request",
                    request,
                    present(
                        origin=origin,
                        mode=mode,
                        merchant_reference_id=merchant_reference_id,
                        amount_in_cents=amount_in_cents,
                        currency=currency,
                        card_response_format=card_response_format,
                        customer=customer,
                        items=items,
                    ),
                ),
            ),
        )
        return await self._sender.request(
            operation, timeout=timeout, max_retries=max_retries
        )

    async def get_card_data(
        self,
        token: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CardData:
        """The card behind a single-use card token. The token is spent by this call: keep the result."""
        operation = get_card_data.request(
            path_id("token", token),
        )
        del (
            token
        )  # a secret: tracebacks that render this frame's locals must not show it
        return await self._sender.request(
            operation, timeout=timeout, max_retries=max_retries
        )

    async def update(
        self,
        session_uuid: str,
        *,
        order_id: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Record your order id on the Sezzle order behind the card session."""
        operation = update_card_session.request(
            path_id("session_uuid", session_uuid),
            body=request_body(
                "PATCH /v2/session/{session_uuid}/card", present(order_id=order_id)
            ),
        )
        return await self._sender.request(
            operation, timeout=timeout, max_retries=max_retries
        )

    @property
    def with_raw_response(self) -> AsyncCardSessionsMethodsWithRawResponse:
        """These methods answering the raw ``APIResponse`` (status, headers, ``request_id``, ``.parse()``)."""
        return AsyncCardSessionsMethodsWithRawResponse(self)


class AsyncCardSessionsMethodsWithRawResponse:
    """``AsyncCardSessions``'s methods, each answering an ``APIResponse`` instead of the parsed result."""

    def __init__(self, resource: AsyncCardSessionsMethods) -> None:
        self.create = async_raw_response(resource.create)
        self.get_card_data = async_raw_response(resource.get_card_data)
        self.update = async_raw_response(resource.update)
