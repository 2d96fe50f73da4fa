"""``OrdersMethods`` and ``AsyncOrdersMethods``: Orders: read them and move their money.

Written from the spec and openapi/methods.yaml by ``make generate``; ``sezzle.resources`` adds what
the spec cannot say.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sezzle._core.resource import AsyncResource, Resource, present, request_id
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
    ExpressShippingOption,
    Intent,
    Order,
    OrderTransaction,
    Price,
    UpchargedOrder,
)
from . import (
    capture_order,
    delete_checkout,
    get_order,
    refund_order,
    release_order,
    upcharge_order,
    update_checkout,
    update_order,
)


class OrdersMethods(Resource):
    """Orders: read them and move their money."""

    def get(
        self,
        order_uuid: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Order:
        """The order with its authorization, captures, refunds and releases (see ``sezzle.order_state``)."""
        operation = get_order.request(
            path_id("order_uuid", order_uuid),
        )
        return self._sender.request(operation, timeout=timeout, max_retries=max_retries)

    def update(
        self,
        order_uuid: str,
        *,
        reference_id: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Set the merchant's reference id on the order."""
        operation = update_order.request(
            path_id("order_uuid", order_uuid),
            body=request_body(
                "PATCH /v2/order/{order_uuid}", present(reference_id=reference_id)
            ),
        )
        return self._sender.request(operation, timeout=timeout, max_retries=max_retries)

    def capture(
        self,
        order_uuid: str,
        amount: Price | Mapping[str, Any],
        *,
        partial_capture: bool | None = None,
        idempotency_key: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OrderTransaction:
        """Capture all or part of the authorization; partial captures may follow until it is used up.

        ``partial_capture=False`` captures ``amount`` and releases what remains of the authorization;
        left out (or True), what is not captured stays authorized."""
        operation = capture_order.request(
            path_id("order_uuid", order_uuid),
            body=request_body(
                "POST /v2/order/{order_uuid}/capture",
                present(capture_amount=amount, partial_capture=partial_capture),
            ),
            sezzle_request_id=request_id(idempotency_key),
        )
        return self._sender.request(operation, timeout=timeout, max_retries=max_retries)

    def delete_checkout(
        self,
        order_uuid: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Cancel a checkout the shopper has not completed."""
        operation = delete_checkout.request(
            path_id("order_uuid", order_uuid),
        )
        return self._sender.request(operation, timeout=timeout, max_retries=max_retries)

    def update_checkout(
        self,
        order_uuid: str,
        *,
        currency_code: str,
        address_uuid: str,
        shipping_options: Sequence[ExpressShippingOption | Mapping[str, Any]]
        | None = None,
        amount_in_cents: int | None = None,
        shipping_amount_in_cents: int | None = None,
        tax_amount_in_cents: int | None = None,
        checkout_uuid: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Complete an Express Checkout order: the shopper's shipping address and option, and final amounts."""
        operation = update_checkout.request(
            path_id("order_uuid", order_uuid),
            body=request_body(
                "PATCH /v2/order/{order_uuid}/checkout",
                present(
                    currency_code=currency_code,
                    address_uuid=address_uuid,
                    shipping_options=shipping_options,
                    amount_in_cents=amount_in_cents,
                    shipping_amount_in_cents=shipping_amount_in_cents,
                    tax_amount_in_cents=tax_amount_in_cents,
                    checkout_uuid=checkout_uuid,
                ),
            ),
        )
        return self._sender.request(operation, timeout=timeout, max_retries=max_retries)

    def refund(
        self,
        order_uuid: str,
        amount: Price | Mapping[str, Any],
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OrderTransaction:
        """Refund all or part of what was captured."""
        operation = refund_order.request(
            path_id("order_uuid", order_uuid),
            body=request_body("POST /v2/order/{order_uuid}/refund", amount, "amount"),
            sezzle_request_id=request_id(idempotency_key),
        )
        return self._sender.request(operation, timeout=timeout, max_retries=max_retries)

    def release(
        self,
        order_uuid: str,
        amount: Price | Mapping[str, Any],
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OrderTransaction:
        """Give back all or part of the authorization that was not captured."""
        operation = release_order.request(
            path_id("order_uuid", order_uuid),
            body=request_body("POST /v2/order/{order_uuid}/release", amount, "amount"),
            sezzle_request_id=request_id(idempotency_key),
        )
        return self._sender.request(operation, timeout=timeout, max_retries=max_retries)

    def upcharge(
        self,
        order_uuid: str,
        amount: Price | Mapping[str, Any],
        *,
        intent: Intent | str,
        idempotency_key: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> UpchargedOrder:
        """Charge more as a separate order (at most 15 % of the original, cumulative)."""
        operation = upcharge_order.request(
            path_id("order_uuid", order_uuid),
            body=request_body(
                "POST /v2/order/{order_uuid}/upcharge",
                present(upcharge_amount=amount, intent=intent),
            ),
            sezzle_request_id=request_id(idempotency_key),
        )
        return self._sender.request(operation, timeout=timeout, max_retries=max_retries)

    @property
    def with_raw_response(self) -> OrdersMethodsWithRawResponse:
        """These methods answering the raw ``APIResponse`` (status, headers, ``request_id``, ``.parse()``)."""
        return OrdersMethodsWithRawResponse(self)


class OrdersMethodsWithRawResponse:
    """``Orders``'s methods, each answering an ``APIResponse`` instead of the parsed result."""

    def __init__(self, resource: OrdersMethods) -> None:
        self.get = raw_response(resource.get)
        self.update = raw_response(resource.update)
        self.capture = raw_response(resource.capture)
        self.delete_checkout = raw_response(resource.delete_checkout)
        self.update_checkout = raw_response(resource.update_checkout)
        self.refund = raw_response(resource.refund)
        self.release = raw_response(resource.release)
        self.upcharge = raw_response(resource.upcharge)


class AsyncOrdersMethods(AsyncResource):
    """``OrdersMethods`` for ``AsyncSezzle``: the same methods, awaited."""

    async def get(
        self,
        order_uuid: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Order:
        """The order with its authorization, captures, refunds and releases (see ``sezzle.order_state``)."""
        operation = get_order.request(
            path_id("order_uuid", order_uuid),
        )
        return await self._sender.request(
            operation, timeout=timeout, max_retries=max_retries
        )

    async def update(
        self,
        order_uuid: str,
        *,
        reference_id: str,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Set the merchant's reference id on the order."""
        operation = update_order.request(
            path_id("order_uuid", order_uuid),
            body=request_body(
                "PATCH /v2/order/{order_uuid}", present(reference_id=reference_id)
            ),
        )
        return await self._sender.request(
            operation, timeout=timeout, max_retries=max_retries
        )

    async def capture(
        self,
        order_uuid: str,
        amount: Price | Mapping[str, Any],
        *,
        partial_capture: bool | None = None,
        idempotency_key: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OrderTransaction:
        """Capture all or part of the authorization; partial captures may follow until it is used up.

        ``partial_capture=False`` captures ``amount`` and releases what remains of the authorization;
        left out (or True), what is not captured stays authorized."""
        operation = capture_order.request(
            path_id("order_uuid", order_uuid),
            body=request_body(
                "POST /v2/order/{order_uuid}/capture",
                present(capture_amount=amount, partial_capture=partial_capture),
            ),
            sezzle_request_id=request_id(idempotency_key),
        )
        return await self._sender.request(
            operation, timeout=timeout, max_retries=max_retries
        )

    async def delete_checkout(
        self,
        order_uuid: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Cancel a checkout the shopper has not completed."""
        operation = delete_checkout.request(
            path_id("order_uuid", order_uuid),
        )
        return await self._sender.request(
            operation, timeout=timeout, max_retries=max_retries
        )

    async def update_checkout(
        self,
        order_uuid: str,
        *,
        currency_code: str,
        address_uuid: str,
        shipping_options: Sequence[ExpressShippingOption | Mapping[str, Any]]
        | None = None,
        amount_in_cents: int | None = None,
        shipping_amount_in_cents: int | None = None,
        tax_amount_in_cents: int | None = None,
        checkout_uuid: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Complete an Express Checkout order: the shopper's shipping address and option, and final amounts."""
        operation = update_checkout.request(
            path_id("order_uuid", order_uuid),
            body=request_body(
                "PATCH /v2/order/{order_uuid}/checkout",
                present(
                    currency_code=currency_code,
                    address_uuid=address_uuid,
                    shipping_options=shipping_options,
                    amount_in_cents=amount_in_cents,
                    shipping_amount_in_cents=shipping_amount_in_cents,
                    tax_amount_in_cents=tax_amount_in_cents,
                    checkout_uuid=checkout_uuid,
                ),
            ),
        )
        return await self._sender.request(
            operation, timeout=timeout, max_retries=max_retries
        )

    async def refund(
        self,
        order_uuid: str,
        amount: Price | Mapping[str, Any],
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OrderTransaction:
        """Refund all or part of what was captured."""
        operation = refund_order.request(
            path_id("order_uuid", order_uuid),
            body=request_body("POST /v2/order/{order_uuid}/refund", amount, "amount"),
            sezzle_request_id=request_id(idempotency_key),
        )
        return await self._sender.request(
            operation, timeout=timeout, max_retries=max_retries
        )

    async def release(
        self,
        order_uuid: str,
        amount: Price | Mapping[str, Any],
        *,
        idempotency_key: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OrderTransaction:
        """Give back all or part of the authorization that was not captured."""
        operation = release_order.request(
            path_id("order_uuid", order_uuid),
            body=request_body("POST /v2/order/{order_uuid}/release", amount, "amount"),
            sezzle_request_id=request_id(idempotency_key),
        )
        return await self._sender.request(
            operation, timeout=timeout, max_retries=max_retries
        )

    async def upcharge(
        self,
        order_uuid: str,
        amount: Price | Mapping[str, Any],
        *,
        intent: Intent | str,
        idempotency_key: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> UpchargedOrder:
        """Charge more as a separate order (at most 15 % of the original, cumulative)."""
        operation = upcharge_order.request(
            path_id("order_uuid", order_uuid),
            body=request_body(
                "POST /v2/order/{order_uuid}/upcharge",
                present(upcharge_amount=amount, intent=intent),
            ),
            sezzle_request_id=request_id(idempotency_key),
        )
        return await self._sender.request(
            operation, timeout=timeout, max_retries=max_retries
        )

    @property
    def with_raw_response(self) -> AsyncOrdersMethodsWithRawResponse:
        """These methods answering the raw ``APIResponse`` (status, headers, ``request_id``, ``.parse()``)."""
        return AsyncOrdersMethodsWithRawResponse(self)


class AsyncOrdersMethodsWithRawResponse:
    """``AsyncOrders``'s methods, each answering an ``APIResponse`` instead of the parsed result."""

    def __init__(self, resource: AsyncOrdersMethods) -> None:
        self.get = async_raw_response(resource.get)
        self.update = async_raw_response(resource.update)
        self.capture = async_raw_response(resource.capture)
        self.delete_checkout = async_raw_response(resource.delete_checkout)
        self.update_checkout = async_raw_response(resource.update_checkout)
        self.refund = async_raw_response(resource.refund)
        self.release = async_raw_response(resource.release)
        self.upcharge = async_raw_response(resource.upcharge)
