"""Which v1 calls are resent: reads and the webhook URL always; creations and money moves only if never sent."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest
from pytest_httpx import HTTPXMock

from sezzle import APIConnectionError, APITimeoutError, InternalServerError, RateLimitError, price
from tests.v1 import page
from tests.v1.conftest import BASE, add_v1_auth, async_v1_of, make_async_client, make_v1

CHECKOUT = {
    "amount_in_cents": 12999,
    "currency_code": "USD",
    "order_reference_id": "Ref-1",
    "order_description": "Order 1",
    "checkout_cancel_url": "https://shop.test/cart",
    "checkout_complete_url": "https://shop.test/done",
}

# Calls with no idempotency mechanism: (name, url, call, a success answer).
UNSENT_ONLY: list[tuple[str, str, Callable[[Any], Any], dict[str, Any]]] = [
    (
        "checkouts.create",
        f"{BASE}/v1/checkouts",
        lambda v1: v1.checkouts.create(CHECKOUT),
        {"checkout_uuid": "c-1", "checkout_url": "https://checkout.test/?id=c-1"},
    ),
    ("checkouts.complete", f"{BASE}/v1/checkouts/Ref-1/complete", lambda v1: v1.checkouts.complete("Ref-1"), {}),
    ("orders.refund", f"{BASE}/v1/orders/Ref-1/refund", lambda v1: v1.orders.refund("Ref-1", price(500)), {}),
]


def calls_to(httpx_mock: HTTPXMock, url: str) -> list[httpx.Request]:
    return [request for request in httpx_mock.get_requests() if str(request.url) == url]


@pytest.mark.parametrize(("name", "url", "call", "answer"), UNSENT_ONLY, ids=[case[0] for case in UNSENT_ONLY])
@pytest.mark.parametrize(
    "failure",
    [httpx.ReadTimeout("slow"), httpx.RemoteProtocolError("dropped"), httpx.Response(503), httpx.Response(429)],
    ids=["read-timeout", "dropped", "503", "429"],
)
def test_post_is_not_resent_once_sent(
    httpx_mock: HTTPXMock,
    name: str,
    url: str,
    call: Callable[[Any], Any],
    answer: dict[str, Any],
    failure: BaseException | httpx.Response,
) -> None:
    add_v1_auth(httpx_mock)
    if isinstance(failure, httpx.Response):
        httpx_mock.add_response(method="POST", url=url, status_code=failure.status_code)
    else:
        httpx_mock.add_exception(failure, method="POST", url=url)
    with pytest.raises((APIConnectionError, InternalServerError, RateLimitError)) as error:
        call(make_v1(max_retries=5))
    if isinstance(error.value, APIConnectionError):
        assert error.value.request_sent is True
    assert len(calls_to(httpx_mock, url)) == 1


@pytest.mark.parametrize(("name", "url", "call", "answer"), UNSENT_ONLY, ids=[case[0] for case in UNSENT_ONLY])
def test_post_is_resent_when_it_never_left(
    httpx_mock: HTTPXMock, name: str, url: str, call: Callable[[Any], Any], answer: dict[str, Any]
) -> None:
    add_v1_auth(httpx_mock)
    httpx_mock.add_exception(httpx.ConnectError("refused"), method="POST", url=url)
    httpx_mock.add_response(method="POST", url=url, json=answer)
    call(make_v1())
    bodies = {request.content for request in calls_to(httpx_mock, url)}
    assert len(calls_to(httpx_mock, url)) == 2
    assert len(bodies) == 1  # the same request again


@pytest.mark.parametrize(
    "failure",
    [httpx.ConnectError("refused"), httpx.ReadTimeout("slow"), httpx.Response(500), httpx.Response(502)],
    ids=["connect", "read-timeout", "500", "502"],
)
def test_get_is_retried(httpx_mock: HTTPXMock, failure: BaseException | httpx.Response) -> None:
    url = f"{BASE}/v1/orders/Ref-1"
    add_v1_auth(httpx_mock)
    if isinstance(failure, httpx.Response):
        httpx_mock.add_response(url=url, status_code=failure.status_code)
    else:
        httpx_mock.add_exception(failure, url=url)
    httpx_mock.add_response(url=url, json={"reference_id": "Ref-1"})
    raw = make_v1().orders.with_raw_response.get("Ref-1")
    assert raw.attempts == 2
    assert raw.parse().reference_id == "Ref-1"


def test_get_gives_up_after_max_retries(httpx_mock: HTTPXMock) -> None:
    url = f"{BASE}/v1/interest/balance"
    add_v1_auth(httpx_mock)
    httpx_mock.add_exception(httpx.ReadTimeout("slow"), url=url, is_reusable=True)
    with pytest.raises(APITimeoutError):
        make_v1(max_retries=2).interest.balance()
    assert len(calls_to(httpx_mock, url)) == 3


def test_setting_the_webhook_url_is_resent_after_it_was_sent(httpx_mock: HTTPXMock) -> None:
    url = f"{BASE}/v1/configuration"
    add_v1_auth(httpx_mock)
    httpx_mock.add_exception(httpx.ReadTimeout("slow"), method="POST", url=url)
    httpx_mock.add_response(method="POST", url=url, status_code=503)
    httpx_mock.add_response(method="POST", url=url, status_code=200)
    make_v1().configuration.update(webhook_url="https://shop.test/hooks")
    assert len(calls_to(httpx_mock, url)) == 3


def test_streamed_report_is_retried_before_it_starts(httpx_mock: HTTPXMock) -> None:
    url = f"{BASE}/v1/settlements/details/p-1"
    add_v1_auth(httpx_mock)
    httpx_mock.add_response(url=url, status_code=502)
    httpx_mock.add_response(url=url, content=page.SETTLEMENT_DETAILS_CSV.encode())
    with make_v1().settlements.details("p-1") as report:
        assert len(list(report.line_items)) == 16
    assert len(calls_to(httpx_mock, url)) == 2


def test_per_call_max_retries(httpx_mock: HTTPXMock) -> None:
    url = f"{BASE}/v1/settlements/summaries?start-date=2019-12-01"
    add_v1_auth(httpx_mock)
    httpx_mock.add_response(url=url, status_code=500, is_reusable=True)
    with pytest.raises(InternalServerError):
        make_v1(max_retries=4).settlements.summaries("2019-12-01", max_retries=0)
    assert len(calls_to(httpx_mock, url)) == 1


@pytest.mark.anyio
async def test_async_post_is_not_resent_and_get_is(httpx_mock: HTTPXMock) -> None:
    add_v1_auth(httpx_mock)
    refund_url = f"{BASE}/v1/orders/Ref-1/refund"
    order_url = f"{BASE}/v1/orders/Ref-1"
    httpx_mock.add_exception(httpx.ReadTimeout("slow"), method="POST", url=refund_url)
    httpx_mock.add_response(url=order_url, status_code=503, headers={"Retry-After": "0"})
    httpx_mock.add_response(url=order_url, json={"reference_id": "Ref-1"})
    async with make_async_client(max_retries=3) as client:
        v1 = async_v1_of(client)
        with pytest.raises(APITimeoutError):
            await v1.orders.refund("Ref-1", is_full_refund=True)
        order = await v1.orders.get("Ref-1")
    assert order.reference_id == "Ref-1"
    assert len(calls_to(httpx_mock, refund_url)) == 1
    assert len(calls_to(httpx_mock, order_url)) == 2
