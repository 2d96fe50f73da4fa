"""``GET /v2/orders/report`` and express checkout: two operations Sezzle documents only on its doc pages.

The order report lists orders created in a range of at most seven days with their money totals; fees
follow the ledger's rule (a share of each capture plus a fixed part once per order, the share given
back on refunds). Express checkout records the shopper's shipping choice on an active checkout.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sezzle.gateway._engine import Engine
from sezzle.gateway._fields import Fields
from sezzle.gateway._model import Order
from sezzle.gateway._problem import bad_request, refused
from sezzle.gateway._settlement import percent_of
from sezzle.gateway._wire import rfc3339

MAX_RANGE = timedelta(days=7)


def report_range(start: date, end: date) -> None:
    if end < start:
        raise bad_request("end-date must not be before start-date", "end-date")
    if end - start > MAX_RANGE:
        raise bad_request("end-date must be at most 7 days after start-date", "end-date")


def report_entry(engine: Engine, order: Order) -> dict[str, Any]:
    authorization = order.authorization
    captured = authorization.captured if authorization else 0
    refunded = authorization.refunded if authorization else 0
    released = authorization.released if authorization else 0
    authorized = authorization.amount.cents if authorization and authorization.approved else 0
    rate, fixed = engine.settings.fee_rate, engine.settings.fee_fixed_cents
    fees = percent_of(captured, rate) + (fixed if captured else 0)
    returned = percent_of(refunded, rate)
    customer = order.customer or {}
    name = " ".join(part for part in (customer.get("first_name"), customer.get("last_name")) if part)
    entry: dict[str, Any] = {
        "created_at": rfc3339(order.created_at),
        "order_uuid": authorization.sezzle_order_id if authorization else order.uuid[:23],
        "order_platform_uuid": order.uuid,
        "customer_name": name,
        "customer_email": customer.get("email", ""),
        "external_reference_id": order.reference_id or "",
        "customer_currency_code": order.amount.currency,
        "merchant_currency_code": order.amount.currency,
        "order_amount_in_cents": order.amount.cents,
        "captured_amount_in_cents": captured,
        "uncaptured_amount_in_cents": max(0, authorized - captured - released),
        "total_fees_in_cents": fees,
        "net_amount_in_cents": captured - refunded - fees + returned,
        "refund_fee_in_cents": returned,
        "released_amount_in_cents": released,
        "order_type": "upcharge" if order.is_upcharge else str(order.intent).lower(),
    }
    if authorization and authorization.financing_option:
        entry["financing_option"] = authorization.financing_option
    return entry


def order_report(engine: Engine, start: date, end: date) -> list[dict[str, Any]]:
    report_range(start, end)
    orders = sorted(engine.orders.values(), key=lambda order: order.created_at)
    return [report_entry(engine, order) for order in orders if start <= order.created_at.date() <= end]


def update_express_checkout(engine: Engine, order_uuid: str, fields: Fields) -> None:
    order = engine.order(order_uuid)
    if fields.expect_text("currency_code") != order.amount.currency:
        raise refused("currency_mismatch", f"the order is in {order.amount.currency}", "currency_code")
    if order.checkout_status(engine.now()) != "active":
        raise refused("checkout_not_active", "only an active checkout can be updated", "order_uuid")
    order.details["express_checkout"] = dict(fields.data)
