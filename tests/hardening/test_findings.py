"""One test per way a server's answer (or a call's own path) could defeat the client, and what it does instead."""

from __future__ import annotations

import gzip
import json
import logging

import httpx
import pytest
from pytest_httpx import HTTPXMock

from sezzle import (
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    CardTokenMaybeSpentError,
    InternalServerError,
    InvalidInputError,
    ResponseParseError,
    Sezzle,
)
from sezzle._core.sender import Call, model_parser
from sezzle.reports import ReportParseError
from sezzle.retries import retry_after_seconds
from sezzle_api.models import Order
from tests.client.conftest import (
    BASE,
    NO_WAIT,
    PRIVATE_KEY,
    PUBLIC_KEY,
    TOKEN,
    add_auth,
    make_async_client,
    make_client,
)
from tests.hardening.wire import (
    CARD_TOKEN,
    CVV,
    ORDER,
    PAN,
    PAN_SPACED,
    every_log,
    failure_of,
    no_leak,
    rendered,
    says,
    shown,
)
from tests.reports.documents import V1_SETTLEMENT_DETAILS

CAPTURE_URL = f"{BASE}/v2/order/{ORDER}/capture"
ORDER_URL = f"{BASE}/v2/order/{ORDER}"
CARD_URL = f"{BASE}/v2/session/card/token/{CARD_TOKEN}"
DETAILS_URL = f"{BASE}/v2/settlements/details/payout-1"
AMOUNT = {"amount_in_cents": 100, "currency": "USD"}
ORDER_BODY = {
    "uuid": ORDER,
    "checkout_status": "approved",
    "links": [],
    "order_amount": {"amount_in_cents": 5000, "currency": "USD"},
}
NOT_GZIP = b'{"uuid": "cap-1"} is not gzip'


def capture(client: Sezzle) -> object:
    return client.orders.capture(ORDER, AMOUNT)


# Never send a request somewhere else


@pytest.mark.parametrize(
    "path",
    [
        "/v2/order/x/../../v2/authentication",  # dot segments collapse
        "/v2/./order/x",
        "/v2/order/%2e%2e/customer",  # encoded dots: the URL keeps them, a server collapses them
        "/v2/order/x%2F..%2F..%2Fv2%2Fcustomer",  # encoded slashes around dots
        "/v2/order/x?as=query",  # the rest would become the query
        "/v2/order/x#fragment",  # the rest would be dropped
    ],
)
def test_a_path_that_would_be_sent_elsewhere_is_refused_before_sending(httpx_mock: HTTPXMock, path: str) -> None:
    client = make_client()
    with pytest.raises(InvalidInputError) as refused:
        client._sender.send(Call("GET", path, model_parser(Order)))
    assert refused.value.field == "path"
    assert "nothing was sent" in str(refused.value)
    assert httpx_mock.get_requests() == []


def test_paths_the_operation_produced_are_sent_as_they_are(httpx_mock: HTTPXMock) -> None:
    add_auth(httpx_mock)
    httpx_mock.add_response(url=f"{BASE}/v2/order/a%20b%C3%A9", json=ORDER_BODY)
    client = make_client()
    assert client._sender.send(Call("GET", "/v2/order/a b\u00e9", model_parser(Order))).parse().uuid == ORDER


def test_base_url_path_prefix_is_kept_and_checked(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(method="POST", url="https://gw.test/base/v2/authentication", status_code=201,
                            json={"token": TOKEN, "expiration_date": "2099-01-01T00:00:00Z"})  # fmt: skip
    httpx_mock.add_response(url=f"https://gw.test/base/v2/order/{ORDER}", json=ORDER_BODY)
    client = Sezzle(PUBLIC_KEY, PRIVATE_KEY, base_url="https://gw.test/base", retry=NO_WAIT)
    assert client.orders.get(ORDER).uuid == ORDER


# Nothing the server sends escapes as a bare exception


def test_a_2xx_body_that_is_not_the_gzip_it_claims_is_a_parse_error_keeping_the_raw_bytes(
    httpx_mock: HTTPXMock,
) -> None:
    add_auth(httpx_mock)
    headers = {"Content-Encoding": "gzip", "Content-Type": "application/json", "Sezzle-Request-Id": "rid-1"}
    httpx_mock.add_response(method="POST", url=CAPTURE_URL, headers=headers, stream=httpx.ByteStream(NOT_GZIP))
    with pytest.raises(ResponseParseError) as failure:
        capture(make_client())
    assert failure.value.status_code == 200
    assert failure.value.response.headers["Content-Encoding"] == "gzip"
    assert failure.value.response.content == NOT_GZIP
    assert "Content-Encoding" in str(failure.value)


def test_an_error_body_that_is_not_the_gzip_it_claims_is_still_the_status_error(httpx_mock: HTTPXMock) -> None:
    add_auth(httpx_mock)
    httpx_mock.add_response(url=CARD_URL, status_code=500, headers={"Content-Encoding": "gzip"},
                            stream=httpx.ByteStream(NOT_GZIP))  # fmt: skip
    with pytest.raises(InternalServerError) as failure:
        make_client(max_retries=0).card_sessions.get_card_data(CARD_TOKEN)
    assert (failure.value.status_code, failure.value.errors) == (500, [])
    assert failure.value.response.content == NOT_GZIP


def test_card_data_and_reports_that_are_not_the_gzip_they_claim_are_parse_errors(httpx_mock: HTTPXMock) -> None:
    add_auth(httpx_mock)
    httpx_mock.add_response(url=CARD_URL, headers={"Content-Encoding": "gzip"}, stream=httpx.ByteStream(NOT_GZIP))
    httpx_mock.add_response(url=DETAILS_URL, headers={"Content-Encoding": "gzip", "Content-Type": "text/csv"},
                            stream=httpx.ByteStream(b"total_order_amount\n1.00\n"))  # fmt: skip
    client = make_client()
    with pytest.raises(ResponseParseError):
        client.card_sessions.get_card_data(CARD_TOKEN)
    with pytest.raises(ResponseParseError) as failure:
        client.reports.settlement_details("payout-1")
    assert failure.value.response.headers["Content-Type"] == "text/csv"


def test_a_body_that_is_the_gzip_it_claims_is_read(httpx_mock: HTTPXMock) -> None:
    add_auth(httpx_mock)
    packed = gzip.compress(json.dumps(ORDER_BODY).encode())
    httpx_mock.add_response(url=ORDER_URL, headers={"Content-Encoding": "gzip"}, stream=httpx.ByteStream(packed))
    assert make_client().orders.get(ORDER).order_amount.amount_in_cents == 5000


@pytest.mark.anyio
async def test_async_client_reads_a_false_gzip_body_as_a_parse_error(httpx_mock: HTTPXMock) -> None:
    add_auth(httpx_mock)
    httpx_mock.add_response(method="POST", url=CAPTURE_URL, headers={"Content-Encoding": "gzip"},
                            stream=httpx.ByteStream(NOT_GZIP))  # fmt: skip
    async with make_async_client() as client:
        with pytest.raises(ResponseParseError) as failure:
            await client.orders.capture(ORDER, AMOUNT)
    assert failure.value.response.content == NOT_GZIP


@pytest.mark.parametrize("body", [b"[" * 100_000, b'{"a":' * 100_000, b"[" * 5_000 + b"]" * 5_000])
def test_deeply_nested_json_is_a_parse_error(httpx_mock: HTTPXMock, body: bytes) -> None:
    add_auth(httpx_mock)
    httpx_mock.add_response(url=ORDER_URL, content=body)
    with pytest.raises(ResponseParseError) as failure:
        make_client().orders.get(ORDER)
    assert failure.value.response.content == body


def test_deeply_nested_json_in_an_error_body_is_the_status_error_without_details(httpx_mock: HTTPXMock) -> None:
    add_auth(httpx_mock)
    httpx_mock.add_response(method="POST", url=CAPTURE_URL, status_code=400, content=b"[" * 100_000)
    with pytest.raises(BadRequestError) as failure:
        capture(make_client())
    assert failure.value.errors == []


@pytest.mark.anyio
async def test_async_client_reads_deep_nesting_as_a_parse_error(httpx_mock: HTTPXMock) -> None:
    add_auth(httpx_mock)
    httpx_mock.add_response(url=ORDER_URL, content=b"[" * 100_000)
    async with make_async_client() as client:
        with pytest.raises(ResponseParseError):
            await client.orders.get(ORDER)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Mon, 01 Jan 2020 99999999999999999999:00:00 GMT", None),
        ("Mon, 01 Jan 99999 00:00:00 GMT", None),
        ("nan", None),
        ("soon", None),
        ("1e400", float("inf")),
        ("99999999999999999999999999", 1e26),
        ("-5", 0.0),
    ],
)
def test_unreadable_retry_after_has_no_usable_value(value: str, expected: float | None) -> None:
    assert retry_after_seconds(httpx.Response(503, headers={"Retry-After": value})) == expected


def test_a_capture_answered_with_an_overflowing_retry_after_backs_off_and_is_resent(httpx_mock: HTTPXMock) -> None:
    add_auth(httpx_mock)
    httpx_mock.add_response(method="POST", url=CAPTURE_URL, status_code=503,
                            headers={"Retry-After": "Mon, 01 Jan 2020 99999999999999999999:00:00 GMT"})  # fmt: skip
    httpx_mock.add_response(method="POST", url=CAPTURE_URL, json={"uuid": "cap-1"})
    assert make_client(max_retries=1).orders.capture(ORDER, AMOUNT).uuid == "cap-1"


def test_a_capture_answered_with_a_huge_retry_after_surfaces_the_error(httpx_mock: HTTPXMock) -> None:
    add_auth(httpx_mock)
    httpx_mock.add_response(method="POST", url=CAPTURE_URL, status_code=429, headers={"Retry-After": "1" + "0" * 400})
    with pytest.raises(APIStatusError) as failure:
        make_client(max_retries=3).orders.capture(ORDER, AMOUNT)
    assert failure.value.status_code == 429
    assert len(httpx_mock.get_requests(url=CAPTURE_URL)) == 1


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
@pytest.mark.parametrize("follow", [False, True])
def test_a_redirect_is_an_error_status_and_is_never_followed(httpx_mock: HTTPXMock, status: int, follow: bool) -> None:
    add_auth(httpx_mock)
    elsewhere = {"Location": "https://elsewhere.test/v2/order/x/capture"}
    httpx_mock.add_response(method="POST", url=CAPTURE_URL, status_code=status, headers=elsewhere, json={"uuid": "c"})
    http = httpx.Client(follow_redirects=follow)
    client = Sezzle(PUBLIC_KEY, PRIVATE_KEY, base_url=BASE, retry=NO_WAIT, http_client=http)
    with pytest.raises(APIStatusError) as failure:
        capture(client)
    assert type(failure.value) is APIStatusError
    assert failure.value.status_code == status
    assert [request.url.host for request in httpx_mock.get_requests()] == ["gw.test", "gw.test"]


@pytest.mark.parametrize(
    "card",
    [
        {"pan": int(PAN), "cvv_number": int(CVV), "expiration_date": "0228"},
        {"pan": PAN, "cvv_number": int(CVV), "expiration_date": "0228"},
        {"pan": int(PAN), "cvv_number": CVV, "expiration_date": 228},
        {"pan": [PAN], "cvv_number": {"v": CVV}, "expiration_date": "0228"},
    ],
)
def test_card_data_with_wrong_types_is_a_parse_error_that_shows_no_card_data(
    httpx_mock: HTTPXMock, card: dict[str, object]
) -> None:
    add_auth(httpx_mock)
    httpx_mock.add_response(url=CARD_URL, json=card)
    client = make_client()
    error = failure_of(lambda: client.card_sessions.get_card_data(CARD_TOKEN))
    assert isinstance(error, ResponseParseError)
    assert json.loads(error.response.content) == card
    no_leak("the parse error", rendered(error))
    no_leak("the parse error", shown(error), card_token=True)


@pytest.mark.parametrize(
    "body",
    [
        json.dumps({**ORDER_BODY, "order_amount": {"amount_in_cents": "100", "currency": "USD"}}).encode(),
        json.dumps({**ORDER_BODY, "order_amount": {"amount_in_cents": float("nan"), "currency": "USD"}}).encode(),
        json.dumps({**ORDER_BODY, "order_amount": {"amount_in_cents": 1.5, "currency": "USD"}}).encode(),
        json.dumps({**ORDER_BODY, "uuid": 123456}).encode(),
        json.dumps({**ORDER_BODY, "links": {"href": "x"}}).encode(),
        json.dumps({**ORDER_BODY, "checkout_status": 7}).encode(),
        json.dumps([ORDER_BODY]).encode(),
        b"\xff\xfe not utf-8 \x80",
    ],
)
def test_required_fields_of_the_wrong_type_are_a_parse_error_holding_the_response(
    httpx_mock: HTTPXMock, body: bytes
) -> None:
    add_auth(httpx_mock)
    httpx_mock.add_response(url=ORDER_URL, content=body)
    with pytest.raises(ResponseParseError) as failure:
        make_client().orders.get(ORDER)
    assert failure.value.response.content == body
    assert failure.value.__cause__ is None


def test_a_parse_error_rendered_with_its_locals_shows_no_card_data(httpx_mock: HTTPXMock) -> None:
    add_auth(httpx_mock)
    httpx_mock.add_response(url=CARD_URL, json={"pan": PAN, "cvv_number": CVV, "expiration_date": 228})
    client = make_client()
    error = failure_of(lambda: client.card_sessions.get_card_data(CARD_TOKEN))
    assert isinstance(error, ResponseParseError)
    text = rendered(error)
    says(text, "expiration_date must be str")
    no_leak("the rendered traceback", text)


def _unframed(data: bytes) -> httpx.ByteStream:
    return httpx.ByteStream(data)  # no Content-Length is sent with a stream, and it is not chunked


def test_a_settlement_report_cut_mid_row_without_framing_names_the_line(httpx_mock: HTTPXMock) -> None:
    whole = V1_SETTLEMENT_DETAILS.encode()
    cut = whole[: whole.index(b"-1.29") + len(b"-1")]  # -1 would be read for -1.29
    add_auth(httpx_mock)
    httpx_mock.add_response(url=DETAILS_URL, headers={"Content-Type": "text/csv"}, stream=_unframed(cut))
    with make_client().reports.settlement_details("payout-1") as report, pytest.raises(ReportParseError) as failure:
        list(report.line_items)
    assert failure.value.row == cut.count(b"\n") + 1
    assert "cut short" in str(failure.value)


@pytest.mark.anyio
async def test_async_settlement_report_cut_mid_row_without_framing_names_the_line(httpx_mock: HTTPXMock) -> None:
    whole = V1_SETTLEMENT_DETAILS.encode()
    cut = whole[: whole.index(b"-1.29") + len(b"-1")]  # -1 would be read for -1.29
    add_auth(httpx_mock)
    httpx_mock.add_response(url=DETAILS_URL, stream=_unframed(cut))
    async with make_async_client() as client:
        report = await client.reports.settlement_details("payout-1")
        with pytest.raises(ReportParseError) as failure:
            _ = [item async for item in report.line_items]
    assert failure.value.row == cut.count(b"\n") + 1


def test_a_settlement_report_cut_inside_its_summary_is_refused_at_once(httpx_mock: HTTPXMock) -> None:
    whole = V1_SETTLEMENT_DETAILS.encode()
    add_auth(httpx_mock)
    httpx_mock.add_response(url=DETAILS_URL, stream=_unframed(whole[: whole.index(b"\n") + 20]))
    with pytest.raises(ReportParseError) as failure:
        make_client().reports.settlement_details("payout-1")
    assert failure.value.row == 2


def test_a_whole_unframed_settlement_report_and_a_framed_one_without_final_newline_are_read(
    httpx_mock: HTTPXMock,
) -> None:
    whole = V1_SETTLEMENT_DETAILS.encode()
    add_auth(httpx_mock)
    httpx_mock.add_response(url=DETAILS_URL, stream=_unframed(whole))
    httpx_mock.add_response(url=DETAILS_URL, content=whole.rstrip(b"\n"))  # Content-Length frames it
    client = make_client()
    for _ in range(2):
        with client.reports.settlement_details("payout-1") as report:
            assert len(list(report.line_items)) == 16


@pytest.mark.parametrize("missing", [2, 3, 8])
def test_a_line_item_short_of_more_than_the_documented_cell_is_refused_naming_its_row(
    httpx_mock: HTTPXMock, missing: int
) -> None:
    lines = V1_SETTLEMENT_DETAILS.splitlines()
    assert len(lines[3].split(",")) == 12
    lines[3] = ",".join(lines[3].split(",")[:-missing])
    add_auth(httpx_mock)
    httpx_mock.add_response(url=DETAILS_URL, content=("\n".join(lines) + "\n").encode())
    with make_client().reports.settlement_details("payout-1") as report, pytest.raises(ReportParseError) as failure:
        list(report.line_items)
    assert failure.value.row == 4
    assert f"{12 - missing} cells but the header names 12 columns" in str(failure.value)


def test_a_summary_row_short_of_a_cell_is_refused(httpx_mock: HTTPXMock) -> None:
    lines = V1_SETTLEMENT_DETAILS.splitlines()
    lines[1] = ",".join(lines[1].split(",")[:-1])
    add_auth(httpx_mock)
    httpx_mock.add_response(url=DETAILS_URL, content=("\n".join(lines) + "\n").encode())
    with pytest.raises(ReportParseError) as failure:
        make_client().reports.settlement_details("payout-1")
    assert failure.value.row == 2


# Secrets stay secret


def test_the_card_data_token_is_hidden_from_httpx_logs_and_request_reprs(httpx_mock: HTTPXMock) -> None:
    add_auth(httpx_mock)
    httpx_mock.add_response(url=CARD_URL, json={"pan": PAN, "cvv_number": CVV, "expiration_date": "0228"})
    httpx_mock.add_response(url=CARD_URL, status_code=404, json={"code": "record_not_found"})
    client = make_client()
    with every_log() as logs:
        raw = client.card_sessions.with_raw_response.get_card_data(CARD_TOKEN)
        error = failure_of(lambda: client.card_sessions.get_card_data(CARD_TOKEN))
    assert isinstance(error, APIStatusError)
    assert raw.parse().pan == PAN
    assert raw.http_response.request.url.path.endswith(CARD_TOKEN)  # still sent as given
    httpx_lines = [line for line in logs.lines if line.startswith("HTTP Request: GET")]
    assert httpx_lines == [f'HTTP Request: GET {BASE}/v2/session/card/token/… "HTTP/1.1 {code}"' for code in
                           ("200 OK", "404 Not Found")]  # fmt: skip
    texts = [logs.text, repr(raw.http_response.request), repr(error.response.request), shown(error)]
    for where, text in zip(["logs", "the raw request", "the error's request", "the error"], texts, strict=True):
        no_leak(where, text, card_token=True)
    assert repr(raw.http_response.request) == f"<Request('GET', '{BASE}/v2/session/card/token/…')>"


def test_the_card_data_token_is_hidden_from_a_connection_errors_request(httpx_mock: HTTPXMock) -> None:
    add_auth(httpx_mock)
    httpx_mock.add_exception(httpx.ReadTimeout("slow"), url=CARD_URL)
    client = make_client()
    error = failure_of(lambda: client.card_sessions.get_card_data(CARD_TOKEN))
    assert isinstance(error, CardTokenMaybeSpentError)
    assert error.request is not None
    no_leak("the error's request", repr(error.request), card_token=True)
    no_leak("the error", shown(error), card_token=True)


@pytest.mark.parametrize("echoed", [TOKEN, PRIVATE_KEY, PAN, PAN_SPACED, f"Bearer {TOKEN}"])
def test_a_secret_the_gateway_echoes_in_an_error_body_is_masked(httpx_mock: HTTPXMock, echoed: str) -> None:
    add_auth(httpx_mock)
    body = [{"code": "bad", "message": f"you sent {echoed} here", "location": echoed, "debug_uuid": echoed}]
    httpx_mock.add_response(method="POST", url=CAPTURE_URL, status_code=422, json=body)
    client = make_client()
    error = failure_of(lambda: capture(client))
    assert isinstance(error, APIStatusError)
    no_leak("the error", rendered(error))
    no_leak("the error's details", repr(error.errors) + repr(error.message))
    assert error.code == "bad"
    says(str(error), "…1111 here" if echoed in (PAN, PAN_SPACED) else "*** here")
    assert json.loads(error.response.content) == body  # what the gateway said is kept whole


def test_the_private_key_echoed_by_a_refused_authentication_is_masked(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(method="POST", url=f"{BASE}/v2/authentication", status_code=401,
                            json={"code": "unauthorized", "message": f"unknown key {PRIVATE_KEY}"})  # fmt: skip
    client = make_client()
    error = failure_of(lambda: client.orders.get(ORDER))
    assert isinstance(error, AuthenticationError)
    says(str(error), "unknown key ***")
    no_leak("the error", rendered(error))


def test_a_parse_error_masks_what_it_quotes(httpx_mock: HTTPXMock, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    add_auth(httpx_mock)
    httpx_mock.add_response(url=ORDER_URL, json={**ORDER_BODY, "order_amount": f"card {PAN}"})
    client = make_client()
    error = failure_of(lambda: client.orders.get(ORDER))
    assert isinstance(error, ResponseParseError)
    no_leak("the error", rendered(error))
    no_leak("the logs", "\n".join(record.getMessage() for record in caplog.records))
