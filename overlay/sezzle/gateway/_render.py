"""Records as Sezzle's v2 API shows them, ``links`` included."""

from __future__ import annotations

from typing import Any

from sezzle.gateway._engine import Engine
from sezzle.gateway._model import Authorization, Customer, Order, Session, Subscription, TokenizeRequest
from sezzle.gateway._wire import link, rfc3339, rfc3339_micro

__all__ = [
    "authorization_json",
    "customer_json",
    "customer_summary_json",
    "order_event_data",
    "order_json",
    "order_result_json",
    "session_json",
    "subscription_json",
    "token_json",
]

CONTROL_PREFIX = "/__gateway__"


def order_links(engine: Engine, order_uuid: str) -> list[dict[str, str]]:
    base, path = engine.base_url, f"/v2/order/{order_uuid}"
    return [
        link(base, path, "GET", "self"),
        link(base, path, "PATCH", "self"),
        link(base, f"{path}/release", "POST", "release"),
        link(base, f"{path}/capture", "POST", "capture"),
        link(base, f"{path}/refund", "POST", "refund"),
    ]


def customer_links(engine: Engine, customer_uuid: str) -> list[dict[str, str]]:
    base, path = engine.base_url, f"/v2/customer/{customer_uuid}"
    return [
        link(base, path, "GET", "self"),
        link(base, path, "DELETE", "self"),
        link(base, f"{path}/preapprove", "POST", "preapprove"),
        link(base, f"{path}/order", "POST", "order"),
    ]


def checkout_url(engine: Engine, order_uuid: str) -> str:
    return f"{engine.base_url}{CONTROL_PREFIX}/checkout/{order_uuid}"


def approval_url(engine: Engine, token: str) -> str:
    return f"{engine.base_url}{CONTROL_PREFIX}/tokenize/{token}"


def dashboard_url(engine: Engine, session_uuid: str) -> str:
    return f"{engine.base_url}{CONTROL_PREFIX}/card/{session_uuid}"


def authorization_json(authorization: Authorization) -> dict[str, Any]:
    value: dict[str, Any] = {
        "authorization_amount": authorization.amount.to_json(),
        "authorization_amount_in_user_currency": authorization.amount.to_json(),
        "approved": authorization.approved,
        "expiration": rfc3339(authorization.expiration),
        "sezzle_order_id": authorization.sezzle_order_id,
        "captures": [capture.to_json() for capture in authorization.captures],
        "refunds": [refund.to_json() for refund in authorization.refunds],
        "releases": [release.to_json() for release in authorization.releases],
    }
    if authorization.financing_option:
        value["financing_option"] = authorization.financing_option
    return value


def order_result_json(engine: Engine, order: Order, *, details: bool = True) -> dict[str, Any]:
    """The answer to creating an order: a reauthorization or upcharge, or (without ``details``) a customer order."""
    value: dict[str, Any] = {"uuid": order.uuid, "links": order_links(engine, order.uuid), "intent": order.intent}
    if order.reference_id is not None:
        value["reference_id"] = order.reference_id
    if details:
        if order.description is not None:
            value["description"] = order.description
        value["metadata"] = dict(order.metadata)
    value["order_amount"] = order.amount.to_json()
    if order.authorization is not None:
        value["authorization"] = authorization_json(order.authorization)
    return value


def order_json(engine: Engine, order: Order) -> dict[str, Any]:
    """GET /v2/order/{uuid}."""
    value = order_result_json(engine, order)
    value["checkout_status"] = order.checkout_status(engine.now())
    if order.checkout_expiration is not None:
        value["checkout_expiration"] = rfc3339(order.checkout_expiration)
    value.update(order.details)
    if order.customer is not None:
        value["customer"] = order.customer
    value["is_upcharge"] = order.is_upcharge
    if order.parent_order_uuid is not None:
        value["parent_order_uuid"] = order.parent_order_uuid
    if order.upcharge_uuids:
        value["upcharges"] = [
            {"uuid": uuid, "amount": engine.orders[uuid].amount.to_json()} for uuid in order.upcharge_uuids
        ]
    return value


def session_json(engine: Engine, session: Session) -> dict[str, Any]:
    value: dict[str, Any] = {
        "uuid": session.uuid,
        "links": [link(engine.base_url, f"/v2/session/{session.uuid}", "GET", "self")],
    }
    if session.order_uuid is not None:
        order = engine.orders[session.order_uuid]
        value["order"] = {
            "uuid": order.uuid,
            "intent": order.intent,
            "checkout_url": checkout_url(engine, order.uuid),
            "links": order_links(engine, order.uuid),
        }
    if session.tokenize_token is not None:
        request = engine.tokenize_requests[session.tokenize_token]
        value["tokenize"] = {
            "token": request.token,
            "expiration": rfc3339(request.expiration),
            "approval_url": approval_url(engine, request.token),
            "links": [link(engine.base_url, f"/v2/token/{request.token}/session", "GET", "token")],
        }
    return value


def customer_summary_json(engine: Engine, customer: Customer) -> dict[str, Any]:
    return {
        "uuid": customer.uuid,
        "expiration": rfc3339(customer.token_expiration),
        "links": customer_links(engine, customer.uuid),
    }


def customer_json(engine: Engine, customer: Customer) -> dict[str, Any]:
    value: dict[str, Any] = {"uuid": customer.uuid, "links": customer_links(engine, customer.uuid)}
    value.update(customer.details)
    value["token_expiration"] = rfc3339(customer.token_expiration)
    return value


def token_json(engine: Engine, request: TokenizeRequest) -> dict[str, Any]:
    value: dict[str, Any] = {
        "token": request.token,
        "expiration": rfc3339(request.expiration),
        "links": [link(engine.base_url, f"/v2/token/{request.token}/session", "GET", "self")],
    }
    customer = engine.customers.get(request.customer_uuid) if request.customer_uuid else None
    if customer is not None and not customer.deleted:
        value["customer"] = customer_summary_json(engine, customer)
    return value


def subscription_links(engine: Engine, subscription_uuid: str) -> list[dict[str, str]]:
    base, path = engine.base_url, f"/v2/webhooks/{subscription_uuid}"
    return [
        link(base, "/v2/webhooks", "POST", "create"),
        link(base, "/v2/webhooks", "GET", "list"),
        link(base, path, "GET", "self"),
        link(base, path, "PATCH", "self"),
        link(base, path, "DELETE", "self"),
    ]


def subscription_json(engine: Engine, subscription: Subscription) -> dict[str, Any]:
    return {
        "uuid": subscription.uuid,
        "links": subscription_links(engine, subscription.uuid),
        "url": subscription.url,
        "events": list(subscription.events),
    }


def order_event_data(order: Order) -> dict[str, Any]:
    """The ``data`` of an ``order.*`` webhook: the order uuid, where the action came from, the authorization."""
    data: dict[str, Any] = {"uuid": order.uuid, "source": "gateway"}
    if order.reference_id is not None:
        data["reference_id"] = order.reference_id
    if order.authorization is not None:
        authorization = order.authorization
        data["authorization"] = {
            "uuid": authorization.uuid,
            "created_at": rfc3339_micro(authorization.created_at),
            **authorization_json(authorization),
        }
    return data
