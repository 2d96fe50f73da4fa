"""Which failures are retried, how long the client waits, and which calls are never resent."""

from __future__ import annotations

import datetime
import email.utils
import json

import httpx
import pytest
from pytest_httpx import HTTPXMock

from sezzle import APIConnectionError, CardTokenMaybeSpentError, InternalServerError, RateLimitError, RetryConfig
from sezzle._core.sender import REQUEST_ID_HEADER, Call, model_parser
from sezzle.retries import RetryPolicy, retry_after_seconds
from sezzle_api.models import LinkedResource
from tests.client.conftest import BASE, CREATED, SESSION_ARGS, add_auth, make_async_client, make_client

GET_URL = f"{BASE}/v2/session/sess-1"
CREATE_URL = f"{BASE}/v2/session"
CARD_URL = f"{BASE}/v2/session/card/token/card-token-1"
CARD = {"pan": "4111111111111111", "cvv_number": "987", "expiration_date": "0228"}


def calls_to(httpx_mock: HTTPXMock, url: str) -> list[httpx.Request]:
    return [request for request in httpx_mock.get_requests() if str(request.url) == url]


@pytest.mark.parametrize(
    "failure",
    [
        httpx.ConnectError("refused"),
        httpx.ReadTimeout("slow"),
        httpx.RemoteProtocolError("dropped"),
        httpx.Response(408),
        httpx.Response(429),
        httpx.Response(500),
        httpx.Response(502),
        httpx.Response(503),
    ],
    ids=lambda failure: str(getattr(failure, "status_code", type(failure).__name__)),
)
def test_idempotent_call_is_retried(httpx_mock: HTTPXMock, failure: BaseException | httpx.Response) -> None:
    add_auth(httpx_mock)
    if isinstance(failure, httpx.Response):
        httpx_mock.add_response(url=GET_URL, status_code=failure.status_code)
    else:
        httpx_mock.add_exception(failure, url=GET_URL)
    httpx_mock.add_response(url=GET_URL, json={"uuid": "sess-1"})
    assert make_client().sessions.get("sess-1").uuid == "sess-1"
    assert len(calls_to(httpx_mock, GET_URL)) == 2


def test_client_errors_are_not_retried(httpx_mock: HTTPXMock) -> None:
    add_auth(httpx_mock)
    httpx_mock.add_response(url=GET_URL, status_code=404)
    with pytest.raises(Exception):  # noqa: B017 - any error; the count is what matters
        make_client().sessions.get("sess-1")
    assert len(calls_to(httpx_mock, GET_URL)) == 1


def test_max_retries_per_client_and_per_call(httpx_mock: HTTPXMock) -> None:
    add_auth(httpx_mock)
    httpx_mock.add_response(url=GET_URL, status_code=500, is_reusable=True)
    client = make_client(max_retries=3)
    with pytest.raises(InternalServerError):
        client.sessions.get("sess-1")
    assert len(calls_to(httpx_mock, GET_URL)) == 4
    with pytest.raises(InternalServerError):
        client.sessions.get("sess-1", max_retries=0)
    assert len(calls_to(httpx_mock, GET_URL)) == 5


def test_backoff_doubles_with_jitter_and_caps() -> None:
    config = RetryConfig(initial_delay=0.5, max_delay=8.0)
    for retry, ceiling in [(1, 0.5), (2, 1.0), (3, 2.0), (4, 4.0), (5, 8.0), (9, 8.0)]:
        delays = [config.backoff(retry) for _ in range(50)]
        assert all(0.75 * ceiling <= delay <= ceiling for delay in delays)
        assert len(set(delays)) > 1  # jitter


def test_waits_follow_backoff(httpx_mock: HTTPXMock) -> None:
    add_auth(httpx_mock)
    httpx_mock.add_response(url=GET_URL, status_code=503, is_reusable=True)
    client = make_client(max_retries=3, retry=RetryConfig(initial_delay=0.5, max_delay=1.0))
    waits: list[float] = []
    client._sender.sleep = waits.append
    with pytest.raises(InternalServerError):
        client.sessions.get("sess-1")
    assert len(waits) == 3
    assert 0.375 <= waits[0] <= 0.5
    assert 0.75 <= waits[1] <= 1.0
    assert 0.75 <= waits[2] <= 1.0


def test_retry_after_seconds_is_honoured(httpx_mock: HTTPXMock) -> None:
    add_auth(httpx_mock)
    httpx_mock.add_response(url=GET_URL, status_code=429, headers={"Retry-After": "3"})
    httpx_mock.add_response(url=GET_URL, json={"uuid": "sess-1"})
    client = make_client()
    waits: list[float] = []
    client._sender.sleep = waits.append
    client.sessions.get("sess-1")
    assert waits == [3.0]


def test_retry_after_http_date_is_honoured() -> None:
    now = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
    later = email.utils.format_datetime(now + datetime.timedelta(seconds=7), usegmt=True)
    response = httpx.Response(503, headers={"Retry-After": later})
    assert retry_after_seconds(response, now=now.timestamp()) == pytest.approx(7)
    assert retry_after_seconds(httpx.Response(503, headers={"Retry-After": "soon"})) is None


def test_retry_after_beyond_the_cap_surfaces_the_error(httpx_mock: HTTPXMock) -> None:
    add_auth(httpx_mock)
    httpx_mock.add_response(url=GET_URL, status_code=429, headers={"Retry-After": "3600"})
    client = make_client(retry=RetryConfig(max_retry_after=60))
    with pytest.raises(RateLimitError) as failure:
        client.sessions.get("sess-1")
    assert failure.value.response.headers["Retry-After"] == "3600"
    assert len(calls_to(httpx_mock, GET_URL)) == 1


def test_create_session_is_retried_when_it_never_left(httpx_mock: HTTPXMock) -> None:
    add_auth(httpx_mock)
    httpx_mock.add_exception(httpx.ConnectError("refused"), method="POST", url=CREATE_URL)
    httpx_mock.add_response(method="POST", url=CREATE_URL, status_code=201, json=CREATED)
    assert make_client().sessions.create(**SESSION_ARGS).uuid == "sess-1"


@pytest.mark.parametrize(
    "failure",
    [httpx.ReadTimeout("slow"), httpx.RemoteProtocolError("dropped"), httpx.Response(503), httpx.Response(429)],
)
def test_create_session_is_not_resent_once_sent(httpx_mock: HTTPXMock, failure: BaseException | httpx.Response) -> None:
    add_auth(httpx_mock)
    if isinstance(failure, httpx.Response):
        httpx_mock.add_response(method="POST", url=CREATE_URL, status_code=failure.status_code)
    else:
        httpx_mock.add_exception(failure, method="POST", url=CREATE_URL)
    with pytest.raises((APIConnectionError, InternalServerError, RateLimitError)):
        make_client(max_retries=5).sessions.create(**SESSION_ARGS)
    assert len(calls_to(httpx_mock, CREATE_URL)) == 1


@pytest.mark.parametrize(
    "failure", [httpx.ReadTimeout("slow"), httpx.RemoteProtocolError("dropped"), httpx.ReadError("reset")]
)
def test_card_data_is_never_resent_once_it_may_have_arrived(httpx_mock: HTTPXMock, failure: BaseException) -> None:
    add_auth(httpx_mock)
    httpx_mock.add_exception(failure, url=CARD_URL)
    with pytest.raises(CardTokenMaybeSpentError) as error:
        make_client(max_retries=5).card_sessions.get_card_data("card-token-1")
    assert "may be spent" in str(error.value)
    assert "card-token-1" not in str(error.value)
    assert len(calls_to(httpx_mock, CARD_URL)) == 1


def test_card_data_is_not_resent_after_a_server_error(httpx_mock: HTTPXMock) -> None:
    add_auth(httpx_mock)
    httpx_mock.add_response(url=CARD_URL, status_code=503)
    with pytest.raises(InternalServerError):
        make_client(max_retries=5).card_sessions.get_card_data("card-token-1")
    assert len(calls_to(httpx_mock, CARD_URL)) == 1


def test_card_data_is_retried_when_the_connection_never_opened(httpx_mock: HTTPXMock) -> None:
    add_auth(httpx_mock)
    httpx_mock.add_exception(httpx.ConnectError("refused"), url=CARD_URL)
    httpx_mock.add_response(url=CARD_URL, json=CARD)
    assert make_client().card_sessions.get_card_data("card-token-1").cvv_number == "987"


def test_keyed_call_reuses_its_request_id_on_every_retry(httpx_mock: HTTPXMock) -> None:
    add_auth(httpx_mock)
    url = f"{BASE}/v2/order/o-1/capture"
    httpx_mock.add_exception(httpx.ReadTimeout("slow"), method="POST", url=url)
    httpx_mock.add_response(method="POST", url=url, status_code=500)
    httpx_mock.add_response(method="POST", url=url, json={"uuid": "cap-1"})
    seen: list[str] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers[REQUEST_ID_HEADER])
        return httpx.Response(200, json={"uuid": "cap-1"})

    client = make_client(max_retries=3)
    call = Call(
        "POST",
        "/v2/order/o-1/capture",
        model_parser(LinkedResource),
        json={"capture_amount": {"amount_in_cents": 100, "currency": "USD"}},
        headers={REQUEST_ID_HEADER: "key-123"},
        policy=RetryPolicy.KEYED,
    )
    result = client._sender.send(call)
    assert result.attempts == 3
    assert result.request_id == "key-123"
    assert {request.headers[REQUEST_ID_HEADER] for request in calls_to(httpx_mock, url)} == {"key-123"}
    assert json.loads(calls_to(httpx_mock, url)[0].content)["capture_amount"]["amount_in_cents"] == 100
    assert seen == []


@pytest.mark.anyio
async def test_async_client_retries_the_same_way(httpx_mock: HTTPXMock) -> None:
    add_auth(httpx_mock)
    httpx_mock.add_response(url=GET_URL, status_code=503, headers={"Retry-After": "0"})
    httpx_mock.add_exception(httpx.ConnectError("refused"), url=GET_URL)
    httpx_mock.add_response(url=GET_URL, json={"uuid": "sess-1"})
    async with make_async_client() as client:
        raw = await client.sessions.with_raw_response.get("sess-1")
    assert raw.attempts == 3
    assert raw.parse().uuid == "sess-1"


@pytest.mark.anyio
async def test_async_card_data_is_never_resent(httpx_mock: HTTPXMock) -> None:
    add_auth(httpx_mock)
    httpx_mock.add_exception(httpx.ReadTimeout("slow"), url=CARD_URL)
    async with make_async_client(max_retries=3) as client:
        with pytest.raises(CardTokenMaybeSpentError):
            await client.card_sessions.get_card_data("card-token-1")
    assert len(calls_to(httpx_mock, CARD_URL)) == 1
