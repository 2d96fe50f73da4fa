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

T = TypeVar("T", bound="Checkout")


@_attrs_define
class Checkout(AdditionalProperties[Any]):
    """The body of ``POST /v1/checkouts``: the cart, the shopper and where to send them afterwards.

    Attributes:
        amount_in_cents (int): The amount of the checkout, in cents; at least 100 ($1.00)
        currency_code (str): The currency code of the checkout
        order_reference_id (str): A reference to this checkout in your systems
        order_description (str): A user-facing description for this checkout
        checkout_cancel_url (str): The URL the shopper is sent to when they cancel
        checkout_complete_url (str): The URL the shopper is sent to after a successful checkout
        checkout_expiration (datetime.datetime | Unset): When the checkout expires
        customer_details (CustomerDetails | Unset): The customer in the checkout
        billing_address (Address | Unset): The billing address of the checkout
        shipping_address (Address | Unset): The shipping address of the checkout
        requires_shipping_info (bool | Unset): Whether Sezzle collects shipping information from the
            shopper (false when omitted)
        items (list[Item] | Unset): The items being purchased
        discounts (list[Discount] | Unset): The discounts applied; must be included in the total
        tax_amount (Price | Unset): The taxes applied; must be included in the total
        shipping_amount (Price | Unset): The shipping fees applied; must be included in the total
        merchant_completes (bool | Unset): Whether the merchant completes the checkout with
            ``POST /v1/checkouts/{order_reference_id}/complete`` (false when omitted: Sezzle completes it)
        metadata (Metadata | Unset): Custom string key-value pairs
        send_checkout_url (Notification | Unset): Sends the checkout URL to the shopper by SMS or email
        locale (Locale | Unset): The language and region of the checkout (en-US when omitted)
    """

    amount_in_cents: int
    currency_code: str
    order_reference_id: str
    order_description: str
    checkout_cancel_url: str
    checkout_complete_url: str
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
        checkout = cls(
            amount_in_cents=d.pop("amount_in_cents"),
            currency_code=d.pop("currency_code"),
            order_reference_id=d.pop("order_reference_id"),
            order_description=d.pop("order_description"),
            checkout_cancel_url=d.pop("checkout_cancel_url"),
            checkout_complete_url=d.pop("checkout_complete_url"),
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
        checkout.additional_properties = d
        return checkout
