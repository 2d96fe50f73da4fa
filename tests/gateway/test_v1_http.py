"""Faults, the request record and routing apply to v1 as to v2, and v1 refusals keep v1's error shape."""

from __future__ import annotations

import logging

import httpx
import pytest

from sezzle.gateway import REDACTED, Gateway

from .test_v1_support import checkout_body, completed_checkout, create_checkout, usd, v1_bearer, v1_error


@pytest.fixture
def v1_auth(client: httpx.Client, gateway: Gateway) -> dict[str, str]:
    return v1_bearer(client, gateway)


@pytest.mark.parametrize("status", [500, 503, 429])
def test_an_injected_failure_answers_a_v1_error_and_has_no_effect(
    client: httpx.Client, gateway: Gateway, v1_auth: dict[str, str], status: int
) -> None:
    gateway.faults.fail_next(1, status=status, retry_after=2, method="POST", path="/v1/checkouts")

    failed = client.post("/v1/checkouts", headers=v1_auth, json=checkout_body())
    retried = client.post("/v1/checkouts", headers=v1_auth, json=checkout_body())

    assert failed.status_code == status
    assert failed.headers["Retry-After"] == "2"
    assert v1_error(failed)["id"] in {"internal_server_error", "service_unavailable", "too_many_requests"}
    assert retried.status_code == 200
    assert len(gateway.state.orders) == 1
    assert [record.fault for record in gateway.requests.matching("POST", "/v1/checkouts")] == ["fail", None]


def test_a_dropped_refund_still_happens_and_its_retry_is_refused_as_a_duplicate(
    client: httpx.Client, gateway: Gateway, v1_auth: dict[str, str]
) -> None:
    checkout_uuid = completed_checkout(client, v1_auth, gateway)
    gateway.faults.drop_next(1, path="/v1/orders/*/refund")
    body = {"refund_id": "r-1", "amount": usd(500)}

    with pytest.raises(httpx.TransportError):
        client.post("/v1/orders/Ref123456789/refund", headers=v1_auth, json=body)
    retried = client.post("/v1/orders/Ref123456789/refund", headers=v1_auth, json=body)

    assert gateway.state.order(checkout_uuid).refunded_cents == 500
    assert retried.status_code == 409
    assert v1_error(retried)["id"] == "duplicate_refund_id"
    assert [record.status for record in gateway.requests.matching("POST", "/v1/orders/*/refund")] == [None, 409]


def test_v1_authentication_is_spared_unless_the_pattern_names_it(client: httpx.Client, gateway: Gateway) -> None:
    gateway.faults.fail_next(1, status=503)
    assert v1_bearer(client, gateway)
    assert gateway.faults.pending == 1

    gateway.faults.clear()
    gateway.faults.fail_next(1, status=503, path="/v1/authentication")
    answer = client.post(
        "/v1/authentication", json={"public_key": gateway.public_key, "private_key": gateway.private_key}
    )

    assert answer.status_code == 503
    assert v1_error(answer)["status"] == 503


def test_a_delay_holds_a_v1_request(client: httpx.Client, gateway: Gateway, v1_auth: dict[str, str]) -> None:
    create_checkout(client, v1_auth)
    gateway.faults.delay_next(1, 0.01, method="GET", path="/v1/orders/*")

    answer = client.get("/v1/orders/Ref123456789", headers=v1_auth)

    assert answer.status_code == 200
    assert gateway.requests.last is not None
    assert gateway.requests.last.fault == "delay"


def test_v1_requests_are_recorded_without_secrets(
    client: httpx.Client, gateway: Gateway, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="sezzle.gateway")
    token = client.post(
        "/v1/authentication", json={"public_key": gateway.public_key, "private_key": gateway.private_key}
    ).json()["token"]
    auth = {"Authorization": f"Bearer {token}"}
    client.post("/v1/checkouts", headers=auth, json=checkout_body(), params={"note": "x"})

    authentication, checkout = gateway.requests.all()
    assert (authentication.path, authentication.status) == ("/v1/authentication", 201)
    assert authentication.json() == {"public_key": gateway.public_key, "private_key": REDACTED}
    assert (checkout.method, checkout.path, checkout.status) == ("POST", "/v1/checkouts", 200)
    assert checkout.query == {"note": ["x"]}
    assert checkout.json() == checkout_body()
    assert checkout.headers["authorization"] == f"Bearer {REDACTED}"
    assert gateway.requests.auth_count == 1
    recorded = repr(gateway.requests.all()) + "".join(record.body.decode() for record in gateway.requests)
    for secret in (gateway.private_key, token):
        assert secret not in recorded
        assert secret not in caplog.text
    assert "POST /v1/checkouts -> 200" in caplog.text


def test_unknown_v1_paths_and_methods_answer_v1_errors(client: httpx.Client, v1_auth: dict[str, str]) -> None:
    unknown = client.get("/v1/nothing-here", headers=v1_auth)
    wrong_method = client.delete("/v1/checkouts", headers=v1_auth)

    assert unknown.status_code == 404
    assert v1_error(unknown)["id"] == "not_found"
    assert wrong_method.status_code == 405
    assert v1_error(wrong_method)["id"] == "method_not_allowed"


def test_v2_paths_keep_the_v2_error_array(client: httpx.Client, v1_auth: dict[str, str]) -> None:
    answer = client.get("/v2/order/unknown", headers=v1_auth)

    assert answer.status_code == 404
    assert isinstance(answer.json(), list)
    assert answer.json()[0]["code"] == "record_not_found"
