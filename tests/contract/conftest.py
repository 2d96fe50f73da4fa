"""A gateway per test, a loopback sink for the webhooks it sends, and the spec ready to check exchanges."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from sezzle.gateway import Gateway

from .spec import Contract


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(scope="session")
def contract() -> Contract:
    return Contract.load()


class _Sink(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", "0")))
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: Any) -> None:
        return


@pytest.fixture(scope="session")
def webhook_sink() -> Iterator[str]:
    """A loopback URL that accepts every webhook, so subscriptions never point off this machine."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Sink)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/hooks"
    server.shutdown()
    server.server_close()
    thread.join()


@pytest.fixture
def gateway() -> Iterator[Gateway]:
    with Gateway(webhook_retry_delays=()) as gw:
        yield gw
