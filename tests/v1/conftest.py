from __future__ import annotations

import datetime
from typing import Any

import pytest
from pytest_httpx import HTTPXMock

from sezzle import AsyncSezzle, RetryConfig, Sezzle
from sezzle.v1 import V1, AsyncV1

BASE = "https://gw.test"
V1_AUTH_URL = f"{BASE}/v1/authentication"
V2_AUTH_URL = f"{BASE}/v2/authentication"
PUBLIC_KEY = "sz_pub_visible"
PRIVATE_KEY = "sz_pr_SECRET-PRIVATE-KEY-1234"
V1_TOKEN = "tok-v1-SECRET-BEARER-5678"
V2_TOKEN = "tok-v2-SECRET-BEARER-9012"
NO_WAIT = RetryConfig(initial_delay=0.0, max_delay=0.0)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def expires_in(seconds: float) -> str:
    moment = datetime.datetime.now(datetime.UTC) + datetime.timedelta(seconds=seconds)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def add_v1_auth(httpx_mock: HTTPXMock, token: str = V1_TOKEN, **options: Any) -> None:
    httpx_mock.add_response(
        method="POST",
        url=V1_AUTH_URL,
        status_code=201,
        json={"token": token, "expiration_date": expires_in(7200), "merchant_uuid": "merchant-1"},
        **options,
    )


def add_v2_auth(httpx_mock: HTTPXMock, token: str = V2_TOKEN) -> None:
    httpx_mock.add_response(
        method="POST",
        url=V2_AUTH_URL,
        status_code=201,
        json={"token": token, "expiration_date": expires_in(7200), "merchant_uuid": "merchant-1"},
    )


def make_client(**options: Any) -> Sezzle:
    options.setdefault("retry", NO_WAIT)
    options.setdefault("public_key", PUBLIC_KEY)
    options.setdefault("private_key", PRIVATE_KEY)
    return Sezzle(base_url=BASE, **options)


def make_async_client(**options: Any) -> AsyncSezzle:
    options.setdefault("retry", NO_WAIT)
    options.setdefault("public_key", PUBLIC_KEY)
    options.setdefault("private_key", PRIVATE_KEY)
    return AsyncSezzle(base_url=BASE, **options)


def v1_of(client: Sezzle) -> V1:
    """The v1 namespace over a client's transport, settings and keys, as the client builds it."""
    return V1(client._config.settings, client._http, client._config.keys)


def async_v1_of(client: AsyncSezzle) -> AsyncV1:
    return AsyncV1(client._config.settings, client._http, client._config.keys)


def make_v1(**options: Any) -> V1:
    return v1_of(make_client(**options))
