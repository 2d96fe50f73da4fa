"""Driving the gateway over HTTP under ``/__gateway__``: the shopper's side, the clock, faults, inspection.

This is what a gateway started from the command line is steered with, and where ``checkout_url``,
``approval_url`` and ``dashboard_url`` point: small pages a person can click through in a browser.
These routes need no bearer token, are never faulted and are not recorded in ``requests``.
"""

from __future__ import annotations

import html
import json
import urllib.parse
from datetime import date

from sezzle.errors import InvalidInputError
from sezzle.gateway import _cards, _orders, _sessions
from sezzle.gateway._engine import Engine
from sezzle.gateway._exchange import Request, Response
from sezzle.gateway._problem import bad_request, invalid
from sezzle.gateway._render import CONTROL_PREFIX
from sezzle.gateway._router import Route
from sezzle.gateway._snapshots import order_snapshot
from sezzle.gateway._wire import rfc3339
from sezzle.money import to_decimal

__all__ = ["CONTROL_ROUTES"]


def info(engine: Engine, request: Request) -> Response:
    """The gateway's URL, public key, merchant uuid and simulated time: ``{url, public_key, merchant_uuid, now}``."""
    return Response.json(
        200,
        {
            "url": engine.base_url,
            "public_key": engine.settings.public_key,
            "merchant_uuid": engine.settings.merchant_uuid,
            "now": rfc3339(engine.now()),
        },
    )


def complete_checkout(engine: Engine, request: Request) -> Response:
    """The shopper completes the order's checkout; body ``{approve}`` (default true). Answers the order's state."""
    approve = request.fields().optional_bool("approve", default=True)
    order = _orders.complete_checkout(engine, request.params["order_uuid"], approve=approve)
    return Response.json(200, order_snapshot(order, engine.now()).to_json())


def order_state(engine: Engine, request: Request) -> Response:
    """The order's state: amounts in cents, its captures, refunds and releases."""
    return Response.json(200, order_snapshot(engine.order(request.params["order_uuid"]), engine.now()).to_json())


def accept_tokenization(engine: Engine, request: Request) -> Response:
    """The shopper accepts the tokenization request; answers ``{customer_uuid}``."""
    customer = _sessions.accept_tokenization(engine, request.params["token"])
    return Response.json(200, {"customer_uuid": customer.uuid})


def decline_tokenization(engine: Engine, request: Request) -> Response:
    """The shopper declines the tokenization request (204)."""
    _sessions.decline_tokenization(engine, request.params["token"])
    return Response.empty()


def complete_card_session(engine: Engine, request: Request) -> Response:
    """The shopper accepts the virtual card; answers ``{token}``, the card-data token."""
    return Response.json(200, {"token": _cards.complete_card_session(engine, request.params["session_uuid"])})


def set_spending_limit(engine: Engine, request: Request) -> Response:
    """Set a customer's spending limit: body ``{amount_in_cents}`` (null removes it). 204."""
    fields = request.fields()
    limit = fields.optional_int("amount_in_cents")
    if limit is not None and limit < 0:
        raise invalid("amount_in_cents must not be negative", "amount_in_cents")
    engine.customer(request.params["customer_uuid"]).spending_limit = limit
    return Response.empty()


def clock(engine: Engine, request: Request) -> Response:
    """The simulated time: ``{now}``."""
    return Response.json(200, {"now": rfc3339(engine.now())})


def advance_clock(engine: Engine, request: Request) -> Response:
    """Move the simulated clock forward: body ``{seconds}`` (never negative); answers ``{now}``."""
    seconds = request.fields().require_number("seconds")
    if seconds < 0:
        raise invalid("seconds must not be negative: the clock never goes backwards", "seconds")
    return Response.json(200, {"now": rfc3339(engine.clock.advance(seconds))})


def settle(engine: Engine, request: Request) -> Response:
    """Pay out what was captured so far: body ``{currency, day}`` (defaults USD, today); answers ``{uuid}``."""
    fields = request.fields()
    currency = fields.optional_str("currency") or "USD"
    day_text = fields.optional_str("day")
    try:
        day = None if day_text is None else date.fromisoformat(day_text)
    except ValueError:
        raise bad_request("day must be a date in yyyy-mm-dd form", "day") from None
    return Response.json(200, {"uuid": engine.ledger.settle(currency, engine.now(), day).uuid})


def add_fault(engine: Engine, request: Request) -> Response:
    """Inject a fault into the next matching API requests (204).

    Body ``{kind, count, method, path, status, retry_after, seconds}``: ``kind`` is ``fail`` (answer
    ``status``, default 500, with ``retry_after``), ``delay`` (by ``seconds``) or ``drop`` (apply the
    request, then close the connection); ``count`` requests (default 1) matching ``method`` and ``path``.
    """
    fields = request.fields()
    kind = fields.require_choice("kind", ("fail", "delay", "drop"))
    count = fields.optional_int("count")
    n = 1 if count is None else count
    method, path = fields.optional_str("method"), fields.optional_str("path")
    try:
        if kind == "fail":
            status = fields.optional_int("status")
            retry_after = fields.optional_number("retry_after")
            engine.faults.fail_next(
                n, status=500 if status is None else status, retry_after=retry_after, method=method, path=path
            )
        elif kind == "delay":
            engine.faults.delay_next(n, fields.require_number("seconds"), method=method, path=path)
        else:
            engine.faults.drop_next(n, method=method, path=path)
    except InvalidInputError as error:
        raise invalid(str(error), "count" if error.field == "n" else error.field) from None
    return Response.empty()


def clear_faults(engine: Engine, request: Request) -> Response:
    """Remove every injected fault (204)."""
    engine.faults.clear()
    return Response.empty()


def requests(engine: Engine, request: Request) -> Response:
    """The API requests served so far: method, path, status, request id, fault, replayed, time."""
    return Response.json(
        200,
        [
            {
                "method": record.method,
                "path": record.path,
                "status": record.status,
                "request_id": record.request_id,
                "fault": record.fault,
                "replayed": record.replayed,
                "at": rfc3339(record.at),
            }
            for record in engine.requests
        ],
    )


def deliveries(engine: Engine, request: Request) -> Response:
    """Webhook delivery attempts so far: event, url, attempt, status code, error, delivered."""
    return Response.json(
        200,
        [
            {
                "event_uuid": delivery.event_uuid,
                "event": delivery.event,
                "url": delivery.url,
                "subscription_uuid": delivery.subscription_uuid,
                "attempt": delivery.attempt,
                "status_code": delivery.status_code,
                "error": delivery.error,
                "delivered": delivery.delivered,
            }
            for delivery in engine.dispatcher.deliveries
        ],
    )


# Pages a person clicks through


def _page(title: str, text: str, action: str, buttons: tuple[tuple[str, str], ...], lang: str = "en-US") -> Response:
    forms = "".join(
        f'<form method="post" action="{html.escape(action)}"><input type="hidden" name="decision" '
        f'value="{value}"><button type="submit">{html.escape(label)}</button></form>'
        for value, label in buttons
    )
    body = (
        f"<!doctype html><html lang='{html.escape(lang)}'><head><meta charset='utf-8'>"
        f"<title>{html.escape(title)}</title></head>"
        f"<body><h1>{html.escape(title)}</h1><p>{html.escape(text)}</p>{forms}</body></html>"
    )
    return Response.text(200, body, "text/html; charset=utf-8")


def _with_query(url: str, **params: str) -> str:
    parts = urllib.parse.urlsplit(url)
    query = urllib.parse.parse_qsl(parts.query, keep_blank_values=True) + list(params.items())
    return urllib.parse.urlunsplit(parts._replace(query=urllib.parse.urlencode(query)))


def checkout_page(engine: Engine, request: Request) -> Response:
    """The checkout page ``checkout_url`` points at: approve or decline in a browser."""
    order = engine.order(request.params["order_uuid"])
    amount = f"{to_decimal(order.amount.cents, order.amount.currency)} {order.amount.currency}"
    status = order.checkout_status(engine.now())
    return _page(
        "Sezzle checkout (local gateway)",
        f"Order {order.reference_id or order.uuid} for {amount} is {status}.",
        request.path,
        (("approve", "Approve and pay with Sezzle"), ("decline", "Decline")),
        lang=order.locale or "en-US",
    )


def checkout_decision(engine: Engine, request: Request) -> Response:
    """The checkout page's form: completes the checkout and redirects to the complete or cancel URL."""
    approve = request.form().get("decision") == "approve"
    order = _orders.complete_checkout(engine, request.params["order_uuid"], approve=approve)
    session = engine.session(order.session_uuid or "")
    return Response.redirect(session.complete_url if approve else session.cancel_url)


def tokenize_page(engine: Engine, request: Request) -> Response:
    """The page ``approval_url`` points at: allow or refuse future payments in a browser."""
    engine.tokenize_request(request.params["token"])
    return _page(
        "Sezzle: allow future payments (local gateway)",
        "The merchant asks to charge your Sezzle account for future purchases.",
        request.path,
        (("accept", "Allow"), ("decline", "Do not allow")),
    )


def tokenize_decision(engine: Engine, request: Request) -> Response:
    """The tokenization page's form: redirects to the complete URL with ``customer-uuid``, or to the cancel URL."""
    token = request.params["token"]
    session = engine.session(engine.tokenize_request(token).session_uuid)
    if request.form().get("decision") == "accept":
        customer = _sessions.accept_tokenization(engine, token)
        return Response.redirect(_with_query(session.complete_url, **{"customer-uuid": customer.uuid}))
    _sessions.decline_tokenization(engine, token)
    return Response.redirect(session.cancel_url)


def card_page(engine: Engine, request: Request) -> Response:
    """The page ``dashboard_url`` points at: accept a virtual card in a browser."""
    session = engine.card_session(request.params["session_uuid"])
    amount = f"{to_decimal(session.amount.cents, session.amount.currency)} {session.amount.currency}"
    return _page(
        "Sezzle virtual card (local gateway)",
        f"Pay {amount} to {session.origin} with a Sezzle virtual card.",
        request.path,
        (("accept", "Accept the virtual card"),),
    )


def card_decision(engine: Engine, request: Request) -> Response:
    """The card page's form: posts the card-data token to the merchant's page (``postMessage``)."""
    session = engine.card_session(request.params["session_uuid"])
    token = _cards.complete_card_session(engine, session.uuid)
    # The card token reaches the merchant's page by postMessage, as Sezzle's dashboard sends it.
    payload = json.dumps({"card_token": token}).replace("</", "<\\/")
    origin = json.dumps(session.origin).replace("</", "<\\/")
    body = (
        "<!doctype html><html><body><p>Your virtual card is ready. You can close this window.</p>"
        f"<script>(window.opener || window.parent).postMessage({payload}, {origin});</script></body></html>"
    )
    return Response.text(200, body, "text/html; charset=utf-8")


def _at(path: str) -> str:
    return CONTROL_PREFIX + path


CONTROL_ROUTES = (
    Route("GET", CONTROL_PREFIX, info, authenticated=False),
    Route("GET", _at("/clock"), clock, authenticated=False),
    Route("POST", _at("/clock/advance"), advance_clock, authenticated=False),
    Route("GET", _at("/orders/{order_uuid}"), order_state, authenticated=False),
    Route("POST", _at("/orders/{order_uuid}/complete"), complete_checkout, authenticated=False),
    Route("POST", _at("/tokens/{token}/accept"), accept_tokenization, authenticated=False),
    Route("POST", _at("/tokens/{token}/decline"), decline_tokenization, authenticated=False),
    Route("POST", _at("/card-sessions/{session_uuid}/complete"), complete_card_session, authenticated=False),
    Route("POST", _at("/customers/{customer_uuid}/spending-limit"), set_spending_limit, authenticated=False),
    Route("POST", _at("/settle"), settle, authenticated=False),
    Route("POST", _at("/faults"), add_fault, authenticated=False),
    Route("DELETE", _at("/faults"), clear_faults, authenticated=False),
    Route("GET", _at("/requests"), requests, authenticated=False),
    Route("GET", _at("/webhooks/deliveries"), deliveries, authenticated=False),
    Route("GET", _at("/checkout/{order_uuid}"), checkout_page, authenticated=False),
    Route("POST", _at("/checkout/{order_uuid}"), checkout_decision, authenticated=False),
    Route("GET", _at("/tokenize/{token}"), tokenize_page, authenticated=False),
    Route("POST", _at("/tokenize/{token}"), tokenize_decision, authenticated=False),
    Route("GET", _at("/card/{session_uuid}"), card_page, authenticated=False),
    Route("POST", _at("/card/{session_uuid}"), card_decision, authenticated=False),
)
