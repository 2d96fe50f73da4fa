"""A real HTTP endpoint on loopback, answering deliveries the way the docs recommend."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from sezzle.errors import WebhookSignatureError
from sezzle.webhooks import Deduplicator, Headers, OrderCapturedEvent, WebhookKeys, WebhookRouter, construct_event
from tests.webhooks.payloads import OLD_PRIVATE_KEY, ORDER_UUID, OTHER_KEY, PRIVATE_KEY, encode, order, sign


class App:
    def __init__(self) -> None:
        self.keys = WebhookKeys([PRIVATE_KEY, OLD_PRIVATE_KEY])
        self.router = WebhookRouter()
        self.dedupe = Deduplicator()
        self.paid: list[str] = []
        self.fail_next = False
        self.router.on(OrderCapturedEvent)(self.captured)

    def captured(self, event: OrderCapturedEvent) -> None:
        if self.fail_next:
            self.fail_next = False
            raise RuntimeError("database unavailable")
        self.paid.append(event.data.uuid)

    def answer(self, body: bytes, headers: Headers) -> int:
        try:
            event = construct_event(body, headers, self.keys)
        except WebhookSignatureError:
            return 400
        try:
            self.dedupe.run(event, self.router.dispatch)
        except RuntimeError:
            return 500
        return 200


@pytest.fixture
def served() -> Iterator[tuple[App, str]]:
    app = App()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers["Content-Length"]))
            self.send_response(app.answer(body, self.headers))
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield app, f"http://127.0.0.1:{server.server_address[1]}/webhooks/sezzle"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def test_deliveries_over_http(served: tuple[App, str]) -> None:
    app, url = served
    body = encode(order())
    with httpx.Client(timeout=5) as client:

        def post(content: bytes, signature: str) -> int:
            return client.post(url, content=content, headers={"sezzle-signature": signature}).status_code

        assert post(body, sign(body, OTHER_KEY)) == 400
        assert post(body.replace(b"12999", b"1"), sign(body)) == 400
        app.fail_next = True
        assert post(body, sign(body)) == 500
        assert post(body, sign(body, OLD_PRIVATE_KEY)) == 200  # a key rotation: the previous key still accepted
        assert post(body, sign(body)) == 200  # a duplicate: answered 200, not handled again
    assert app.paid == [ORDER_UUID]
