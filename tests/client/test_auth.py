"""The bearer-token flow: caching, refresh, single-flight, 401 replay, and where the private key goes."""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import Callable

import httpx
import pytest
from pytest_httpx import HTTPXMock

from sezzle import AuthenticationError
from sezzle.auth import TokenCache
from tests.client.conftest import (
    AUTH_URL,
    BASE,
    PRIVATE_KEY,
    PUBLIC_KEY,
    TOKEN,
    add_auth,
    expires_in,
    make_async_client,
    make_client,
)

SESSION_URL = f"{BASE}/v2/session/sess-1"


def auth_requests(httpx_mock: HTTPXMock) -> list[httpx.Request]:
    return [request for request in httpx_mock.get_requests() if request.url.path == "/v2/authentication"]


def test_authenticates_with_keys_and_sends_bearer_token(httpx_mock: HTTPXMock) -> None:
    add_auth(httpx_mock)
    httpx_mock.add_response(url=SESSION_URL, json={"uuid": "sess-1"})
    make_client().sessions.get("sess-1")
    auth, call = httpx_mock.get_requests()
    assert json.loads(auth.content) == {"public_key": PUBLIC_KEY, "private_key": PRIVATE_KEY}
    assert "Authorization" not in auth.headers
    assert call.headers["Authorization"] == f"Bearer {TOKEN}"


def test_token_is_cached_between_calls(httpx_mock: HTTPXMock) -> None:
    add_auth(httpx_mock)
    httpx_mock.add_response(url=SESSION_URL, json={"uuid": "sess-1"}, is_reusable=True)
    client = make_client()
    for _ in range(3):
        client.sessions.get("sess-1")
    assert len(auth_requests(httpx_mock)) == 1


def test_token_is_refreshed_shortly_before_it_expires(httpx_mock: HTTPXMock) -> None:
    add_auth(httpx_mock, token="short-lived", lifetime=0.5)
    add_auth(httpx_mock, token="second")
    httpx_mock.add_response(url=SESSION_URL, json={"uuid": "sess-1"}, is_reusable=True)
    client = make_client()
    client.sessions.get("sess-1")
    time.sleep(0.5)  # past 90 % of the first token's life
    client.sessions.get("sess-1")
    first, second = [r for r in httpx_mock.get_requests() if r.url.path != "/v2/authentication"]
    assert first.headers["Authorization"] == "Bearer short-lived"
    assert second.headers["Authorization"] == "Bearer second"


def answering(*responses: httpx.Response, seen: list[str]) -> Callable[[httpx.Request], httpx.Response]:
    """A mock that records the Authorization header at send time (a replay reuses the request object)."""
    queue = list(responses)

    def respond(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers.get("Authorization", ""))
        return queue.pop(0)

    return respond


def test_401_reauthenticates_once_and_replays_once(httpx_mock: HTTPXMock) -> None:
    seen: list[str] = []
    add_auth(httpx_mock, token="revoked")
    add_auth(httpx_mock, token="fresh")
    rejected = httpx.Response(401, json=[{"code": "unauthorized", "message": "no"}])
    respond = answering(rejected, httpx.Response(200, json={"uuid": "sess-1"}), seen=seen)
    httpx_mock.add_callback(respond, url=SESSION_URL, is_reusable=True)
    assert make_client().sessions.get("sess-1").uuid == "sess-1"
    assert seen == ["Bearer revoked", "Bearer fresh"]


def test_second_401_raises_authentication_error(httpx_mock: HTTPXMock) -> None:
    add_auth(httpx_mock, token="one")
    add_auth(httpx_mock, token="two")
    body = [{"code": "unauthorized", "message": "authorization not accepted", "debug_uuid": "dbg-401"}]
    httpx_mock.add_response(url=SESSION_URL, status_code=401, json=body, is_reusable=True)
    with pytest.raises(AuthenticationError) as failure:
        make_client().sessions.get("sess-1")
    assert failure.value.status_code == 401
    assert failure.value.debug_uuid == "dbg-401"
    assert len(auth_requests(httpx_mock)) == 2
    assert len(httpx_mock.get_requests()) == 4


def test_rejected_keys_raise_authentication_error(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=AUTH_URL, status_code=401, json=[{"code": "unauthorized", "message": "bad keys"}])
    with pytest.raises(AuthenticationError, match="bad keys") as failure:
        make_client().sessions.get("sess-1")
    assert PRIVATE_KEY not in str(failure.value)


def test_private_key_goes_only_into_the_auth_request(httpx_mock: HTTPXMock) -> None:
    add_auth(httpx_mock)
    httpx_mock.add_response(url=SESSION_URL, json={"uuid": "sess-1"})
    make_client().sessions.get("sess-1")
    for request in httpx_mock.get_requests():
        carries_key = (
            PRIVATE_KEY in request.content.decode()
            or PRIVATE_KEY in str(request.headers)
            or PRIVATE_KEY in str(request.url)
        )
        assert carries_key == (request.url.path == "/v2/authentication")


def test_one_refresh_for_100_threads(httpx_mock: HTTPXMock) -> None:
    def slow_auth(request: httpx.Request) -> httpx.Response:
        time.sleep(0.05)  # every thread arrives while the refresh is in flight
        return httpx.Response(201, json={"token": TOKEN, "expiration_date": expires_in(7200)})

    httpx_mock.add_callback(slow_auth, url=AUTH_URL, is_reusable=True)
    httpx_mock.add_response(url=SESSION_URL, json={"uuid": "sess-1"}, is_reusable=True)
    client = make_client()
    start = threading.Barrier(100)
    failures: list[BaseException] = []

    def call() -> None:
        start.wait()
        try:
            client.sessions.get("sess-1")
        except BaseException as exc:
            failures.append(exc)

    threads = [threading.Thread(target=call) for _ in range(100)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    assert len(auth_requests(httpx_mock)) == 1
    assert len(httpx_mock.get_requests()) == 101


@pytest.mark.anyio
async def test_one_refresh_for_100_tasks(httpx_mock: HTTPXMock) -> None:
    async def slow_auth(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(0.05)
        return httpx.Response(201, json={"token": TOKEN, "expiration_date": expires_in(7200)})

    httpx_mock.add_callback(slow_auth, url=AUTH_URL, is_reusable=True)
    httpx_mock.add_response(url=SESSION_URL, json={"uuid": "sess-1"}, is_reusable=True)
    async with make_async_client() as client:
        results = await asyncio.gather(*(client.sessions.get("sess-1") for _ in range(100)))
    assert {result.uuid for result in results} == {"sess-1"}
    assert len(auth_requests(httpx_mock)) == 1


@pytest.mark.anyio
async def test_async_401_replay(httpx_mock: HTTPXMock) -> None:
    seen: list[str] = []
    add_auth(httpx_mock, token="revoked")
    add_auth(httpx_mock, token="fresh")
    respond = answering(httpx.Response(401), httpx.Response(200, json={"uuid": "sess-1"}), seen=seen)
    httpx_mock.add_callback(respond, url=SESSION_URL, is_reusable=True)
    async with make_async_client() as client:
        assert (await client.sessions.get("sess-1")).uuid == "sess-1"
    assert seen == ["Bearer revoked", "Bearer fresh"]


def test_token_cache_keeps_a_newer_token_when_an_old_one_is_invalidated() -> None:
    from sezzle.auth import IssuedToken

    issued = iter(["secret-token-a", "secret-token-b"])
    cache = TokenCache(fetch=lambda: IssuedToken(next(issued), None, None))
    old = cache.get()
    cache.invalidate(old)
    new = cache.get()
    cache.invalidate(old)  # a late caller holding the old token must not drop the new one
    assert cache.get() is new
    assert "secret-token" not in repr(old) + repr(new)


def test_clock_skew_falls_back_to_documented_lifetime() -> None:
    import datetime

    from sezzle.auth import DOCUMENTED_LIFETIME, IssuedToken, _lifetime

    now = datetime.datetime.now(datetime.UTC)
    assert _lifetime(now - datetime.timedelta(hours=1), now) == DOCUMENTED_LIFETIME
    assert _lifetime(now + datetime.timedelta(days=3), now) == DOCUMENTED_LIFETIME
    assert _lifetime(now + datetime.timedelta(minutes=120), now) == pytest.approx(7200)
    assert IssuedToken("x", None, None).expiration_date is None
