"""Helpers the v1 gateway tests share: a v1 token, the v1 page's example checkout, v1 error bodies.

It holds no tests; the fixtures of ``conftest`` (gateway, client, receiver) serve v1 as well, and each
module defines its own ``v1_auth`` fixture from ``v1_bearer``.
"""

from __future__ import annotations

from typing import Any

import httpx

from sezzle.gateway import Gateway


def v1_bearer(client: httpx.Client, gateway: Gateway) -> dict[str, str]:
    answer = client.post(
        "/v1/authentication", json={"public_key": gateway.public_key, "private_key": gateway.private_key}
    )
    assert answer.status_code == 201, answer.text
    return {"Authorization": f"Bearer {answer.json()['token']}"}


ADDRESS = {
    "name": "John Doe",
    "street": "123 W Lake St",
    "street2": "Unit 104",
    "city": "Minneapolis",
    "state": "MN",
    "postal_code": "55408",
    "country_code": "US",
    "phone_number": "5555045294",
}
CUSTOMER = {"first_name": "John", "last_name": "Doe", "email": "john.doe@sezzle.com", "phone": "5555045294"}
ITEM = {"name": "widget", "sku": "sku123456", "quantity": 1, "price": {"amount_in_cents": 1000, "currency": "USD"}}
METADATA = {"location_id": "123", "store_name": "Downtown Minneapolis", "store_manager": "Jane Doe"}


def usd(cents: int) -> dict[str, Any]:
    return {"amount_in_cents": cents, "currency": "USD"}


def checkout_body(**overrides: Any) -> dict[str, Any]:
    """The v1 page's example checkout, with ``overrides`` applied (a value of None removes the field)."""
    body: dict[str, Any] = {
        "amount_in_cents": 12999,
        "currency_code": "USD",
        "order_reference_id": "Ref123456789",
        "order_description": "Order #1800",
        "checkout_cancel_url": "https://sezzle.com/cart",
        "checkout_complete_url": "https://sezzle.com/complete",
        "customer_details": dict(CUSTOMER),
        "billing_address": dict(ADDRESS),
        "shipping_address": dict(ADDRESS),
        "requires_shipping_info": False,
        "items": [dict(ITEM)],
        "discounts": [{"name": "20% off", "amount": usd(1000)}],
        "tax_amount": usd(1000),
        "shipping_amount": usd(1000),
        "metadata": dict(METADATA),
    }
    body.update(overrides)
    return {key: value for key, value in body.items() if value is not None}


def create_checkout(client: httpx.Client, auth: dict[str, str], **overrides: Any) -> dict[str, Any]:
    answer = client.post("/v1/checkouts", headers=auth, json=checkout_body(**overrides))
    assert answer.status_code == 200, answer.text
    created: dict[str, Any] = answer.json()
    return created


def completed_checkout(client: httpx.Client, auth: dict[str, str], gateway: Gateway, **overrides: Any) -> str:
    """A checkout the shopper has completed; returns its checkout_uuid."""
    checkout_uuid: str = create_checkout(client, auth, **overrides)["checkout_uuid"]
    gateway.shopper.complete_checkout(checkout_uuid)
    return checkout_uuid


def v1_error(response: httpx.Response) -> dict[str, Any]:
    """The v1 error object, after checking its shape: exactly status (the HTTP status), id and message."""
    body = response.json()
    assert isinstance(body, dict), body
    assert set(body) == {"status", "id", "message"}
    assert body["status"] == response.status_code
    assert body["id"]
    assert body["message"]
    return body
