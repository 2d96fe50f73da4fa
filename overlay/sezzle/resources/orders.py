"""Orders: read, capture, refund, release, reauthorize, upcharge, update and cancel.

Capture, refund, release, reauthorize and upcharge move money: each sends a ``Sezzle-Request-Id``
(yours via ``idempotency_key``, or a fresh one) that is the same on every retry, so the gateway applies
the call once however often it is resent.
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
from sezzle._rules import request_body
from sezzle.approval import ReauthorizationResult, require_approval
from sezzle.resources._base import AsyncResource, SyncResource
from sezzle.resources._money import AmountInput, request_id_header
from sezzle.retries import RetryPolicy
from sezzle.validation import path_id
from sezzle_api.api.orders import (
    capture_order,
    delete_checkout,
    get_order,
    reauthorize_order,
    refund_order,
    release_order,
    upcharge_order,
    update_checkout,
    update_order,
)
from sezzle_api.models import (
    ExpressShippingOption,
    Intent,
    Order,
    OrderTransaction,
    UpchargedOrder,
)

Options = dict[str, Any]


def _uuid(order_uuid: str) -> str:
    return path_id("order_uuid", order_uuid)


def get_call(order_uuid: str) -> Call[Order]:
    return generated_call(get_order, model_parser(Order), policy=RetryPolicy.IDEMPOTENT, order_uuid=_uuid(order_uuid))


def update_call(order_uuid: str, reference_id: str) -> Call[None]:
    body = request_body("PATCH /v2/order/{order_uuid}", {"reference_id": reference_id})
    return generated_call(
        update_order, no_content, policy=RetryPolicy.IDEMPOTENT, order_uuid=_uuid(order_uuid), body=body
    )


def capture_call(
    order_uuid: str, amount: AmountInput, idempotency_key: str | None, partial_capture: bool | None = None
) -> Call[OrderTransaction]:
    fields: dict[str, Any] = {"capture_amount": amount}
    if partial_capture is not None:
        fields["partial_capture"] = partial_capture
    body = request_body("POST /v2/order/{order_uuid}/capture", fields)
    return generated_call(
        capture_order, model_parser(OrderTransaction), policy=RetryPolicy.KEYED,
        headers=request_id_header(idempotency_key), order_uuid=_uuid(order_uuid), body=body,
    )  # fmt: skip


def refund_call(order_uuid: str, amount: AmountInput, idempotency_key: str | None) -> Call[OrderTransaction]:
    return generated_call(
        refund_order, model_parser(OrderTransaction), policy=RetryPolicy.KEYED,
        headers=request_id_header(idempotency_key), order_uuid=_uuid(order_uuid),
        body=request_body("POST /v2/order/{order_uuid}/refund", amount, "amount"),
    )  # fmt: skip


def release_call(order_uuid: str, amount: AmountInput, idempotency_key: str | None) -> Call[OrderTransaction]:
    return generated_call(
        release_order, model_parser(OrderTransaction), policy=RetryPolicy.KEYED,
        headers=request_id_header(idempotency_key), order_uuid=_uuid(order_uuid),
        body=request_body("POST /v2/order/{order_uuid}/release", amount, "amount"),
    )  # fmt: skip


def reauthorize_call(order_uuid: str, amount: AmountInput, idempotency_key: str | None) -> Call[ReauthorizationResult]:
    return generated_call(
        reauthorize_order, model_parser(ReauthorizationResult), policy=RetryPolicy.KEYED,
        headers=request_id_header(idempotency_key), order_uuid=_uuid(order_uuid),
        body=request_body("POST /v2/order/{order_uuid}/reauthorize", amount, "amount"),
    )  # fmt: skip


def upcharge_call(
    order_uuid: str, amount: AmountInput, intent: Intent | str, idempotency_key: str | None
) -> Call[UpchargedOrder]:
    body = request_body("POST /v2/order/{order_uuid}/upcharge", {"intent": intent, "upcharge_amount": amount})
    return generated_call(
        upcharge_order, model_parser(UpchargedOrder), policy=RetryPolicy.KEYED,
        headers=request_id_header(idempotency_key), order_uuid=_uuid(order_uuid), body=body,
    )  # fmt: skip


def update_checkout_call(order_uuid: str, fields: dict[str, Any]) -> Call[None]:
    body = request_body(
        "PATCH /v2/order/{order_uuid}/checkout", {key: value for key, value in fields.items() if value is not None}
    )
    return generated_call(
        update_checkout, no_content, policy=RetryPolicy.IDEMPOTENT, order_uuid=_uuid(order_uuid), body=body
    )


ShippingOptions = Sequence[ExpressShippingOption | Mapping[str, Any]] | None


def delete_checkout_call(order_uuid: str) -> Call[None]:
    return generated_call(delete_checkout, no_content, policy=RetryPolicy.IDEMPOTENT, order_uuid=_uuid(order_uuid))


class Orders(SyncResource):
    """Orders (``client.orders``): read them and move their money.

    ```python
    client.orders.capture(order_uuid, price("80.00"), idempotency_key="ship-1042-1")
    state = order_state(client.orders.get(order_uuid))
    ```
    """

    def get(
        self, order_uuid: str, *, timeout: TimeoutTypes | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> Order:
        """The order with its authorization, captures, refunds and releases (see ``sezzle.order_state``)."""
        return self._request(get_call(order_uuid), timeout, max_retries)

    def update(
        self,
        order_uuid: str,
        *,
        reference_id: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Set the merchant's reference id on the order."""
        return self._request(update_call(order_uuid, reference_id), timeout, max_retries)

    def capture(
        self, order_uuid: str, amount: AmountInput, *, partial_capture: bool | None = None,
        idempotency_key: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OrderTransaction:  # fmt: skip
        """Capture all or part of the authorization; partial captures may follow until it is used up.

        ``partial_capture=False`` captures ``amount`` and releases what remains of the authorization;
        left out (or True), what is not captured stays authorized.
        """
        call = capture_call(order_uuid, amount, idempotency_key, partial_capture)
        return self._request(call, timeout, max_retries)

    def refund(
        self, order_uuid: str, amount: AmountInput, *, idempotency_key: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OrderTransaction:  # fmt: skip
        """Refund all or part of what was captured."""
        return self._request(refund_call(order_uuid, amount, idempotency_key), timeout, max_retries)

    def release(
        self, order_uuid: str, amount: AmountInput, *, idempotency_key: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OrderTransaction:  # fmt: skip
        """Give back all or part of the authorization that was not captured."""
        return self._request(release_call(order_uuid, amount, idempotency_key), timeout, max_retries)

    def reauthorize(
        self, order_uuid: str, amount: AmountInput, *, idempotency_key: str | None = None,
        raise_on_decline: bool = False, timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ReauthorizationResult:  # fmt: skip
        """Authorize again after the authorization expired. Creates a new order: check ``result.approved``."""
        result = self._request(reauthorize_call(order_uuid, amount, idempotency_key), timeout, max_retries)
        if raise_on_decline and isinstance(result, ReauthorizationResult):
            require_approval(result, "the reauthorization")
        return result

    def upcharge(
        self, order_uuid: str, amount: AmountInput, *, intent: Intent | str, idempotency_key: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> UpchargedOrder:  # fmt: skip
        """Charge more as a separate order (at most 15 % of the original, cumulative)."""
        return self._request(upcharge_call(order_uuid, amount, intent, idempotency_key), timeout, max_retries)

    def update_checkout(
        self, order_uuid: str, *, currency_code: str, address_uuid: str, shipping_options: ShippingOptions = None,
        amount_in_cents: int | None = None, shipping_amount_in_cents: int | None = None,
        tax_amount_in_cents: int | None = None, checkout_uuid: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:  # fmt: skip
        """Complete an Express Checkout order: the shopper's shipping address and option, and final amounts."""
        fields = {
            "currency_code": currency_code, "address_uuid": address_uuid, "shipping_options": shipping_options,
            "amount_in_cents": amount_in_cents, "shipping_amount_in_cents": shipping_amount_in_cents,
            "tax_amount_in_cents": tax_amount_in_cents, "checkout_uuid": checkout_uuid,
        }  # fmt: skip
        return self._request(update_checkout_call(order_uuid, fields), timeout, max_retries)

    def delete_checkout(
        self, order_uuid: str, *, timeout: TimeoutTypes | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> None:
        """Cancel a checkout the shopper has not completed."""
        return self._request(delete_checkout_call(order_uuid), timeout, max_retries)

    @property
    def with_raw_response(self) -> OrdersWithRawResponse:
        """These methods answering the raw ``APIResponse`` (status, headers, ``request_id``, ``.parse()``)."""
        return OrdersWithRawResponse(self)


class AsyncOrders(AsyncResource):
    """``Orders`` for ``AsyncSezzle``: the same methods, awaited."""

    async def get(
        self, order_uuid: str, *, timeout: TimeoutTypes | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> Order:
        """The order with its authorization, captures, refunds and releases (see ``sezzle.order_state``)."""
        return await self._request(get_call(order_uuid), timeout, max_retries)

    async def update(
        self,
        order_uuid: str,
        *,
        reference_id: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Set the merchant's reference id on the order."""
        return await self._request(update_call(order_uuid, reference_id), timeout, max_retries)

    async def capture(
        self, order_uuid: str, amount: AmountInput, *, partial_capture: bool | None = None,
        idempotency_key: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OrderTransaction:  # fmt: skip
        """Capture all or part of the authorization; partial captures may follow until it is used up.

        ``partial_capture=False`` captures ``amount`` and releases what remains of the authorization;
        left out (or True), what is not captured stays authorized.
        """
        call = capture_call(order_uuid, amount, idempotency_key, partial_capture)
        return await self._request(call, timeout, max_retries)

    async def refund(
        self, order_uuid: str, amount: AmountInput, *, idempotency_key: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OrderTransaction:  # fmt: skip
        """Refund all or part of what was captured."""
        return await self._request(refund_call(order_uuid, amount, idempotency_key), timeout, max_retries)

    async def release(
        self, order_uuid: str, amount: AmountInput, *, idempotency_key: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OrderTransaction:  # fmt: skip
        """Give back all or part of the authorization that was not captured."""
        return await self._request(release_call(order_uuid, amount, idempotency_key), timeout, max_retries)

    async def reauthorize(
        self, order_uuid: str, amount: AmountInput, *, idempotency_key: str | None = None,
        raise_on_decline: bool = False, timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ReauthorizationResult:  # fmt: skip
        """Authorize again after the authorization expired. Creates a new order: check ``result.approved``."""
        result = await self._request(reauthorize_call(order_uuid, amount, idempotency_key), timeout, max_retries)
        if raise_on_decline and isinstance(result, ReauthorizationResult):
            require_approval(result, "the reauthorization")
        return result

    async def upcharge(
        self, order_uuid: str, amount: AmountInput, *, intent: Intent | str, idempotency_key: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> UpchargedOrder:  # fmt: skip
        """Charge more as a separate order (at most 15 % of the original, cumulative)."""
        return await self._request(upcharge_call(order_uuid, amount, intent, idempotency_key), timeout, max_retries)

    async def update_checkout(
        self, order_uuid: str, *, currency_code: str, address_uuid: str, shipping_options: ShippingOptions = None,
        amount_in_cents: int | None = None, shipping_amount_in_cents: int | None = None,
        tax_amount_in_cents: int | None = None, checkout_uuid: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:  # fmt: skip
        """Complete an Express Checkout order: the shopper's shipping address and option, and final amounts."""
        fields = {
            "currency_code": currency_code, "address_uuid": address_uuid, "shipping_options": shipping_options,
            "amount_in_cents": amount_in_cents, "shipping_amount_in_cents": shipping_amount_in_cents,
            "tax_amount_in_cents": tax_amount_in_cents, "checkout_uuid": checkout_uuid,
        }  # fmt: skip
        return await self._request(update_checkout_call(order_uuid, fields), timeout, max_retries)

    async def delete_checkout(
        self, order_uuid: str, *, timeout: TimeoutTypes | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> None:
        """Cancel a checkout the shopper has not completed."""
        return await self._request(delete_checkout_call(order_uuid), timeout, max_retries)

    @property
    def with_raw_response(self) -> AsyncOrdersWithRawResponse:
        """These methods answering the raw ``APIResponse`` (status, headers, ``request_id``, ``.parse()``)."""
        return AsyncOrdersWithRawResponse(self)


class OrdersWithRawResponse:
    """``Orders``'s methods, each answering an ``APIResponse`` instead of the parsed result."""

    def __init__(self, orders: Orders) -> None:
        self.get = raw_response(orders.get)
        self.update = raw_response(orders.update)
        self.capture = raw_response(orders.capture)
        self.refund = raw_response(orders.refund)
        self.release = raw_response(orders.release)
        self.reauthorize = raw_response(orders.reauthorize)
        self.upcharge = raw_response(orders.upcharge)
        self.update_checkout = raw_response(orders.update_checkout)
        self.delete_checkout = raw_response(orders.delete_checkout)


class AsyncOrdersWithRawResponse:
    """``AsyncOrders``'s methods, each answering an ``APIResponse`` instead of the parsed result."""

    def __init__(self, orders: AsyncOrders) -> None:
        self.get = async_raw_response(orders.get)
        self.update = async_raw_response(orders.update)
        self.capture = async_raw_response(orders.capture)
        self.refund = async_raw_response(orders.refund)
        self.release = async_raw_response(orders.release)
        self.reauthorize = async_raw_response(orders.reauthorize)
        self.upcharge = async_raw_response(orders.upcharge)
        self.update_checkout = async_raw_response(orders.update_checkout)
        self.delete_checkout = async_raw_response(orders.delete_checkout)
