"""Injected faults: failures, delays and dropped connections, each limited to what it matches."""

from __future__ import annotations

import re

import httpx
import pytest

from sezzle.errors import InvalidInputError
from sezzle.gateway import Gateway

from .conftest import authorized_order, bearer, error_of, price


@pytest.mark.parametrize("status", [500, 503, 429])
def test_fail_next_answers_the_status_with_a_sezzle_error(
    client: httpx.Client, auth: dict[str, str], gateway: Gateway, status: int
) -> None:
    gateway.faults.fail_next(2, status=status, retry_after=3)

    answers = [client.get("/v2/customer", headers=auth) for _ in range(3)]

    assert [answer.status_code for answer in answers] == [status, status, 200]
    assert answers[0].headers["Retry-After"] == "3"
    assert error_of(answers[0])["code"] in {"internal_server_error", "service_unavailable", "too_many_requests"}
    assert [record.fault for record in gateway.requests.matching("GET", "/v2/customer")] == ["fail", "fail", None]
    assert gateway.faults.pending == 0


def test_a_failed_request_has_no_effect(client: httpx.Client, gateway: Gateway, auth: dict[str, str]) -> None:
    order_uuid = authorized_order(client, auth, gateway)
    gateway.faults.fail_next(1, status=503)

    answer = client.post(f"/v2/order/{order_uuid}/capture", headers=auth, json={"capture_amount": price(100)})

    assert answer.status_code == 503
    assert "Retry-After" not in answer.headers
    assert gateway.state.order(order_uuid).captures == ()


def test_authentication_is_spared_unless_the_pattern_names_it(client: httpx.Client, gateway: Gateway) -> None:
    gateway.faults.fail_next(1, status=503)
    assert bearer(client, gateway)
    assert gateway.faults.pending == 1

    gateway.faults.clear()
    gateway.faults.fail_next(1, status=503, path="/v2/authentication")
    answer = client.post(
        "/v2/authentication", json={"public_key": gateway.public_key, "private_key": gateway.private_key}
    )

    assert answer.status_code == 503


def test_a_fault_applies_only_to_its_method_and_path(
    client: httpx.Client, gateway: Gateway, auth: dict[str, str]
) -> None:
    order_uuid = authorized_order(client, auth, gateway)
    gateway.faults.fail_next(1, status=500, method="POST", path="/v2/order/*/capture")

    assert client.get(f"/v2/order/{order_uuid}", headers=auth).status_code == 200
    assert client.post(f"/v2/order/{order_uuid}/refund", headers=auth, json=price(1)).status_code == 422
    capture = client.post(f"/v2/order/{order_uuid}/capture", headers=auth, json={"capture_amount": price(100)})

    assert capture.status_code == 500


def test_a_fault_path_may_be_a_regular_expression(client: httpx.Client, gateway: Gateway, auth: dict[str, str]) -> None:
    gateway.faults.fail_next(1, status=429, path=re.compile(r"/v2/webhooks(/.*)?"))

    assert client.get("/v2/customer", headers=auth).status_code == 200
    assert client.get("/v2/webhooks", headers=auth).status_code == 429


def test_delay_next_holds_the_answer(client: httpx.Client, gateway: Gateway, auth: dict[str, str]) -> None:
    gateway.faults.delay_next(1, 0.5, path="/v2/customer")

    with pytest.raises(httpx.ReadTimeout):
        client.get("/v2/customer", headers=auth, timeout=0.05)
    answer = client.get("/v2/customer", headers=auth)

    assert answer.status_code == 200
    assert gateway.faults.pending == 0
    assert gateway.requests.matching("GET", "/v2/customer")[0].fault is None


def test_a_delayed_request_still_answers_normally(client: httpx.Client, gateway: Gateway, auth: dict[str, str]) -> None:
    gateway.faults.delay_next(1, 0.05)

    assert client.get("/v2/customer", headers=auth).status_code == 200


def test_drop_next_applies_the_change_then_closes_without_an_answer(
    client: httpx.Client, gateway: Gateway, auth: dict[str, str]
) -> None:
    order_uuid = authorized_order(client, auth, gateway)
    gateway.faults.drop_next(1, method="POST")

    with pytest.raises(httpx.RemoteProtocolError):
        client.post(f"/v2/order/{order_uuid}/capture", headers=auth, json={"capture_amount": price(100)})

    assert gateway.state.order(order_uuid).captured_cents == 100
    record = gateway.requests.last
    assert record is not None
    assert (record.status, record.dropped) == (None, True)
    assert client.get(f"/v2/order/{order_uuid}", headers=auth).status_code == 200


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda faults: faults.fail_next(0), "n"),
        (lambda faults: faults.fail_next(1, status=200), "status"),
        (lambda faults: faults.delay_next(1, -1), "seconds"),
    ],
)
def test_fault_arguments_are_checked(gateway: Gateway, call: object, field: str) -> None:
    with pytest.raises(InvalidInputError) as caught:
        call(gateway.faults)  # type: ignore[operator]

    assert caught.value.field == field
