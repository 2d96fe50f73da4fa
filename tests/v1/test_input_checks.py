"""Input the v1 API would reject is refused before anything is sent, naming the field."""

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
from tests.v1.conftest import make_v1

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


@pytest.mark.parametrize("field", REQUIRED_CHECKOUT_FIELDS)
def test_checkout_requires_the_starred_fields(httpx_mock: HTTPXMock, field: str) -> None:
    without = {key: value for key, value in page.CHECKOUT_REQUEST.items() if key != field}
    for call in (lambda v1: v1.checkouts.create(without), lambda v1: v1.checkouts.create(**without)):
        error = refused(call, httpx_mock)
        assert (error.field, error.problem) == (field, "is required")


@pytest.mark.parametrize(
    ("changes", "field", "problem"),
    [
        ({"amount_in_cents": 99}, "amount_in_cents", "at least 100"),
        ({"amount_in_cents": 129.99}, "amount_in_cents", "must be an integer"),
        ({"amount_in_cents": "12999"}, "amount_in_cents", "must be an integer"),
        ({"amount_in_cents": True}, "amount_in_cents", "must be an integer"),
        ({"amount_in_cents": -100}, "amount_in_cents", "negative"),
        ({"currency_code": "usd"}, "currency_code", "three-letter"),
        ({"currency_code": "US"}, "currency_code", "three-letter"),
        ({"order_reference_id": "Ref 1"}, "order_reference_id", "letters, digits"),
        ({"order_reference_id": "Ref/1"}, "order_reference_id", "letters, digits"),
        ({"order_reference_id": ""}, "order_reference_id", "letters, digits"),
        ({"order_description": "  "}, "order_description", "must not be empty"),
        ({"checkout_cancel_url": ""}, "checkout_cancel_url", "must not be empty"),
        ({"checkout_expiration": "next tuesday"}, "checkout_expiration", "ISO 8601"),
        ({"checkout_expiration": "2030-01-01T00:00:00"}, "checkout_expiration", "timezone-aware"),
        ({"checkout_expiration": datetime(2030, 1, 1)}, "checkout_expiration", "timezone-aware"),
        ({"customer_details": "John"}, "customer_details", "must be a CustomerDetails"),
        ({"billing_address": {"phone_number": 5555045294}}, "billing_address.phone_number", "must be a string"),
        ({"requires_shipping_info": "no"}, "requires_shipping_info", "true or false"),
        ({"items": {"name": "widget"}}, "items", "must be a list"),
        ({"items": [{"quantity": 1.5}]}, "items[0].quantity", "must be an integer"),
        (
            {"items": [{"price": {"amount_in_cents": 1000, "currency": "usd"}}]},
            "items[0].price.currency",
            "three-letter",
        ),
        ({"items": [{"price": {"amount_in_cents": 1000}}]}, "items[0].price.currency", "is required"),
        (
            {"discounts": [{"amount": {"amount_in_cents": -1, "currency": "USD"}}]},
            "discounts[0].amount.amount_in_cents",
            "negative",
        ),
        ({"tax_amount": {"amount_in_cents": 10.5, "currency": "USD"}}, "tax_amount.amount_in_cents", "integer"),
        ({"shipping_amount": 1000}, "shipping_amount", "must be a Price"),
        ({"merchant_completes": 1}, "merchant_completes", "true or false"),
        ({"metadata": {"location_id": 123}}, "metadata.location_id", "must be strings"),
        ({"metadata": ["a"]}, "metadata", "must be a Metadata"),
        ({"send_checkout_url": {"language": "en"}}, "send_checkout_url", "to_sms_phone or to_email"),
        ({"send_checkout_url": {"to_email": "a@b.test", "language": "es"}}, "send_checkout_url.language", "en, fr"),
        ({"locale": "de-DE"}, "locale", "en-US, en-CA, fr-CA"),
    ],
)
def test_checkout_field_rules(httpx_mock: HTTPXMock, changes: dict[str, Any], field: str, problem: str) -> None:
    error = refused(lambda v1: v1.checkouts.create(checkout(**changes)), httpx_mock)
    assert error.field == field
    assert problem in error.problem
    assert field in str(error)


def test_checkout_model_metadata_is_checked_too(httpx_mock: HTTPXMock) -> None:
    body = Checkout.from_dict(page.CHECKOUT_REQUEST)
    metadata = Metadata()
    metadata.additional_properties = {"count": 3}  # type: ignore[dict-item]
    body.metadata = metadata
    assert refused(lambda v1: v1.checkouts.create(body), httpx_mock).field == "metadata.count"


def test_checkout_is_a_whole_object_or_keywords_not_both(httpx_mock: HTTPXMock) -> None:
    error = refused(lambda v1: v1.checkouts.create(page.CHECKOUT_REQUEST, locale="en-US"), httpx_mock)
    assert error.field == "checkout"


def test_checkout_must_be_a_checkout_or_a_mapping(httpx_mock: HTTPXMock) -> None:
    text: Any = json.dumps(page.CHECKOUT_REQUEST)  # JSON text where the decoded object belongs
    error = refused(lambda v1: v1.checkouts.create(text), httpx_mock)
    assert (error.field, error.problem) == ("checkout", "must be a Checkout or a mapping, got str")


def test_aware_expiration_text_and_datetimes_are_accepted(httpx_mock: HTTPXMock) -> None:
    from sezzle.v1.checkouts import checkout_body

    for value in ("2030-01-01T00:00:00-06:00", datetime(2030, 1, 1, 6, tzinfo=UTC)):
        body = checkout_body(checkout(checkout_expiration=value), {})
        assert body.checkout_expiration == datetime(2030, 1, 1, 6, tzinfo=UTC)


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda v1: v1.checkouts.complete("Ref 1"), "order_reference_id"),
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
        ({}, "amount", "required unless is_full_refund"),
        ({"amount": {"amount_in_cents": 0, "currency": "USD"}}, "amount.amount_in_cents", "greater than zero"),
        ({"amount": {"amount_in_cents": 5.0, "currency": "USD"}}, "amount.amount_in_cents", "integer"),
        ({"amount": {"amount_in_cents": 500, "currency": "dollars"}}, "amount.currency", "three-letter"),
        ({"amount": {"amount_in_cents": 500}}, "amount.currency", "is required"),
        ({"is_full_refund": "yes"}, "is_full_refund", "true or false"),
        ({"is_full_refund": True, "refund_id": ""}, "refund_id", "must not be empty"),
        ({"is_full_refund": True, "refund_id": 41}, "refund_id", "must be a string"),
        ({"is_full_refund": True, "refund_reason": 7}, "refund_reason", "must be a string"),
    ],
)
def test_refund_rules(httpx_mock: HTTPXMock, kwargs: dict[str, Any], field: str, problem: str) -> None:
    error = refused(lambda v1: v1.orders.refund("Ref-1", **kwargs), httpx_mock)
    assert error.field == field
    assert problem in error.problem


@pytest.mark.parametrize("url", ["", "yourdomain.com/webhook", "ftp://yourdomain.com/webhook", "https://", None, 42])
def test_webhook_url_must_be_an_absolute_http_url(httpx_mock: HTTPXMock, url: Any) -> None:
    assert refused(lambda v1: v1.configuration.update(webhook_url=url), httpx_mock).field == "webhook_url"


@pytest.mark.parametrize(
    ("kwargs", "field", "problem"),
    [
        ({"start_date": None}, "start_date", "is required"),
        ({"start_date": "2019/12/01"}, "start_date", "yyyy-mm-dd"),
        ({"start_date": "2019-02-30"}, "start_date", "not a real date"),
        ({"start_date": datetime(2019, 12, 1, tzinfo=UTC)}, "start_date", "not a datetime"),
        ({"start_date": 20191201}, "start_date", "yyyy-mm-dd"),
        ({"start_date": "2019-12-02", "end_date": date(2019, 12, 1)}, "end_date", "before start_date"),
        ({"start_date": "2019-12-01", "end_date": "12/31/2019"}, "end_date", "yyyy-mm-dd"),
        ({"start_date": "2019-12-01", "offset": -20}, "offset", "negative"),
        ({"start_date": "2019-12-01", "offset": "20"}, "offset", "integer"),
        ({"start_date": "2019-12-01", "offset": True}, "offset", "integer"),
        ({"start_date": "2019-12-01", "currency_code": "cad"}, "currency_code", "three-letter"),
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
        (lambda v1: v1.interest.balance(currency_code="EURO"), "currency_code"),
    ],
)
def test_report_path_and_query_rules(httpx_mock: HTTPXMock, call: Callable[[V1], Any], field: str) -> None:
    assert refused(call, httpx_mock).field == field
