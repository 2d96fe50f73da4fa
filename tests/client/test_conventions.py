"""What users of stripe-python and openai-python expect: with_options, request_id, 403, SEZZLE_LOG, and an
injected http_client that is never modified."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import httpx
import pytest
from pytest_httpx import HTTPXMock

from sezzle import (
    APIConnectionError,
    APIStatusError,
    PermissionDeniedError,
    ResponseParseError,
    UnprocessableEntityError,
    price,
)
from sezzle._core.logs import setup_logging
from tests.client.conftest import AUTH_URL, BASE, TOKEN, add_auth, make_async_client, make_client

ORDER = f"{BASE}/v2/order/ord-1"


def test_with_options_copies_settings_and_shares_pool_and_token(httpx_mock: HTTPXMock) -> None:
    add_auth(httpx_mock)
    httpx_mock.add_response(url=f"{ORDER}/capture", method="POST", status_code=503)
    httpx_mock.add_response(url=f"{ORDER}/capture", method="POST", status_code=503)
    httpx_mock.add_response(url=f"{ORDER}/capture", method="POST", json={"uuid": "cap-1"})
    client = make_client(max_retries=0, default_headers={"X-Shop": "a"})
    patient = client.with_options(max_retries=2, timeout=99.0, default_headers={"X-Trace": "t-1"})

    with pytest.raises(APIStatusError):
        client.orders.capture("ord-1", price(100))
    assert patient.orders.capture("ord-1", price(100)).uuid == "cap-1"

    assert patient._http is client._http
    requests = httpx_mock.get_requests()
    assert [str(r.url) for r in requests].count(AUTH_URL) == 1  # one token for both
    first, *retried = [r for r in requests if r.url.path.endswith("/capture")]
    assert first.headers["X-Shop"] == "a"
    assert "X-Trace" not in first.headers
    assert all(r.headers["X-Shop"] == "a" and r.headers["X-Trace"] == "t-1" for r in retried)
    assert first.extensions["timeout"]["read"] == 30.0
    assert retried[0].extensions["timeout"]["read"] == 99.0
    assert len(retried) == 2
    patient.close()
    assert not client._http.is_closed  # the pool belongs to the client it was copied from
    client.close()
    assert client._http.is_closed


@pytest.mark.anyio
async def test_async_with_options(httpx_mock: HTTPXMock) -> None:
    add_auth(httpx_mock)
    httpx_mock.add_response(url=ORDER, status_code=500)
    async with make_async_client(max_retries=1) as client:
        fewer = client.with_options(max_retries=0, default_headers={"X-Trace": "t-2"})
        with pytest.raises(APIStatusError):
            await fewer.orders.get("ord-1")
        assert fewer._tokens is client._tokens
        assert fewer._http is client._http
        assert client._sender.settings.max_retries == 1
    orders = [r for r in httpx_mock.get_requests() if r.url.path == "/v2/order/ord-1"]
    assert len(orders) == 1
    assert orders[0].headers["X-Trace"] == "t-2"


def test_status_errors_carry_the_request_id(httpx_mock: HTTPXMock) -> None:
    add_auth(httpx_mock)
    httpx_mock.add_response(url=f"{ORDER}/refund", method="POST", status_code=422, json=[{"code": "invalid"}])
    with pytest.raises(UnprocessableEntityError) as failure:
        make_client().orders.refund("ord-1", price(100), idempotency_key="refund-ord-1-a")
    assert failure.value.request_id == "refund-ord-1-a"


def test_parse_errors_and_raw_responses_carry_the_request_id(httpx_mock: HTTPXMock) -> None:
    add_auth(httpx_mock)
    httpx_mock.add_response(url=f"{ORDER}/release", method="POST", json={"no": "uuid"})
    httpx_mock.add_response(url=f"{ORDER}/release", method="POST", json={"uuid": "rel-1"})
    client = make_client()
    with pytest.raises(ResponseParseError) as failure:
        client.orders.release("ord-1", price(100), idempotency_key="rel-a")
    assert failure.value.request_id == "rel-a"
    raw = client.orders.with_raw_response.release("ord-1", price(100), idempotency_key="rel-b")
    assert raw.request_id == "rel-b"
    assert raw.parse().uuid == "rel-1"


def test_reads_without_a_request_id_say_none_unless_the_gateway_sends_one(httpx_mock: HTTPXMock) -> None:
    add_auth(httpx_mock)
    httpx_mock.add_response(url=ORDER, status_code=404, headers={"Sezzle-Request-Id": "gw-77"})
    httpx_mock.add_response(url=ORDER, status_code=404)
    client = make_client()
    with pytest.raises(APIStatusError) as echoed:
        client.orders.get("ord-1")
    assert echoed.value.request_id == "gw-77"
    with pytest.raises(APIStatusError) as plain:
        client.orders.get("ord-1")
    assert plain.value.request_id is None


def test_connection_errors_carry_the_request_id(httpx_mock: HTTPXMock) -> None:
    add_auth(httpx_mock)
    httpx_mock.add_exception(httpx.ReadTimeout("slow"), url=f"{ORDER}/capture", method="POST")
    with pytest.raises(APIConnectionError) as failure:
        make_client(max_retries=0).orders.capture("ord-1", price(100), idempotency_key="cap-z")
    assert failure.value.request_id == "cap-z"


def test_403_is_permission_denied(httpx_mock: HTTPXMock) -> None:
    add_auth(httpx_mock)
    httpx_mock.add_response(url=ORDER, status_code=403, json=[{"code": "forbidden", "message": "not allowed"}])
    with pytest.raises(PermissionDeniedError) as failure:
        make_client().orders.get("ord-1")
    assert isinstance(failure.value, APIStatusError)
    assert failure.value.status_code == 403
    assert failure.value.code == "forbidden"


def test_injected_http_client_is_never_modified(httpx_mock: HTTPXMock) -> None:
    add_auth(httpx_mock)
    order = {
        "uuid": "ord-1",
        "links": [],
        "checkout_status": "active",
        "order_amount": {"amount_in_cents": 100, "currency": "USD"},
    }
    httpx_mock.add_response(url=ORDER, json=order, is_reusable=True)
    seen: list[str] = []

    def hook(request: httpx.Request) -> None:
        seen.append(request.url.path)

    auth = httpx.BasicAuth("proxy-user", "proxy-pass")
    mine = httpx.Client(base_url="https://elsewhere.test", headers={"X-Mine": "1"}, auth=auth)
    mine.event_hooks = {"request": [hook], "response": []}
    before = (dict(mine.headers), mine.auth, {k: list(v) for k, v in mine.event_hooks.items()}, mine.base_url)
    with make_client(http_client=mine, default_headers={"X-Shop": "s"}) as client:
        assert client.orders.get("ord-1").uuid == "ord-1"
        client.with_options(default_headers={"X-Other": "o"}).orders.with_raw_response.get("ord-1")
    after = (dict(mine.headers), mine.auth, {k: list(v) for k, v in mine.event_hooks.items()}, mine.base_url)
    assert after == before
    assert not mine.is_closed  # still the caller's to close
    get = next(r for r in httpx_mock.get_requests() if r.url.path == "/v2/order/ord-1")
    assert get.headers["X-Mine"] == "1"  # the pool's own headers still go out
    assert get.headers["X-Shop"] == "s"  # and the client's, per request
    assert get.headers["User-Agent"].startswith("sezzle-python/")
    assert get.headers["Authorization"] == f"Bearer {TOKEN}"  # the client's auth, not the pool's
    assert seen.count("/v2/order/ord-1") == 2
    mine.close()


def test_sezzle_log_configures_the_logger_and_hides_secrets() -> None:
    script = textwrap.dedent(
        """
        from sezzle import NotFoundError, Sezzle
        from sezzle.gateway import Gateway

        with Gateway() as gw:
            client = Sezzle(gw.public_key, gw.private_key, base_url=gw.url)
            for call in (lambda: client.orders.get("no-such-order"),
                         lambda: client.card_sessions.get_card_data("tok-card-SECRET")):
                try:
                    call()
                except NotFoundError:
                    pass
            print(gw.private_key)
        """
    )
    env = {**os.environ, "SEZZLE_LOG": "debug"}
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60, check=True
    )
    private_key = done.stdout.strip()
    assert "GET /v2/order/no-such-order -> 404 attempt=1" in done.stderr
    assert "POST /v2/authentication -> 201" in done.stderr
    assert "DEBUG sezzle]" in done.stderr
    assert private_key
    assert private_key not in done.stderr
    assert "tok-card-SECRET" not in done.stderr
    assert "Bearer" not in done.stderr


def test_sezzle_log_levels() -> None:
    import logging

    logger = logging.getLogger("sezzle")
    level = logger.level
    handler = None
    try:
        assert setup_logging({}) is None
        assert setup_logging({"SEZZLE_LOG": "verbose"}) is None
        handler = setup_logging({"SEZZLE_LOG": "INFO"})
        assert handler is not None
        assert handler in logger.handlers
        assert logger.level == logging.INFO
    finally:
        if handler is not None:
            logger.removeHandler(handler)
        logger.setLevel(level)
