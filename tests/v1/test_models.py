"""The v1 models read answers generously and write requests exactly, like the generated models do."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from pytest_httpx import HTTPXMock

from sezzle import ResponseParseError
from sezzle.v1 import (
    Checkout,
    CompletedCheckout,
    CreatedCheckout,
    InterestBalance,
    Locale,
    Metadata,
    Notification,
    NotificationLanguage,
    Order,
    PayoutSummary,
)
from sezzle_api.types import UNSET, Unset
from tests.v1 import page
from tests.v1.conftest import BASE, add_v1_auth, make_v1


def test_a_null_reads_like_an_absent_field() -> None:
    order = Order.from_dict({"reference_id": "Ref-1", "captured_at": None, "shipping_address": None, "refunds": None})
    assert order.captured_at is UNSET
    assert order.shipping_address is UNSET
    assert order.refunds is UNSET
    assert order.to_dict() == {"reference_id": "Ref-1"}


def test_unknown_fields_are_kept_and_written_back() -> None:
    order = Order.from_dict({"reference_id": "Ref-1", "loyalty_points": 12, "customer": {"first_name": "A", "x": 1}})
    assert order.additional_keys == ["loyalty_points"]
    assert order["loyalty_points"] == 12
    assert "loyalty_points" in order
    assert not isinstance(order.customer, Unset)
    assert order.customer["x"] == 1
    assert order.to_dict() == {"loyalty_points": 12, "reference_id": "Ref-1", "customer": {"x": 1, "first_name": "A"}}


def test_timestamps_are_aware_and_keep_their_offset() -> None:
    order = Order.from_dict(
        {
            "created_at": "2018-11-02T20:09:59.123456789Z",
            "captured_at": "2018-11-02T14:18:50-06:00",
            "capture_expiration": "2018-11-02T20:48:45",
        }
    )
    assert order.created_at == datetime(2018, 11, 2, 20, 9, 59, 123456, tzinfo=UTC)
    assert order.captured_at == datetime(2018, 11, 2, 20, 18, 50, tzinfo=UTC)
    assert not isinstance(order.captured_at, Unset)
    assert order.captured_at.utcoffset() == timedelta(hours=-6)
    assert order.capture_expiration == datetime(2018, 11, 2, 20, 48, 45, tzinfo=UTC)  # no offset: UTC
    written = order.to_dict()
    assert written["created_at"] == "2018-11-02T20:09:59.123456Z"
    assert written["captured_at"] == "2018-11-02T14:18:50-06:00"


def test_amounts_stay_exact() -> None:
    summary = PayoutSummary.from_dict({"net_settlement_amount": 668.61, "forex_fees": 0})
    assert summary.net_settlement_amount == Decimal("668.61")
    balance = InterestBalance.from_dict({"interest_balance": "5183.4624"})
    assert balance.interest_balance == Decimal("5183.4624")
    assert json.loads(json.dumps(summary.to_dict())) == {"net_settlement_amount": 668.61, "forex_fees": 0}
    with pytest.raises(TypeError):
        PayoutSummary.from_dict({"forex_fees": True})
    with pytest.raises(ValueError, match="not a number"):
        PayoutSummary.from_dict({"forex_fees": "n/a"})


def test_metadata_values_are_text() -> None:
    metadata = Metadata.from_dict({"location_id": 123, "vip": True, "note": "x", "gone": None})
    assert metadata.additional_properties == {"location_id": "123", "vip": "true", "note": "x"}
    metadata["store"] = "Downtown"
    del metadata["note"]
    assert metadata.to_dict() == {"location_id": "123", "vip": "true", "store": "Downtown"}


def test_enums_keep_values_sezzle_adds_later() -> None:
    echo = CompletedCheckout.from_dict({"locale": "es-MX", "send_checkout_url": {"language": "es", "to_email": "a@b"}})
    assert echo.locale == "es-MX"
    assert isinstance(echo.locale, Locale)
    assert not echo.locale.is_known
    assert not isinstance(echo.send_checkout_url, Unset)
    assert isinstance(echo.send_checkout_url.language, NotificationLanguage)
    assert not echo.send_checkout_url.language.is_known
    assert Locale("fr-CA").is_known
    assert echo.to_dict() == {"send_checkout_url": {"to_email": "a@b", "language": "es"}, "locale": "es-MX"}


def test_checkout_keeps_field_order_of_the_page() -> None:
    checkout = Checkout(
        amount_in_cents=500,
        currency_code="USD",
        order_reference_id="Ref-1",
        order_description="Order",
        checkout_cancel_url="https://a.test",
        checkout_complete_url="https://b.test",
        locale=Locale.EN_CA,
        send_checkout_url=Notification(to_sms_phone="5555045294", language=NotificationLanguage.EN),
        checkout_expiration=datetime(2030, 1, 1, tzinfo=timezone(timedelta(hours=1))),
    )
    assert list(checkout.to_dict()) == [
        "amount_in_cents",
        "currency_code",
        "order_reference_id",
        "order_description",
        "checkout_cancel_url",
        "checkout_complete_url",
        "checkout_expiration",
        "send_checkout_url",
        "locale",
    ]
    assert checkout.to_dict()["checkout_expiration"] == "2030-01-01T00:00:00+01:00"
    assert Checkout.from_dict(checkout.to_dict()) == checkout


def test_created_checkout_without_its_url_is_a_parse_error_that_keeps_the_response(httpx_mock: HTTPXMock) -> None:
    add_v1_auth(httpx_mock)
    httpx_mock.add_response(method="POST", url=f"{BASE}/v1/checkouts", json={"checkout_uuid": "c-1"})
    with pytest.raises(ResponseParseError) as failure:
        make_v1().checkouts.create(page.CHECKOUT_REQUEST)
    assert failure.value.response.json() == {"checkout_uuid": "c-1"}
    assert "checkout_url" in str(failure.value)


@pytest.mark.parametrize("content", [b"[]", b"not json", b'"ok"'])
def test_unreadable_answers_are_parse_errors(httpx_mock: HTTPXMock, content: bytes) -> None:
    add_v1_auth(httpx_mock)
    httpx_mock.add_response(url=f"{BASE}/v1/orders/Ref-1", content=content)
    with pytest.raises(ResponseParseError):
        make_v1().orders.get("Ref-1")


def test_summaries_must_be_an_array_of_objects(httpx_mock: HTTPXMock) -> None:
    add_v1_auth(httpx_mock)
    url = f"{BASE}/v1/settlements/summaries?start-date=2019-12-01"
    httpx_mock.add_response(url=url, json={"uuid": "p-1"})
    httpx_mock.add_response(url=url, json=["p-1"])
    httpx_mock.add_response(url=url, content=b"")
    v1 = make_v1()
    for _ in range(2):
        with pytest.raises(ResponseParseError):
            v1.settlements.summaries("2019-12-01")
    assert v1.settlements.summaries("2019-12-01") == []  # no payouts in the period


def test_money_calls_read_an_empty_success_as_an_empty_answer(httpx_mock: HTTPXMock) -> None:
    add_v1_auth(httpx_mock)
    httpx_mock.add_response(method="POST", url=f"{BASE}/v1/checkouts/Ref-1/complete", content=b"")
    httpx_mock.add_response(method="POST", url=f"{BASE}/v1/orders/Ref-1/refund", status_code=204)
    v1 = make_v1()
    assert v1.checkouts.complete("Ref-1") == CompletedCheckout()
    refund = v1.orders.refund("Ref-1", is_full_refund=True)
    assert refund.to_dict() == {}


def test_created_checkout_reads_extra_fields() -> None:
    created = CreatedCheckout.from_dict({**page.CHECKOUT_RESPONSE, "expires_at": "2030-01-01T00:00:00Z"})
    assert created.additional_properties == {"expires_at": "2030-01-01T00:00:00Z"}
    assert created.to_dict() == {**page.CHECKOUT_RESPONSE, "expires_at": "2030-01-01T00:00:00Z"}
