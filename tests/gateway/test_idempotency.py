"""Sezzle-Request-Id: a repeat gets the first answer and has no second effect; a different body is refused."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import httpx
import pytest

from sezzle.gateway import Gateway

from .conftest import authorized_order, error_of, price, session_body


def _capture(client: httpx.Client, gateway: Gateway, auth: dict[str, str]) -> tuple[str, dict[str, Any], str]:
    order_uuid = authorized_order(client, auth, gateway)
    return f"/v2/order/{order_uuid}/capture", {"capture_amount": price(1_000)}, order_uuid


def _refund(client: httpx.Client, gateway: Gateway, auth: dict[str, str]) -> tuple[str, dict[str, Any], str]:
    order_uuid = authorized_order(client, auth, gateway, intent="CAPTURE")
    return f"/v2/order/{order_uuid}/refund", price(1_000), order_uuid


def _release(client: httpx.Client, gateway: Gateway, auth: dict[str, str]) -> tuple[str, dict[str, Any], str]:
    order_uuid = authorized_order(client, auth, gateway)
    return f"/v2/order/{order_uuid}/release", price(1_000), order_uuid


def _reauthorize(client: httpx.Client, gateway: Gateway, auth: dict[str, str]) -> tuple[str, dict[str, Any], str]:
    order_uuid = authorized_order(client, auth, gateway)
    gateway.clock.advance(timedelta(minutes=31))
    return f"/v2/order/{order_uuid}/reauthorize", price(1_000), order_uuid


def _upcharge(client: httpx.Client, gateway: Gateway, auth: dict[str, str]) -> tuple[str, dict[str, Any], str]:
    order_uuid = authorized_order(client, auth, gateway)
    return f"/v2/order/{order_uuid}/upcharge", {"intent": "AUTH", "upcharge_amount": price(1_000)}, order_uuid


def _customer_order(client: httpx.Client, gateway: Gateway, auth: dict[str, str]) -> tuple[str, dict[str, Any], str]:
    body = session_body()
    del body["order"]
    body["customer"] = {"tokenize": True}
    token = client.post("/v2/session", headers=auth, json=body).json()["tokenize"]["token"]
    customer = gateway.shopper.accept_tokenization(token)
    return (
        f"/v2/customer/{customer}/order",
        {"intent": "AUTH", "reference_id": "sub_1", "order_amount": price(1_000)},
        "",
    )


Setup = Callable[[httpx.Client, Gateway, dict[str, str]], tuple[str, dict[str, Any], str]]
OPERATIONS: dict[str, Setup] = {
    "capture": _capture,
    "refund": _refund,
    "release": _release,
    "reauthorize": _reauthorize,
    "upcharge": _upcharge,
    "customer-order": _customer_order,
}


def _effects(gateway: Gateway) -> tuple[int, int]:
    """Orders in existence, and money movements over all of them."""
    orders = gateway.state.orders
    return len(orders), sum(order.effects for order in orders)


@pytest.mark.parametrize("operation", OPERATIONS)
def test_a_repeated_request_id_replays_the_first_answer_with_one_effect(
    client: httpx.Client, gateway: Gateway, auth: dict[str, str], operation: str
) -> None:
    path, body, _ = OPERATIONS[operation](client, gateway, auth)
    headers = {**auth, "Sezzle-Request-Id": f"retry-{operation}"}

    first = client.post(path, headers=headers, json=body)
    effects_after_first = _effects(gateway)
    second = client.post(path, headers=headers, json=body)

    assert first.status_code == 200
    assert (second.status_code, second.content) == (first.status_code, first.content)
    assert second.headers["Idempotent-Replayed"] == "true"
    assert _effects(gateway) == effects_after_first
    assert [record.replayed for record in gateway.requests.matching("POST", path)] == [False, True]


@pytest.mark.parametrize("operation", OPERATIONS)
def test_the_same_request_id_with_another_body_is_refused(
    client: httpx.Client, gateway: Gateway, auth: dict[str, str], operation: str
) -> None:
    path, body, _ = OPERATIONS[operation](client, gateway, auth)
    headers = {**auth, "Sezzle-Request-Id": "reused"}
    client.post(path, headers=headers, json=body)
    effects = _effects(gateway)

    changed = client.post(path, headers=headers, json={**body, "extra": 1})

    assert changed.status_code == 422
    error = error_of(changed)
    assert error["code"] == "idempotency_key_reused"
    assert error["location"] == "Sezzle-Request-Id"
    assert _effects(gateway) == effects


def test_json_key_order_and_spacing_do_not_make_a_different_body(
    client: httpx.Client, gateway: Gateway, auth: dict[str, str]
) -> None:
    path, _, order_uuid = _capture(client, gateway, auth)
    headers = {**auth, "Sezzle-Request-Id": "k", "Content-Type": "application/json"}

    client.post(path, headers=headers, content=b'{"capture_amount": {"amount_in_cents": 1000, "currency": "USD"}}')
    again = client.post(path, headers=headers, content=b'{"capture_amount":{"currency":"USD","amount_in_cents":1000}}')

    assert again.status_code == 200
    assert len(gateway.state.order(order_uuid).captures) == 1


def test_a_refusal_is_replayed_too(client: httpx.Client, gateway: Gateway, auth: dict[str, str]) -> None:
    order_uuid = authorized_order(client, auth, gateway)
    path, body = f"/v2/order/{order_uuid}/capture", {"capture_amount": price(20_000)}
    headers = {**auth, "Sezzle-Request-Id": "too-much"}

    first = client.post(path, headers=headers, json=body)
    second = client.post(path, headers=headers, json=body)

    assert first.status_code == 422
    assert second.content == first.content


def test_without_a_request_id_every_request_takes_effect(
    client: httpx.Client, gateway: Gateway, auth: dict[str, str]
) -> None:
    path, body, order_uuid = _capture(client, gateway, auth)

    client.post(path, headers=auth, json=body)
    client.post(path, headers=auth, json=body)

    assert len(gateway.state.order(order_uuid).captures) == 2


def test_concurrent_repeats_of_one_request_id_take_effect_once(
    client: httpx.Client, gateway: Gateway, auth: dict[str, str]
) -> None:
    path, body, order_uuid = _capture(client, gateway, auth)
    headers = {**auth, "Sezzle-Request-Id": "race"}
    answers: list[httpx.Response] = []
    lock = threading.Lock()

    def send() -> None:
        with httpx.Client(base_url=gateway.url, verify=False) as own:
            answer = own.post(path, headers=headers, json=body)
        with lock:
            answers.append(answer)

    threads = [threading.Thread(target=send) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert {answer.status_code for answer in answers} == {200}
    assert len({answer.content for answer in answers}) == 1
    assert len(gateway.state.order(order_uuid).captures) == 1


def test_a_dropped_answer_retried_with_the_same_id_takes_effect_once(
    client: httpx.Client, gateway: Gateway, auth: dict[str, str]
) -> None:
    path, body, order_uuid = _capture(client, gateway, auth)
    headers = {**auth, "Sezzle-Request-Id": "lost-answer"}
    gateway.faults.drop_next(1, path="/v2/order/*/capture")

    with pytest.raises(httpx.RemoteProtocolError):
        client.post(path, headers=headers, json=body)
    assert len(gateway.state.order(order_uuid).captures) == 1
    retry = client.post(path, headers=headers, json=body)

    assert retry.status_code == 200
    assert retry.json()["uuid"] == gateway.state.order(order_uuid).captures[0].uuid
    assert len(gateway.state.order(order_uuid).captures) == 1
