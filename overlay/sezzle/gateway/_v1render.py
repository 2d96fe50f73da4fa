"""Orders and checkouts as Sezzle's v1 API shows them: flat cents, ``currency_code``, no links.

Both views read the shared order, so they show what v2 did to it as well (a v2 capture or refund
appears in ``captured_at`` and ``refunds``).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sezzle.gateway._engine import Engine
from sezzle.gateway._model import Order
from sezzle.gateway._orders import DEFAULT_SHOPPER
from sezzle.gateway._v1model import V1Checkout

__all__ = ["CUSTOMER_FIELDS", "DEFAULT_SHIPPING_ADDRESS", "checkout_echo_json", "order_details_json", "v1_time"]

CUSTOMER_FIELDS = ("first_name", "last_name", "email", "phone")
DEFAULT_SHIPPING_ADDRESS: dict[str, str] = {
    "name": "Sandbox Shopper",
    "street": "123 W Lake St",
    "street2": "Unit 104",
    "city": "Minneapolis",
    "state": "MN",
    "postal_code": "55408",
    "country_code": "US",
    "phone_number": "5555555555",
}
"""Where the simulated shopper asks to ship when a checkout requires shipping info and gave none."""


def v1_time(moment: datetime) -> str:
    """UTC to the second with ``Z``, as v1 writes its timestamps (``2018-11-02T20:09:59Z``)."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _customer(order: Order) -> dict[str, Any]:
    given = order.customer or {}
    return {key: given[key] for key in CUSTOMER_FIELDS if key in given}


def _shipping_address(order: Order, checkout: V1Checkout | None) -> dict[str, Any] | None:
    given = (order.customer or {}).get("shipping_address")
    if given is not None:
        return dict(given)
    # The shopper supplies an address at checkout when the merchant asked Sezzle to collect one.
    if checkout is not None and checkout.requires_shipping_info and order.authorization is not None:
        return dict(DEFAULT_SHIPPING_ADDRESS)
    return None


def _refunds_json(engine: Engine, order: Order) -> list[dict[str, Any]]:
    refunds = order.authorization.refunds if order.authorization else []
    shown = []
    for refund in refunds:
        asked = engine.v1.refunds.get(refund.uuid)
        entry: dict[str, Any] = {
            "amount": refund.amount.to_json(),
            "created_at": v1_time(refund.created_at),
            "is_full_refund": asked.is_full_refund if asked else False,
            "order_reference_id": order.reference_id,
            "refund_id": refund.uuid,
        }
        if asked is not None and asked.reason is not None:
            entry["refund_reason"] = asked.reason
        shown.append(entry)
    return shown


def order_details_json(engine: Engine, order: Order, *, include_shipping_info: bool) -> dict[str, Any]:
    """GET /v1/orders/{order_reference_id}."""
    authorization = order.authorization
    approved = authorization is not None and authorization.approved
    value: dict[str, Any] = {"created_at": v1_time(order.created_at)}
    if authorization is not None and authorization.captures:
        value["captured_at"] = v1_time(authorization.captures[0].created_at)
    if authorization is not None and approved:
        value["capture_expiration"] = v1_time(authorization.expiration)
    if order.description is not None:
        value["description"] = order.description
    amount = order.amount
    value["amount_in_cents"] = amount.cents
    if amount.currency == "USD":
        # The gateway keeps no exchange rates, so other currencies have no US dollar figure.
        value["usd_amount_in_cents"] = amount.cents
    value.update(
        customer_amount_in_cents=amount.cents,
        currency_code=amount.currency,
        customer_currency_code=amount.currency,
        reference_id=order.reference_id,
    )
    customer = _customer(order)
    if not customer and authorization is not None:
        customer = {key: DEFAULT_SHOPPER[key] for key in CUSTOMER_FIELDS}
    if customer:
        value["customer"] = customer
    checkout = engine.v1.checkouts.get(order.uuid)
    shipping = _shipping_address(order, checkout) if include_shipping_info else None
    if shipping is not None:
        value["shipping_address"] = shipping
    billing = (order.customer or {}).get("billing_address")
    if billing is not None:
        value["billing_address"] = dict(billing)
    value["refunds"] = _refunds_json(engine, order)
    value["metadata"] = dict(order.metadata)
    if "items" in order.details:
        value["items"] = order.details["items"]
    if authorization is not None:
        value["sezzle_order_id"] = authorization.sezzle_order_id
    if order.checkout_expiration is not None:
        value["checkout_expiration"] = v1_time(order.checkout_expiration)
    value["checkout_status"] = order.checkout_status(engine.now())
    return value


def checkout_echo_json(engine: Engine, order: Order) -> dict[str, Any]:
    """The checkout as accepted, which completing it answers with; an order made through v2 reads the same way."""
    session = engine.sessions.get(order.session_uuid) if order.session_uuid else None
    checkout = engine.v1.checkouts.get(order.uuid)
    value: dict[str, Any] = {
        "amount_in_cents": order.amount.cents,
        "currency_code": order.amount.currency,
        "order_reference_id": order.reference_id,
    }
    if order.description is not None:
        value["order_description"] = order.description
    if session is not None:
        value["checkout_cancel_url"] = session.cancel_url
        value["checkout_complete_url"] = session.complete_url
    customer = _customer(order)
    if customer:
        value["customer_details"] = customer
    for key in ("billing_address", "shipping_address"):
        address = (order.customer or {}).get(key)
        if address is not None:
            value[key] = dict(address)
    value["requires_shipping_info"] = checkout.requires_shipping_info if checkout else False
    value.update(order.details)
    if order.metadata:
        value["metadata"] = dict(order.metadata)
    value["merchant_completes"] = order.intent == "AUTH"
    if checkout is not None:
        value.update(checkout.options)
    return value
