from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ._support import UNSET, AdditionalProperties, Unset, emit, take, take_datetime, take_model, take_models
from .address import Address
from .customer_details import CustomerDetails
from .item import Item
from .metadata import Metadata
from .refund import Refund

T = TypeVar("T", bound="Order")


@_attrs_define
class Order(AdditionalProperties[Any]):
    """An order, from ``GET /v1/orders/{order_reference_id}``.

    Amounts are in cents: ``amount_in_cents`` in ``currency_code`` (the merchant's), and
    ``customer_amount_in_cents`` in ``customer_currency_code`` (what the shopper pays in).

    Attributes:
        created_at (datetime.datetime | Unset): When the order was created
        captured_at (datetime.datetime | Unset): When the order was captured; absent until it is
        capture_expiration (datetime.datetime | Unset): When the chance to capture the order ends
        description (str | Unset): The user-facing description of the order
        amount_in_cents (int | Unset): The order total, in the merchant's currency
        usd_amount_in_cents (int | Unset): The order total in US dollars
        customer_amount_in_cents (int | Unset): The order total in the shopper's currency
        currency_code (str | Unset): The merchant's currency
        customer_currency_code (str | Unset): The shopper's currency
        reference_id (str | Unset): The merchant's reference of the order
        customer (CustomerDetails | Unset): The shopper
        shipping_address (Address | Unset): Where the order ships (with ``include_shipping_info``)
        billing_address (Address | Unset): The billing address
        refunds (list[Refund] | Unset): The refunds made so far
        metadata (Metadata | Unset): The custom data sent with the checkout
        items (list[Item] | Unset): The items purchased
        sezzle_order_id (str | Unset): Sezzle's id of the order, as the merchant dashboard shows it
        checkout_expiration (datetime.datetime | Unset): When the checkout expires
        checkout_status (str | Unset): Where the checkout stands, for example completed
    """

    created_at: datetime.datetime | Unset = UNSET
    captured_at: datetime.datetime | Unset = UNSET
    capture_expiration: datetime.datetime | Unset = UNSET
    description: str | Unset = UNSET
    amount_in_cents: int | Unset = UNSET
    usd_amount_in_cents: int | Unset = UNSET
    customer_amount_in_cents: int | Unset = UNSET
    currency_code: str | Unset = UNSET
    customer_currency_code: str | Unset = UNSET
    reference_id: str | Unset = UNSET
    customer: CustomerDetails | Unset = UNSET
    shipping_address: Address | Unset = UNSET
    billing_address: Address | Unset = UNSET
    refunds: list[Refund] | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    items: list[Item] | Unset = UNSET
    sezzle_order_id: str | Unset = UNSET
    checkout_expiration: datetime.datetime | Unset = UNSET
    checkout_status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data, in the shape Sezzle uses; unknown fields are kept."""
        return emit(
            dict(self.additional_properties),
            created_at=self.created_at,
            captured_at=self.captured_at,
            capture_expiration=self.capture_expiration,
            description=self.description,
            amount_in_cents=self.amount_in_cents,
            usd_amount_in_cents=self.usd_amount_in_cents,
            customer_amount_in_cents=self.customer_amount_in_cents,
            currency_code=self.currency_code,
            customer_currency_code=self.customer_currency_code,
            reference_id=self.reference_id,
            customer=self.customer,
            shipping_address=self.shipping_address,
            billing_address=self.billing_address,
            refunds=self.refunds,
            metadata=self.metadata,
            items=self.items,
            sezzle_order_id=self.sezzle_order_id,
            checkout_expiration=self.checkout_expiration,
            checkout_status=self.checkout_status,
        )

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the model from decoded JSON; unknown fields go to ``additional_properties``."""
        d = dict(src_dict)
        order = cls(
            created_at=take_datetime(d, "created_at"),
            captured_at=take_datetime(d, "captured_at"),
            capture_expiration=take_datetime(d, "capture_expiration"),
            description=take(d, "description"),
            amount_in_cents=take(d, "amount_in_cents"),
            usd_amount_in_cents=take(d, "usd_amount_in_cents"),
            customer_amount_in_cents=take(d, "customer_amount_in_cents"),
            currency_code=take(d, "currency_code"),
            customer_currency_code=take(d, "customer_currency_code"),
            reference_id=take(d, "reference_id"),
            customer=take_model(d, "customer", CustomerDetails.from_dict),
            shipping_address=take_model(d, "shipping_address", Address.from_dict),
            billing_address=take_model(d, "billing_address", Address.from_dict),
            refunds=take_models(d, "refunds", Refund.from_dict),
            metadata=take_model(d, "metadata", Metadata.from_dict),
            items=take_models(d, "items", Item.from_dict),
            sezzle_order_id=take(d, "sezzle_order_id"),
            checkout_expiration=take_datetime(d, "checkout_expiration"),
            checkout_status=take(d, "checkout_status"),
        )
        order.additional_properties = d
        return order
