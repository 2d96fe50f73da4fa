"""Orders, by the merchant's reference id: read one, refund one.

A refund carries no idempotency key, so it is never resent once it may have reached Sezzle (a
resend could refund twice); it is resent only when it failed before leaving this process. Give each
refund a ``refund_id`` you keep: Sezzle requires it to be unique per merchant, so after a failure
that leaves the outcome unknown, ``get`` shows whether a refund with that id was made.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sezzle._core.resource import AsyncResource, Resource, either, present
from sezzle._core.rules import checked_json
from sezzle._core.sender import NOT_GIVEN, Call, async_raw_response, raw_response
from sezzle.money import AmountInput
from sezzle.retries import RetryPolicy
from sezzle.v1 import _parsers
from sezzle.v1._params import Retries, Timeout, reference_id
from sezzle.v1.models import Order, Refund


def get_call(order_reference_id: str, include_shipping_info: bool | None) -> Call[Order]:
    params: dict[str, str] = {}
    if include_shipping_info is not None:
        params["include-shipping-info"] = "true" if include_shipping_info else "false"
    path = f"/v1/orders/{reference_id(order_reference_id)}"
    return Call("GET", path, _parsers.model(Order), params=params or None, policy=RetryPolicy.IDEMPOTENT)


def refund_body(
    amount: AmountInput | None, is_full_refund: bool, refund_id: str | None, refund_reason: str | None,
    request: Mapping[str, Any] | None = None,
) -> Any:  # fmt: skip
    """A refund as sent: v1's rules (``openapi/v1/requests.yaml``) ask an amount above zero, unless the
    whole order is refunded; the rest is Sezzle's to judge."""
    fields = present(refund_id=refund_id, amount=amount, refund_reason=refund_reason)  # the page's order
    if is_full_refund is not False:
        fields["is_full_refund"] = is_full_refund
    return checked_json("POST /v1/orders/{order_reference_id}/refund", either("request", request, fields))


def refund_call(order_reference_id: str, body: Any) -> Call[Refund]:
    path = f"/v1/orders/{reference_id(order_reference_id)}/refund"
    return Call("POST", path, _parsers.model_or_empty(Refund), json=body, policy=RetryPolicy.UNSENT_ONLY)


class AsyncOrders(AsyncResource):
    """v1 orders (``client.v1.orders``): read one by your reference id, refund it."""

    async def get(
        self, order_reference_id: str, *, include_shipping_info: bool | None = None, timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> Order:  # fmt: skip
        """The order, with its refunds; ``include_shipping_info=True`` adds the shipping address Sezzle collected."""
        call = get_call(order_reference_id, include_shipping_info)
        return await self._sender.request(call, timeout=timeout, max_retries=max_retries)

    async def refund(
        self, order_reference_id: str, amount: AmountInput | None = None, *, is_full_refund: bool = False,
        refund_id: str | None = None, refund_reason: str | None = None, request: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN, max_retries: Retries = NOT_GIVEN,
    ) -> Refund:  # fmt: skip
        """Refund part of the order (``amount``, relative to the order total) or all of it (``is_full_refund``).

        ``amount`` is in the order's currency or the shopper's; ``is_full_refund`` wins over it. A whole
        body you already build (``request``) is sent as given instead of the keyword arguments.
        """
        call = refund_call(order_reference_id, refund_body(amount, is_full_refund, refund_id, refund_reason, request))
        return await self._sender.request(call, timeout=timeout, max_retries=max_retries)

    @property
    def with_raw_response(self) -> AsyncOrdersWithRawResponse:
        """These methods answering the raw ``APIResponse`` (status, headers, ``request_id``, ``.parse()``)."""
        return AsyncOrdersWithRawResponse(self)


class AsyncOrdersWithRawResponse:
    """``AsyncOrders``'s methods, each answering an ``APIResponse`` instead of the parsed result."""

    def __init__(self, orders: AsyncOrders) -> None:
        self.get = async_raw_response(orders.get)
        self.refund = async_raw_response(orders.refund)


# --- sync twin: written by `make generate` (scripts/unasync.py) from the async code above; do not edit ---


class Orders(Resource):
    """v1 orders (``client.v1.orders``): read one by your reference id, refund it."""

    def get(
        self, order_reference_id: str, *, include_shipping_info: bool | None = None, timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> Order:  # fmt: skip
        """The order, with its refunds; ``include_shipping_info=True`` adds the shipping address Sezzle collected."""
        call = get_call(order_reference_id, include_shipping_info)
        return self._sender.request(call, timeout=timeout, max_retries=max_retries)

    def refund(
        self, order_reference_id: str, amount: AmountInput | None = None, *, is_full_refund: bool = False,
        refund_id: str | None = None, refund_reason: str | None = None, request: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN, max_retries: Retries = NOT_GIVEN,
    ) -> Refund:  # fmt: skip
        """Refund part of the order (``amount``, relative to the order total) or all of it (``is_full_refund``).

        ``amount`` is in the order's currency or the shopper's; ``is_full_refund`` wins over it. A whole
        body you already build (``request``) is sent as given instead of the keyword arguments.
        """
        call = refund_call(order_reference_id, refund_body(amount, is_full_refund, refund_id, refund_reason, request))
        return self._sender.request(call, timeout=timeout, max_retries=max_retries)

    @property
    def with_raw_response(self) -> OrdersWithRawResponse:
        """These methods answering the raw ``APIResponse`` (status, headers, ``request_id``, ``.parse()``)."""
        return OrdersWithRawResponse(self)


class OrdersWithRawResponse:
    """``Orders``'s methods, each answering an ``APIResponse`` instead of the parsed result."""

    def __init__(self, orders: Orders) -> None:
        self.get = raw_response(orders.get)
        self.refund = raw_response(orders.refund)


# --- end of sync twin ---
