"""The request record and the logs: complete enough for tests, never holding a secret."""

from __future__ import annotations

import logging

import httpx
import pytest

from sezzle.gateway import REDACTED, Gateway

from .conftest import authorized_order, price


def test_every_request_is_recorded_with_its_answer(
    client: httpx.Client, gateway: Gateway, auth: dict[str, str]
) -> None:
    order_uuid = authorized_order(client, auth, gateway)
    client.post(
        f"/v2/order/{order_uuid}/capture",
        headers={**auth, "Sezzle-Request-Id": "abc"},
        params={"note": "x"},
        json={"capture_amount": price(100)},
    )

    capture = gateway.requests.last
    assert capture is not None
    assert (capture.method, capture.path, capture.status) == ("POST", f"/v2/order/{order_uuid}/capture", 200)
    assert capture.query == {"note": ["x"]}
    assert capture.request_id == "abc"
    assert capture.json() == {"capture_amount": price(100)}
    assert capture.headers["authorization"] == f"Bearer {REDACTED}"
    assert gateway.requests.auth_count == 1
    assert gateway.requests.count("POST", "/v2/session") == 1
    assert len(gateway.requests) == 3


def test_secrets_never_reach_the_record_or_the_logs(
    client: httpx.Client, gateway: Gateway, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="sezzle.gateway")
    token_answer = client.post(
        "/v2/authentication", json={"public_key": gateway.public_key, "private_key": gateway.private_key}
    )
    token = token_answer.json()["token"]
    auth = {"Authorization": f"Bearer {token}"}
    session = client.post(
        "/v2/session/card",
        headers=auth,
        json={
            "origin": "https://shop.example",
            "mode": "popup",
            "merchant_reference_id": "c1",
            "amount_in_cents": 500,
            "currency": "USD",
        },
    ).json()
    card_token = gateway.shopper.complete_card_session(session["uuid"])
    card = client.get(f"/v2/session/card/token/{card_token}", headers=auth).json()

    recorded = repr(gateway.requests.all()) + "".join(r.body.decode() for r in gateway.requests)
    assert gateway.private_key not in recorded
    assert token not in recorded
    assert REDACTED in gateway.requests[0].body.decode()
    logged = caplog.text
    assert caplog.records
    for secret in (gateway.private_key, token, card_token, card["pan"], card["cvv_number"]):
        assert secret not in logged
    assert gateway.private_key not in repr(gateway.settings)


def test_clearing_the_record(client: httpx.Client, gateway: Gateway, auth: dict[str, str]) -> None:
    gateway.requests.clear()

    client.get("/v2/customer", headers=auth)

    assert [record.path for record in gateway.requests] == ["/v2/customer"]


def test_control_routes_are_not_recorded(client: httpx.Client, gateway: Gateway) -> None:
    client.get("/__gateway__/clock")

    assert len(gateway.requests) == 0
