"""A minimal HTTP/1.1 server for the HTTP benchmarks, in a process of its own.

It answers ``POST /v2/authentication`` with a token and ``GET /v2/session/{uuid}`` with a fixed session
body, over keep-alive connections, from an asyncio protocol that does little more than find the end of
each request: a few tens of microseconds of CPU per request, in another process on another core, so the
client is what is measured. It counts connections (opened by API requests), requests, authentication
requests and its own CPU time, and can hold authentication answers back to widen the window in which
concurrent callers find the token cache cold.

``BenchServer`` starts it (``python -m scripts.bench.server``) and reads its counters; control requests
under ``/__bench__/`` are left out of every count.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import socket
import subprocess
import sys
import time
from pathlib import Path
from types import TracebackType
from typing import Any, Self

import attrs
import httpx

__all__ = [
    "ORDER_BODY",
    "ORDER_UUID",
    "SESSION_UUID",
    "TOKEN",
    "BenchServer",
    "ServerStats",
    "main",
    "round_trip_seconds",
]

ROOT = Path(__file__).resolve().parents[2]
CONTROL = b"/__bench__/"
SESSION_UUID = "6f1c2a9e-3b7d-4c55-9e0a-2d8b7f4e1a63"
TOKEN = "bench-token-3f9d2c7a1b8e4f60a5c2"  # noqa: S105 - what this local test server hands out
ORDER_UUID = "0b8e6d4a-9c21-4f7e-8a35-6c1d2e9f4b70"

_SESSION = {
    "uuid": SESSION_UUID,
    "links": [
        {"href": f"https://sandbox.gateway.sezzle.com/v2/session/{SESSION_UUID}", "method": "GET", "rel": "self"}
    ],
    "order": {
        "uuid": ORDER_UUID,
        "intent": "AUTH",
        "checkout_url": f"https://sandbox.checkout.sezzle.com/?id={ORDER_UUID}",
        "links": [
            {"href": f"https://sandbox.gateway.sezzle.com/v2/order/{ORDER_UUID}", "method": "GET", "rel": "self"},
            {"href": f"https://sandbox.gateway.sezzle.com/v2/order/{ORDER_UUID}", "method": "PATCH", "rel": "self"},
            {
                "href": f"https://sandbox.gateway.sezzle.com/v2/order/{ORDER_UUID}/release",
                "method": "POST",
                "rel": "release",
            },
            {
                "href": f"https://sandbox.gateway.sezzle.com/v2/order/{ORDER_UUID}/capture",
                "method": "POST",
                "rel": "capture",
            },
            {
                "href": f"https://sandbox.gateway.sezzle.com/v2/order/{ORDER_UUID}/refund",
                "method": "POST",
                "rel": "refund",
            },
        ],
    },
}
_ORDER_URL = f"https://sandbox.gateway.sezzle.com/v2/order/{ORDER_UUID}"
_ADDRESS = {
    "name": "Ada Lovelace",
    "street": "1 Main St",
    "city": "Minneapolis",
    "state": "MN",
    "postal_code": "55401",
    "country_code": "US",
}


def _price(cents: int) -> dict[str, Any]:
    return {"amount_in_cents": cents, "currency": "USD"}


# A completed order as ``GET /v2/order/{uuid}`` answers it after a partial capture and a refund: the shape
# of Sezzle's documented example (links, authorization with its captures and refunds, items, amounts,
# customer with both addresses), about 1.9 KB of compact JSON and 20 nested models.
_ORDER = {
    "uuid": ORDER_UUID,
    "links": [
        {"href": _ORDER_URL, "method": "GET", "rel": "self"},
        {"href": _ORDER_URL, "method": "PATCH", "rel": "self"},
        {"href": f"{_ORDER_URL}/release", "method": "POST", "rel": "release"},
        {"href": f"{_ORDER_URL}/capture", "method": "POST", "rel": "capture"},
        {"href": f"{_ORDER_URL}/refund", "method": "POST", "rel": "refund"},
    ],
    "intent": "AUTH",
    "reference_id": "cart-1042",
    "order_amount": _price(12000),
    "authorization": {
        "authorization_amount": _price(12000),
        "approved": True,
        "expiration": "2026-12-01T23:51:25.383Z",
        "sezzle_order_id": "atvf4-oj3zn-od19a-0xo1q",
        "captures": [{"uuid": "884af7e8-0e4c-4638-ae50-9073fcf022b9", "amount": _price(8000)}],
        "refunds": [{"uuid": "7b48afa8-b296-4ced-97a4-419819b1c55a", "amount": _price(1500)}],
        "releases": [],
    },
    "checkout_status": "completed",
    "checkout_expiration": "2026-12-02T23:21:25.382Z",
    "items": [{"name": "Blue shirt", "sku": "SH-BL-M", "quantity": 1, "price": _price(8000)}],
    "tax_amount": _price(800),
    "shipping_amount": _price(1200),
    "customer": {
        "email": "ada@example.com",
        "first_name": "Ada",
        "last_name": "Lovelace",
        "billing_address": _ADDRESS,
        "shipping_address": _ADDRESS,
    },
    "is_upcharge": False,
}
_TOKEN = {"token": TOKEN, "expiration_date": "2099-01-01T00:00:00Z", "merchant_uuid": "bench-merchant"}


def _response(status: str, body: bytes) -> bytes:
    head = f"HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    return head.encode() + body


SESSION_RESPONSE = _response("200 OK", json.dumps(_SESSION).encode())
ORDER_BODY = json.dumps(_ORDER, separators=(",", ":")).encode()
ORDER_RESPONSE = _response("200 OK", ORDER_BODY)
TOKEN_RESPONSE = _response("201 Created", json.dumps(_TOKEN).encode())
NOT_FOUND = _response("404 Not Found", b'[{"code":"record_not_found","message":"not found"}]')


class _Counters:
    def __init__(self) -> None:
        self.auth_delay = 0.0
        self.reset()

    def reset(self) -> None:
        self.connections = 0
        self.requests = 0
        self.auth_requests = 0
        self.cpu_at_reset = time.process_time()

    def snapshot(self) -> dict[str, Any]:
        return {
            "connections": self.connections,
            "requests": self.requests,
            "auth_requests": self.auth_requests,
            "cpu_seconds": time.process_time() - self.cpu_at_reset,
        }


def _content_length(head: bytes) -> int:
    marker = head.lower().find(b"content-length:")
    if marker < 0:
        return 0
    line_end = head.find(b"\r\n", marker)
    return int(head[marker + len(b"content-length:") : line_end if line_end >= 0 else len(head)])


class _Connection(asyncio.Protocol):
    def __init__(self, counters: _Counters) -> None:
        self.counters = counters
        self.buffer = bytearray()
        self.transport: asyncio.Transport | None = None
        self.counted = False

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while True:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head = bytes(self.buffer[:end])
            length = _content_length(head)
            if len(self.buffer) < end + 4 + length:
                return
            body = bytes(self.buffer[end + 4 : end + 4 + length])
            del self.buffer[: end + 4 + length]
            method, target = head.split(b" ", 2)[:2]
            self.answer(method, target, body)

    def answer(self, method: bytes, target: bytes, body: bytes) -> None:
        assert self.transport is not None
        if target.startswith(CONTROL):
            self.transport.write(self.control(target[len(CONTROL) :], body))
            return
        counters = self.counters
        if not self.counted:
            self.counted = True
            counters.connections += 1
        counters.requests += 1
        if method == b"GET" and target.startswith(b"/v2/order/"):
            self.transport.write(ORDER_RESPONSE)
        elif method == b"GET" and target.startswith(b"/v2/session/"):
            self.transport.write(SESSION_RESPONSE)
        elif method == b"POST" and target == b"/v2/authentication":
            counters.auth_requests += 1
            if counters.auth_delay:
                asyncio.get_running_loop().call_later(counters.auth_delay, self.transport.write, TOKEN_RESPONSE)
            else:
                self.transport.write(TOKEN_RESPONSE)
        else:
            self.transport.write(NOT_FOUND)

    def control(self, command: bytes, body: bytes) -> bytes:
        if command == b"reset":
            self.counters.reset()
        elif command == b"configure":
            self.counters.auth_delay = float(json.loads(body).get("auth_delay", 0.0))
        return _response("200 OK", json.dumps(self.counters.snapshot()).encode())


async def _serve(port: int) -> None:
    counters = _Counters()
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: _Connection(counters), "127.0.0.1", port, backlog=1024)
    print(f"listening {server.sockets[0].getsockname()[1]}", flush=True)
    async with server:
        await server.serve_forever()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.bench.server", description=__doc__)
    parser.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (default 0: any free port)")
    args = parser.parse_args(argv)
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_serve(args.port))
    return 0


@attrs.frozen
class ServerStats:
    """The server's counts since its last reset."""

    connections: int
    requests: int
    auth_requests: int
    cpu_seconds: float

    @property
    def cpu_per_request(self) -> float:
        return self.cpu_seconds / self.requests if self.requests else 0.0


class BenchServer:
    """Runs the server in a child process for the length of a ``with`` block."""

    def __init__(self) -> None:
        self._process: subprocess.Popen[str] | None = None
        self.port = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> Self:
        process = subprocess.Popen(
            [sys.executable, "-m", "scripts.bench.server"], cwd=ROOT, stdout=subprocess.PIPE, text=True
        )
        assert process.stdout is not None
        line = process.stdout.readline()
        if not line.startswith("listening "):
            process.kill()
            raise RuntimeError(f"the benchmark server did not start: {line!r}")
        self._process, self.port = process, int(line.split()[1])
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        if self._process is not None:
            self._process.terminate()
            self._process.wait(timeout=10)
            if self._process.stdout is not None:
                self._process.stdout.close()
            self._process = None

    def _control(self, command: str, body: dict[str, Any] | None = None) -> ServerStats:
        answer = httpx.post(f"{self.url}/__bench__/{command}", json=body or {})
        answer.raise_for_status()
        return ServerStats(**answer.json())

    def reset(self) -> None:
        self._control("reset")

    def stats(self) -> ServerStats:
        return self._control("stats")

    def configure(self, *, auth_delay: float) -> None:
        self._control("configure", {"auth_delay": auth_delay})


def round_trip_seconds(port: int, requests: int) -> float:
    """Seconds per request for a bare socket on one keep-alive connection: the floor under every HTTP figure."""
    request = f"GET /v2/order/{ORDER_UUID} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode()
    size = len(ORDER_RESPONSE)
    with socket.create_connection(("127.0.0.1", port)) as connection:
        connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        started = time.perf_counter()
        for _ in range(requests):
            connection.sendall(request)
            received = 0
            while received < size:
                chunk = connection.recv(65536)
                if not chunk:
                    raise RuntimeError("the benchmark server closed the connection")
                received += len(chunk)
        return (time.perf_counter() - started) / requests


if __name__ == "__main__":
    raise SystemExit(main())
