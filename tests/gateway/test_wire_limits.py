"""What reaches the gateway's socket: bodies bounded however they are framed, nesting bounded, and every
protocol error answered in Sezzle's error shape (v2's array, v1's object on /v1 paths), never HTML."""

from __future__ import annotations

import http.client
import io
import json
import logging
import socket
import urllib.parse
from typing import Any

import pytest

from sezzle.gateway import Gateway
from sezzle.gateway._server import MAX_BODY, MAX_JSON_DEPTH, nests_deeper_than


def _address(gateway: Gateway) -> tuple[str, int]:
    url = urllib.parse.urlsplit(gateway.url)
    return url.hostname or "", url.port or 0


def exchange(gateway: Gateway, raw: bytes) -> tuple[int, http.client.HTTPMessage, Any]:
    """Send ``raw`` bytes on a new connection; the status, headers and JSON body of the answer."""
    with socket.create_connection(_address(gateway), timeout=10) as sock:
        sock.sendall(raw)
        answer = http.client.HTTPResponse(sock)
        answer.begin()
        body = answer.read()
        assert answer.getheader("Content-Type") == "application/json", body[:200]
        return answer.status, answer.headers, json.loads(body)


def post(path: str, headers: dict[str, str], body: bytes = b"") -> bytes:
    lines = [f"POST {path} HTTP/1.1", "Host: gateway", *(f"{name}: {value}" for name, value in headers.items())]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8") + body


def chunked(path: str, body: bytes) -> bytes:
    return post(path, {"Content-Type": "application/json", "Transfer-Encoding": "chunked"}, body)


def assert_v2_error(status: int, body: Any, expected_status: int, code: str) -> None:
    assert status == expected_status
    assert isinstance(body, list), body
    assert len(body) == 1, body
    (error,) = body
    assert error["code"] == code
    assert isinstance(error["message"], str)
    assert error["message"]
    assert len(error["debug_uuid"]) == 36
    assert "<" not in error["message"]


def assert_v1_error(status: int, body: Any, expected_status: int, code: str) -> None:
    assert status == expected_status
    assert set(body) == {"status", "id", "message"}, body
    assert (body["status"], body["id"]) == (expected_status, code)


def _credentials(gateway: Gateway) -> bytes:
    return json.dumps({"public_key": gateway.public_key, "private_key": gateway.private_key}).encode()


# Bodies


def test_a_body_of_exactly_the_limit_is_read_whether_framed_by_length_or_in_chunks(gateway: Gateway) -> None:
    credentials = _credentials(gateway)
    padded = credentials + b" " * (MAX_BODY - len(credentials))
    by_length = post(
        "/v2/authentication", {"Content-Type": "application/json", "Content-Length": str(MAX_BODY)}, padded
    )
    assert exchange(gateway, by_length)[0] == 201

    half = MAX_BODY // 2
    in_chunks = b"".join(
        f"{len(part):x};ext=1\r\n".encode() + part + b"\r\n" for part in (padded[:half], padded[half:])
    )
    status, _, _ = exchange(gateway, chunked("/v2/authentication", in_chunks + b"0\r\nX-Trailer: 1\r\n\r\n"))
    assert status == 201


def test_a_content_length_over_the_limit_is_refused_before_the_body_is_read(gateway: Gateway) -> None:
    headers = {"Content-Type": "application/json", "Content-Length": str(MAX_BODY + 1)}
    status, answer_headers, body = exchange(gateway, post("/v2/authentication", headers))
    assert_v2_error(status, body, 413, "payload_too_large")
    assert answer_headers["Connection"] == "close"

    status, _, body = exchange(gateway, post("/v1/authentication", headers))
    assert_v1_error(status, body, 413, "payload_too_large")


@pytest.mark.parametrize(
    "sizes",
    [
        pytest.param([MAX_BODY + 1], id="one-chunk-over"),
        pytest.param([MAX_BODY - 1, 2], id="total-over"),
        pytest.param([0x10000] * 16 + [1], id="many-chunks-over"),
    ],
)
def test_chunks_adding_up_past_the_limit_are_refused(gateway: Gateway, sizes: list[int]) -> None:
    # Only the chunks within the limit are sent: the gateway refuses on the size line that crosses it.
    sent = b""
    total = 0
    for size in sizes:
        sent += f"{size:x}\r\n".encode()
        total += size
        if total > MAX_BODY:
            break
        sent += b" " * size + b"\r\n"
    status, headers, body = exchange(gateway, chunked("/v2/authentication", sent))
    assert_v2_error(status, body, 413, "payload_too_large")
    assert headers["Connection"] == "close"


@pytest.mark.parametrize(
    "framing",
    [
        pytest.param(b"-1\r\n" + b"x" * 100 + b"\r\n0\r\n\r\n", id="negative"),
        pytest.param(b"-0\r\n\r\n", id="negative-zero"),
        pytest.param(b"0x10\r\n" + b"x" * 16 + b"\r\n0\r\n\r\n", id="0x-prefix"),
        pytest.param(b"+10\r\n" + b"x" * 16 + b"\r\n0\r\n\r\n", id="plus-sign"),
        pytest.param(b"zz\r\n\r\n", id="not-hex"),
        pytest.param(b"1_0\r\n" + b"x" * 16 + b"\r\n0\r\n\r\n", id="underscore"),
        pytest.param(b"\r\n\r\n", id="empty-size"),
        pytest.param(b"F" * 40 + b"\r\n", id="huge-hex"),
        pytest.param(b"2\r\nabcdef\r\n0\r\n\r\n", id="chunk-longer-than-its-size"),
        pytest.param(b"1" + b" " * 2000 + b"\r\n", id="size-line-too-long"),
        pytest.param(b"2\r\n{}\r\n0\r\n" + b"X-Trailer: 1\r\n" * 100 + b"\r\n", id="too-many-trailers"),
    ],
)
def test_invalid_chunked_framing_is_refused_and_the_connection_closed(gateway: Gateway, framing: bytes) -> None:
    status, headers, body = exchange(gateway, chunked("/v2/authentication", framing))
    assert_v2_error(status, body, 400, "bad_request")
    assert headers["Connection"] == "close"

    status, _, body = exchange(gateway, chunked("/v1/authentication", framing))
    assert_v1_error(status, body, 400, "bad_request")


@pytest.mark.parametrize(
    "headers",
    [
        pytest.param({"Content-Length": "-1"}, id="negative"),
        pytest.param({"Content-Length": "+2"}, id="plus-sign"),
        pytest.param({"Content-Length": "0x2"}, id="hex"),
        pytest.param({"Content-Length": "1e3"}, id="exponent"),
        pytest.param({"Content-Length": "\u0662"}, id="non-ascii-digit"),
        pytest.param({"Content-Length": "2, 3"}, id="two-lengths"),
        pytest.param({"Content-Length": "9" * 30}, id="absurd"),
        pytest.param({"Content-Length": "2", "Transfer-Encoding": "chunked"}, id="length-and-chunked"),
        pytest.param({"Transfer-Encoding": "gzip, chunked"}, id="other-coding"),
    ],
)
def test_invalid_lengths_are_refused(gateway: Gateway, headers: dict[str, str]) -> None:
    for path, check in (("/v2/authentication", assert_v2_error), ("/v1/authentication", assert_v1_error)):
        status, answer_headers, body = exchange(gateway, post(path, headers, b"{}"))
        check(status, body, 400, "bad_request")
        assert answer_headers["Connection"] == "close"


def test_a_body_shorter_than_its_length_is_refused(gateway: Gateway) -> None:
    with socket.create_connection(_address(gateway), timeout=10) as sock:
        sock.sendall(post("/v2/authentication", {"Content-Length": "10"}, b"{}"))
        sock.shutdown(socket.SHUT_WR)
        answer = http.client.HTTPResponse(sock)
        answer.begin()
        assert_v2_error(answer.status, json.loads(answer.read()), 400, "bad_request")


def test_two_different_content_length_headers_are_refused(gateway: Gateway) -> None:
    raw = b"POST /v2/authentication HTTP/1.1\r\nHost: g\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}"
    status, _, body = exchange(gateway, raw)
    assert_v2_error(status, body, 400, "bad_request")


# Nesting


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(b"[" * 100_000, id="arrays"),
        pytest.param(b'{"a":' * 100_000, id="objects"),
        pytest.param(b"[" * (MAX_JSON_DEPTH + 1) + b"]" * (MAX_JSON_DEPTH + 1), id="closed-just-over"),
    ],
)
def test_deeply_nested_json_is_a_400_without_a_traceback(
    gateway: Gateway, body: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="sezzle.gateway")
    headers = {"Content-Type": "application/json", "Content-Length": str(len(body))}
    for path in ("/v2/session", "/v2/authentication", "/__gateway__/faults"):
        status, _, answer = exchange(gateway, post(path, headers, body))
        assert_v2_error(status, answer, 400, "bad_request")
        assert "nest" in answer[0]["message"]
    status, _, answer = exchange(gateway, post("/v1/authentication", headers, body))
    assert_v1_error(status, answer, 400, "bad_request")

    assert not [record for record in caplog.records if record.levelno >= logging.WARNING or record.exc_info]
    assert "Traceback" not in caplog.text


def test_nesting_within_the_limit_and_brackets_in_strings_are_read_as_usual(gateway: Gateway) -> None:
    credentials = json.loads(_credentials(gateway))
    credentials["extra"] = json.loads("[" * (MAX_JSON_DEPTH - 1) + "]" * (MAX_JSON_DEPTH - 1))  # 64 with the object
    credentials["note"] = "[{" * 1000
    body = json.dumps(credentials).encode()
    raw = post("/v2/authentication", {"Content-Type": "application/json", "Content-Length": str(len(body))}, body)
    status, _, answer = exchange(gateway, raw)
    assert status == 201, answer


def test_nesting_depth_counts_only_brackets_outside_strings() -> None:
    assert nests_deeper_than(b"[" * 3, 2)
    assert not nests_deeper_than(b"[[]][[]]", 2)
    assert not nests_deeper_than(b'["[[[[", "\\"[[[["]', 2)
    assert nests_deeper_than(b' {"a": [{"b": [1]}]}', 3)
    assert not nests_deeper_than(b' {"a": [{"b": [1]}]}', 4)
    assert not nests_deeper_than(b"order[a][b][c][d]=1", 2)  # a form, not JSON


# Protocol errors


@pytest.mark.parametrize(
    ("raw", "status", "code"),
    [
        pytest.param(b"GARBAGE\r\n\r\n", 400, "bad_request", id="bad-request-line"),
        pytest.param(b"GET /v2/order/x HTTP/1.1 extra\r\n\r\n", 400, "bad_request", id="extra-words"),
        pytest.param(b"GET /v2/order/x HTTP/x.y\r\n\r\n", 400, "bad_request", id="bad-version"),
        pytest.param(b"GET /v2/order/x HTTP/9.9\r\n\r\n", 505, "http_version_not_supported", id="http-9"),
        pytest.param(b"GET /v2/" + b"a" * 70_000 + b" HTTP/1.1\r\n\r\n", 414, "uri_too_long", id="uri-too-long"),
        pytest.param(
            b"GET /v2/order/x HTTP/1.1\r\nX-Big: " + b"a" * 70_000 + b"\r\n\r\n",
            431,
            "request_header_fields_too_large",
            id="header-line-too-long",
        ),
        pytest.param(
            b"GET /v2/order/x HTTP/1.1\r\n" + b"".join(b"X-%d: 1\r\n" % i for i in range(150)) + b"\r\n",
            431,
            "request_header_fields_too_large",
            id="too-many-headers",
        ),
    ],
)
def test_protocol_errors_answer_in_the_v2_and_v1_shapes(gateway: Gateway, raw: bytes, status: int, code: str) -> None:
    got_status, headers, body = exchange(gateway, raw)
    assert_v2_error(got_status, body, status, code)
    assert headers["Connection"] == "close"

    if raw.startswith(b"GET /v2/"):
        got_status, _, body = exchange(gateway, raw.replace(b"GET /v2/", b"GET /v1/", 1))
        assert_v1_error(got_status, body, status, code)


class _Unclosed(io.BytesIO):
    def close(self) -> None:  # each answer read "closes" it; the next one is read from where it ended
        return


class Replay:
    """Bytes read off a socket, for ``http.client.HTTPResponse`` to parse answers one after the other."""

    def __init__(self, data: bytes) -> None:
        self.file = _Unclosed(data)

    def makefile(self, mode: str) -> io.BytesIO:
        return self.file


def read_to_end(sock: socket.socket) -> bytes:
    received = b""
    while chunk := sock.recv(65536):
        received += chunk
    return received


def test_a_protocol_error_after_a_good_request_takes_the_shape_of_its_own_path(gateway: Gateway) -> None:
    with socket.create_connection(_address(gateway), timeout=10) as sock:
        sock.sendall(b"GET /v1/nothing HTTP/1.1\r\nHost: g\r\n\r\nGET /v2/x HTTP/9.9\r\n\r\n")
        replay = Replay(read_to_end(sock))
    first = http.client.HTTPResponse(replay)  # type: ignore[arg-type]
    first.begin()
    assert first.status == 404
    assert set(json.loads(first.read())) == {"status", "id", "message"}
    second = http.client.HTTPResponse(replay)  # type: ignore[arg-type]
    second.begin()
    assert_v2_error(second.status, json.loads(second.read()), 505, "http_version_not_supported")
