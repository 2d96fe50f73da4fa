"""Orders: read, capture, refund, release, reauthorize, upcharge, update and cancel.

Capture, refund, release, reauthorize and upcharge move money: each sends a ``Sezzle-Request-Id``
(yours via ``idempotency_key``, or a fresh one) that is the same on every retry, so Sezzle applies
the call once however often it is resent. The methods that are only the spec's are generated
(``sezzle_api.api.orders``); ``reauthorize`` adds the check of the shopper's approval.
"""

from __future__ import annotations

from sezzle._core.resource import request_id
from sezzle._core.rules import request_body
from sezzle._core.sender import NOT_GIVEN, NotGiven, TimeoutTypes, answering, async_raw_response, raw_response
from sezzle.approval import ReauthorizationResult, require_approval
from sezzle.money import AmountInput
from sezzle.validation import path_id
from sezzle_api.api.orders import (
    AsyncOrdersMethods,
    AsyncOrdersMethodsWithRawResponse,
    OrdersMethods,
    OrdersMethodsWithRawResponse,
    reauthorize_order,
)
from sezzle_api.types import Operation


def _reauthorization(
    order_uuid: str, amount: AmountInput, idempotency_key: str | None
) -> Operation[ReauthorizationResult]:
    operation = reauthorize_order.request(
        path_id("order_uuid", order_uuid),
        body=request_body("POST /v2/order/{order_uuid}/reauthorize", amount, "amount"),
        sezzle_request_id=request_id(idempotency_key),
    )
    return answering(operation, ReauthorizationResult)


class AsyncOrders(AsyncOrdersMethods):
    """Orders (``client.orders``): read them and move their money.

    ```python
    client.orders.capture(order_uuid, price("80.00"), idempotency_key="ship-1042-1")
    state = order_state(client.orders.get(order_uuid))
    ```
    """

    async def reauthorize(
        self, order_uuid: str, amount: AmountInput, *, idempotency_key: str | None = None,
        raise_on_decline: bool = False, timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ReauthorizationResult:  # fmt: skip
        """Authorize again after the authorization expired. Creates a new order: check ``result.approved``."""
        operation = _reauthorization(order_uuid, amount, idempotency_key)
        result = await self._sender.request(operation, timeout=timeout, max_retries=max_retries)
        if raise_on_decline and isinstance(result, ReauthorizationResult):
            require_approval(result, "the reauthorization")
        return result

    @property
    def with_raw_response(self) -> AsyncOrdersWithRawResponse:
        """These methods answering the raw ``APIResponse`` (status, headers, ``request_id``, ``.parse()``)."""
        return AsyncOrdersWithRawResponse(self)


class AsyncOrdersWithRawResponse(AsyncOrdersMethodsWithRawResponse):
    """``AsyncOrders``'s methods, each answering an ``APIResponse`` instead of the parsed result."""

    def __init__(self, orders: AsyncOrders) -> None:
        super().__init__(orders)
        self.reauthorize = async_raw_response(orders.reauthorize)


# --- sync twin: written by `make generate` (scripts/unasync.py) from the async code above; do not edit ---


class Orders(OrdersMethods):
    """Orders (``client.orders``): read them and move their money.

    ```python
    client.orders.capture(order_uuid, price("80.00"), idempotency_key="ship-1042-1")
    state = order_state(client.orders.get(order_uuid))
    ```
    """

    def reauthorize(
        self, order_uuid: str, amount: AmountInput, *, idempotency_key: str | None = None,
        raise_on_decline: bool = False, timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ReauthorizationResult:  # fmt: skip
        """Authorize again after the authorization expired. Creates a new order: check ``result.approved``."""
        operation = _reauthorization(order_uuid, amount, idempotency_key)
        result = self._sender.request(operation, timeout=timeout, max_retries=max_retries)
        if raise_on_decline and isinstance(result, ReauthorizationResult):
            require_approval(result, "the reauthorization")
        return result

    @property
    def with_raw_response(self) -> OrdersWithRawResponse:
        """These methods answering the raw ``APIResponse`` (status, headers, ``request_id``, ``.parse()``)."""
        return OrdersWithRawResponse(self)


class OrdersWithRawResponse(OrdersMethodsWithRawResponse):
    """``Orders``'s methods, each answering an ``APIResponse`` instead of the parsed result."""

    def __init__(self, orders: Orders) -> None:
        super().__init__(orders)
        self.reauthorize = raw_response(orders.reauthorize)


# --- end of sync twin ---
