"""v1 checkouts: reading the Checkout object, and the order and checkout session it becomes.

The order is an ordinary one in the shared store (``checkout_uuid`` is its uuid), so the shopper
completes it like any checkout and ``GET /v2/order/{uuid}`` reads it. ``merchant_completes`` is the
intent: true authorizes only (``AUTH``), false captures the whole amount at checkout (``CAPTURE``).
Only the six fields the v1 page marks required are required; the rest are checked for type and sense.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from sezzle.gateway._checked_fields import Fields
from sezzle.gateway._engine import Engine
from sezzle.gateway._model import Intent, Order, Session
from sezzle.gateway._problem import bad_request, invalid
from sezzle.gateway._sessions import LOCALES
from sezzle.gateway._v1errors import conflict
from sezzle.gateway._v1model import V1Checkout
from sezzle.gateway._v1orders import latest_order
from sezzle.gateway._v1render import CUSTOMER_FIELDS
from sezzle.gateway._wire import Money, new_uuid

__all__ = ["create_checkout", "http_url"]

NOTIFICATION_LANGUAGES = ("en", "fr")
ADDRESS_FIELDS = ("name", "street", "street2", "city", "state", "postal_code", "country_code", "phone_number")
_CURRENCY = re.compile(r"^[A-Z]{3}$")
_INT32_MAX = 2**31 - 1


def http_url(fields: Fields, name: str) -> str:
    url = fields.require_str(name)
    if not url.startswith(("http://", "https://")):
        raise invalid(f"{fields.where(name)} must be an http or https URL", fields.where(name))
    return url


def _amount(engine: Engine, fields: Fields) -> Money:
    cents = fields.require_int("amount_in_cents")
    minimum = engine.settings.minimum_order_amount
    if cents < minimum:
        raise invalid(f"amount_in_cents must be at least {minimum}, the merchant's minimum", "amount_in_cents")
    if cents > _INT32_MAX:
        raise invalid("amount_in_cents is out of range", "amount_in_cents")
    currency = fields.require_str("currency_code")
    if not _CURRENCY.match(currency):
        raise invalid("currency_code must be a three-letter ISO 4217 code in capitals", "currency_code")
    return Money(cents, currency)


def _texts(fields: Fields, names: tuple[str, ...]) -> dict[str, str]:
    return {name: text for name in names if (text := fields.optional_str(name)) is not None}


def _entry(fields: Fields, name: str, index: int, entry: Any) -> Fields:
    where = fields.where(f"{name}[{index}]")
    if not isinstance(entry, dict):
        raise bad_request(f"{where} must be an object", where)
    return Fields(entry, where)


def _items(fields: Fields) -> list[dict[str, Any]] | None:
    items = fields.optional_list("items")
    if items is None:
        return None
    read = []
    for index, entry in enumerate(items):
        item = _entry(fields, "items", index, entry)
        value: dict[str, Any] = _texts(item, ("name", "sku"))
        quantity = item.optional_int("quantity")
        if quantity is not None:
            if quantity < 0:
                raise invalid(f"{item.where('quantity')} must not be negative", item.where("quantity"))
            value["quantity"] = quantity
        price = item.optional_price("price")
        if price is not None:
            value["price"] = price.to_json()
        read.append(value)
    return read


def _discounts(fields: Fields) -> list[dict[str, Any]] | None:
    discounts = fields.optional_list("discounts")
    if discounts is None:
        return None
    read = []
    for index, entry in enumerate(discounts):
        discount = _entry(fields, "discounts", index, entry)
        value: dict[str, Any] = _texts(discount, ("name",))
        amount = discount.optional_price("amount")
        if amount is not None:
            value["amount"] = amount.to_json()
        read.append(value)
    return read


def _order_details(fields: Fields, currency: str) -> dict[str, Any]:
    """Items, discounts, tax and shipping: kept on the order, where v2 shows them too."""
    details: dict[str, Any] = {}
    items = _items(fields)
    if items is not None:
        details["items"] = items
    discounts = _discounts(fields)
    if discounts is not None:
        details["discounts"] = discounts
    for name in ("tax_amount", "shipping_amount"):
        price = fields.optional_price(name)
        if price is None:
            continue
        if price.currency != currency:
            raise invalid(f"{name}.currency must be {currency}, the checkout's currency_code", f"{name}.currency")
        details[name] = price.to_json()
    return details


def _customer(fields: Fields) -> dict[str, Any] | None:
    """The shopper as the order keeps them: details and addresses together, as v2 shows a customer."""
    details = fields.optional_object("customer_details")
    customer: dict[str, Any] = _texts(details, CUSTOMER_FIELDS) if details is not None else {}
    for name in ("billing_address", "shipping_address"):
        address = fields.optional_object(name)
        if address is not None:
            customer[name] = _texts(address, ADDRESS_FIELDS)
    return customer or None


def _notification(fields: Fields) -> dict[str, str] | None:
    notification = fields.optional_object("send_checkout_url")
    if notification is None:
        return None
    value = _texts(notification, ("to_sms_phone", "to_email"))
    if not any(text.strip() for text in value.values()):
        raise invalid("send_checkout_url needs a to_sms_phone or a to_email", "send_checkout_url")
    language = notification.optional_choice("language", NOTIFICATION_LANGUAGES)
    if language is not None:
        value["language"] = language
    return value


def _v1_options(engine: Engine, fields: Fields) -> tuple[V1Checkout, datetime | None]:
    """The v1-only options, and the checkout expiration (None for the gateway's default)."""
    options: dict[str, Any] = {}
    expiration = fields.optional_datetime("checkout_expiration")
    if expiration is not None:
        if expiration <= engine.now():
            raise invalid("checkout_expiration must be in the future", "checkout_expiration")
        options["checkout_expiration"] = fields.data["checkout_expiration"]
    locale = fields.optional_choice("locale", LOCALES)
    if locale is not None:
        options["locale"] = locale
    notification = _notification(fields)
    if notification is not None:
        options["send_checkout_url"] = notification
    checkout = V1Checkout(requires_shipping_info=fields.optional_bool("requires_shipping_info"), options=options)
    return checkout, expiration


def _free_reference(engine: Engine, reference_id: str) -> None:
    """A reference id names one order on the v1 routes: a new checkout replaces an unfinished v1 one."""
    previous = latest_order(engine, reference_id)
    if previous is None:
        return
    if previous.approved:
        raise conflict(
            "duplicate_order_reference_id",
            f"order_reference_id {reference_id} already names a completed order; use a new reference",
        )
    if previous.uuid in engine.v1.checkouts and previous.status == "active":
        previous.status = "deleted"


def create_checkout(engine: Engine, fields: Fields) -> Order:
    """POST /v1/checkouts."""
    amount = _amount(engine, fields)
    reference_id = fields.require_reference_id("order_reference_id")
    description = fields.require_str("order_description")
    cancel_url = http_url(fields, "checkout_cancel_url")
    complete_url = http_url(fields, "checkout_complete_url")
    customer = _customer(fields)
    details = _order_details(fields, amount.currency)
    metadata = fields.optional_str_map("metadata")
    intent: Intent = "AUTH" if fields.optional_bool("merchant_completes") else "CAPTURE"
    checkout, expiration = _v1_options(engine, fields)
    _free_reference(engine, reference_id)
    now = engine.now()
    session = Session(uuid=new_uuid(), created_at=now, complete_url=complete_url, cancel_url=cancel_url)
    order = Order(
        uuid=new_uuid(),
        intent=intent,
        amount=amount,
        created_at=now,
        reference_id=reference_id,
        description=description,
        metadata=metadata,
        details=details,
        customer=customer,
        session_uuid=session.uuid,
        checkout_expiration=expiration or now + engine.settings.checkout_lifetime,
    )
    session.order_uuid = order.uuid
    engine.sessions[session.uuid] = session
    engine.orders[order.uuid] = order
    engine.v1.checkouts[order.uuid] = checkout
    return order
