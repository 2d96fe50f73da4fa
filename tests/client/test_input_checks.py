"""Bad input is refused before any request, with an error naming the field and the problem."""

from __future__ import annotations

import datetime
import json
from decimal import Decimal
from typing import Any

import pytest
from pytest_httpx import HTTPXMock

from sezzle import InvalidInputError, price, to_cents, to_decimal
from sezzle_api.models import Intent, Price, SessionRequestOrder
from tests.client.conftest import BASE, CREATED, SESSION_ARGS, SESSION_ORDER, add_auth, make_client


def order(**changes: Any) -> dict[str, Any]:
    result = {**SESSION_ORDER, **changes}
    return {key: value for key, value in result.items() if value is not None}


@pytest.mark.parametrize(
    "arguments",
    [
        {"order": order(intent=None)},
        {"order": order(order_amount=None)},
        {"order": order(intent="LATER")},
        {"order": order(order_amount={"amount_in_cents": 100, "currency": "US"})},
        {"order": order(order_amount={"amount_in_cents": 100})},
        {"order": order(reference_id="ord 1")},
        {"order": order(reference_id="x" * 256)},
        {"order": order(description=7)},
        {"order": order(items=[{"name": "a", "quantity": 1.0, "price": {"amount_in_cents": 1, "currency": "USD"}}])},
        {"order": order(items=[{"name": "a", "sku": None, "quantity": "2.0000"}])},
        {"order": order(items="widget")},
        {"complete_url": None},
        {"cancel_url": {"method": None}},
        {"order": None},
        {"customer": {"dob": "0000-00-00", "billing_address": None, "tokenization": True}},
        {"order": order(discounts=[{"amount_in_cents": -1240, "currency": "USD"}], locale="en_US")},
    ],
)
def test_what_the_server_judges_is_sent_as_given(httpx_mock: HTTPXMock, arguments: dict[str, Any]) -> None:
    add_auth(httpx_mock)
    httpx_mock.add_response(method="POST", url=f"{BASE}/v2/session", status_code=201, json=CREATED)
    given = {**SESSION_ARGS, **arguments}
    make_client().sessions.create(**given)
    sent = json.loads(httpx_mock.get_requests()[-1].content)
    extra = {key: value for key, value in given.items() if key not in {"cancel_url", "complete_url", "order"}}
    expected = {
        key: {"href": value} if isinstance(value, str) and key.endswith("_url") else value
        for key, value in {**given, **extra}.items()
        if value is not None
    }
    assert sent == expected


@pytest.mark.parametrize(
    ("arguments", "field", "problem"),
    [
        (
            {"order": order(order_amount={"amount_in_cents": 10.5, "currency": "USD"})},
            "order.order_amount.amount_in_cents",
            "whole cents as an int, got 10.5",
        ),
        (
            {"order": order(order_amount={"amount_in_cents": 100.0, "currency": "USD"})},
            "order.order_amount.amount_in_cents",
            "whole cents as an int, got 100.0",
        ),
        (
            {"order": order(order_amount={"amount_in_cents": True, "currency": "USD"})},
            "order.order_amount.amount_in_cents",
            "whole cents as an int, got True",
        ),
        (
            {"order": order(order_amount={"amount_in_cents": "100", "currency": "USD"})},
            "order.order_amount.amount_in_cents",
            "whole cents as an int, got str",
        ),
        (
            {"order": order(order_amount={"amount_in_cents": 2**31, "currency": "USD"})},
            "order.order_amount.amount_in_cents",
            "at most 2147483647",
        ),
        (
            {"order": order(tax_amount={"amount_in_cents": -(2**31) - 1, "currency": "USD"})},
            "order.tax_amount.amount_in_cents",
            "at least -2147483648",
        ),
        (
            {"order": order(items=[{"name": "a", "price": {"amount_in_cents": 1.5, "currency": "USD"}}])},
            "order.items[0].price.amount_in_cents",
            "whole cents",
        ),
        ({"order": order(metadata={"rate": Decimal("1.5")})}, "order.metadata.rate", "not a JSON value (Decimal)"),
        ({"order": order(tags={"a", "b"})}, "order.tags", "not a JSON value (set)"),
        ({"order": order(weight=float("nan"))}, "order.weight", "finite number"),
        ({"order": order(checkout_expiration=datetime.datetime(2026, 1, 1))}, "order.checkout_expiration", "aware"),
        ({"order": order(metadata={1: "x"})}, "order.metadata", "key that is not a string"),
    ],
)
def test_what_is_certainly_wrong_is_refused_before_any_request(
    httpx_mock: HTTPXMock, arguments: dict[str, Any], field: str, problem: str
) -> None:
    with pytest.raises(InvalidInputError) as failure:
        make_client().sessions.create(**{**SESSION_ARGS, **arguments})
    assert failure.value.field == field
    assert problem in failure.value.problem
    assert str(failure.value).startswith(f"{field}: ")
    assert httpx_mock.get_requests() == []


def test_a_whole_request_with_unknown_keys_is_sent_as_given(httpx_mock: HTTPXMock) -> None:
    add_auth(httpx_mock)
    httpx_mock.add_response(method="POST", url=f"{BASE}/v2/session", status_code=201, json=CREATED)
    request = {
        "cancel_url": {"href": "https://shop.test/cart", "method": None},
        "complete_url": {"href": "https://shop.test/done"},
        "order": {**SESSION_ORDER, "checkout_mode": "popup"},
        "authToken": "eyJ.example",
        "misspelt_key": 1,
    }
    make_client().sessions.create(request)
    assert json.loads(httpx_mock.get_requests()[-1].content) == request


def test_model_instances_are_checked_too(httpx_mock: HTTPXMock) -> None:
    bad = SessionRequestOrder(
        intent=Intent.AUTH,
        reference_id="ok",
        description="d",
        order_amount=Price(amount_in_cents=12.5, currency="USD"),  # type: ignore[arg-type]
    )
    with pytest.raises(InvalidInputError, match=r"order\.order_amount\.amount_in_cents: must be whole cents"):
        make_client().sessions.create(cancel_url="https://a.test", complete_url="https://b.test", order=bad)
    assert httpx_mock.get_requests() == []


def test_card_session_fields_are_sent_as_given(httpx_mock: HTTPXMock) -> None:
    add_auth(httpx_mock)
    answer = {"uuid": "card-1", "dashboard_url": "https://dashboard.test/card-1"}
    httpx_mock.add_response(method="POST", url=f"{BASE}/v2/session/card", status_code=201, json=answer)
    fields: dict[str, Any] = {"mode": "sideways", "currency": "dollars", "merchant_reference_id": "cart/1"}
    make_client().card_sessions.create(amount_in_cents=1000, **fields)
    assert json.loads(httpx_mock.get_requests()[-1].content) == {"amount_in_cents": 1000, **fields}


def test_card_session_amount_must_be_whole_cents(httpx_mock: HTTPXMock) -> None:
    with pytest.raises(InvalidInputError) as failure:
        make_client().card_sessions.create(origin="https://shop.test", mode="iframe", amount_in_cents=99.99)
    assert failure.value.field == "amount_in_cents"
    assert httpx_mock.get_requests() == []


@pytest.mark.parametrize("token", ["", "   ", "a/b", "a?b", "../x", "a b"])
def test_bad_path_ids(httpx_mock: HTTPXMock, token: str) -> None:
    with pytest.raises(InvalidInputError) as failure:
        make_client().card_sessions.get_card_data(token)
    assert failure.value.field == "token"
    assert httpx_mock.get_requests() == []


def test_whole_request_and_keywords_are_exclusive(httpx_mock: HTTPXMock) -> None:
    with pytest.raises(InvalidInputError, match="either a whole request or keyword arguments"):
        make_client().sessions.create(SESSION_ARGS, order=SESSION_ORDER)


def test_dates_and_models_nested_in_mappings_are_accepted() -> None:
    from sezzle._core.rules import checked_json

    urls = {"cancel_url": {"href": "https://a.test"}, "complete_url": {"href": "https://b.test"}}
    request = checked_json(
        "POST /v2/session",
        {**urls, "customer": {"dob": datetime.date(1990, 2, 25)}, "order": order(order_amount=price(100))},
    )
    assert request["customer"]["dob"] == "1990-02-25"
    assert request["order"]["order_amount"] == {"amount_in_cents": 100, "currency": "USD"}


@pytest.mark.parametrize(
    ("amount", "currency", "cents"),
    [
        (1999, "USD", 1999),
        ("19.99", "USD", 1999),
        (Decimal("19.99"), "CAD", 1999),
        ("20", "USD", 2000),
        ("1500", "JPY", 1500),
    ],
)
def test_money_helper(amount: int | str | Decimal, currency: str, cents: int) -> None:
    assert to_cents(amount, currency) == cents
    assert price(amount, currency) == Price(amount_in_cents=cents, currency=currency)


@pytest.mark.parametrize(
    ("amount", "currency", "problem"),
    [
        (19.99, "USD", "floats cannot represent money"),
        ("19.999", "USD", "more decimals than USD"),
        ("1.5", "JPY", "more decimals than JPY"),
        ("abc", "USD", "not a decimal"),
        ("NaN", "USD", "not a decimal"),
        (Decimal("NaN"), "USD", "finite"),
        ("1_000", "USD", "not a decimal"),
        ("\u0661\u0660\u0660", "USD", "not a decimal"),
        ("1e3", "USD", "not a decimal"),
        ("+-1", "USD", "not a decimal"),
        ("1.2.3", "USD", "not a decimal"),
        (100, "usd", "must match pattern"),
    ],
)
def test_money_helper_refuses(amount: Any, currency: str, problem: str) -> None:
    with pytest.raises(InvalidInputError, match=problem):
        price(amount, currency)


def test_money_helper_takes_negative_amounts_for_discounts() -> None:
    assert price("-12.40") == Price(amount_in_cents=-1240, currency="USD")


def test_to_decimal() -> None:
    assert to_decimal(1999) == Decimal("19.99")
    assert to_decimal(1500, "JPY") == Decimal(1500)


@pytest.mark.parametrize("cents", [0, 99])
def test_order_amount_below_sezzles_minimum_is_refused(httpx_mock: HTTPXMock, cents: int) -> None:
    too_small = order(order_amount={"amount_in_cents": cents, "currency": "USD"})
    with pytest.raises(InvalidInputError) as failure:
        make_client().sessions.create(**{**SESSION_ARGS, "order": too_small})
    assert failure.value.field == "order.order_amount.amount_in_cents"
    assert "at least 100" in failure.value.problem
    assert httpx_mock.get_requests() == []


def test_customer_order_below_sezzles_minimum_is_refused(httpx_mock: HTTPXMock) -> None:
    with pytest.raises(InvalidInputError, match="at least 100") as failure:
        make_client().customers.create_order("cus-1", intent="AUTH", reference_id="r", order_amount=price(99))
    assert failure.value.field == "order_amount.amount_in_cents"
    assert httpx_mock.get_requests() == []


@pytest.mark.parametrize("bad", [".", "..", "x" * 256, "a\x00b", "a\u200bb"])
def test_path_ids_that_could_move_the_url_are_refused(httpx_mock: HTTPXMock, bad: str) -> None:
    with pytest.raises(InvalidInputError) as failure:
        make_client().orders.capture(bad, price(100))
    assert failure.value.field == "order_uuid"
    assert httpx_mock.get_requests() == []


@pytest.mark.parametrize("key", ["ключ", "a\nb", "a\x00b", ""])
def test_idempotency_keys_that_cannot_be_a_header_are_refused(httpx_mock: HTTPXMock, key: str) -> None:
    with pytest.raises(InvalidInputError) as failure:
        make_client().orders.capture("ord-1", price(100), idempotency_key=key)
    assert failure.value.field == "idempotency_key"
    assert httpx_mock.get_requests() == []
