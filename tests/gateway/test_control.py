"""Driving the gateway over HTTP: the shopper's pages and the control API a command-line gateway needs."""

from __future__ import annotations

import httpx

from sezzle.gateway import Gateway

from .conftest import error_of, new_order, price, session_body


def test_the_checkout_page_approves_and_redirects_to_the_complete_url(
    client: httpx.Client, gateway: Gateway, auth: dict[str, str]
) -> None:
    checkout_url = client.post("/v2/session", headers=auth, json=session_body()).json()["order"]["checkout_url"]

    page = client.get(checkout_url)
    decision = client.post(checkout_url, data={"decision": "approve"})

    assert page.status_code == 200
    assert "100.00 USD" in page.text
    assert decision.status_code == 303
    assert decision.headers["Location"] == "https://shop.example/complete"
    order_uuid = checkout_url.rsplit("/", 1)[1]
    assert gateway.state.order(order_uuid).approved


def test_declining_at_checkout_redirects_to_the_cancel_url(
    client: httpx.Client, gateway: Gateway, auth: dict[str, str]
) -> None:
    checkout_url = client.post("/v2/session", headers=auth, json=session_body()).json()["order"]["checkout_url"]

    decision = client.post(checkout_url, data={"decision": "decline"})

    assert decision.headers["Location"] == "https://shop.example/cart"
    assert gateway.state.order(checkout_url.rsplit("/", 1)[1]).checkout_status == "denied"


def test_the_approval_page_adds_the_customer_uuid_to_the_complete_url(
    client: httpx.Client, gateway: Gateway, auth: dict[str, str]
) -> None:
    body = session_body()
    del body["order"]
    body["complete_url"]["href"] = "https://shop.example/complete?step=2"
    body["customer"] = {"tokenize": True}
    approval_url = client.post("/v2/session", headers=auth, json=body).json()["tokenize"]["approval_url"]

    decision = client.post(approval_url, data={"decision": "accept"})

    (customer,) = gateway.state.customers
    assert decision.headers["Location"] == f"https://shop.example/complete?step=2&customer-uuid={customer.uuid}"


def test_the_card_page_hands_the_token_to_the_origin(
    client: httpx.Client, gateway: Gateway, auth: dict[str, str]
) -> None:
    body = {"origin": "https://shop.example", "mode": "popup", "merchant_reference_id": "c1", **price(500)}
    dashboard_url = client.post("/v2/session/card", headers=auth, json=body).json()["dashboard_url"]

    page = client.post(dashboard_url, data={"decision": "accept"})

    assert page.status_code == 200
    assert "postMessage" in page.text
    assert '"https://shop.example"' in page.text


def test_the_control_api_drives_shopper_clock_faults_and_settlement(
    client: httpx.Client, gateway: Gateway, auth: dict[str, str]
) -> None:
    order_uuid = new_order(client, auth, intent="CAPTURE")

    completed = client.post(f"/__gateway__/orders/{order_uuid}/complete", json={"approve": True})
    advanced = client.post("/__gateway__/clock/advance", json={"seconds": 90})
    client.post("/__gateway__/faults", json={"kind": "fail", "status": 503, "path": "/v2/customer"})
    faulted = client.get("/v2/customer", headers=auth)
    settled = client.post("/__gateway__/settle", json={"currency": "USD"})
    state = client.get(f"/__gateway__/orders/{order_uuid}")

    assert completed.status_code == 200
    assert completed.json()["captured_cents"] == 10_000
    assert advanced.json() == {"now": "2026-03-02T12:01:30.000Z"}
    assert faulted.status_code == 503
    assert settled.json()["uuid"] == gateway.state.payouts[0].uuid
    assert state.json()["effects"] == 1
    assert [entry["path"] for entry in client.get("/__gateway__/requests").json()][-1] == "/v2/customer"


def test_control_errors_use_the_same_error_shape(client: httpx.Client) -> None:
    answer = client.post("/__gateway__/orders/nope/complete", json={})

    assert answer.status_code == 404
    assert error_of(answer)["code"] == "record_not_found"


def test_control_faults_check_their_arguments(client: httpx.Client, gateway: Gateway) -> None:
    answer = client.post("/__gateway__/faults", json={"kind": "fail", "count": 0})

    assert answer.status_code == 422
    assert error_of(answer)["location"] == "count"
    assert gateway.faults.pending == 0
