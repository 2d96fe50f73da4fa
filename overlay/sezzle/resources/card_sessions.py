"""Virtual-card sessions: issue a Sezzle virtual card and fetch its details once.

``get_card_data`` is special: the gateway deletes the card token on the first read, so the request is
never sent twice once it may have arrived (see ``sezzle.retries``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sezzle._http import (
    NOT_GIVEN,
    Call,
    NotGiven,
    TimeoutTypes,
    async_raw_response,
    generated_call,
    model_parser,
    no_content,
    raw_response,
)
from sezzle._rules import JsonBody, request_body
from sezzle.errors import InvalidInputError
from sezzle.resources._base import AsyncResource, SyncResource
from sezzle.retries import RetryPolicy
from sezzle.validation import path_id
from sezzle_api.api.virtual import create_card_session, get_card_data, update_card_session
from sezzle_api.models import (
    CardData,
    CardSession,
    CardSessionRequest,
    CheckoutMode,
    Customer,
    LineItem,
)


def _card_session_request(request: CardSessionRequest | Mapping[str, Any] | None, fields: dict[str, Any]) -> JsonBody:
    given = {key: value for key, value in fields.items() if value is not None}
    if request is not None:
        if given:
            raise InvalidInputError("request", "pass either a whole request or keyword arguments, not both")
        return request_body("POST /v2/session/card", request)
    return request_body("POST /v2/session/card", given)


def create_call(body: JsonBody) -> Call[CardSession]:
    return generated_call(create_card_session, model_parser(CardSession), policy=RetryPolicy.UNSENT_ONLY, body=body)


def update_call(session_uuid: str, order_id: str) -> Call[None]:
    return generated_call(
        update_card_session, no_content, policy=RetryPolicy.IDEMPOTENT,
        session_uuid=path_id("session_uuid", session_uuid),
        body=request_body("PATCH /v2/session/{session_uuid}/card", {"order_id": order_id}),
    )  # fmt: skip


def card_data_call(token: str) -> Call[CardData]:
    return generated_call(
        get_card_data, model_parser(CardData), policy=RetryPolicy.NEVER_RESEND, token=path_id("token", token)
    )


class CardSessions(SyncResource):
    """Virtual-card sessions (``client.card_sessions``): the shopper gets a one-time card to pay with at checkout.

    ```python
    card_session = client.card_sessions.create(
        origin="https://shop.example", mode="iframe", merchant_reference_id="cart-1",
        amount_in_cents=4999, currency="USD",
    )
    card = client.card_sessions.get_card_data(token)  # once: the token is spent on first read
    ```
    """

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
        body = _card_session_request(request, dict(
            origin=origin, mode=mode, merchant_reference_id=merchant_reference_id, amount_in_cents=amount_in_cents,
            currency=currency, card_response_format=card_response_format, customer=customer, items=items,
        ))  # fmt: skip
        return self._request(create_call(body), timeout, max_retries)

    def update(
        self, session_uuid: str, *, order_id: str, timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:  # fmt: skip
        """Record your order id on the Sezzle order behind the card session."""
        return self._request(update_call(session_uuid, order_id), timeout, max_retries)

    def get_card_data(
        self, token: str, *, timeout: TimeoutTypes | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> CardData:
        """The card behind a single-use card token. The token is spent by this call: keep the result."""
        call = card_data_call(token)
        token = "…"  # noqa: S105 - kept out of this frame's locals, which tracebacks may render
        return self._request(call, timeout, max_retries)

    @property
    def with_raw_response(self) -> CardSessionsWithRawResponse:
        """These methods answering the raw ``APIResponse`` (status, headers, ``request_id``, ``.parse()``)."""
        return CardSessionsWithRawResponse(self)


class AsyncCardSessions(AsyncResource):
    """``CardSessions`` for ``AsyncSezzle``: the same methods, awaited."""

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
        body = _card_session_request(request, dict(
            origin=origin, mode=mode, merchant_reference_id=merchant_reference_id, amount_in_cents=amount_in_cents,
            currency=currency, card_response_format=card_response_format, customer=customer, items=items,
        ))  # fmt: skip
        return await self._request(create_call(body), timeout, max_retries)

    async def update(
        self, session_uuid: str, *, order_id: str, timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:  # fmt: skip
        """Record your order id on the Sezzle order behind the card session."""
        return await self._request(update_call(session_uuid, order_id), timeout, max_retries)

    async def get_card_data(
        self, token: str, *, timeout: TimeoutTypes | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> CardData:
        """The card behind a single-use card token. The token is spent by this call: keep the result."""
        call = card_data_call(token)
        token = "…"  # noqa: S105 - kept out of this frame's locals, which tracebacks may render
        return await self._request(call, timeout, max_retries)

    @property
    def with_raw_response(self) -> AsyncCardSessionsWithRawResponse:
        """These methods answering the raw ``APIResponse`` (status, headers, ``request_id``, ``.parse()``)."""
        return AsyncCardSessionsWithRawResponse(self)


class CardSessionsWithRawResponse:
    """``CardSessions``'s methods, each answering an ``APIResponse`` instead of the parsed result."""

    def __init__(self, card_sessions: CardSessions) -> None:
        self.create = raw_response(card_sessions.create)
        self.update = raw_response(card_sessions.update)
        self.get_card_data = raw_response(card_sessions.get_card_data)


class AsyncCardSessionsWithRawResponse:
    """``AsyncCardSessions``'s methods, each answering an ``APIResponse`` instead of the parsed result."""

    def __init__(self, card_sessions: AsyncCardSessions) -> None:
        self.create = async_raw_response(card_sessions.create)
        self.update = async_raw_response(card_sessions.update)
        self.get_card_data = async_raw_response(card_sessions.get_card_data)
