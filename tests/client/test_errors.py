"""Every error-body shape becomes a typed error with what could be read; bad 2xx bodies keep the response."""

from __future__ import annotations

import httpx
import pytest
from pytest_httpx import HTTPXMock

from sezzle import (
    APIStatusError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    RateLimitError,
    ResponseParseError,
    UnprocessableEntityError,
)
from sezzle.errors import ErrorDetail
from tests.client.conftest import BASE, CREATED, SESSION_ARGS, add_auth, make_client

URL = f"{BASE}/v2/session/sess-1"


@pytest.mark.parametrize(
    ("status", "error_type"),
    [
        (400, BadRequestError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, InternalServerError),
        (503, InternalServerError),
        (418, APIStatusError),
    ],
)
def test_status_maps_to_error_class(httpx_mock: HTTPXMock, status: int, error_type: type[APIStatusError]) -> None:
    add_auth(httpx_mock)
    httpx_mock.add_response(url=URL, status_code=status, json=[{"code": "c", "message": "m"}])
    with pytest.raises(error_type) as failure:
        make_client(max_retries=0).sessions.get("sess-1")
    assert type(failure.value) is error_type
    assert failure.value.status_code == status
    assert failure.value.response.status_code == status


def raise_for(httpx_mock: HTTPXMock, status: int, **body: object) -> APIStatusError:
    add_auth(httpx_mock)
    httpx_mock.add_response(url=URL, status_code=status, **body)  # type: ignore[arg-type]
    with pytest.raises(APIStatusError) as failure:
        make_client(max_retries=0).sessions.get("sess-1")
    return failure.value


def test_array_body(httpx_mock: HTTPXMock) -> None:
    error = raise_for(
        httpx_mock,
        400,
        json=[
            {"code": "invalid", "message": "bad amount", "location": "order.order_amount", "debug_uuid": "d-1"},
            {"code": "invalid", "message": "bad currency", "location": "order.order_amount.currency"},
        ],
    )
    assert error.errors == [
        ErrorDetail("invalid", "bad amount", "order.order_amount", "d-1"),
        ErrorDetail("invalid", "bad currency", "order.order_amount.currency", None),
    ]
    assert error.code == "invalid"
    assert error.message == "bad amount"
    assert error.debug_uuid == "d-1"
    assert "bad amount at order.order_amount" in str(error)
    assert "d-1" in str(error)


def test_single_object_body(httpx_mock: HTTPXMock) -> None:
    error = raise_for(httpx_mock, 404, json={"code": "record_not_found", "message": "not found", "debug_uuid": "d-2"})
    assert isinstance(error, NotFoundError)
    assert error.errors == [ErrorDetail("record_not_found", "not found", None, "d-2")]


def test_v1_shape_body(httpx_mock: HTTPXMock) -> None:
    error = raise_for(httpx_mock, 409, json={"status": 409, "id": "checkout_expired", "message": "too late"})
    assert isinstance(error, ConflictError)
    assert error.code == "checkout_expired"
    assert error.message == "too late"


def test_empty_body(httpx_mock: HTTPXMock) -> None:
    error = raise_for(httpx_mock, 400, content=b"")
    assert isinstance(error, BadRequestError)
    assert error.errors == []
    assert "HTTP 400" in str(error)


def test_non_json_body(httpx_mock: HTTPXMock) -> None:
    error = raise_for(httpx_mock, 502, content=b"<html>Bad Gateway</html>", headers={"Content-Type": "text/html"})
    assert isinstance(error, InternalServerError)
    assert error.errors == []
    assert error.response.text == "<html>Bad Gateway</html>"


def test_unparsable_success_body_keeps_the_response(httpx_mock: HTTPXMock) -> None:
    add_auth(httpx_mock)
    httpx_mock.add_response(method="POST", url=f"{BASE}/v2/session", status_code=201, content=b"created, sort of")
    with pytest.raises(ResponseParseError) as failure:
        make_client().sessions.create(**SESSION_ARGS)
    assert failure.value.response.status_code == 201
    assert failure.value.response.content == b"created, sort of"


def test_success_body_of_the_wrong_shape_keeps_the_response(httpx_mock: HTTPXMock) -> None:
    add_auth(httpx_mock)
    httpx_mock.add_response(method="POST", url=f"{BASE}/v2/session", status_code=201, json=["not", "an", "object"])
    with pytest.raises(ResponseParseError) as failure:
        make_client().sessions.create(**SESSION_ARGS)
    assert failure.value.response.json() == ["not", "an", "object"]


def test_raw_response_view(httpx_mock: HTTPXMock) -> None:
    add_auth(httpx_mock)
    httpx_mock.add_response(
        method="POST", url=f"{BASE}/v2/session", status_code=201, json=CREATED, headers={"X-Trace": "t-1"}
    )
    raw = make_client().sessions.with_raw_response.create(**SESSION_ARGS)
    assert raw.status_code == 201
    assert raw.headers["X-Trace"] == "t-1"
    assert raw.parse().order.checkout_url == "https://checkout.test/?id=1"
    assert raw.attempts == 1


def test_error_detail_reads_uuid_alias() -> None:
    from sezzle.errors import parse_error_details

    assert parse_error_details(b'{"code": "x", "uuid": "u-1"}') == [ErrorDetail("x", None, None, "u-1")]
    assert parse_error_details(b'{"errors": [{"code": "y"}]}') == [ErrorDetail("y")]
    assert parse_error_details(b"42") == []


def test_connection_error_is_typed(httpx_mock: HTTPXMock) -> None:
    from sezzle import APIConnectionError, APITimeoutError

    add_auth(httpx_mock)
    httpx_mock.add_exception(httpx.ReadTimeout("slow"), url=URL)
    with pytest.raises(APITimeoutError) as failure:
        make_client(max_retries=0).sessions.get("sess-1")
    assert isinstance(failure.value, APIConnectionError)
    assert failure.value.request_sent is True
