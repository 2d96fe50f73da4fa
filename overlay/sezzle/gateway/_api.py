"""The v2 endpoints: each reads its request, applies one operation and answers in Sezzle's shape.

A body reaches its endpoint only once the spec's request rules accepted it (``_request_rules``); the
endpoints read values and refuse only what the simulation's state forbids.
"""

from __future__ import annotations

from datetime import date

from sezzle.gateway import _cards, _order_report, _orders, _sessions, _upcharge
from sezzle.gateway._engine import Engine
from sezzle.gateway._exchange import Request, Response
from sezzle.gateway._fields import Fields
from sezzle.gateway._model import Subscription
from sezzle.gateway._problem import Problem, bad_request, not_found, refused, unauthorized
from sezzle.gateway._render import (
    customer_json,
    customer_summary_json,
    dashboard_url,
    order_json,
    order_result_json,
    session_json,
    subscription_json,
    subscription_links,
    token_json,
)
from sezzle.gateway._router import Route
from sezzle.gateway._samples import sample_event
from sezzle.gateway._wire import new_uuid, rfc3339

__all__ = ["API_ROUTES"]

PAGE_SIZE = 20


# Authentication


def authenticate(engine: Engine, request: Request) -> Response:
    fields = request.read()
    return issue_token(engine, fields.expect_text("public_key"), fields.expect_text("private_key"))


def issue_token(engine: Engine, public_key: str, private_key: str) -> Response:
    """201 with a bearer token for the merchant's keys (v1 and v2 answer alike), else 401."""
    if not engine.keys_match(public_key, private_key):
        raise unauthorized("authorization not accepted: the API keys are not valid")
    token, expiry = engine.issue_token()
    return Response.json(
        201, {"token": token, "expiration_date": rfc3339(expiry), "merchant_uuid": engine.settings.merchant_uuid}
    )


# Sessions and tokens


def create_session(engine: Engine, request: Request) -> Response:
    session = _sessions.create_session(engine, request.read())
    return Response.json(201, session_json(engine, session))


def get_session(engine: Engine, request: Request) -> Response:
    return Response.json(200, session_json(engine, engine.session(request.params["session_uuid"])))


def get_token_session(engine: Engine, request: Request) -> Response:
    return Response.json(200, token_json(engine, engine.tokenize_request(request.params["token"])))


def get_token_customer(engine: Engine, request: Request) -> Response:
    raise Problem(501, "not_implemented", "customer-initiated tokens are not implemented")


# Orders


def get_order(engine: Engine, request: Request) -> Response:
    return Response.json(200, order_json(engine, engine.order(request.params["order_uuid"])))


def update_order(engine: Engine, request: Request) -> Response:
    reference_id = request.read().expect_text("reference_id")
    _orders.set_reference_id(engine, request.params["order_uuid"], reference_id)
    return Response.empty()


def capture(engine: Engine, request: Request) -> Response:
    fields = request.read()
    amount = fields.expect_price("capture_amount")
    partial = fields.flag("partial_capture", default=True)
    transaction = _orders.capture(engine, request.params["order_uuid"], amount, "capture_amount", partial=partial)
    return Response.json(200, {"uuid": transaction.uuid})


def refund(engine: Engine, request: Request) -> Response:
    transaction = _orders.refund(engine, request.params["order_uuid"], request.read().expect_as_price())
    return Response.json(200, {"uuid": transaction.uuid})


def release(engine: Engine, request: Request) -> Response:
    transaction = _orders.release(engine, request.params["order_uuid"], request.read().expect_as_price())
    return Response.json(200, {"uuid": transaction.uuid})


def reauthorize(engine: Engine, request: Request) -> Response:
    order = _orders.reauthorize(engine, request.params["order_uuid"], request.read().expect_as_price())
    return Response.json(200, order_result_json(engine, order))


def upcharge(engine: Engine, request: Request) -> Response:
    fields = request.read()
    intent = _sessions.read_intent(fields)
    amount, where = _upcharge.read_amount(fields)
    order = _orders.upcharge(engine, request.params["order_uuid"], intent, amount, where)
    return Response.json(200, order_result_json(engine, order))


def update_checkout(engine: Engine, request: Request) -> Response:
    _order_report.update_express_checkout(engine, request.params["order_uuid"], request.read())
    return Response.empty()


def delete_checkout(engine: Engine, request: Request) -> Response:
    _orders.delete_checkout(engine, request.params["order_uuid"])
    return Response.empty()


# Customers


def list_customers(engine: Engine, request: Request) -> Response:
    customers = [customer for customer in engine.customers.values() if not customer.deleted]
    return Response.json(200, [customer_summary_json(engine, customer) for customer in customers])


def get_customer(engine: Engine, request: Request) -> Response:
    return Response.json(200, customer_json(engine, engine.customer(request.params["customer_uuid"])))


def delete_customer(engine: Engine, request: Request) -> Response:
    engine.customer(request.params["customer_uuid"]).deleted = True
    return Response.empty()


def preapprove(engine: Engine, request: Request) -> Response:
    amount = request.read().expect_as_price()
    customer = engine.customer(request.params["customer_uuid"])
    return Response.json(200, {"uuid": new_uuid(), "approved": engine.approves(customer.uuid, amount.cents)})


def create_customer_order(engine: Engine, request: Request) -> Response:
    fields = request.read()
    intent = _sessions.read_intent(fields)
    reference_id = fields.text("reference_id")
    amount = fields.expect_price("order_amount")
    _orders.within_merchant_minimum(engine, amount, "order_amount.amount_in_cents")
    options = [option for option in fields.entries("financing_options") if isinstance(option, str)]
    customer = engine.customer(request.params["customer_uuid"])
    order = _orders.create_customer_order(
        engine,
        customer,
        intent=intent,
        amount=amount,
        reference_id=reference_id,
        financing_option=options[0] if options else None,
    )
    return Response.json(200, order_result_json(engine, order, details=False))


# Webhook subscriptions


def _subscription_fields(engine: Engine, fields: Fields, *, replacing: str | None = None) -> tuple[str, list[str]]:
    url = fields.expect_text("url")
    events = [event for event in fields.entries("events") if isinstance(event, str)]
    if any(sub.url == url and sub.uuid != replacing for sub in engine.subscriptions.values()):
        raise refused("duplicate", "a webhook subscription for this URL already exists", "url")
    return url, list(dict.fromkeys(events))


def create_subscription(engine: Engine, request: Request) -> Response:
    url, events = _subscription_fields(engine, request.read())
    subscription = Subscription(uuid=new_uuid(), url=url, events=events)
    engine.subscriptions[subscription.uuid] = subscription
    return Response.json(200, {"uuid": subscription.uuid, "links": subscription_links(engine, subscription.uuid)})


def list_subscriptions(engine: Engine, request: Request) -> Response:
    return Response.json(200, [subscription_json(engine, sub) for sub in engine.subscriptions.values()])


def get_subscription(engine: Engine, request: Request) -> Response:
    return Response.json(200, subscription_json(engine, engine.subscription(request.params["webhooks_uuid"])))


def update_subscription(engine: Engine, request: Request) -> Response:
    fields = request.read()
    subscription = engine.subscription(request.params["webhooks_uuid"])
    subscription.url, subscription.events = _subscription_fields(engine, fields, replacing=subscription.uuid)
    return Response.json(200, subscription_json(engine, subscription))


def delete_subscription(engine: Engine, request: Request) -> Response:
    engine.subscriptions.pop(engine.subscription(request.params["webhooks_uuid"]).uuid)
    return Response.empty()


def test_webhook(engine: Engine, request: Request) -> Response:
    fields = request.read()
    event = fields.expect_text("event")
    url = fields.text("url")
    data_type, data = sample_event(engine, event)
    engine.publish(event, data_type, data, url=url)
    return Response.empty()


# Reports


def _date(request: Request, name: str, default: date | None = None) -> date:
    text = request.query_value(name)
    if text is None:
        if default is None:
            raise bad_request(f"the {name} query parameter is required (yyyy-mm-dd)", name)
        return default
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise bad_request(f"{name} must be a date in yyyy-mm-dd form", name) from None


def _page(request: Request) -> int:
    text = request.query_value("offset")
    if text is None:
        return 0
    if not text.isdigit():
        raise bad_request("offset must be a whole number, 0 or more", "offset")
    return int(text)


def _currency(request: Request) -> str:
    currency = request.query_value("currency-code")
    if currency is None:
        return "USD"
    if len(currency) != 3 or not currency.isalpha() or not currency.isupper():
        raise bad_request("currency-code must be a three-letter ISO 4217 code in capitals", "currency-code")
    return currency


def _range(engine: Engine, request: Request) -> tuple[date, date]:
    start = _date(request, "start-date")
    end = _date(request, "end-date", engine.now().date())
    if end < start:
        raise bad_request("end-date must not be before start-date", "end-date")
    return start, end


def settlement_summaries(engine: Engine, request: Request) -> Response:
    start, end = _range(engine, request)
    offset, currency = _page(request), _currency(request)
    payouts = engine.ledger.summaries(start, end, currency)[offset : offset + PAGE_SIZE]
    return Response.json(200, [payout.summary_json() for payout in payouts])


def settlement_details(engine: Engine, request: Request) -> Response:
    payout = engine.ledger.payouts.get(request.params["payout_uuid"])
    if payout is None:
        raise not_found("no such payout", "payout_uuid")
    keys = [key.strip() for key in (request.query_value("metadata") or "").split(",") if key.strip()]
    return Response.text(200, payout.details_csv(keys), "text/csv")


def order_report(engine: Engine, request: Request) -> Response:
    start, end = _date(request, "start-date"), _date(request, "end-date")
    return Response.json(200, _order_report.order_report(engine, start, end))


def interest_balance(engine: Engine, request: Request) -> Response:
    return Response.json(200, {"interest_balance": float(engine.interest.balance(_currency(request)))})


def interest_activity(engine: Engine, request: Request) -> Response:
    start, end = _range(engine, request)
    offset, currency = _page(request), _currency(request)
    items = engine.interest.activity(start, end, currency)[offset : offset + PAGE_SIZE]
    return Response.text(200, engine.interest.activity_csv(items), "text/csv")


# Virtual cards


def create_card_session(engine: Engine, request: Request) -> Response:
    session = _cards.create_card_session(engine, request.read())
    return Response.json(201, {"uuid": session.uuid, "dashboard_url": dashboard_url(engine, session.uuid)})


def update_card_session(engine: Engine, request: Request) -> Response:
    order_id = request.read().expect_text("order_id")
    engine.card_session(request.params["session_uuid"]).order_id = order_id
    return Response.empty()


def get_card_data(engine: Engine, request: Request) -> Response:
    return Response.json(200, _cards.take_card_data(engine, request.params["token"]).to_json())


API_ROUTES = (
    Route("POST", "/v2/authentication", authenticate, authenticated=False),
    Route("POST", "/v2/session/card", create_card_session),
    Route("GET", "/v2/session/card/token/{token}", get_card_data),
    Route("PATCH", "/v2/session/{session_uuid}/card", update_card_session),
    Route("POST", "/v2/session", create_session),
    Route("GET", "/v2/session/{session_uuid}", get_session),
    Route("GET", "/v2/token/{token}/session", get_token_session),
    Route("GET", "/v2/token/{token}/customer", get_token_customer),
    Route("GET", "/v2/order/{order_uuid}", get_order),
    Route("PATCH", "/v2/order/{order_uuid}", update_order),
    Route("POST", "/v2/order/{order_uuid}/capture", capture),
    Route("POST", "/v2/order/{order_uuid}/refund", refund),
    Route("POST", "/v2/order/{order_uuid}/release", release),
    Route("POST", "/v2/order/{order_uuid}/reauthorize", reauthorize),
    Route("POST", "/v2/order/{order_uuid}/upcharge", upcharge),
    Route("PATCH", "/v2/order/{order_uuid}/checkout", update_checkout),
    Route("DELETE", "/v2/order/{order_uuid}/checkout", delete_checkout),
    Route("GET", "/v2/customer", list_customers),
    Route("GET", "/v2/customer/{customer_uuid}", get_customer),
    Route("DELETE", "/v2/customer/{customer_uuid}", delete_customer),
    Route("POST", "/v2/customer/{customer_uuid}/preapprove", preapprove),
    Route("POST", "/v2/customer/{customer_uuid}/order", create_customer_order),
    Route("POST", "/v2/webhooks/test", test_webhook),
    Route("POST", "/v2/webhooks", create_subscription),
    Route("GET", "/v2/webhooks", list_subscriptions),
    Route("GET", "/v2/webhooks/{webhooks_uuid}", get_subscription),
    Route("PATCH", "/v2/webhooks/{webhooks_uuid}", update_subscription),
    Route("DELETE", "/v2/webhooks/{webhooks_uuid}", delete_subscription),
    Route("GET", "/v2/settlements/summaries", settlement_summaries),
    Route("GET", "/v2/settlements/details/{payout_uuid}", settlement_details),
    Route("GET", "/v2/orders/report", order_report),
    Route("GET", "/v2/interest/balance", interest_balance),
    Route("GET", "/v2/interest/activity", interest_activity),
)
