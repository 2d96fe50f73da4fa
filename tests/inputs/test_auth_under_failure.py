"""Authentication failing under load: one refresh at a time, its outcome shared, every wait bounded."""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Any

import httpx
import pytest
from pytest_httpx import HTTPXMock

from sezzle import APIStatusError, APITimeoutError, RetryConfig
from sezzle.auth import DOCUMENTED_LIFETIME, REFRESH_MARGIN
from tests.client.conftest import AUTH_URL, BASE, TOKEN, expires_in, make_async_client, make_client

SESSION_URL = f"{BASE}/v2/session/sess-1"
BACKOFF = RetryConfig(initial_delay=0.05, max_delay=0.05)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def auth_count(httpx_mock: HTTPXMock) -> int:
    return sum(1 for request in httpx_mock.get_requests() if request.url.path.endswith("/authentication"))


def run_threads(count: int, call: Any) -> tuple[list[BaseException], list[float]]:
    start = threading.Barrier(count)
    failures: list[BaseException] = []
    waits: list[float] = []

    def body() -> None:
        start.wait()
        began = time.monotonic()
        try:
            call()
        except BaseException as exc:
            failures.append(exc)
        waits.append(time.monotonic() - began)

    threads = [threading.Thread(target=body) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return failures, waits


def test_a_failing_refresh_is_shared_by_the_threads_waiting_on_it(httpx_mock: HTTPXMock) -> None:
    def failing_auth(request: httpx.Request) -> httpx.Response:
        time.sleep(0.05)  # the other threads arrive while the first refresh is under way
        return httpx.Response(503, json={"message": "down"})

    httpx_mock.add_callback(failing_auth, url=AUTH_URL, is_reusable=True)
    client = make_client(retry=BACKOFF)  # two retries: one refresh sends three requests
    failures, waits = run_threads(50, lambda: client.sessions.get("sess-1"))
    assert len(failures) == 50
    assert all(isinstance(failure, APIStatusError) and failure.status_code == 503 for failure in failures)
    # Before: each thread took the lock in turn and retried by itself (150 requests, 7 s for the last).
    assert auth_count(httpx_mock) <= 6
    assert max(waits) < 2.0


def test_a_waiter_gives_up_after_its_own_timeout(httpx_mock: HTTPXMock) -> None:
    release = threading.Event()

    def stuck_auth(request: httpx.Request) -> httpx.Response:
        release.wait(5)
        return httpx.Response(201, json={"token": TOKEN, "expiration_date": expires_in(7200)})

    httpx_mock.add_callback(stuck_auth, url=AUTH_URL)
    httpx_mock.add_response(url=SESSION_URL, json={"uuid": "sess-1"}, is_reusable=True)
    client = make_client()
    leader = threading.Thread(target=lambda: client.sessions.get("sess-1"))
    leader.start()
    while auth_count(httpx_mock) == 0:
        time.sleep(0.005)
    began = time.monotonic()
    with pytest.raises(APITimeoutError) as caught:
        client.sessions.get("sess-1", timeout=0.2)
    waited = time.monotonic() - began
    release.set()
    leader.join()
    assert 0.15 < waited < 1.5
    assert caught.value.request_sent is False
    assert caught.value.request is not None
    assert caught.value.request.url.path == "/v2/session/sess-1"
    assert TOKEN not in str(caught.value)
    assert auth_count(httpx_mock) == 1  # the waiter did not start a refresh of its own
    assert client.sessions.get("sess-1").uuid == "sess-1"  # the leader's token serves everyone after


@pytest.mark.anyio
async def test_a_failing_refresh_is_shared_by_the_tasks_waiting_on_it(httpx_mock: HTTPXMock) -> None:
    async def failing_auth(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(0.05)
        return httpx.Response(503, json={"message": "down"})

    httpx_mock.add_callback(failing_auth, url=AUTH_URL, is_reusable=True)
    async with make_async_client(retry=BACKOFF) as client:
        results = await asyncio.gather(*(client.sessions.get("sess-1") for _ in range(50)), return_exceptions=True)
    assert all(isinstance(result, APIStatusError) and result.status_code == 503 for result in results)
    assert auth_count(httpx_mock) == 3  # one refresh and its two retries, for all 50 tasks


@pytest.mark.anyio
async def test_a_waiting_task_gives_up_after_its_own_timeout(httpx_mock: HTTPXMock) -> None:
    release = asyncio.Event()

    started = asyncio.Event()

    async def stuck_auth(request: httpx.Request) -> httpx.Response:
        started.set()
        await release.wait()
        return httpx.Response(201, json={"token": TOKEN, "expiration_date": expires_in(7200)})

    httpx_mock.add_callback(stuck_auth, url=AUTH_URL)
    httpx_mock.add_response(url=SESSION_URL, json={"uuid": "sess-1"}, is_reusable=True)
    async with make_async_client() as client:
        leader = asyncio.create_task(client.sessions.get("sess-1"))
        await started.wait()
        began = time.monotonic()
        with pytest.raises(APITimeoutError) as caught:
            await client.sessions.get("sess-1", timeout=0.2)
        waited = time.monotonic() - began
        release.set()
        assert (await leader).uuid == "sess-1"
    assert 0.15 < waited < 1.5
    assert caught.value.request_sent is False
    assert auth_count(httpx_mock) == 1


@pytest.mark.anyio
async def test_a_cancelled_refresh_lets_the_waiting_task_refresh(httpx_mock: HTTPXMock) -> None:
    first = asyncio.Event()

    async def auth(request: httpx.Request) -> httpx.Response:
        if not first.is_set():
            first.set()
            await asyncio.sleep(10)
        return httpx.Response(201, json={"token": TOKEN, "expiration_date": expires_in(7200)})

    httpx_mock.add_callback(auth, url=AUTH_URL, is_reusable=True)
    httpx_mock.add_response(url=SESSION_URL, json={"uuid": "sess-1"}, is_reusable=True)
    async with make_async_client() as client:
        leader = asyncio.create_task(client.sessions.get("sess-1"))
        await first.wait()
        waiter = asyncio.create_task(client.sessions.get("sess-1"))
        await asyncio.sleep(0.01)
        leader.cancel()
        assert (await waiter).uuid == "sess-1"
    assert auth_count(httpx_mock) == 2


@pytest.mark.parametrize("expiration", ["soon", 12345, "2026-13-45T00:00:00Z", None, {"at": 1}, ""])
@pytest.mark.parametrize("version", ["v2", "v1"])
def test_an_unreadable_expiry_falls_back_to_the_documented_lifetime(
    httpx_mock: HTTPXMock, expiration: Any, version: str
) -> None:
    httpx_mock.add_response(
        url=f"{BASE}/{version}/authentication", status_code=201, json={"token": TOKEN, "expiration_date": expiration}
    )
    client = make_client()
    cache = client._tokens if version == "v2" else client.v1._tokens
    before = time.monotonic()
    token = cache.get()
    assert token.value == TOKEN
    assert token.refresh_at - before == pytest.approx(DOCUMENTED_LIFETIME - REFRESH_MARGIN, abs=5)


@pytest.mark.anyio
async def test_an_unreadable_expiry_falls_back_for_the_async_client(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=AUTH_URL, status_code=201, json={"token": TOKEN, "expiration_date": "next tuesday"})
    async with make_async_client() as client:
        token = await client._tokens.aget()
    assert token.value == TOKEN
    assert token.refresh_at - time.monotonic() == pytest.approx(DOCUMENTED_LIFETIME - REFRESH_MARGIN, abs=5)


@pytest.mark.parametrize("answer", [{"expiration_date": expires_in(7200)}, {"token": ""}, {"token": 5}])
def test_the_token_itself_is_required(httpx_mock: HTTPXMock, answer: dict[str, Any]) -> None:
    from sezzle import ResponseParseError

    httpx_mock.add_response(url=AUTH_URL, status_code=201, json=answer)
    with pytest.raises(ResponseParseError):
        make_client(max_retries=0).sessions.get("sess-1")
