"""Each v1 operation, sync and async: the method, path, query, body and headers it sends, and what it answers."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from types import SimpleNamespace
from typing import Any

import attrs
import httpx
import pytest
from pytest_httpx import HTTPXMock

from sezzle import price
from sezzle.v1 import (
    V1,
    AsyncV1,
    CompletedCheckout,
    CreatedCheckout,
    InterestBalance,
    Order,
    PayoutSummary,
    Price,
    Refund,
)
from sezzle_api.types import UNSET
from tests.v1 import page
from tests.v1.conftest import BASE, V1_TOKEN, add_v1_auth, async_v1_of, make_async_client, make_v1

REQUIRED = {
    "amount_in_cents": 12999,
    "currency_code": "USD",
    "order_reference_id": "Ref123456789",
    "order_description": "Order #1800",
    "checkout_cancel_url": "https://shop.test/cart",
    "checkout_complete_url": "https://shop.test/complete",
}


@attrs.frozen
class Case:
    name: str
    invoke: Callable[[Any], Any]
    method: str
    path: str
    params: dict[str, str]
    body: Any
    answer: dict[str, Any]
    """How the gateway answers: ``add_response`` arguments."""
    check: Callable[[Any], bool]


CASES = [
    Case(
        "configuration.update",
        lambda v1: v1.configuration.update(webhook_url="https://shop.test/hooks/sezzle"),
        "POST",
        "/v1/configuration",
        {},
        {"webhook_url": "https://shop.test/hooks/sezzle"},
        {"status_code": 204},
        lambda result: result is None,
    ),
    Case(
        "checkouts.create",
        lambda v1: v1.checkouts.create(
            **REQUIRED,
            checkout_expiration="2030-01-02T03:04:05Z",
            merchant_completes=True,
            send_checkout_url={"to_email": "ada@shop.test", "language": "fr"},
            locale="fr-CA",
        ),
        "POST",
        "/v1/checkouts",
        {},
        {
            **REQUIRED,
            "checkout_expiration": "2030-01-02T03:04:05Z",
            "merchant_completes": True,
            "send_checkout_url": {"to_email": "ada@shop.test", "language": "fr"},
            "locale": "fr-CA",
        },
        {"status_code": 200, "json": {"checkout_uuid": "c-1", "checkout_url": "https://checkout.test/?id=c-1"}},
        lambda result: result == CreatedCheckout(checkout_uuid="c-1", checkout_url="https://checkout.test/?id=c-1"),
    ),
    Case(
        "checkouts.complete",
        lambda v1: v1.checkouts.complete("Ref-1_a"),
        "POST",
        "/v1/checkouts/Ref-1_a/complete",
        {},
        None,
        {"status_code": 200, "json": {"order_reference_id": "Ref-1_a", "amount_in_cents": 500}},
        lambda result: isinstance(result, CompletedCheckout) and result.amount_in_cents == 500,
    ),
    Case(
        "orders.get",
        lambda v1: v1.orders.get("Ref-1"),
        "GET",
        "/v1/orders/Ref-1",
        {},
        None,
        {"status_code": 200, "json": {"reference_id": "Ref-1", "amount_in_cents": 20000}},
        lambda result: isinstance(result, Order) and result.amount_in_cents == 20000,
    ),
    Case(
        "orders.get with shipping info",
        lambda v1: v1.orders.get("Ref-1", include_shipping_info=True),
        "GET",
        "/v1/orders/Ref-1",
        {"include-shipping-info": "true"},
        None,
        {"status_code": 200, "json": {"reference_id": "Ref-1", "shipping_address": {"city": "Minneapolis"}}},
        lambda result: result.shipping_address.city == "Minneapolis",
    ),
    Case(
        "orders.get without shipping info",
        lambda v1: v1.orders.get("Ref-1", include_shipping_info=False),
        "GET",
        "/v1/orders/Ref-1",
        {"include-shipping-info": "false"},
        None,
        {"status_code": 200, "json": {"reference_id": "Ref-1"}},
        lambda result: result.shipping_address is UNSET,
    ),
    Case(
        "orders.refund partial",
        lambda v1: v1.orders.refund("Ref-1", price("5.00"), refund_id="r-1"),
        "POST",
        "/v1/orders/Ref-1/refund",
        {},
        {"refund_id": "r-1", "amount": {"amount_in_cents": 500, "currency": "USD"}},
        {"status_code": 200, "json": {"refund_id": "r-1", "amount": {"amount_in_cents": 500, "currency": "USD"}}},
        lambda result: isinstance(result, Refund) and result.amount == Price(amount_in_cents=500, currency="USD"),
    ),
    Case(
        "orders.refund full",
        lambda v1: v1.orders.refund("Ref-1", is_full_refund=True, refund_reason="cancelled"),
        "POST",
        "/v1/orders/Ref-1/refund",
        {},
        {"refund_reason": "cancelled", "is_full_refund": True},
        {"status_code": 200, "json": {"refund_id": "r-2", "refund_reason": "cancelled"}},
        lambda result: result.refund_id == "r-2",
    ),
    Case(
        "settlements.summaries",
        lambda v1: v1.settlements.summaries(date(2019, 12, 1), end_date="2019-12-31", offset=20, currency_code="CAD"),
        "GET",
        "/v1/settlements/summaries",
        {"start-date": "2019-12-01", "end-date": "2019-12-31", "offset": "20", "currency-code": "CAD"},
        None,
        {"status_code": 200, "json": [{"uuid": "p-1", "net_settlement_amount": 668.61}]},
        lambda result: (
            [type(item) for item in result] == [PayoutSummary] and str(result[0].net_settlement_amount) == "668.61"
        ),
    ),
    Case(
        "interest.balance",
        lambda v1: v1.interest.balance(currency_code="CAD"),
        "GET",
        "/v1/interest/balance",
        {"currency-code": "CAD"},
        None,
        {"status_code": 200, "content": b'{"interest_balance": 0.0001}'},
        lambda result: isinstance(result, InterestBalance) and str(result.interest_balance) == "0.0001",
    ),
]


def check_request(request: httpx.Request, case: Case) -> None:
    assert request.method == case.method
    assert request.url.path == case.path
    assert dict(request.url.params) == case.params
    assert request.headers["Authorization"] == f"Bearer {V1_TOKEN}"
    assert request.headers["Accept"] == "application/json"
    if case.body is None:
        assert request.content == b""
    else:
        assert request.headers["Content-Type"] == "application/json"
        assert json.loads(request.content) == case.body


def mock(httpx_mock: HTTPXMock, case: Case) -> None:
    add_v1_auth(httpx_mock)
    url = httpx.URL(BASE + case.path, params=case.params)
    httpx_mock.add_response(method=case.method, url=url, **case.answer)


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_sync(httpx_mock: HTTPXMock, case: Case) -> None:
    mock(httpx_mock, case)
    v1: V1 = make_v1()
    assert case.check(case.invoke(v1))
    auth, request = httpx_mock.get_requests()
    assert auth.url.path == "/v1/authentication"
    check_request(request, case)


@pytest.mark.anyio
@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
async def test_async(httpx_mock: HTTPXMock, case: Case) -> None:
    mock(httpx_mock, case)
    async with make_async_client() as client:
        v1: AsyncV1 = async_v1_of(client)
        assert case.check(await case.invoke(v1))
    auth, request = httpx_mock.get_requests()
    assert auth.url.path == "/v1/authentication"
    check_request(request, case)


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_with_raw_response(httpx_mock: HTTPXMock, case: Case) -> None:
    mock(httpx_mock, case)
    v1 = make_v1()
    namespace = case.name.split(".")[0]
    raw = case.invoke(SimpleNamespace(**{namespace: getattr(v1, namespace).with_raw_response}))
    assert raw.status_code == case.answer["status_code"]
    assert raw.attempts == 1
    assert case.check(raw.parse())


@pytest.mark.anyio
async def test_async_with_raw_response(httpx_mock: HTTPXMock) -> None:
    add_v1_auth(httpx_mock)
    httpx_mock.add_response(url=f"{BASE}/v1/orders/Ref-1", json={"reference_id": "Ref-1"}, headers={"X-Trace": "t-1"})
    async with make_async_client() as client:
        raw = await async_v1_of(client).orders.with_raw_response.get("Ref-1")
    assert raw.headers["X-Trace"] == "t-1"
    assert raw.parse().reference_id == "Ref-1"


def test_csv_reports_ask_for_csv(httpx_mock: HTTPXMock) -> None:
    add_v1_auth(httpx_mock)
    httpx_mock.add_response(
        url=f"{BASE}/v1/settlements/details/p-1?metadata=location_id%2Cstore_name",
        content=page.SETTLEMENT_DETAILS_CSV.encode(),
    )
    httpx_mock.add_response(
        url=f"{BASE}/v1/interest/activity?start-date=2019-12-01&end-date=2019-12-02&offset=0&currency-code=USD",
        content=page.INTEREST_ACTIVITY_CSV.encode(),
    )
    v1 = make_v1()
    with v1.settlements.details("p-1", metadata=["location_id", "store_name"]) as details:
        assert len(list(details.line_items)) == 16
    with v1.interest.activity("2019-12-01", end_date=date(2019, 12, 2), offset=0, currency_code="USD") as activity:
        assert len(list(activity.rows)) == 4
    for request in httpx_mock.get_requests()[1:]:
        assert request.method == "GET"
        assert request.headers["Accept"] == "text/csv"
        assert request.headers["Authorization"] == f"Bearer {V1_TOKEN}"


@pytest.mark.anyio
async def test_async_csv_reports(httpx_mock: HTTPXMock) -> None:
    add_v1_auth(httpx_mock)
    httpx_mock.add_response(url=f"{BASE}/v1/settlements/details/p-1", content=page.SETTLEMENT_DETAILS_CSV.encode())
    httpx_mock.add_response(
        url=f"{BASE}/v1/interest/activity?start-date=2019-12-01", content=page.INTEREST_ACTIVITY_CSV.encode()
    )
    async with make_async_client() as client:
        v1 = async_v1_of(client)
        async with await v1.settlements.details("p-1") as details:
            assert details.summary.net_settlement_amount == details.summary.net_settlement_amount.normalize()
            types = [item.type async for item in details.line_items]
        async with await v1.interest.activity("2019-12-01") as activity:
            balances = [row.interest_account_balance_after_change async for row in activity.rows]
    assert len(types) == 16
    assert types[0] == "ORDER"
    assert [str(balance) for balance in balances] == ["5101.4676", "5075.3676", "5182.3922", "5183.4624"]
    assert details.http_response.is_closed
    assert activity.http_response.is_closed
    for request in httpx_mock.get_requests()[1:]:
        assert request.headers["Accept"] == "text/csv"
        assert request.headers["Authorization"] == f"Bearer {V1_TOKEN}"
