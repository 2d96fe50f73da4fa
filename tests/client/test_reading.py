"""Answers that break the spec: required fields raise ResponseParseError keeping the response; optional
fields of the wrong type are left UNSET with their raw value kept in ``additional_properties``."""

from __future__ import annotations

import datetime
import json
from typing import Any

import httpx
import pytest
from pytest_httpx import HTTPXMock

from sezzle import ResponseParseError, price
from sezzle._core.sender import list_parser, model_parser
from sezzle_api.models import (
    CardData,
    CreatedSession,
    Order,
    OrderTransaction,
    TokenizedCustomer,
    Webhook,
)
from sezzle_api.types import UNSET
from tests.client.conftest import BASE, add_auth, make_client

PAN = "4111111111111111"


def answer(body: Any) -> httpx.Response:
    return httpx.Response(200, json=body, request=httpx.Request("GET", f"{BASE}/v2/x"))


ORDER: dict[str, Any] = {
    "uuid": "ord-1",
    "links": [{"href": "https://gw/v2/order/ord-1", "method": "GET", "rel": "self"}],
    "checkout_status": "active",
    "order_amount": {"amount_in_cents": 5000, "currency": "USD"},
}


def test_required_fields_are_typed_present_and_read() -> None:
    order = model_parser(Order)(answer(ORDER))
    assert order.uuid == "ord-1"
    assert order.order_amount.amount_in_cents == 5000
    assert order.links[0].href == "https://gw/v2/order/ord-1"
    assert order.authorization is UNSET  # optional and absent: nothing to narrow away


def test_capture_answer_without_uuid_raises_and_keeps_the_response() -> None:
    response = answer({"amount": {"amount_in_cents": 500, "currency": "USD"}})
    with pytest.raises(ResponseParseError, match=r"uuid is missing") as failure:
        model_parser(OrderTransaction)(response)
    assert failure.value.response is response
    assert failure.value.response.json()["amount"]["amount_in_cents"] == 500


def test_capture_that_succeeded_is_never_failed_by_a_cosmetic_field(httpx_mock: HTTPXMock) -> None:
    add_auth(httpx_mock)
    odd = {"uuid": "cap-1", "amount": "500", "links": [{"rel": "self"}]}  # amount as a string, a link without href
    httpx_mock.add_response(method="POST", url=f"{BASE}/v2/order/ord-1/capture", json=odd)
    result = make_client().orders.capture("ord-1", price(500))
    assert result.uuid == "cap-1"
    assert result.amount is UNSET
    assert result["amount"] == "500"  # the raw value, under its own key
    assert result["links"] == [{"rel": "self"}]  # not a declared field: kept as sent


def test_cents_as_a_string_in_a_required_amount_raises_naming_the_field() -> None:
    body = {**ORDER, "order_amount": {"amount_in_cents": "5000", "currency": "USD"}}
    with pytest.raises(ResponseParseError, match=r"order_amount\.amount_in_cents must be int, got str"):
        model_parser(Order)(answer(body))


def test_link_without_href_fails_a_read_that_requires_links() -> None:
    body = {**ORDER, "links": [ORDER["links"][0], {"rel": "capture", "method": "POST"}]}
    with pytest.raises(ResponseParseError, match=r"links\[1\]\.href is missing"):
        model_parser(Order)(answer(body))


def test_link_without_href_in_an_optional_list_keeps_the_session_usable() -> None:
    body = {
        "uuid": "sess-1",
        "order": {"uuid": "ord-1", "checkout_url": "https://checkout/?id=1", "links": [{"rel": "self"}]},
    }
    session = model_parser(CreatedSession)(answer(body))
    assert session.order.checkout_url == "https://checkout/?id=1"  # type: ignore[union-attr]
    assert session.order.links is UNSET  # type: ignore[union-attr]
    assert session.order["links"] == [{"rel": "self"}]  # type: ignore[index]


def test_dob_that_is_not_a_date_is_kept_raw() -> None:
    body = {"uuid": "cus-1", "links": [], "dob": "31/12/1990", "email": "a@b.test"}
    customer = model_parser(TokenizedCustomer)(answer(body))
    assert customer.dob is UNSET
    assert customer["dob"] == "31/12/1990"
    assert customer.email == "a@b.test"


def test_a_valid_date_is_parsed() -> None:
    body = {"uuid": "cus-1", "links": [], "dob": "1990-12-31"}
    assert model_parser(TokenizedCustomer)(answer(body)).dob == datetime.date(1990, 12, 31)


def test_null_in_an_optional_field_is_kept_raw_not_typed_as_a_string() -> None:
    body = {**ORDER, "description": None}
    order = model_parser(Order)(answer(body))
    assert order.description is UNSET
    assert order["description"] is None


def test_nested_optional_misfit_is_kept_on_the_nested_model() -> None:
    body = {
        **ORDER,
        "authorization": {
            "approved": True,
            "authorization_amount": {"amount_in_cents": 5000, "currency": "USD"},
            "expiration": "soon",
        },
    }
    order = model_parser(Order)(answer(body))
    assert order.authorization.approved is True  # type: ignore[union-attr]
    assert order.authorization.expiration is UNSET  # type: ignore[union-attr]
    assert order.authorization["expiration"] == "soon"  # type: ignore[index]


def test_list_answers_name_the_item() -> None:
    good = {"uuid": "wh-1", "url": "https://a", "events": ["order.captured"]}
    with pytest.raises(ResponseParseError, match=r"\[1\]\.url is missing"):
        list_parser(Webhook)(answer([good, {"uuid": "wh-2", "events": []}]))


def test_card_data_misfit_text_never_shows_the_card() -> None:
    response = answer({"pan": int(PAN), "cvv_number": "123", "expiration_date": "0228"})
    with pytest.raises(ResponseParseError) as failure:
        model_parser(CardData)(response)
    assert PAN not in str(failure.value)
    assert "pan must be str, got int" in str(failure.value)
    assert json.loads(failure.value.response.content)["pan"] == int(PAN)
