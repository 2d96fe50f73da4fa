"""v1 checkouts: reading the Checkout object, and the order and checkout session it becomes.

The order is an ordinary one in the shared store (``checkout_uuid`` is its uuid), so the shopper
completes it like any checkout and ``GET /v2/order/{uuid}`` reads it. ``merchant_completes`` is the
intent: true authorizes only (``AUTH``), false captures the whole amount at checkout (``CAPTURE``).
The body was checked against v1's request rules (``openapi/v1/requests.yaml``, the same table the
client reads) before it gets here, so the readers below only extract values: nulls read as absent.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sezzle.gateway._engine import Engine
from sezzle.gateway._fields import Fields, whole_number
from sezzle.gateway._model import Intent, Order, Session
from sezzle.gateway._problem import invalid
from sezzle.gateway._sessions import LOCALES
from sezzle.gateway._v1errors import conflict
from sezzle.gateway._v1model import V1Checkout
from sezzle.gateway._v1orders import latest_order
from sezzle.gateway._v1render import CUSTOMER_FIELDS
from sezzle.gateway._wire import Money, new_uuid

__all__ = ["create_checkout"]

ADDRESS_FIELDS = ("name", "street", "street2", "city", "state", "postal_code", "country_code", "phone_number")
_PLATFORM_LOCALES = {locale.replace("-", "_"): locale for locale in LOCALES}


def _amount(engine: Engine, fields: Fields) -> Money:
    cents = whole_number(fields.data.get("amount_in_cents"))
    amount = Money(cents if cents is not None else 0, fields.expect_text("currency_code"))
    minimum = engine.settings.minimum_order_amount  # the merchant's own minimum, a dashboard setting
    if amount.cents < minimum:
        raise invalid(f"amount_in_cents must be at least {minimum}, the merchant's minimum", "amount_in_cents")
    return amount


def _texts(fields: Fields, names: tuple[str, ...]) -> dict[str, str]:
    return {name: text for name in names if (text := fields.text(name)) is not None}


def _items(fields: Fields) -> list[dict[str, Any]] | None:
    if not fields.has("items"):
        return None
    read = []
    for entry in fields.entries("items"):
        item = Fields(entry if isinstance(entry, dict) else {})
        value: dict[str, Any] = _texts(item, ("name", "sku"))
        quantity = whole_number(item.data.get("quantity"))
        if quantity is not None:
            value["quantity"] = quantity
        price = item.price("price")
        if price is not None:
            value["price"] = price.to_json()
        read.append(value)
    return read


def _discounts(fields: Fields) -> list[dict[str, Any]] | None:
    if not fields.has("discounts"):
        return None
    read = []
    for entry in fields.entries("discounts"):
        discount = Fields(entry if isinstance(entry, dict) else {})
        value: dict[str, Any] = _texts(discount, ("name",))
        amount = discount.price("amount")
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
        price = fields.price(name)
        if price is None:
            continue
        if price.currency != currency:  # one order, one currency: Sezzle refuses a mixed one
            raise invalid(f"{name}.currency must be {currency}, the checkout's currency_code", f"{name}.currency")
        details[name] = price.to_json()
    return details


def _customer(fields: Fields) -> dict[str, Any] | None:
    """The shopper as the order keeps them: details and addresses together, as v2 shows a customer."""
    details = fields.nested("customer_details")
    customer: dict[str, Any] = _texts(details, CUSTOMER_FIELDS) if details is not None else {}
    for name in ("billing_address", "shipping_address"):
        address = fields.nested(name)
        if address is not None:
            read = _texts(address, ADDRESS_FIELDS)
            if "phone_number" not in read and address.text("phone") is not None:
                read["phone_number"] = str(address.text("phone"))  # v1 integrations' name for it
            customer[name] = read
    return customer or None


def _notification(fields: Fields) -> dict[str, str] | None:
    notification = fields.nested("send_checkout_url")
    if notification is None:
        return None
    value = _texts(notification, ("to_sms_phone", "to_email", "language"))
    return value or None


def _v1_options(engine: Engine, fields: Fields) -> tuple[V1Checkout, datetime | None]:
    """The v1-only options, and the checkout expiration (None for the gateway's default)."""
    options: dict[str, Any] = {}
    expiration = fields.moment("checkout_expiration")  # one that is not a date-time reads as absent
    if expiration is not None:
        options["checkout_expiration"] = fields.data["checkout_expiration"]
    locale = fields.text("locale")
    if locale is not None:
        options["locale"] = _PLATFORM_LOCALES.get(locale, locale)
    notification = _notification(fields)
    if notification is not None:
        options["send_checkout_url"] = notification
    checkout = V1Checkout(requires_shipping_info=fields.flag("requires_shipping_info"), options=options)
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
    reference_id = fields.expect_text("order_reference_id")
    description = fields.expect_text("order_description")
    cancel_url = fields.expect_text("checkout_cancel_url")
    complete_url = fields.expect_text("checkout_complete_url")
    customer = _customer(fields)
    details = _order_details(fields, amount.currency)
    metadata = {key: str(value) for key, value in (fields.data.get("metadata") or {}).items() if value is not None}
    intent: Intent = "AUTH" if fields.flag("merchant_completes") else "CAPTURE"
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
