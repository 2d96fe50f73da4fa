"""The v2 namespaces send the documented requests and read the documented answers."""

from __future__ import annotations

import datetime
import json

import httpx
import pytest
from pytest_httpx import HTTPXMock

from sezzle import DeclinedError, InvalidInputError, price
from sezzle._core.sender import REQUEST_ID_HEADER
from sezzle.approval import CustomerOrderResult, ReauthorizationResult
from sezzle.links import find_link
from sezzle.order_state import order_state
from sezzle_api.models import CheckoutStatus, Order, OrderTransaction, Webhook, WebhookEvent
from tests.client.conftest import BASE, add_auth, make_async_client, make_client

ORDER = f"{BASE}/v2/order/ord-1"


def body(request: httpx.Request) -> object:
    return json.loads(request.content)


@pytest.mark.parametrize(
    ("method", "suffix", "expected_body"),
    [
        ("capture", "capture", {"capture_amount": {"amount_in_cents": 500, "currency": "USD"}}),
        ("refund", "refund", {"amount_in_cents": 500, "currency": "USD"}),
        ("release", "release", {"amount_in_cents": 500, "currency": "USD"}),
    ],
)
def test_money_moving_calls_send_body_and_request_id(
    httpx_mock: HTTPXMock, method: str, suffix: str, expected_body: object
) -> None:
    add_auth(httpx_mock)
    httpx_mock.add_response(method="POST", url=f"{ORDER}/{suffix}", json={"uuid": "tx-1"})
    result = getattr(make_client().orders, method)("ord-1", price(500))
    assert result == OrderTransaction(uuid="tx-1")
    request = httpx_mock.get_requests()[-1]
    assert body(request) == expected_body
    assert len(request.headers[REQUEST_ID_HEADER]) >= 32


def test_each_logical_call_gets_its_own_request_id_and_callers_can_pass_one(httpx_mock: HTTPXMock) -> None:
    add_auth(httpx_mock)
    httpx_mock.add_response(method="POST", url=f"{ORDER}/capture", json={"uuid": "tx"}, is_reusable=True)
    client = make_client()
    client.orders.capture("ord-1", price(100))
    client.orders.capture("ord-1", price(100))
    client.orders.capture("ord-1", price(100), idempotency_key="my-key-1")
    keys = [request.headers[REQUEST_ID_HEADER] for request in httpx_mock.get_requests()[1:]]
    assert keys[0] != keys[1]
    assert keys[2] == "my-key-1"


def test_request_id_is_kept_across_retries_of_a_capture(httpx_mock: HTTPXMock) -> None:
    add_auth(httpx_mock)
    httpx_mock.add_exception(httpx.RemoteProtocolError("dropped"), method="POST", url=f"{ORDER}/capture")
    httpx_mock.add_response(method="POST", url=f"{ORDER}/capture", status_code=503, headers={"Retry-After": "0"})
    httpx_mock.add_response(method="POST", url=f"{ORDER}/capture", json={"uuid": "tx-1"})
    raw = make_client().orders.with_raw_response.capture("ord-1", price(100))
    assert raw.attempts == 3
    keys = {request.headers[REQUEST_ID_HEADER] for request in httpx_mock.get_requests()[1:]}
    assert keys == {raw.request_id}


@pytest.mark.parametrize(
    "amount", [{"amount_in_cents": 0, "currency": "USD"}, {"amount_in_cents": 10.0, "currency": "USD"}]
)
def test_money_moving_calls_refuse_zero_and_float_amounts(httpx_mock: HTTPXMock, amount: dict[str, object]) -> None:
    with pytest.raises(InvalidInputError) as failure:
        make_client().orders.refund("ord-1", amount)
    assert failure.value.field == "amount.amount_in_cents"
    assert httpx_mock.get_requests() == []


def test_update_and_delete_checkout_answer_none(httpx_mock: HTTPXMock) -> None:
    add_auth(httpx_mock)
    httpx_mock.add_response(method="PATCH", url=ORDER, status_code=204)
    httpx_mock.add_response(method="DELETE", url=f"{ORDER}/checkout", status_code=204)
    client = make_client()
    assert client.orders.update("ord-1", reference_id="ref-9") is None
    assert client.orders.delete_checkout("ord-1") is None
    assert body(httpx_mock.get_requests()[1]) == {"reference_id": "ref-9"}
    raw = client.orders.with_raw_response  # the raw view of a no-content call still answers the response
    httpx_mock.add_response(method="PATCH", url=ORDER, status_code=204)
    assert raw.update("ord-1", reference_id="ref-9").status_code == 204


AUTHORIZATION = {
    "authorization_amount": {"amount_in_cents": 1000, "currency": "USD"},
    "approved": False,
    "expiration": "2030-01-01T00:00:00Z",
}


def test_reauthorize_makes_a_decline_obvious(httpx_mock: HTTPXMock) -> None:
    add_auth(httpx_mock)
    answer = {"uuid": "ord-2", "intent": "AUTH", "authorization": AUTHORIZATION}
    httpx_mock.add_response(method="POST", url=f"{ORDER}/reauthorize", json=answer, is_reusable=True)
    client = make_client()
    result = client.orders.reauthorize("ord-1", price(1000))
    assert isinstance(result, ReauthorizationResult)
    assert result.approved is False
    assert result.uuid == "ord-2"
    with pytest.raises(DeclinedError) as failure:
        client.orders.reauthorize("ord-1", price(1000), raise_on_decline=True)
    assert failure.value.result.uuid == "ord-2"


def test_customer_order_approval_and_request(httpx_mock: HTTPXMock) -> None:
    add_auth(httpx_mock)
    approved = {"uuid": "ord-3", "authorization": {**AUTHORIZATION, "approved": True}}
    httpx_mock.add_response(method="POST", url=f"{BASE}/v2/customer/cus-1/order", json=approved)
    result = make_client().customers.create_order(
        "cus-1", intent="AUTH", reference_id="sub-42", order_amount=price("10.00"), raise_on_decline=True
    )
    assert isinstance(result, CustomerOrderResult)
    assert result.approved is True
    request = httpx_mock.get_requests()[-1]
    assert body(request) == {
        "intent": "AUTH",
        "reference_id": "sub-42",
        "order_amount": {"amount_in_cents": 1000, "currency": "USD"},
    }
    assert REQUEST_ID_HEADER in request.headers


def test_customers_tokens_and_webhooks(httpx_mock: HTTPXMock) -> None:
    add_auth(httpx_mock)
    httpx_mock.add_response(
        url=f"{BASE}/v2/customer", json=[{"uuid": "cus-1", "expiration": "2027-01-01T00:00:00Z", "links": []}]
    )
    httpx_mock.add_response(
        method="POST", url=f"{BASE}/v2/customer/cus-1/preapprove", json={"uuid": "p", "approved": True}
    )
    httpx_mock.add_response(method="DELETE", url=f"{BASE}/v2/customer/cus-1", status_code=204)
    httpx_mock.add_response(
        url=f"{BASE}/v2/token/tok-9/session",
        json={"token": "tok-9", "expiration": "2027-01-01T00:00:00Z", "links": [], "customer": {"uuid": "cus-1"}},
    )
    httpx_mock.add_response(method="POST", url=f"{BASE}/v2/webhooks", json={"uuid": "wh-1", "links": []})
    httpx_mock.add_response(method="PATCH", url=f"{BASE}/v2/webhooks/wh-1", status_code=204)
    httpx_mock.add_response(
        method="PATCH",
        url=f"{BASE}/v2/webhooks/wh-1",
        json={"uuid": "wh-1", "url": "https://b.test", "events": ["order.refunded"]},
    )
    httpx_mock.add_response(method="POST", url=f"{BASE}/v2/webhooks/test", status_code=201)
    httpx_mock.add_response(method="POST", url=f"{BASE}/v2/webhooks/test", status_code=204)
    client = make_client()
    (summary,) = client.customers.list()
    assert summary.expiration == datetime.datetime(2027, 1, 1, tzinfo=datetime.UTC)
    assert client.customers.preapprove("cus-1", price(100)).approved is True
    assert client.customers.delete("cus-1") is None
    assert client.tokens.get_session("tok-9").customer.uuid == "cus-1"
    assert client.webhooks.create(url="https://a.test", events=["order.captured"]).uuid == "wh-1"
    assert client.webhooks.update("wh-1", url="https://b.test", events=[WebhookEvent.ORDER_REFUNDED]) is None
    updated = client.webhooks.update("wh-1", url="https://b.test", events=["order.refunded"])
    assert isinstance(updated, Webhook)
    assert updated.events == [WebhookEvent.ORDER_REFUNDED]
    assert client.webhooks.test("order.captured", url="https://a.test") is None  # 201, as the docs say
    assert client.webhooks.test("order.captured") is None  # 204, as the spec says
    assert body(httpx_mock.get_requests()[-1]) == {"event": "order.captured"}


def test_an_event_unknown_to_this_client_is_sent_for_sezzle_to_judge(httpx_mock: HTTPXMock) -> None:
    add_auth(httpx_mock)
    httpx_mock.add_response(method="POST", url=f"{BASE}/v2/webhooks", json={"uuid": "wh-1"})
    make_client().webhooks.create(url="https://a.test", events=["order.teleported"])
    assert json.loads(httpx_mock.get_requests()[-1].content) == {
        "url": "https://a.test",
        "events": ["order.teleported"],
    }


def test_follow_capture_link_goes_to_the_clients_gateway_with_a_request_id(httpx_mock: HTTPXMock) -> None:
    add_auth(httpx_mock)
    httpx_mock.add_response(method="POST", url=f"{ORDER}/capture", json={"uuid": "tx-7"})
    links = [
        {"href": "https://gateway.sezzle.com/v2/order/ord-1", "method": "GET", "rel": "self"},
        {"href": "https://gateway.sezzle.com/v2/order/ord-1/capture", "method": "POST", "rel": "capture"},
    ]
    client = make_client()
    result = client.links.follow(find_link(links, "capture"), {"capture_amount": price(250)})
    assert result == OrderTransaction(uuid="tx-7")
    request = httpx_mock.get_requests()[-1]
    assert request.url.host == "gw.test"
    assert REQUEST_ID_HEADER in request.headers
    assert body(request) == {"capture_amount": {"amount_in_cents": 250, "currency": "USD"}}


def test_follow_checks_the_body_and_finds_links_by_method(httpx_mock: HTTPXMock) -> None:
    links = [
        {"href": "https://g/v2/order/o", "method": "GET", "rel": "self"},
        {"href": "https://g/v2/order/o", "method": "PATCH", "rel": "self"},
    ]
    assert str(find_link(links, "self", "patch").method) == "PATCH"
    with pytest.raises(InvalidInputError, match="no link with rel 'refund'"):
        find_link(links, "refund")
    with pytest.raises(InvalidInputError, match=r"body\.capture_amount\.amount_in_cents: must be whole cents"):
        make_client().links.follow(
            {"href": "https://g/v2/order/o/capture", "method": "POST", "rel": "capture"},
            {"capture_amount": {"amount_in_cents": 1.5, "currency": "USD"}},
        )


@pytest.mark.anyio
async def test_async_namespaces(httpx_mock: HTTPXMock) -> None:
    add_auth(httpx_mock)
    httpx_mock.add_response(method="POST", url=f"{ORDER}/release", json={"uuid": "rel-1"})
    httpx_mock.add_response(
        url=ORDER,
        json={
            "uuid": "ord-1",
            "links": [],
            "checkout_status": "complete",
            "order_amount": {"amount_in_cents": 100, "currency": "USD"},
        },
    )
    async with make_async_client() as client:
        assert (await client.orders.release("ord-1", price(100))).uuid == "rel-1"
        order = await client.orders.get("ord-1")
    assert order_state(order).checkout_completed  # 'complete' (a doc variant) counts as completed


def test_order_state_sums_transactions() -> None:
    order = Order.from_dict(
        {
            "uuid": "o",
            "links": [],
            "checkout_status": "completed",
            "order_amount": {"amount_in_cents": 10000, "currency": "USD"},
            "authorization": {
                "authorization_amount": {"amount_in_cents": 10000, "currency": "USD"},
                "approved": True,
                "expiration": "2030-01-01T00:00:00Z",
                "captures": [
                    {"uuid": "c1", "amount": {"amount_in_cents": 3000, "currency": "USD"}},
                    {"uuid": "c2", "amount": {"amount_in_cents": 2000, "currency": "USD"}},
                ],
                "refunds": [{"uuid": "r1", "amount": {"amount_in_cents": 1500, "currency": "USD"}}],
                "releases": [{"uuid": "l1", "amount": {"amount_in_cents": 1000, "currency": "USD"}}],
            },
        }
    )
    state = order_state(order, now=datetime.datetime(2029, 1, 1, tzinfo=datetime.UTC))
    assert (state.authorized, state.captured, state.refunded, state.released) == (10000, 5000, 1500, 1000)
    assert (state.capturable, state.refundable, state.releasable) == (4000, 3500, 4000)
    assert order.checkout_status is CheckoutStatus.COMPLETED
    expired = order_state(order, now=datetime.datetime(2031, 1, 1, tzinfo=datetime.UTC))
    assert expired.authorization_expired
    assert (expired.capturable, expired.releasable, expired.refundable) == (0, 0, 3500)
