"""Checkouts: create one and send the shopper to its URL; complete it when ``merchant_completes`` is set.

Neither call carries an idempotency key, so neither is resent once it may have reached Sezzle: a
resent create could open a second checkout, and a resent complete could meet an already completed
checkout. Each is resent only when it failed before leaving this process.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import Any

import attrs

from sezzle._core.resource import AsyncResource, Resource, either, present
from sezzle._core.rules import checked_json
from sezzle._core.sender import NOT_GIVEN, Call, async_raw_response, raw_response
from sezzle.retries import RetryPolicy
from sezzle.v1 import _parsers
from sezzle.v1._params import Retries, Timeout, reference_id
from sezzle.v1.models import (
    Address,
    Checkout,
    CompletedCheckout,
    CreatedCheckout,
    CustomerDetails,
    Discount,
    Item,
    Locale,
    Metadata,
    Notification,
)
from sezzle_api.models import Price

CheckoutInput = Checkout | Mapping[str, Any]
CustomerInput = CustomerDetails | Mapping[str, Any]
AddressInput = Address | Mapping[str, Any]
ItemInput = Item | Mapping[str, Any]
DiscountInput = Discount | Mapping[str, Any]
PriceInput = Price | Mapping[str, Any]
NotificationInput = Notification | Mapping[str, Any]
MetadataInput = Metadata | Mapping[str, str]
_FIELDS = frozenset(field.name for field in attrs.fields(Checkout) if field.name != "additional_properties")


def checkout_body(checkout: CheckoutInput | None, fields: Mapping[str, Any]) -> Any:
    """The body of a new checkout, as given: a whole ``Checkout`` (or mapping) or keyword arguments.

    Checked against v1's request rules (``openapi/v1/requests.yaml``) for what is certain before
    sending, such as whole cents; everything else is Sezzle's to judge.
    """
    given = present(**{name: value for name, value in fields.items() if name in _FIELDS})
    return checked_json("POST /v1/checkouts", either("checkout", checkout, given))


def create_call(body: Any) -> Call[CreatedCheckout]:
    return Call("POST", "/v1/checkouts", _parsers.model(CreatedCheckout), json=body, policy=RetryPolicy.UNSENT_ONLY)


def complete_call(order_reference_id: str) -> Call[CompletedCheckout]:
    # No body: v1 completes (captures) the whole order amount.
    path = f"/v1/checkouts/{reference_id(order_reference_id)}/complete"
    return Call("POST", path, _parsers.model_or_empty(CompletedCheckout), policy=RetryPolicy.UNSENT_ONLY)


class AsyncCheckouts(AsyncResource):
    """v1 checkouts (``client.v1.checkouts``): create one, complete it when you capture yourself."""

    async def create(
        self, checkout: CheckoutInput | None = None, *, amount_in_cents: int | None = None,
        currency_code: str | None = None, order_reference_id: str | None = None, order_description: str | None = None,
        checkout_cancel_url: str | None = None, checkout_complete_url: str | None = None,
        checkout_expiration: datetime.datetime | str | None = None, customer_details: CustomerInput | None = None,
        billing_address: AddressInput | None = None, shipping_address: AddressInput | None = None,
        requires_shipping_info: bool | None = None, items: Sequence[ItemInput] | None = None,
        discounts: Sequence[DiscountInput] | None = None, tax_amount: PriceInput | None = None,
        shipping_amount: PriceInput | None = None, merchant_completes: bool | None = None,
        metadata: MetadataInput | None = None, send_checkout_url: NotificationInput | None = None,
        locale: Locale | str | None = None, timeout: Timeout = NOT_GIVEN, max_retries: Retries = NOT_GIVEN,
    ) -> CreatedCheckout:  # fmt: skip
        """Create a checkout and send the shopper to the answer's ``checkout_url``.

        Pass a whole ``Checkout`` (or mapping), or its fields as keyword arguments. With
        ``merchant_completes=True`` Sezzle waits for ``complete`` before capturing the order.
        """
        call = create_call(checkout_body(checkout, locals()))
        return await self._sender.request(call, timeout=timeout, max_retries=max_retries)

    async def complete(
        self, order_reference_id: str, *, timeout: Timeout = NOT_GIVEN, max_retries: Retries = NOT_GIVEN
    ) -> CompletedCheckout:
        """Complete (capture in full) a ``merchant_completes`` checkout; Sezzle echoes the checkout.

        Raises ``CheckoutExpiredError`` when the time to complete it has run out.
        """
        call = complete_call(order_reference_id)
        return await self._sender.request(call, timeout=timeout, max_retries=max_retries)

    @property
    def with_raw_response(self) -> AsyncCheckoutsWithRawResponse:
        """These methods answering the raw ``APIResponse`` (status, headers, ``request_id``, ``.parse()``)."""
        return AsyncCheckoutsWithRawResponse(self)


class AsyncCheckoutsWithRawResponse:
    """``AsyncCheckouts``'s methods, each answering an ``APIResponse`` instead of the parsed result."""

    def __init__(self, checkouts: AsyncCheckouts) -> None:
        self.create = async_raw_response(checkouts.create)
        self.complete = async_raw_response(checkouts.complete)


# --- sync twin: written by `make generate` (scripts/unasync.py) from the async code above; do not edit ---


class Checkouts(Resource):
    """v1 checkouts (``client.v1.checkouts``): create one, complete it when you capture yourself."""

    def create(
        self, checkout: CheckoutInput | None = None, *, amount_in_cents: int | None = None,
        currency_code: str | None = None, order_reference_id: str | None = None, order_description: str | None = None,
        checkout_cancel_url: str | None = None, checkout_complete_url: str | None = None,
        checkout_expiration: datetime.datetime | str | None = None, customer_details: CustomerInput | None = None,
        billing_address: AddressInput | None = None, shipping_address: AddressInput | None = None,
        requires_shipping_info: bool | None = None, items: Sequence[ItemInput] | None = None,
        discounts: Sequence[DiscountInput] | None = None, tax_amount: PriceInput | None = None,
        shipping_amount: PriceInput | None = None, merchant_completes: bool | None = None,
        metadata: MetadataInput | None = None, send_checkout_url: NotificationInput | None = None,
        locale: Locale | str | None = None, timeout: Timeout = NOT_GIVEN, max_retries: Retries = NOT_GIVEN,
    ) -> CreatedCheckout:  # fmt: skip
        """Create a checkout and send the shopper to the answer's ``checkout_url``.

        Pass a whole ``Checkout`` (or mapping), or its fields as keyword arguments. With
        ``merchant_completes=True`` Sezzle waits for ``complete`` before capturing the order.
        """
        call = create_call(checkout_body(checkout, locals()))
        return self._sender.request(call, timeout=timeout, max_retries=max_retries)

    def complete(
        self, order_reference_id: str, *, timeout: Timeout = NOT_GIVEN, max_retries: Retries = NOT_GIVEN
    ) -> CompletedCheckout:
        """Complete (capture in full) a ``merchant_completes`` checkout; Sezzle echoes the checkout.

        Raises ``CheckoutExpiredError`` when the time to complete it has run out.
        """
        call = complete_call(order_reference_id)
        return self._sender.request(call, timeout=timeout, max_retries=max_retries)

    @property
    def with_raw_response(self) -> CheckoutsWithRawResponse:
        """These methods answering the raw ``APIResponse`` (status, headers, ``request_id``, ``.parse()``)."""
        return CheckoutsWithRawResponse(self)


class CheckoutsWithRawResponse:
    """``Checkouts``'s methods, each answering an ``APIResponse`` instead of the parsed result."""

    def __init__(self, checkouts: Checkouts) -> None:
        self.create = raw_response(checkouts.create)
        self.complete = raw_response(checkouts.complete)


# --- end of sync twin ---
