from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from sezzle_api.models.price import Price

from ._support import (
    UNSET,
    AdditionalProperties,
    Unset,
    emit,
    take,
    take_datetime,
    take_enum,
    take_model,
    take_models,
)
from .address import Address
from .customer_details import CustomerDetails
from .discount import Discount
from .item import Item
from .locale import Locale
from .metadata import Metadata
from .notification import Notification

T = TypeVar("T", bound="CompletedCheckout")


@_attrs_define
class CompletedCheckout(AdditionalProperties[Any]):
    """A checkout the merchant completed: Sezzle echoes the fields it accepted when it was created.

    Every field is optional, since the echo holds only what the checkout was given.

    Attributes:
        amount_in_cents (int | Unset): The amount of the checkout, in cents
        currency_code (str | Unset): The currency code of the checkout
        order_reference_id (str | Unset): The merchant's reference to the checkout
        display_order_reference_id (str | Unset): The reference as shown to the shopper
        order_description (str | Unset): The user-facing description of the checkout
        checkout_cancel_url (str | Unset): The cancellation redirect URL
        checkout_complete_url (str | Unset): The completion redirect URL
        checkout_expiration (datetime.datetime | Unset): When the checkout expires
        customer_details (CustomerDetails | Unset): The customer in the checkout
        billing_address (Address | Unset): The billing address of the checkout
        shipping_address (Address | Unset): The shipping address of the checkout
        requires_shipping_info (bool | Unset): Whether Sezzle collected shipping information
        items (list[Item] | Unset): The items purchased
        discounts (list[Discount] | Unset): The discounts applied
        tax_amount (Price | Unset): The taxes applied
        shipping_amount (Price | Unset): The shipping fees applied
        merchant_completes (bool | Unset): Whether the merchant completes the checkout
        metadata (Metadata | Unset): Custom string key-value pairs
        send_checkout_url (Notification | Unset): Where the checkout URL was sent
        locale (Locale | Unset): The language and region of the checkout
    """

    amount_in_cents: int | Unset = UNSET
    currency_code: str | Unset = UNSET
    order_reference_id: str | Unset = UNSET
    display_order_reference_id: str | Unset = UNSET
    order_description: str | Unset = UNSET
    checkout_cancel_url: str | Unset = UNSET
    checkout_complete_url: str | Unset = UNSET
    checkout_expiration: datetime.datetime | Unset = UNSET
    customer_details: CustomerDetails | Unset = UNSET
    billing_address: Address | Unset = UNSET
    shipping_address: Address | Unset = UNSET
    requires_shipping_info: bool | Unset = UNSET
    items: list[Item] | Unset = UNSET
    discounts: list[Discount] | Unset = UNSET
    tax_amount: Price | Unset = UNSET
    shipping_amount: Price | Unset = UNSET
    merchant_completes: bool | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    send_checkout_url: Notification | Unset = UNSET
    locale: Locale | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data, in the shape Sezzle uses; unknown fields are kept."""
        return emit(
            dict(self.additional_properties),
            amount_in_cents=self.amount_in_cents,
            currency_code=self.currency_code,
            order_reference_id=self.order_reference_id,
            display_order_reference_id=self.display_order_reference_id,
            order_description=self.order_description,
            checkout_cancel_url=self.checkout_cancel_url,
            checkout_complete_url=self.checkout_complete_url,
            checkout_expiration=self.checkout_expiration,
            customer_details=self.customer_details,
            billing_address=self.billing_address,
            shipping_address=self.shipping_address,
            requires_shipping_info=self.requires_shipping_info,
            items=self.items,
            discounts=self.discounts,
            tax_amount=self.tax_amount,
            shipping_amount=self.shipping_amount,
            merchant_completes=self.merchant_completes,
            metadata=self.metadata,
            send_checkout_url=self.send_checkout_url,
            locale=self.locale,
        )

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the model from decoded JSON; unknown fields go to ``additional_properties``."""
        d = dict(src_dict)
        completed_checkout = cls(
            amount_in_cents=take(d, "amount_in_cents"),
            currency_code=take(d, "currency_code"),
            order_reference_id=take(d, "order_reference_id"),
            display_order_reference_id=take(d, "display_order_reference_id"),
            order_description=take(d, "order_description"),
            checkout_cancel_url=take(d, "checkout_cancel_url"),
            checkout_complete_url=take(d, "checkout_complete_url"),
            checkout_expiration=take_datetime(d, "checkout_expiration"),
            customer_details=take_model(d, "customer_details", CustomerDetails.from_dict),
            billing_address=take_model(d, "billing_address", Address.from_dict),
            shipping_address=take_model(d, "shipping_address", Address.from_dict),
            requires_shipping_info=take(d, "requires_shipping_info"),
            items=take_models(d, "items", Item.from_dict),
            discounts=take_models(d, "discounts", Discount.from_dict),
            tax_amount=take_model(d, "tax_amount", Price.from_dict),
            shipping_amount=take_model(d, "shipping_amount", Price.from_dict),
            merchant_completes=take(d, "merchant_completes"),
            metadata=take_model(d, "metadata", Metadata.from_dict),
            send_checkout_url=take_model(d, "send_checkout_url", Notification.from_dict),
            locale=take_enum(d, "locale", Locale),
        )
        completed_checkout.additional_properties = d
        return completed_checkout
