"""Bad input is refused before any request, with an error naming the field and the problem."""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

import pytest
from pytest_httpx import HTTPXMock

from sezzle import InvalidInputError, price, to_cents, to_decimal
from sezzle_api.models import Intent, Price, SessionRequestOrder
from tests.client.conftest import SESSION_ARGS, SESSION_ORDER, make_client


def order(**changes: Any) -> dict[str, Any]:
    result = {**SESSION_ORDER, **changes}
    return {key: value for key, value in result.items() if value is not None}


@pytest.mark.parametrize(
    ("arguments", "field", "problem"),
    [
        ({"order": order(intent=None)}, "order.intent", "is required"),
        ({"order": order(order_amount=None)}, "order.order_amount", "is required"),
        ({"order": order(intent="LATER")}, "order.intent", "must be one of AUTH, CAPTURE"),
        (
            {"order": order(order_amount={"amount_in_cents": 10.5, "currency": "USD"})},
            "order.order_amount.amount_in_cents",
            "integer",
        ),
        (
            {"order": order(order_amount={"amount_in_cents": True, "currency": "USD"})},
            "order.order_amount.amount_in_cents",
            "integer",
        ),
        (
            {"order": order(order_amount={"amount_in_cents": "100", "currency": "USD"})},
            "order.order_amount.amount_in_cents",
            "integer",
        ),
        (
            {"order": order(order_amount={"amount_in_cents": -1, "currency": "USD"})},
            "order.order_amount.amount_in_cents",
            "negative",
        ),
        (
            {"order": order(order_amount={"amount_in_cents": 100, "currency": "US"})},
            "order.order_amount.currency",
            "three-letter",
        ),
        (
            {"order": order(order_amount={"amount_in_cents": 100, "currency": "usd1"})},
            "order.order_amount.currency",
            "three-letter",
        ),
        ({"order": order(order_amount={"amount_in_cents": 100})}, "order.order_amount.currency", "is required"),
        ({"order": order(reference_id="ord 1")}, "order.reference_id", "letters, digits"),
        ({"order": order(reference_id="ord#1")}, "order.reference_id", "letters, digits"),
        ({"order": order(reference_id="x" * 256)}, "order.reference_id", "1 to 255"),
        ({"order": order(description=7)}, "order.description", "must be a string"),
        (
            {
                "order": order(
                    items=[
                        {"name": "a", "sku": "s", "quantity": 1.0, "price": {"amount_in_cents": 1, "currency": "USD"}}
                    ]
                )
            },
            "order.items[0].quantity",
            "integer",
        ),
        ({"order": order(items=[{"name": "a", "sku": "s", "quantity": 1}])}, "order.items[0].price", "is required"),
        ({"order": order(items="widget")}, "order.items", "must be a list"),
        ({"order": "an order"}, "order", "mapping"),
        ({"complete_url": None}, "complete_url", "is required"),
        ({"cancel_url": {"method": "GET"}}, "cancel_url.href", "is required"),
        ({"order": None}, "order", "customer.tokenize"),
        ({"customer": {"dob": "1990-02-25"}}, "customer.dob", "must be a date"),
    ],
)
def test_bad_session_input_is_refused_before_any_request(
    httpx_mock: HTTPXMock, arguments: dict[str, Any], field: str, problem: str
) -> None:
    with pytest.raises(InvalidInputError) as failure:
        make_client().sessions.create(**{**SESSION_ARGS, **arguments})
    assert failure.value.field == field
    assert problem in failure.value.problem
    assert str(failure.value).startswith(f"{field}: ")
    assert httpx_mock.get_requests() == []


def test_model_instances_are_checked_too(httpx_mock: HTTPXMock) -> None:
    bad = SessionRequestOrder(
        intent=Intent.AUTH,
        reference_id="ok",
        description="d",
        order_amount=Price(amount_in_cents=12.5, currency="USD"),  # type: ignore[arg-type]
    )
    with pytest.raises(InvalidInputError, match=r"order\.order_amount\.amount_in_cents: must be an integer"):
        make_client().sessions.create(cancel_url="https://a.test", complete_url="https://b.test", order=bad)
    assert httpx_mock.get_requests() == []


@pytest.mark.parametrize(
    ("arguments", "field"),
    [
        ({"origin": None}, "origin"),
        ({"mode": "sideways"}, "mode"),
        ({"amount_in_cents": 99.99}, "amount_in_cents"),
        ({"currency": "dollars"}, "currency"),
        ({"merchant_reference_id": "cart/1"}, "merchant_reference_id"),
    ],
)
def test_bad_card_session_input(httpx_mock: HTTPXMock, arguments: dict[str, Any], field: str) -> None:
    fields: dict[str, Any] = {
        "origin": "https://shop.test",
        "mode": "iframe",
        "merchant_reference_id": "cart-1",
        "amount_in_cents": 1000,
        "currency": "USD",
        **arguments,
    }
    with pytest.raises(InvalidInputError) as failure:
        make_client().card_sessions.create(**fields)
    assert failure.value.field == field
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
    from sezzle.validation import to_model
    from sezzle_api.models import SessionRequest

    urls = {"cancel_url": {"href": "https://a.test"}, "complete_url": {"href": "https://b.test"}}
    request = to_model(
        {**urls, "customer": {"dob": datetime.date(1990, 2, 25)}, "order": order(order_amount=price(100))},
        SessionRequest,
    )
    assert request.to_dict()["customer"]["dob"] == "1990-02-25"
    assert request.to_dict()["order"]["order_amount"] == {"amount_in_cents": 100, "currency": "USD"}


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
        (-5, "USD", "negative"),
        ("abc", "USD", "not a decimal"),
        ("NaN", "USD", "finite"),
        (100, "usd", "three-letter"),
    ],
)
def test_money_helper_refuses(amount: Any, currency: str, problem: str) -> None:
    with pytest.raises(InvalidInputError, match=problem):
        price(amount, currency)


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
