"""The v1 endpoints, over the same orders, ledger, interest account, tokens and webhook queue as v2.

Bearer tokens from ``/v1/authentication`` and ``/v2/authentication`` are interchangeable: both
endpoints take the same merchant keys and give the same kind of token, and Sezzle documents no
difference between them, so one store serves both APIs. Refusals answer with v1's error object
(``_v1errors``); the state refusals are listed in ``_v1orders``.
"""

from __future__ import annotations

from sezzle.gateway import _api, _v1checkouts, _v1orders
from sezzle.gateway._api import PAGE_SIZE, _currency, _page, _range
from sezzle.gateway._engine import Engine
from sezzle.gateway._exchange import Request, Response
from sezzle.gateway._problem import bad_request, not_found
from sezzle.gateway._render import checkout_url
from sezzle.gateway._router import Route
from sezzle.gateway._v1render import checkout_echo_json, order_details_json
from sezzle.gateway._v1reports import interest_activity_csv, settlement_details_csv

__all__ = ["V1_ROUTES"]


def authenticate(engine: Engine, request: Request) -> Response:
    """POST /v1/authentication: v2's answer, for the keys v1's request rules required."""
    fields = request.read()
    return _api.issue_token(engine, fields.expect_text("public_key"), fields.expect_text("private_key"))


def configure(engine: Engine, request: Request) -> Response:
    """POST /v1/configuration: 200 with no body, as the v1 page states."""
    engine.v1.webhook_url = request.read().expect_text("webhook_url")
    return Response.empty(200)


def create_checkout(engine: Engine, request: Request) -> Response:
    order = _v1checkouts.create_checkout(engine, request.read())
    return Response.json(200, {"checkout_uuid": order.uuid, "checkout_url": checkout_url(engine, order.uuid)})


def complete_checkout(engine: Engine, request: Request) -> Response:
    order = _v1orders.find_order(engine, request.params["order_reference_id"])
    _v1orders.complete_checkout(engine, order)
    return Response.json(200, checkout_echo_json(engine, order))


def _flag(request: Request, name: str) -> bool:
    text = (request.query_value(name) or "false").lower()
    if text not in ("true", "false"):
        raise bad_request(f"{name} must be true or false", name)
    return text == "true"


def get_order(engine: Engine, request: Request) -> Response:
    include_shipping_info = _flag(request, "include-shipping-info")
    order = _v1orders.find_order(engine, request.params["order_reference_id"])
    return Response.json(200, order_details_json(engine, order, include_shipping_info=include_shipping_info))


def refund(engine: Engine, request: Request) -> Response:
    """POST /v1/orders/{ref}/refund: v1's request rules required an amount above zero unless full."""
    fields = request.read()
    full = fields.flag("is_full_refund")
    amount = fields.price("amount")
    refund_id = fields.text("refund_id")
    reason = fields.text("refund_reason")
    order = _v1orders.find_order(engine, request.params["order_reference_id"])
    transaction = _v1orders.refund(engine, order, None if full else amount, refund_id=refund_id, reason=reason)
    body = {"amount": transaction.amount.to_json(), "refund_id": transaction.uuid}
    if reason is not None:
        body["refund_reason"] = reason
    return Response.json(200, body)


def settlement_details(engine: Engine, request: Request) -> Response:
    payout = engine.ledger.payouts.get(request.params["payout_uuid"])
    if payout is None:
        raise not_found("no such payout", "payout_uuid")
    keys = [key.strip() for key in (request.query_value("metadata") or "").split(",") if key.strip()]
    return Response.text(200, settlement_details_csv(payout, keys), "text/csv")


def interest_activity(engine: Engine, request: Request) -> Response:
    start, end = _range(engine, request)
    offset, currency = _page(request), _currency(request)
    items = engine.interest.activity(start, end, currency)[offset : offset + PAGE_SIZE]
    return Response.text(200, interest_activity_csv(items), "text/csv")


V1_ROUTES = (
    Route("POST", "/v1/authentication", authenticate, authenticated=False),
    Route("POST", "/v1/configuration", configure),
    Route("POST", "/v1/checkouts", create_checkout),
    Route("POST", "/v1/checkouts/{order_reference_id}/complete", complete_checkout),
    Route("GET", "/v1/orders/{order_reference_id}", get_order),
    Route("POST", "/v1/orders/{order_reference_id}/refund", refund),
    Route("GET", "/v1/settlements/summaries", _api.settlement_summaries),
    Route("GET", "/v1/settlements/details/{payout_uuid}", settlement_details),
    Route("GET", "/v1/interest/balance", _api.interest_balance),
    Route("GET", "/v1/interest/activity", interest_activity),
)
