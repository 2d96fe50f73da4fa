"""The data models of Sezzle's v1 API: its request bodies and answers, each field with its type.

Sezzle publishes no spec for v1; these declarations are its description, and ``Model`` reads and
writes every one of them by its fields' types (``sezzle.v1.models._model``). ``Price`` is the same
object in v1 and v2, so it is the generated one (``sezzle.price()`` builds it).
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self

import attrs

from sezzle_api.models.price import Price
from sezzle_api.types import UNSET, Unset

from ._model import AdditionalProperties, Model, OpenEnum, metadata_text, unknown_last

__all__ = [
    "Address",
    "Checkout",
    "CompletedCheckout",
    "ConfigurationRequest",
    "CreatedCheckout",
    "CustomerDetails",
    "Discount",
    "InterestBalance",
    "Item",
    "Locale",
    "Metadata",
    "Notification",
    "NotificationLanguage",
    "Order",
    "PayoutSummary",
    "Price",
    "Refund",
    "RefundRequest",
]


class Locale(OpenEnum):
    """The language and region the checkout is shown in (``en-US`` when omitted)."""

    EN_US = "en-US"
    EN_CA = "en-CA"
    FR_CA = "fr-CA"


class NotificationLanguage(OpenEnum):
    """The language of the message that sends the checkout URL to the shopper (English when omitted)."""

    EN = "en"
    FR = "fr"


@attrs.define
class Metadata(AdditionalProperties[str]):
    """Custom string key-value pairs sent with a checkout and answered with its order.

    Values are text; a value the gateway answers as another JSON type reads as its JSON text
    (``123`` becomes ``"123"``) and a null value reads as absent.
    """

    additional_properties: dict[str, str] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data, in the shape Sezzle uses; unknown fields are kept."""
        return dict(self.additional_properties)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the model from decoded JSON; unknown fields go to ``additional_properties``."""
        metadata = cls()
        metadata.additional_properties = {str(k): metadata_text(v) for k, v in src_dict.items() if v is not None}
        return metadata


@attrs.define(field_transformer=unknown_last)
class CustomerDetails(Model):
    """The shopper (name, email address, phone number): sent with a checkout, answered as an order's ``customer``."""

    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    email: str | Unset = UNSET
    phone: str | Unset = UNSET


@attrs.define(field_transformer=unknown_last)
class Address(Model):
    """A billing or shipping address: the ``name`` on it, ``street`` and number, ``street2`` (apt or unit),
    ``city``, ``state`` and ``country_code`` (2 characters each), ``postal_code``, and the ``phone_number``
    at the delivery location."""

    name: str | Unset = UNSET
    street: str | Unset = UNSET
    street2: str | Unset = UNSET
    city: str | Unset = UNSET
    state: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    country_code: str | Unset = UNSET
    phone_number: str | Unset = UNSET


@attrs.define(field_transformer=unknown_last)
class Item(Model):
    """One line of the cart: the item's ``name`` and ``sku``, the ``quantity`` purchased, the ``price`` of one unit."""

    name: str | Unset = UNSET
    sku: str | Unset = UNSET
    quantity: int | Unset = UNSET
    price: Price | Unset = UNSET


@attrs.define(field_transformer=unknown_last)
class Discount(Model):
    """A discount on the checkout (its description as ``name``, the ``amount`` it takes off), already in its total."""

    name: str | Unset = UNSET
    amount: Price | Unset = UNSET


@attrs.define(field_transformer=unknown_last)
class Notification(Model):
    """Where Sezzle sends the checkout URL to the shopper: an SMS phone number (``to_sms_phone``) or an
    email address (``to_email``), in a ``language`` (its 2-character ISO 639 code)."""

    to_sms_phone: str | Unset = UNSET
    to_email: str | Unset = UNSET
    language: NotificationLanguage | Unset = UNSET


@attrs.define(field_transformer=unknown_last)
class Checkout(Model):
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


@attrs.define(field_transformer=unknown_last)
class CreatedCheckout(Model):
    """A new checkout (Sezzle's id: ``checkout_uuid``): send the shopper to ``checkout_url`` to complete it."""

    checkout_uuid: str
    checkout_url: str


@attrs.define(field_transformer=unknown_last)
class CompletedCheckout(Model):
    """A checkout the merchant completed: Sezzle echoes the fields it accepted when it was created.

    Every field is optional, since the echo holds only what the checkout was given; they are
    ``Checkout``'s, and ``display_order_reference_id``, the reference as shown to the shopper.
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


@attrs.define(field_transformer=unknown_last)
class Refund(Model):
    """A refund: the answer to a refund request, and each entry of an order's ``refunds``.

    It says the ``amount`` refunded, the merchant's ``refund_id`` and ``refund_reason``, whether the whole
    order was refunded (``is_full_refund``), the order's ``order_reference_id``, and when (``created_at``).
    """

    amount: Price | Unset = UNSET
    refund_id: str | Unset = UNSET
    refund_reason: str | Unset = UNSET
    is_full_refund: bool | Unset = UNSET
    order_reference_id: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET


@attrs.define(field_transformer=unknown_last)
class RefundRequest(Model):
    """The body of ``POST /v1/orders/{order_reference_id}/refund``.

    Attributes:
        refund_id (str | Unset): The merchant's id for the refund; must be unique to the merchant
        amount (Price | Unset): How much to refund: more than 0, at most the order total, in the
            order's or the shopper's currency; optional when ``is_full_refund`` is true
        refund_reason (str | Unset): A reason for the refund
        is_full_refund (bool | Unset): Refund the whole order, whatever ``amount`` says (false when omitted)
    """

    refund_id: str | Unset = UNSET
    amount: Price | Unset = UNSET
    refund_reason: str | Unset = UNSET
    is_full_refund: bool | Unset = UNSET


@attrs.define(field_transformer=unknown_last)
class Order(Model):
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


@attrs.define(field_transformer=unknown_last)
class PayoutSummary(Model):
    """One payout, from ``GET /v1/settlements/summaries``; its line items are in the settlement details.

    Amounts are kept exactly as the gateway wrote them: Sezzle does not state their unit (its
    example, ``9370``, reads like cents, while the settlement-details report writes currency units).

    Attributes:
        uuid (str | Unset): The payout's id, for ``settlements.details``
        payout_currency (str | Unset): The currency the payout was sent in
        payout_date (datetime.datetime | Unset): When the payout was sent
        net_settlement_amount (Decimal | Unset): The net amount of the payout
        forex_fees (Decimal | Unset): The foreign exchange fees of the payout
        status (str | Unset): Where the payout stands, for example Complete
    """

    uuid: str | Unset = UNSET
    payout_currency: str | Unset = UNSET
    payout_date: datetime.datetime | Unset = UNSET
    net_settlement_amount: Decimal | Unset = UNSET
    forex_fees: Decimal | Unset = UNSET
    status: str | Unset = UNSET


@attrs.define(field_transformer=unknown_last)
class InterestBalance(Model):
    """The interest account's balance, from ``GET /v1/interest/balance``.

    Attributes:
        interest_balance (Decimal | Unset): The balance in currency units, exactly as written: the
            account tracks fractions of cents (``5183.4624``)
    """

    interest_balance: Decimal | Unset = UNSET


@attrs.define(field_transformer=unknown_last)
class ConfigurationRequest(Model):
    """The body of ``POST /v1/configuration``: for now, only the ``webhook_url`` Sezzle sends v1 webhooks to."""

    webhook_url: str
