"""Every error-body shape, served over a real socket, becomes a typed error with what could be read."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from sezzle import (
    APIStatusError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    ResponseParseError,
    UnprocessableEntityError,
)
from sezzle.errors import ErrorDetail
from tests.e2e.conftest import FAST

SHAPES: dict[str, tuple[int, str, bytes]] = {
    "array": (
        422,
        "application/json",
        json.dumps([{"code": "invalid", "message": "bad", "location": "order", "debug_uuid": "d-1"}]).encode(),
    ),
    "object": (
        404,
        "application/json",
        json.dumps({"code": "record_not_found", "message": "not found", "debug_uuid": "d-2"}).encode(),
    ),
    "v1": (
        409,
        "application/json",
        json.dumps({"status": 409, "id": "checkout_expired", "message": "too late"}).encode(),
    ),
    "empty": (400, "application/json", b""),
    "html": (502, "text/html", b"<html><body>Bad gateway</body></html>"),
}


class _Handler(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        if self.path == "/v2/authentication":
            self._send(
                201, "application/json", json.dumps({"token": "t", "expiration_date": "2099-01-01T00:00:00Z"}).encode()
            )
        else:
            self._send(201, "application/json", b"{not json")

    def do_GET(self) -> None:
        shape = self.path.rsplit("/", 1)[-1]
        self._send(*SHAPES[shape])

    def _send(self, status: int, content_type: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        return


@pytest.fixture
def server_url() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


def failure(server_url: str, shape: str) -> APIStatusError:
    from sezzle import Sezzle

    with Sezzle("pub", "priv", base_url=server_url, retry=FAST, max_retries=0) as client:
        with pytest.raises(APIStatusError) as raised:
            client.sessions.get(shape)
        return raised.value


def test_array(server_url: str) -> None:
    error = failure(server_url, "array")
    assert isinstance(error, UnprocessableEntityError)
    assert error.errors == [ErrorDetail("invalid", "bad", "order", "d-1")]


def test_single_object(server_url: str) -> None:
    error = failure(server_url, "object")
    assert isinstance(error, NotFoundError)
    assert (error.code, error.message, error.debug_uuid) == ("record_not_found", "not found", "d-2")


def test_v1_shape(server_url: str) -> None:
    error = failure(server_url, "v1")
    assert isinstance(error, ConflictError)
    assert (error.code, error.message) == ("checkout_expired", "too late")


def test_empty(server_url: str) -> None:
    error = failure(server_url, "empty")
    assert isinstance(error, BadRequestError)
    assert error.errors == []


def test_not_json(server_url: str) -> None:
    error = failure(server_url, "html")
    assert isinstance(error, InternalServerError)
    assert b"Bad gateway" in error.response.content


def test_unreadable_success_keeps_the_response(server_url: str) -> None:
    from sezzle import Sezzle

    with Sezzle("pub", "priv", base_url=server_url, retry=FAST) as client, pytest.raises(ResponseParseError) as raised:
        client.sessions.create(cancel_url="https://a.test", complete_url="https://b.test", customer={"tokenize": True})
    assert raised.value.response.status_code == 201
    assert raised.value.response.content == b"{not json"
