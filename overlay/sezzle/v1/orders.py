"""Orders, by the merchant's reference id: read one, refund one.

A refund carries no idempotency key, so it is never resent once it may have reached Sezzle (a
resend could refund twice); it is resent only when it failed before leaving this process. Give each
refund a ``refund_id`` you keep: Sezzle requires it to be unique per merchant, so after a failure
that leaves the outcome unknown, ``get`` shows whether a refund with that id was made.
"""

from __future__ import annotations

from sezzle._http import NOT_GIVEN, Call, async_raw_response, raw_response
from sezzle.errors import InvalidInputError
from sezzle.resources._money import AmountInput, positive_amount
from sezzle.retries import RetryPolicy
from sezzle.v1 import _parsers
from sezzle.v1._base import AsyncResource, Retries, SyncResource, Timeout
from sezzle.v1._params import reference_id
from sezzle.v1.models import Order, Refund, RefundRequest
from sezzle.validation import check


def get_call(order_reference_id: str, include_shipping_info: bool | None) -> Call[Order]:
    params: dict[str, str] = {}
    if include_shipping_info is not None:
        check(include_shipping_info, bool, "include_shipping_info")
        params["include-shipping-info"] = "true" if include_shipping_info else "false"
    return Call(
        "GET",
        f"/v1/orders/{reference_id(order_reference_id)}",
        _parsers.model(Order),
        params=params or None,
        policy=RetryPolicy.IDEMPOTENT,
    )


def refund_body(
    amount: AmountInput | None, is_full_refund: bool, refund_id: str | None, refund_reason: str | None
) -> RefundRequest:
    """A checked refund: an amount above zero, unless the whole order is refunded."""
    check(is_full_refund, bool, "is_full_refund")
    if amount is None and not is_full_refund:
        raise InvalidInputError("amount", "is required unless is_full_refund is true")
    body = RefundRequest()
    if refund_id is not None:
        check(refund_id, str, "refund_id")
        if not refund_id.strip():
            raise InvalidInputError("refund_id", "must not be empty")
        body.refund_id = refund_id
    if amount is not None:
        body.amount = positive_amount(amount)
    if refund_reason is not None:
        check(refund_reason, str, "refund_reason")
        body.refund_reason = refund_reason
    if is_full_refund:
        body.is_full_refund = True
    return body


def refund_call(order_reference_id: str, body: RefundRequest) -> Call[Refund]:
    return Call(
        "POST",
        f"/v1/orders/{reference_id(order_reference_id)}/refund",
        _parsers.model_or_empty(Refund),
        json=body.to_dict(),
        policy=RetryPolicy.UNSENT_ONLY,
    )


class Orders(SyncResource):
    """v1 orders (``client.v1.orders``): read one by your reference id, refund it."""

    def get(
        self,
        order_reference_id: str,
        *,
        include_shipping_info: bool | None = None,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> Order:
        """The order, with its refunds; ``include_shipping_info=True`` adds the shipping address Sezzle collected."""
        return self._request(get_call(order_reference_id, include_shipping_info), timeout, max_retries)

    def refund(
        self,
        order_reference_id: str,
        amount: AmountInput | None = None,
        *,
        is_full_refund: bool = False,
        refund_id: str | None = None,
        refund_reason: str | None = None,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> Refund:
        """Refund part of the order (``amount``, relative to the order total) or all of it (``is_full_refund``).

        ``amount`` is in the order's currency or the shopper's; ``is_full_refund`` wins over it.
        """
        body = refund_body(amount, is_full_refund, refund_id, refund_reason)
        return self._request(refund_call(order_reference_id, body), timeout, max_retries)

    @property
    def with_raw_response(self) -> OrdersWithRawResponse:
        """These methods answering the raw ``APIResponse`` (status, headers, ``request_id``, ``.parse()``)."""
        return OrdersWithRawResponse(self)


class AsyncOrders(AsyncResource):
    """``Orders`` for ``AsyncSezzle``: the same methods, awaited."""

    async def get(
        self,
        order_reference_id: str,
        *,
        include_shipping_info: bool | None = None,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> Order:
        """The order, with its refunds; ``include_shipping_info=True`` adds the shipping address Sezzle collected."""
        return await self._request(get_call(order_reference_id, include_shipping_info), timeout, max_retries)

    async def refund(
        self,
        order_reference_id: str,
        amount: AmountInput | None = None,
        *,
        is_full_refund: bool = False,
        refund_id: str | None = None,
        refund_reason: str | None = None,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> Refund:
        """Refund part of the order (``amount``, relative to the order total) or all of it (``is_full_refund``).

        ``amount`` is in the order's currency or the shopper's; ``is_full_refund`` wins over it.
        """
        body = refund_body(amount, is_full_refund, refund_id, refund_reason)
        return await self._request(refund_call(order_reference_id, body), timeout, max_retries)

    @property
    def with_raw_response(self) -> AsyncOrdersWithRawResponse:
        """These methods answering the raw ``APIResponse`` (status, headers, ``request_id``, ``.parse()``)."""
        return AsyncOrdersWithRawResponse(self)


class OrdersWithRawResponse:
    """``Orders``'s methods, each answering an ``APIResponse`` instead of the parsed result."""

    def __init__(self, orders: Orders) -> None:
        self.get = raw_response(orders.get)
        self.refund = raw_response(orders.refund)


class AsyncOrdersWithRawResponse:
    """``AsyncOrders``'s methods, each answering an ``APIResponse`` instead of the parsed result."""

    def __init__(self, orders: AsyncOrders) -> None:
        self.get = async_raw_response(orders.get)
        self.refund = async_raw_response(orders.refund)
