"""v1 authenticates on its own: its token comes from /v1/authentication only, once however many callers wait."""

from __future__ import annotations

import asyncio
import json
import logging
import threading
import time

import httpx
import pytest
from pytest_httpx import HTTPXMock

from sezzle import AuthenticationError
from tests.v1.conftest import (
    BASE,
    PRIVATE_KEY,
    PUBLIC_KEY,
    V1_AUTH_URL,
    V1_TOKEN,
    V2_TOKEN,
    add_v1_auth,
    add_v2_auth,
    async_v1_of,
    expires_in,
    make_async_client,
    make_client,
    make_v1,
    v1_of,
)

ORDER_URL = f"{BASE}/v1/orders/Ref-1"
SESSION_URL = f"{BASE}/v2/session/sess-1"


def paths(httpx_mock: HTTPXMock) -> list[str]:
    return [request.url.path for request in httpx_mock.get_requests()]


def test_v1_and_v2_each_use_the_token_of_their_own_endpoint(httpx_mock: HTTPXMock) -> None:
    add_v2_auth(httpx_mock)
    add_v1_auth(httpx_mock)
    httpx_mock.add_response(url=SESSION_URL, json={"uuid": "sess-1"}, is_reusable=True)
    httpx_mock.add_response(url=ORDER_URL, json={"reference_id": "Ref-1"}, is_reusable=True)
    client = make_client()
    v1 = v1_of(client)
    client.sessions.get("sess-1")  # the v2 token is cached first...
    v1.orders.get("Ref-1")  # ...yet v1 asks its own endpoint
    client.sessions.get("sess-1")
    v1.orders.get("Ref-1")
    assert paths(httpx_mock) == [
        "/v2/authentication",
        "/v2/session/sess-1",
        "/v1/authentication",
        "/v1/orders/Ref-1",
        "/v2/session/sess-1",
        "/v1/orders/Ref-1",
    ]
    for request in httpx_mock.get_requests():
        expected = {"/v1": f"Bearer {V1_TOKEN}", "/v2": f"Bearer {V2_TOKEN}"}[request.url.path[:3]]
        if request.url.path.endswith("/authentication"):
            assert "Authorization" not in request.headers
            assert json.loads(request.content) == {"public_key": PUBLIC_KEY, "private_key": PRIVATE_KEY}
        else:
            assert request.headers["Authorization"] == expected


def test_v1_shares_the_client_transport_and_headers(httpx_mock: HTTPXMock) -> None:
    add_v1_auth(httpx_mock)
    httpx_mock.add_response(url=ORDER_URL, json={})
    client = make_client(default_headers={"X-Shop": "shop-1"})
    v1_of(client).orders.get("Ref-1")
    for request in httpx_mock.get_requests():
        assert request.headers["X-Shop"] == "shop-1"
        assert request.headers["User-Agent"].startswith("sezzle-python/")


def test_401_reauthenticates_once_and_replays_once(httpx_mock: HTTPXMock) -> None:
    seen: list[str] = []
    add_v1_auth(httpx_mock, token="revoked")
    add_v1_auth(httpx_mock, token="fresh")
    answers = [
        httpx.Response(401, json={"status": 401, "id": "unauthorized", "message": "no"}),
        httpx.Response(200, json={"reference_id": "Ref-1"}),
    ]

    def respond(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["Authorization"])
        return answers.pop(0)

    httpx_mock.add_callback(respond, url=ORDER_URL, is_reusable=True)
    assert make_v1().orders.get("Ref-1").reference_id == "Ref-1"
    assert seen == ["Bearer revoked", "Bearer fresh"]
    assert paths(httpx_mock).count("/v1/authentication") == 2


def test_second_401_raises_authentication_error_with_the_v1_error_id(httpx_mock: HTTPXMock) -> None:
    add_v1_auth(httpx_mock, token="one")
    add_v1_auth(httpx_mock, token="two")
    body = {"status": 401, "id": "unauthorized", "message": "authorization not accepted"}
    httpx_mock.add_response(url=ORDER_URL, status_code=401, json=body, is_reusable=True)
    with pytest.raises(AuthenticationError) as failure:
        make_v1().orders.get("Ref-1")
    assert failure.value.code == "unauthorized"
    assert failure.value.message == "authorization not accepted"
    assert paths(httpx_mock) == ["/v1/authentication", "/v1/orders/Ref-1"] * 2


def test_rejected_keys_raise_authentication_error_without_the_key(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(
        method="POST", url=V1_AUTH_URL, status_code=401, json={"status": 401, "id": "unauthorized", "message": "bad"}
    )
    with pytest.raises(AuthenticationError) as failure:
        make_v1().orders.get("Ref-1")
    assert PRIVATE_KEY not in str(failure.value)
    assert paths(httpx_mock) == ["/v1/authentication"]


def test_authentication_is_retried_like_the_v2_one(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(method="POST", url=V1_AUTH_URL, status_code=503)
    add_v1_auth(httpx_mock)
    httpx_mock.add_response(url=ORDER_URL, json={})
    make_v1().orders.get("Ref-1")
    assert paths(httpx_mock) == ["/v1/authentication", "/v1/authentication", "/v1/orders/Ref-1"]


def slow_sync_auth(request: httpx.Request) -> httpx.Response:
    time.sleep(0.05)  # every caller arrives while the refresh is in flight
    return httpx.Response(201, json={"token": V1_TOKEN, "expiration_date": expires_in(7200)})


async def slow_async_auth(request: httpx.Request) -> httpx.Response:
    await asyncio.sleep(0.05)
    return httpx.Response(201, json={"token": V1_TOKEN, "expiration_date": expires_in(7200)})


def test_one_v1_authentication_for_50_threads(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_callback(slow_sync_auth, url=V1_AUTH_URL, is_reusable=True)
    httpx_mock.add_response(url=ORDER_URL, json={"reference_id": "Ref-1"}, is_reusable=True)
    v1 = make_v1()
    start = threading.Barrier(50)
    failures: list[BaseException] = []

    def call() -> None:
        start.wait()
        try:
            v1.orders.get("Ref-1")
        except BaseException as exc:
            failures.append(exc)

    threads = [threading.Thread(target=call) for _ in range(50)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    assert paths(httpx_mock).count("/v1/authentication") == 1
    assert paths(httpx_mock).count("/v1/orders/Ref-1") == 50


@pytest.mark.anyio
async def test_one_v1_authentication_for_50_tasks(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_callback(slow_async_auth, url=V1_AUTH_URL, is_reusable=True)
    httpx_mock.add_response(url=ORDER_URL, json={"reference_id": "Ref-1"}, is_reusable=True)
    async with make_async_client() as client:
        v1 = async_v1_of(client)
        orders = await asyncio.gather(*(v1.orders.get("Ref-1") for _ in range(50)))
    assert {order.reference_id for order in orders} == {"Ref-1"}
    assert paths(httpx_mock).count("/v1/authentication") == 1
    assert all(
        request.headers["Authorization"] == f"Bearer {V1_TOKEN}"
        for request in httpx_mock.get_requests()
        if request.url.path == "/v1/orders/Ref-1"
    )


@pytest.mark.anyio
async def test_async_v1_and_v2_tokens_stay_apart(httpx_mock: HTTPXMock) -> None:
    add_v2_auth(httpx_mock)
    add_v1_auth(httpx_mock)
    httpx_mock.add_response(url=SESSION_URL, json={"uuid": "sess-1"})
    httpx_mock.add_response(url=ORDER_URL, json={})
    async with make_async_client() as client:
        await client.sessions.get("sess-1")
        await async_v1_of(client).orders.get("Ref-1")
    session, order = (r for r in httpx_mock.get_requests() if not r.url.path.endswith("/authentication"))
    assert session.headers["Authorization"] == f"Bearer {V2_TOKEN}"
    assert order.headers["Authorization"] == f"Bearer {V1_TOKEN}"


def test_debug_logs_and_reprs_never_show_the_key_or_token(
    httpx_mock: HTTPXMock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    add_v1_auth(httpx_mock)
    httpx_mock.add_response(url=ORDER_URL, status_code=500, json={"status": 500, "id": "oops", "message": "m"})
    httpx_mock.add_response(url=ORDER_URL, json={"reference_id": "Ref-1"})
    v1 = make_v1()
    order = v1.orders.get("Ref-1")
    texts = [caplog.text, repr(v1), repr(v1._tokens), repr(order)]
    assert "/v1/orders/Ref-1 -> 500" in caplog.text  # the attempts are logged...
    for text in texts:  # ...without secrets
        assert PRIVATE_KEY not in text
        assert V1_TOKEN not in text
