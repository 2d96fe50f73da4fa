"""Every answer a server can send ends a call in a result or a ``SezzleError``, and shows no secret anywhere.

An answer is drawn as status x headers x body: bodies include card data and error bodies echoing the
bearer token, the private key and card numbers, wrong types, deep nesting, bytes that are not UTF-8,
reports whole and cut short; headers include false gzip, unreadable or huge ``Retry-After`` and missing
framing. What is drawn names the answer's parts and holds no secret, so a failing example prints none,
and a failure names the secret and where it showed, never its value.
"""

from __future__ import annotations

import asyncio
import gzip
import json
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pytest_httpx import HTTPXMock

from sezzle import AsyncSezzle, Sezzle, SezzleError
from tests.client.conftest import AUTH_URL, PRIVATE_KEY, TOKEN, expires_in, make_async_client, make_client
from tests.hardening.wire import CARD_TOKEN, CVV, ORDER, PAN, PAN_SPACED, every_log, no_leak, rendered, shown
from tests.reports.documents import V1_SETTLEMENT_DETAILS

AMOUNT = {"amount_in_cents": 100, "currency": "USD"}
ORDER_BODY = {"uuid": ORDER, "checkout_status": "approved", "links": [], "order_amount": AMOUNT}
CARD = {"pan": PAN, "cvv_number": CVV, "expiration_date": "0228", "first_name": "Ada"}
REPORT = V1_SETTLEMENT_DETAILS.encode()


def _short_row(report: bytes) -> bytes:
    lines = report.split(b"\n")
    lines[4] = b",".join(lines[4].split(b",")[:-3])
    return b"\n".join(lines)


BODIES: dict[str, bytes] = {
    "card": json.dumps(CARD).encode(),
    "card with numbers for strings": json.dumps({**CARD, "pan": int(PAN), "cvv_number": int(CVV)}).encode(),
    "card with a list for the number": json.dumps({**CARD, "pan": [PAN]}).encode(),
    "card with a wrong optional field": json.dumps({**CARD, "first_name": int(PAN)}).encode(),
    "order": json.dumps(ORDER_BODY).encode(),
    "capture": json.dumps({"uuid": "cap-1", "amount": AMOUNT}).encode(),
    "cents as a string": json.dumps(
        {**ORDER_BODY, "order_amount": {"amount_in_cents": "100", "currency": "USD"}}
    ).encode(),
    "cents as NaN": json.dumps(
        {**ORDER_BODY, "order_amount": {"amount_in_cents": float("nan"), "currency": "USD"}}
    ).encode(),
    "uuid as a number": json.dumps({**ORDER_BODY, "uuid": 12345, "links": None}).encode(),
    "an array": json.dumps([ORDER_BODY, CARD]).encode(),
    "echoed secrets": json.dumps(
        [{"code": "bad", "message": f"{PAN} {PAN_SPACED} {TOKEN} {PRIVATE_KEY}", "location": TOKEN, "debug_uuid": PAN}]
    ).encode(),
    "echoed secrets, v1 shape": json.dumps({"status": 400, "id": PRIVATE_KEY, "message": f"Bearer {TOKEN}"}).encode(),
    "echoed secrets, nested": json.dumps({"errors": [{"code": PAN, "message": PRIVATE_KEY}]}).encode(),
    "deep array": b"[" * 100_000,
    "deep object": b'{"a":' * 100_000,
    "deep but closed": b"[" * 3_000 + b"]" * 3_000,
    "not UTF-8": b'{"uuid": "\xff\xfe\x80"}',
    "latin-1 JSON": '{"uuid": "caf\u00e9"}'.encode("latin-1"),
    "empty": b"",
    "report": REPORT,
    "report cut mid-row": REPORT[: REPORT.index(b"-1.29") + 2],
    "report cut after a line": REPORT[: REPORT.index(b"\n", 400) + 1],
    "report with a short row": _short_row(REPORT),
}
STATUSES = [200, 201, 202, 204, 301, 302, 304, 307, 400, 401, 403, 404, 409, 422, 429, 500, 502, 503]
RETRY_AFTER = [
    None,
    "0",
    "1",
    "1e400",
    "nan",
    "-3",
    "99999999999999999999999999",
    "Mon, 01 Jan 2020 99999999999999999999:00:00 GMT",
    "Mon, 01 Jan 99999 00:00:00 GMT",
    "soon",
]
ENCODINGS = ["none", "gzip", "false gzip", "false deflate", "identity"]
CONTENT_TYPES = ["application/json", "text/csv", "text/html; charset=utf-8", None]


@st.composite
def answers(draw: st.DrawFn) -> dict[str, Any]:
    kind = draw(st.sampled_from([*BODIES, "random bytes"]))
    return {
        "status": draw(st.sampled_from(STATUSES)),
        "body": kind,
        "random": draw(st.binary(max_size=40)) if kind == "random bytes" else b"",
        "encoding": draw(st.sampled_from(ENCODINGS)),
        "framed": draw(st.booleans()),
        "retry_after": draw(st.sampled_from(RETRY_AFTER)),
        "content_type": draw(st.sampled_from(CONTENT_TYPES)),
        "location": draw(st.booleans()),
    }


def respond(answer: dict[str, Any]) -> Callable[[httpx.Request], httpx.Response]:
    body = answer["random"] if answer["body"] == "random bytes" else BODIES[answer["body"]]
    headers: dict[str, str] = {}
    if answer["encoding"] == "gzip":
        body = gzip.compress(body)
        headers["Content-Encoding"] = "gzip"
    elif answer["encoding"] != "none":
        headers["Content-Encoding"] = answer["encoding"].removeprefix("false ")
    if answer["retry_after"] is not None:
        headers["Retry-After"] = answer["retry_after"]
    if answer["content_type"] is not None:
        headers["Content-Type"] = answer["content_type"]
    if answer["location"]:
        headers["Location"] = "https://elsewhere.test/v2/order"
    if answer["framed"]:
        headers["Content-Length"] = str(len(body))

    def serve(request: httpx.Request) -> httpx.Response:
        if request.url == AUTH_URL:
            return httpx.Response(201, json={"token": TOKEN, "expiration_date": expires_in(3600)})
        return httpx.Response(answer["status"], headers=headers, stream=httpx.ByteStream(body))

    return serve


def _report(client: Sezzle) -> object:
    with client.reports.settlement_details("payout-1") as report:
        return [report, report.summary, *report.line_items]


OPERATIONS: dict[str, Callable[[Sezzle], object]] = {
    "capture": lambda client: client.orders.capture(ORDER, AMOUNT),
    "get order": lambda client: client.orders.get(ORDER),
    "card data": lambda client: client.card_sessions.get_card_data(CARD_TOKEN),
    "raw card data": lambda client: client.card_sessions.with_raw_response.get_card_data(CARD_TOKEN),
    "settlement details": _report,
}


async def _areport(client: AsyncSezzle) -> object:
    report = await client.reports.settlement_details("payout-1")
    try:
        return [report, report.summary, *[item async for item in report.line_items]]
    finally:
        await report.aclose()


ASYNC_OPERATIONS: dict[str, Callable[[AsyncSezzle], Awaitable[object]]] = {
    "capture": lambda client: client.orders.capture(ORDER, AMOUNT),
    "card data": lambda client: client.card_sessions.get_card_data(CARD_TOKEN),
    "settlement details": _areport,
}


def _outcome(call: Callable[[], object]) -> tuple[object, BaseException | None]:
    try:
        return call(), None
    except Exception as error:
        return None, error


def _judge(result: object, error: BaseException | None, logs: str) -> None:
    no_leak("the logs", logs, card_token=True)
    if error is None:
        no_leak("the result", repr(result))
        return
    if not isinstance(error, SezzleError):
        raise AssertionError(f"{type(error).__name__} escaped instead of a SezzleError") from None
    no_leak(f"a {type(error).__name__}", rendered(error))
    no_leak(f"a {type(error).__name__}", shown(error), card_token=True)
    for name in ("request", "response", "errors"):
        no_leak(f"the {name} of a {type(error).__name__}", repr(getattr(error, name, None)), card_token=True)


def _mock(httpx_mock: HTTPXMock, answer: dict[str, Any]) -> None:
    httpx_mock.reset()
    httpx_mock.add_callback(respond(answer), is_reusable=True, is_optional=True)


@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    derandomize=False,
)
@given(operation=st.sampled_from(sorted(OPERATIONS)), answer=answers())
def test_every_answer_ends_in_a_result_or_a_sezzle_error_without_showing_a_secret(
    httpx_mock: HTTPXMock, operation: str, answer: dict[str, Any]
) -> None:
    _mock(httpx_mock, answer)
    client = make_client(max_retries=1)
    client._sender.sleep = lambda seconds: None
    with every_log() as logs:
        result, error = _outcome(lambda: OPERATIONS[operation](client))
    _judge(result, error, logs.text)


@settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(operation=st.sampled_from(sorted(ASYNC_OPERATIONS)), answer=answers())
def test_every_answer_to_the_async_client_ends_the_same_way(
    httpx_mock: HTTPXMock, operation: str, answer: dict[str, Any]
) -> None:
    _mock(httpx_mock, answer)

    async def nap(seconds: float) -> None:
        return None

    async def run() -> tuple[object, BaseException | None]:
        async with make_async_client(max_retries=1) as client:
            client._sender.sleep = nap
            try:
                return await ASYNC_OPERATIONS[operation](client), None
            except Exception as error:
                return None, error

    with every_log() as logs:
        result, error = asyncio.run(run())
    _judge(result, error, logs.text)
