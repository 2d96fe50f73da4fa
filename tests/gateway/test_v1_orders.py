"""v1 order details and refunds, and the one order store v1 and v2 share."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from sezzle.gateway import Gateway

from .conftest import authorized_order, bearer, price
from .test_v1_support import (
    ADDRESS,
    CUSTOMER,
    ITEM,
    METADATA,
    completed_checkout,
    create_checkout,
    usd,
    v1_bearer,
    v1_error,
)

ORDER = "/v1/orders/Ref123456789"


@pytest.fixture
def v1_auth(client: httpx.Client, gateway: Gateway) -> dict[str, str]:
    return v1_bearer(client, gateway)


def refund(client: httpx.Client, auth: dict[str, str], body: dict[str, Any], path: str = ORDER) -> httpx.Response:
    return client.post(f"{path}/refund", headers=auth, json=body)


# Order details


def test_order_details_of_a_completed_checkout(client: httpx.Client, gateway: Gateway, v1_auth: dict[str, str]) -> None:
    checkout_uuid = completed_checkout(client, v1_auth, gateway)

    answer = client.get(ORDER, headers=v1_auth)

    assert answer.status_code == 200
    order = answer.json()
    assert order["created_at"] == order["captured_at"] == "2026-03-02T12:00:00Z"
    assert order["capture_expiration"] == "2026-03-02T12:30:00Z"
    assert order["description"] == "Order #1800"
    assert order["amount_in_cents"] == order["usd_amount_in_cents"] == order["customer_amount_in_cents"] == 12999
    assert order["currency_code"] == order["customer_currency_code"] == "USD"
    assert order["reference_id"] == "Ref123456789"
    assert order["customer"] == CUSTOMER
    assert order["billing_address"] == ADDRESS
    assert "shipping_address" not in order
    assert order["refunds"] == []
    assert order["metadata"] == METADATA
    assert order["items"] == [ITEM]
    assert order["checkout_status"] == "completed"
    assert order["checkout_expiration"] == "2026-03-03T12:00:00Z"
    v2 = client.get(f"/v2/order/{checkout_uuid}", headers=v1_auth).json()
    assert order["sezzle_order_id"] == v2["authorization"]["sezzle_order_id"]


def test_an_order_in_another_currency_has_no_us_dollar_figure(
    client: httpx.Client, gateway: Gateway, v1_auth: dict[str, str]
) -> None:
    cad = {"amount_in_cents": 1000, "currency": "CAD"}
    completed_checkout(
        client, v1_auth, gateway, currency_code="CAD", tax_amount=cad, shipping_amount=cad, amount_in_cents=5000
    )

    order = client.get(ORDER, headers=v1_auth).json()

    assert (order["amount_in_cents"], order["currency_code"], order["customer_currency_code"]) == (5000, "CAD", "CAD")
    assert "usd_amount_in_cents" not in order


def test_an_open_checkout_has_no_capture_fields_yet(client: httpx.Client, v1_auth: dict[str, str]) -> None:
    create_checkout(client, v1_auth, customer_details=None, billing_address=None)

    order = client.get(ORDER, headers=v1_auth).json()

    assert order["checkout_status"] == "active"
    for absent in ("captured_at", "capture_expiration", "sezzle_order_id", "customer", "billing_address"):
        assert absent not in order


def test_an_authorized_merchant_completes_order_has_a_capture_expiration_but_no_capture(
    client: httpx.Client, gateway: Gateway, v1_auth: dict[str, str]
) -> None:
    completed_checkout(client, v1_auth, gateway, merchant_completes=True, checkout_expiration="2026-03-02T13:00:00Z")

    order = client.get(ORDER, headers=v1_auth).json()

    assert order["capture_expiration"] == "2026-03-02T12:30:00Z"
    assert order["checkout_expiration"] == "2026-03-02T13:00:00Z"
    assert "captured_at" not in order


@pytest.mark.parametrize(("flag", "shown"), [("true", True), ("TRUE", True), ("false", False)])
def test_include_shipping_info_adds_the_shipping_address(
    client: httpx.Client, gateway: Gateway, v1_auth: dict[str, str], flag: str, shown: bool
) -> None:
    completed_checkout(client, v1_auth, gateway)

    order = client.get(ORDER, headers=v1_auth, params={"include-shipping-info": flag}).json()

    assert (order.get("shipping_address") == ADDRESS) is shown


def test_a_shopper_asked_for_shipping_info_gives_an_address(
    client: httpx.Client, gateway: Gateway, v1_auth: dict[str, str]
) -> None:
    create_checkout(client, v1_auth, shipping_address=None, requires_shipping_info=True)
    before = client.get(ORDER, headers=v1_auth, params={"include-shipping-info": "true"}).json()
    gateway.shopper.complete_checkout(gateway.state.orders[0].uuid)

    after = client.get(ORDER, headers=v1_auth, params={"include-shipping-info": "true"}).json()

    assert "shipping_address" not in before
    assert set(after["shipping_address"]) >= {"street", "city", "state", "postal_code", "country_code"}


def test_a_checkout_without_customer_details_shows_who_completed_it(
    client: httpx.Client, gateway: Gateway, v1_auth: dict[str, str]
) -> None:
    completed_checkout(client, v1_auth, gateway, customer_details=None)

    customer = client.get(ORDER, headers=v1_auth).json()["customer"]

    assert set(customer) == {"first_name", "last_name", "email", "phone"}


def test_a_bad_include_shipping_info_is_a_400(client: httpx.Client, v1_auth: dict[str, str]) -> None:
    create_checkout(client, v1_auth)

    answer = client.get(ORDER, headers=v1_auth, params={"include-shipping-info": "yes"})

    assert answer.status_code == 400
    assert "include-shipping-info" in v1_error(answer)["message"]


def test_an_unknown_reference_is_404_not_found(client: httpx.Client, v1_auth: dict[str, str]) -> None:
    answer = client.get("/v1/orders/Ref-unknown", headers=v1_auth)

    assert answer.status_code == 404
    assert v1_error(answer)["id"] == "not_found"


# Refunds


def test_a_partial_refund_answers_and_shows_in_the_order(
    client: httpx.Client, gateway: Gateway, v1_auth: dict[str, str]
) -> None:
    checkout_uuid = completed_checkout(client, v1_auth, gateway)
    body = {"refund_id": "41a2O9Lv-7", "amount": usd(500), "refund_reason": "Item returned by user"}

    answer = refund(client, v1_auth, body)

    assert answer.status_code == 200
    assert answer.json() == body
    assert gateway.state.order(checkout_uuid).refunded_cents == 500
    assert client.get(ORDER, headers=v1_auth).json()["refunds"] == [
        {
            "amount": usd(500),
            "created_at": "2026-03-02T12:00:00Z",
            "is_full_refund": False,
            "order_reference_id": "Ref123456789",
            "refund_id": "41a2O9Lv-7",
            "refund_reason": "Item returned by user",
        }
    ]


def test_a_refund_without_an_id_is_given_one(client: httpx.Client, gateway: Gateway, v1_auth: dict[str, str]) -> None:
    completed_checkout(client, v1_auth, gateway)

    answer = refund(client, v1_auth, {"amount": usd(100)})

    assert answer.status_code == 200
    assert set(answer.json()) == {"amount", "refund_id"}
    assert client.get(ORDER, headers=v1_auth).json()["refunds"][0]["refund_id"] == answer.json()["refund_id"]


def test_a_full_refund_refunds_what_is_left(client: httpx.Client, gateway: Gateway, v1_auth: dict[str, str]) -> None:
    checkout_uuid = completed_checkout(client, v1_auth, gateway)
    refund(client, v1_auth, {"amount": usd(2999)})

    answer = refund(client, v1_auth, {"is_full_refund": True, "refund_id": "all"})
    again = refund(client, v1_auth, {"is_full_refund": True})

    assert answer.status_code == 200
    assert answer.json()["amount"] == usd(10_000)
    assert gateway.state.order(checkout_uuid).refunded_cents == 12999
    assert [item["is_full_refund"] for item in client.get(ORDER, headers=v1_auth).json()["refunds"]] == [False, True]
    assert again.status_code == 409
    assert v1_error(again)["id"] == "amount_exceeds_refundable"


def test_a_used_refund_id_is_refused_with_no_second_effect(
    client: httpx.Client, gateway: Gateway, v1_auth: dict[str, str]
) -> None:
    checkout_uuid = completed_checkout(client, v1_auth, gateway)
    other_uuid = completed_checkout(client, v1_auth, gateway, order_reference_id="Ref2")
    refund(client, v1_auth, {"refund_id": "r-1", "amount": usd(500)})

    same_order = refund(client, v1_auth, {"refund_id": "r-1", "amount": usd(500)})
    other_order = refund(client, v1_auth, {"refund_id": "r-1", "amount": usd(500)}, "/v1/orders/Ref2")

    for answer in (same_order, other_order):
        assert answer.status_code == 409
        assert v1_error(answer)["id"] == "duplicate_refund_id"
    assert gateway.state.order(checkout_uuid).refunded_cents == 500
    assert gateway.state.order(other_uuid).refunded_cents == 0


@pytest.mark.parametrize(
    ("body", "status", "error_id", "named"),
    [
        ({}, 400, "bad_request", "amount"),
        ({"amount": usd(0)}, 400, "bad_request", "amount.amount_in_cents"),
        ({"amount": usd(-5)}, 400, "bad_request", "amount.amount_in_cents"),
        ({"amount": {"amount_in_cents": 500}}, 400, "bad_request", "amount.currency"),
        ({"amount": {"amount_in_cents": 500, "currency": "CAD"}}, 400, "bad_request", "amount.currency"),
        ({"amount": usd(500), "is_full_refund": "yes"}, 400, "bad_request", "is_full_refund"),
        ({"amount": usd(13_000)}, 409, "amount_exceeds_refundable", "12999"),
    ],
)
def test_a_refund_breaking_a_rule_is_refused(
    client: httpx.Client,
    gateway: Gateway,
    v1_auth: dict[str, str],
    body: dict[str, Any],
    status: int,
    error_id: str,
    named: str,
) -> None:
    checkout_uuid = completed_checkout(client, v1_auth, gateway)

    answer = refund(client, v1_auth, body)

    assert answer.status_code == status
    error = v1_error(answer)
    assert error["id"] == error_id
    assert named in error["message"]
    assert gateway.state.order(checkout_uuid).refunded_cents == 0


def test_an_order_not_yet_captured_cannot_be_refunded(
    client: httpx.Client, gateway: Gateway, v1_auth: dict[str, str]
) -> None:
    completed_checkout(client, v1_auth, gateway, merchant_completes=True)

    answer = refund(client, v1_auth, {"is_full_refund": True})

    assert answer.status_code == 409
    assert v1_error(answer)["id"] == "order_not_captured"


# One order store


def test_v2_reads_a_v1_checkout(client: httpx.Client, gateway: Gateway, v1_auth: dict[str, str]) -> None:
    checkout_uuid = completed_checkout(client, v1_auth, gateway, merchant_completes=True)

    order = client.get(f"/v2/order/{checkout_uuid}", headers=bearer(client, gateway)).json()

    assert order["uuid"] == checkout_uuid
    assert order["intent"] == "AUTH"
    assert order["reference_id"] == "Ref123456789"
    assert order["order_amount"] == usd(12999)
    assert order["metadata"] == METADATA
    assert order["items"] == [ITEM]
    assert order["authorization"]["approved"] is True
    assert order["customer"]["first_name"] == "John"


def test_v2_captures_and_refunds_show_in_v1(client: httpx.Client, gateway: Gateway, v1_auth: dict[str, str]) -> None:
    checkout_uuid = completed_checkout(client, v1_auth, gateway, merchant_completes=True)
    v2_auth = bearer(client, gateway)
    client.post(f"/v2/order/{checkout_uuid}/capture", headers=v2_auth, json={"capture_amount": usd(5000)})
    v2_refund = client.post(f"/v2/order/{checkout_uuid}/refund", headers=v2_auth, json=usd(1000)).json()

    completed = client.post("/v1/checkouts/Ref123456789/complete", headers=v1_auth)
    order = client.get(ORDER, headers=v1_auth).json()

    assert completed.status_code == 200
    assert gateway.state.order(checkout_uuid).captured_cents == 12999
    assert [capture.amount.cents for capture in gateway.state.order(checkout_uuid).captures] == [5000, 7999]
    assert [(item["refund_id"], item["amount"]) for item in order["refunds"]] == [(v2_refund["uuid"], usd(1000))]


def test_v1_refunds_show_in_v2_under_their_refund_id(
    client: httpx.Client, gateway: Gateway, v1_auth: dict[str, str]
) -> None:
    checkout_uuid = completed_checkout(client, v1_auth, gateway)
    refund(client, v1_auth, {"refund_id": "r-9", "amount": usd(700)})

    refunds = client.get(f"/v2/order/{checkout_uuid}", headers=v1_auth).json()["authorization"]["refunds"]

    assert refunds == [{"uuid": "r-9", "amount": usd(700)}]


def test_v1_reads_and_refunds_an_order_made_through_v2(
    client: httpx.Client, gateway: Gateway, v1_auth: dict[str, str]
) -> None:
    order_uuid = authorized_order(client, v1_auth, gateway, intent="CAPTURE", reference_id="v2-order")

    order = client.get("/v1/orders/v2-order", headers=v1_auth).json()
    refunded = refund(client, v1_auth, {"amount": usd(2500), "refund_id": "from-v1"}, "/v1/orders/v2-order")

    assert order["amount_in_cents"] == 10_000
    assert order["description"] == "two widgets"
    assert order["checkout_status"] == "completed"
    assert refunded.status_code == 200
    assert gateway.state.order(order_uuid).refunded_cents == 2500


def test_v1_completes_a_v2_auth_order_by_capturing_the_rest(
    client: httpx.Client, gateway: Gateway, v1_auth: dict[str, str]
) -> None:
    order_uuid = authorized_order(client, v1_auth, gateway, intent="AUTH", reference_id="v2-auth")

    answer = client.post("/v1/checkouts/v2-auth/complete", headers=v1_auth)

    assert answer.status_code == 200
    assert answer.json()["merchant_completes"] is True
    assert answer.json()["checkout_complete_url"] == "https://shop.example/complete"
    assert gateway.state.order(order_uuid).captured_cents == 10_000


def test_a_checkout_deleted_through_v2_cannot_be_completed_through_v1(
    client: httpx.Client, gateway: Gateway, v1_auth: dict[str, str]
) -> None:
    checkout_uuid = create_checkout(client, v1_auth, merchant_completes=True)["checkout_uuid"]
    assert client.delete(f"/v2/order/{checkout_uuid}/checkout", headers=v1_auth).status_code == 204

    answer = client.post("/v1/checkouts/Ref123456789/complete", headers=v1_auth)

    assert answer.status_code == 409
    assert v1_error(answer)["id"] == "checkout_cancelled"


def test_an_upcharge_does_not_take_over_its_parents_reference(
    client: httpx.Client, gateway: Gateway, v1_auth: dict[str, str]
) -> None:
    checkout_uuid = completed_checkout(client, v1_auth, gateway)
    upcharge = client.post(
        f"/v2/order/{checkout_uuid}/upcharge",
        headers=v1_auth,
        json={"intent": "CAPTURE", "upcharge_amount": price(500)},
    )
    assert upcharge.status_code == 200

    order = client.get(ORDER, headers=v1_auth).json()

    assert order["amount_in_cents"] == 12999


def test_refunding_a_v1_order_through_v2_is_bounded_by_v1_refunds(
    client: httpx.Client, gateway: Gateway, v1_auth: dict[str, str]
) -> None:
    checkout_uuid = completed_checkout(client, v1_auth, gateway, amount_in_cents=1000)
    refund(client, v1_auth, {"amount": usd(600)})

    too_much = client.post(f"/v2/order/{checkout_uuid}/refund", headers=v1_auth, json=usd(500))

    assert too_much.status_code == 422
    assert too_much.json()[0]["code"] == "amount_exceeds_captured"
    assert gateway.state.order(checkout_uuid).refunded_cents == 600
