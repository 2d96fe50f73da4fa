"""Fixtures: a gateway on a frozen clock, an httpx client authenticated against it, a webhook receiver."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import attrs
import httpx
import pytest

from sezzle.gateway import Clock, Gateway

START = datetime(2026, 3, 2, 12, 0, 0, tzinfo=UTC)
FAST_RETRIES = (0.01, 0.02, 0.03)


@pytest.fixture
def gateway() -> Iterator[Gateway]:
    with Gateway(clock=Clock(START, frozen=True), webhook_retry_delays=FAST_RETRIES) as gw:
        yield gw


@pytest.fixture
def client(gateway: Gateway) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=gateway.url, timeout=5, verify=False) as http:
        yield http


def bearer(client: httpx.Client, gateway: Gateway) -> dict[str, str]:
    answer = client.post(
        "/v2/authentication", json={"public_key": gateway.public_key, "private_key": gateway.private_key}
    )
    assert answer.status_code == 201
    return {"Authorization": f"Bearer {answer.json()['token']}"}


@pytest.fixture
def auth(client: httpx.Client, gateway: Gateway) -> dict[str, str]:
    return bearer(client, gateway)


def price(cents: int, currency: str = "USD") -> dict[str, Any]:
    return {"amount_in_cents": cents, "currency": currency}


def session_body(
    *, intent: str = "AUTH", cents: int = 10_000, currency: str = "USD", reference_id: str = "ord_1", **order: Any
) -> dict[str, Any]:
    return {
        "cancel_url": {"href": "https://shop.example/cart", "method": "GET"},
        "complete_url": {"href": "https://shop.example/complete", "method": "GET"},
        "order": {
            "intent": intent,
            "reference_id": reference_id,
            "description": "two widgets",
            "order_amount": price(cents, currency),
            **order,
        },
    }


def new_order(client: httpx.Client, auth: dict[str, str], **options: Any) -> str:
    answer = client.post("/v2/session", headers=auth, json=session_body(**options))
    assert answer.status_code == 201, answer.text
    order_uuid: str = answer.json()["order"]["uuid"]
    return order_uuid


def authorized_order(client: httpx.Client, auth: dict[str, str], gateway: Gateway, **options: Any) -> str:
    order_uuid = new_order(client, auth, **options)
    gateway.shopper.complete_checkout(order_uuid)
    return order_uuid


def error_of(response: httpx.Response) -> dict[str, Any]:
    """The single error of a v2 error array, after checking the array's shape."""
    body = response.json()
    assert isinstance(body, list)
    assert len(body) == 1
    error: dict[str, Any] = body[0]
    assert error["code"]
    assert error["message"]
    assert len(error["debug_uuid"]) == 36
    return error


@attrs.frozen
class Received:
    path: str
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


class WebhookReceiver:
    """A loopback HTTP server that answers webhook POSTs with the statuses it is told, then 200."""

    def __init__(self) -> None:
        self.received: list[Received] = []
        self.statuses: list[int] = []
        self._lock = threading.Lock()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                with receiver._lock:
                    receiver.received.append(Received(self.path, {k.lower(): v for k, v in self.headers.items()}, body))
                    status = receiver.statuses.pop(0) if receiver.statuses else 200
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                return

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}/hooks"
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05})
        self._thread.start()

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()


@pytest.fixture
def receiver() -> Iterator[WebhookReceiver]:
    hooks = WebhookReceiver()
    yield hooks
    hooks.close()
