from __future__ import annotations

import datetime
from typing import Any

import pytest
from pytest_httpx import HTTPXMock

from sezzle import AsyncSezzle, RetryConfig, Sezzle

BASE = "https://gw.test"
AUTH_URL = f"{BASE}/v2/authentication"
PUBLIC_KEY = "sz_pub_visible"
PRIVATE_KEY = "sz_pr_SECRET-PRIVATE-KEY-1234"
TOKEN = "tok-SECRET-BEARER-5678"
NO_WAIT = RetryConfig(initial_delay=0.0, max_delay=0.0)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def expires_in(seconds: float) -> str:
    moment = datetime.datetime.now(datetime.UTC) + datetime.timedelta(seconds=seconds)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def add_auth(httpx_mock: HTTPXMock, token: str = TOKEN, lifetime: float = 7200, **options: Any) -> None:
    httpx_mock.add_response(
        method="POST",
        url=AUTH_URL,
        status_code=201,
        json={"token": token, "expiration_date": expires_in(lifetime), "merchant_uuid": "merchant-1"},
        **options,
    )


def make_client(**options: Any) -> Sezzle:
    options.setdefault("retry", NO_WAIT)
    return Sezzle(PUBLIC_KEY, PRIVATE_KEY, base_url=BASE, **options)


def make_async_client(**options: Any) -> AsyncSezzle:
    options.setdefault("retry", NO_WAIT)
    return AsyncSezzle(PUBLIC_KEY, PRIVATE_KEY, base_url=BASE, **options)


SESSION_ORDER = {
    "intent": "AUTH",
    "reference_id": "ord_1",
    "description": "Order 1",
    "order_amount": {"amount_in_cents": 5000, "currency": "USD"},
}
SESSION_ARGS: dict[str, Any] = {
    "cancel_url": "https://shop.test/cart",
    "complete_url": "https://shop.test/done",
    "order": SESSION_ORDER,
}
CREATED = {"uuid": "sess-1", "order": {"uuid": "ord-uuid-1", "checkout_url": "https://checkout.test/?id=1"}}
