"""v1 input: what is certainly wrong is refused before sending, naming the field; the rest is sent as given."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

import pytest
from pytest_httpx import HTTPXMock

from sezzle import InvalidInputError
from sezzle.v1 import V1, Checkout, Metadata
from tests.v1 import page
from tests.v1.conftest import BASE, add_v1_auth, make_v1

REQUIRED_CHECKOUT_FIELDS = [
    "amount_in_cents",
    "currency_code",
    "order_reference_id",
    "order_description",
    "checkout_cancel_url",
    "checkout_complete_url",
]


def checkout(**changes: Any) -> dict[str, Any]:
    return {**page.CHECKOUT_REQUEST, **changes}


def refused(call: Callable[[V1], Any], httpx_mock: HTTPXMock) -> InvalidInputError:
    with pytest.raises(InvalidInputError) as failure:
        call(make_v1())
    assert httpx_mock.get_requests() == []  # not even authentication
    return failure.value


def sent(call: Callable[[V1], Any], httpx_mock: HTTPXMock, path: str) -> Any:
    """Send through v1 against a mock that accepts anything; the JSON body that reached the wire."""
    add_v1_auth(httpx_mock)
    answer = {"checkout_uuid": "c-1", "checkout_url": "https://checkout.test/c-1"} if path == "/v1/checkouts" else {}
    httpx_mock.add_response(method="POST", url=f"{BASE}{path}", json=answer)
    call(make_v1())
    return json.loads(httpx_mock.get_requests()[-1].content)


@pytest.mark.parametrize("field", REQUIRED_CHECKOUT_FIELDS[1:])
def test_what_sezzle_judges_is_sent_as_given(httpx_mock: HTTPXMock, field: str) -> None:
    without = {key: value for key, value in page.CHECKOUT_REQUEST.items() if key != field}
    assert sent(lambda v1: v1.checkouts.create(without), httpx_mock, "/v1/checkouts") == without


@pytest.mark.parametrize(
    "changes",
    [
        {"currency_code": "usd"},
        {"order_reference_id": "Ref 1"},
        {"order_description": "  "},
        {"checkout_expiration": "next tuesday"},
        {"customer_details": "John"},
        {"billing_address": {"phone": "5555045294", "street2": None}},
        {"items": [{"quantity": "2.0000", "sku": None}]},
        {"metadata": {"location_id": 123}},
        {"send_checkout_url": {"language": "en"}},
        {"locale": "de-DE"},
        {"display_order_reference_id": ""},
    ],
)
def test_checkout_values_are_sent_as_given(httpx_mock: HTTPXMock, changes: dict[str, Any]) -> None:
    body = checkout(**changes)
    assert sent(lambda v1: v1.checkouts.create(body), httpx_mock, "/v1/checkouts") == body


@pytest.mark.parametrize(
    ("changes", "field", "problem"),
    [
        ({"amount_in_cents": 99}, "amount_in_cents", "at least 100"),
        ({"amount_in_cents": 129.99}, "amount_in_cents", "whole cents as an int, got 129.99"),
        ({"amount_in_cents": "12999"}, "amount_in_cents", "whole cents as an int, got str"),
        ({"amount_in_cents": True}, "amount_in_cents", "whole cents as an int, got True"),
        ({"tax_amount": {"amount_in_cents": 10.5, "currency": "USD"}}, "tax_amount.amount_in_cents", "whole cents"),
        (
            {"items": [{"price": {"amount_in_cents": 2**31, "currency": "USD"}}]},
            "items[0].price.amount_in_cents",
            "at most",
        ),
        ({"checkout_expiration": datetime(2030, 1, 1)}, "checkout_expiration", "timezone-aware"),
        ({"metadata": {"rate": object()}}, "metadata.rate", "not a JSON value"),
    ],
)
def test_checkout_money_and_json_are_checked(
    httpx_mock: HTTPXMock, changes: dict[str, Any], field: str, problem: str
) -> None:
    error = refused(lambda v1: v1.checkouts.create(checkout(**changes)), httpx_mock)
    assert error.field == field
    assert problem in error.problem
    assert field in str(error)


def test_checkout_models_are_sent_as_their_json(httpx_mock: HTTPXMock) -> None:
    body = Checkout.from_dict(page.CHECKOUT_REQUEST)
    metadata = Metadata()
    metadata.additional_properties = {"count": "3"}
    body.metadata = metadata
    assert sent(lambda v1: v1.checkouts.create(body), httpx_mock, "/v1/checkouts")["metadata"] == {"count": "3"}


def test_checkout_is_a_whole_object_or_keywords_not_both(httpx_mock: HTTPXMock) -> None:
    error = refused(lambda v1: v1.checkouts.create(page.CHECKOUT_REQUEST, locale="en-US"), httpx_mock)
    assert error.field == "checkout"


def test_aware_datetimes_go_out_as_iso_text(httpx_mock: HTTPXMock) -> None:
    from sezzle.v1.checkouts import checkout_body

    body = checkout_body(checkout(checkout_expiration=datetime(2030, 1, 1, 6, tzinfo=UTC)), {})
    assert body["checkout_expiration"] == "2030-01-01T06:00:00+00:00"


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda v1: v1.checkouts.complete(None), "order_reference_id"),
        (lambda v1: v1.orders.get("../admin"), "order_reference_id"),
        (lambda v1: v1.orders.get("Ref-1", include_shipping_info="yes"), "include_shipping_info"),
        (lambda v1: v1.orders.refund("Ref?1", is_full_refund=True), "order_reference_id"),
    ],
)
def test_reference_ids_and_flags(httpx_mock: HTTPXMock, call: Callable[[V1], Any], field: str) -> None:
    assert refused(call, httpx_mock).field == field


@pytest.mark.parametrize(
    ("kwargs", "field", "problem"),
    [
        ({"amount": {"amount_in_cents": 0, "currency": "USD"}}, "amount.amount_in_cents", "at least 1"),
        ({"amount": {"amount_in_cents": 5.0, "currency": "USD"}}, "amount.amount_in_cents", "whole cents"),
    ],
)
def test_refund_money_is_checked(httpx_mock: HTTPXMock, kwargs: dict[str, Any], field: str, problem: str) -> None:
    error = refused(lambda v1: v1.orders.refund("Ref-1", **kwargs), httpx_mock)
    assert error.field == field
    assert problem in error.problem


@pytest.mark.parametrize(
    ("kwargs", "body"),
    [
        ({}, {}),
        ({"is_full_refund": True}, {"is_full_refund": True}),
        ({"is_full_refund": True, "refund_id": ""}, {"is_full_refund": True, "refund_id": ""}),
        (
            {"amount": {"amount_in_cents": 500, "currency": "INR"}},
            {"amount": {"amount_in_cents": 500, "currency": "INR"}},
        ),
    ],
)
def test_refund_is_sent_as_given(httpx_mock: HTTPXMock, kwargs: dict[str, Any], body: dict[str, Any]) -> None:
    assert sent(lambda v1: v1.orders.refund("Ref-1", **kwargs), httpx_mock, "/v1/orders/Ref-1/refund") == body


def test_webhook_url_is_sent_as_given(httpx_mock: HTTPXMock) -> None:
    body = sent(
        lambda v1: v1.configuration.update(webhook_url="yourdomain.com/webhook"), httpx_mock, "/v1/configuration"
    )
    assert body == {"webhook_url": "yourdomain.com/webhook"}


@pytest.mark.parametrize(
    ("kwargs", "field", "problem"),
    [
        ({"start_date": None}, "start_date", "is required"),
        ({"start_date": "2019/12/01"}, "start_date", "yyyy-mm-dd"),
        ({"start_date": "2019-02-30"}, "start_date", "not a real date"),
        ({"start_date": datetime(2019, 12, 1, tzinfo=UTC)}, "start_date", "not a datetime"),
        ({"start_date": 20191201}, "start_date", "must be a date or a string, got int"),
        ({"start_date": "2019-12-02", "end_date": date(2019, 12, 1)}, "end_date", "before start_date"),
        ({"start_date": "2019-12-01", "end_date": "12/31/2019"}, "end_date", "yyyy-mm-dd"),
        ({"start_date": "2019-12-01", "offset": -20}, "offset", "negative"),
        ({"start_date": "2019-12-01", "offset": "20"}, "offset", "integer"),
        ({"start_date": "2019-12-01", "offset": True}, "offset", "integer"),
    ],
)
def test_dated_report_rules(httpx_mock: HTTPXMock, kwargs: dict[str, Any], field: str, problem: str) -> None:
    for call in (lambda v1: v1.settlements.summaries(**kwargs), lambda v1: v1.interest.activity(**kwargs)):
        error = refused(call, httpx_mock)
        assert error.field == field
        assert problem in error.problem


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda v1: v1.settlements.details("a/b"), "payout_uuid"),
        (lambda v1: v1.settlements.details(""), "payout_uuid"),
        (lambda v1: v1.settlements.details("p-1", metadata=["store", "a,b"]), "metadata[1]"),
        (lambda v1: v1.settlements.details("p-1", metadata=[""]), "metadata[0]"),
    ],
)
def test_report_path_and_query_rules(httpx_mock: HTTPXMock, call: Callable[[V1], Any], field: str) -> None:
    assert refused(call, httpx_mock).field == field
