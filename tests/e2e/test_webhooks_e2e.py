"""A merchant's webhook endpoint, subscribed through the client, receiving the gateway's signed deliveries."""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

import pytest

from sezzle import Sezzle, SezzleError, price
from sezzle.gateway import Gateway
from sezzle.webhooks import Deduplicator, Event, InMemoryClaimStore, OrderCapturedEvent, construct_event
from tests.e2e.conftest import authorized_order, client_for


class _Quiet(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        return


class Endpoint:
    """A WSGI app as a shop would write it: verify, dedupe, handle; fail the first delivery on purpose."""

    def __init__(self, private_key: str, fail_first: int = 0) -> None:
        self.private_key = private_key
        self.fail_first = fail_first
        self.deliveries = 0
        self.handled: list[Event[Any]] = []
        self.rejected = 0
        self.dedupe = Deduplicator(InMemoryClaimStore())
        self.lock = threading.Lock()

    def __call__(self, environ: dict[str, Any], start_response: Any) -> Iterable[bytes]:
        body = environ["wsgi.input"].read(int(environ.get("CONTENT_LENGTH") or 0))
        headers = {key[5:].replace("_", "-"): value for key, value in environ.items() if key.startswith("HTTP_")}
        with self.lock:
            self.deliveries += 1
            failing = self.deliveries <= self.fail_first
        try:
            event = construct_event(body, headers, self.private_key)
        except SezzleError:
            self.rejected += 1
            start_response("400 Bad Request", [("Content-Length", "0")])
            return [b""]
        if failing:
            start_response("500 Internal Server Error", [("Content-Length", "0")])
            return [b""]
        self.dedupe.run(event, self.handled.append)
        start_response("200 OK", [("Content-Length", "0")])
        return [b""]


@pytest.fixture
def gateway() -> Iterator[Gateway]:
    with Gateway(webhook_retry_delays=(0.05, 0.1, 0.2)) as gw:
        yield gw


def serve(endpoint: Endpoint) -> tuple[WSGIServer, str]:
    server = make_server("127.0.0.1", 0, endpoint, handler_class=_Quiet)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_port}/hooks/sezzle"


def test_capture_event_fails_once_is_retried_and_handled_exactly_once(gateway: Gateway) -> None:
    endpoint = Endpoint(gateway.private_key, fail_first=1)
    server, url = serve(endpoint)
    try:
        with client_for(gateway) as client:
            client.webhooks.create(url=url, events=["order.captured"])
            order_uuid = authorized_order(client, gateway)
            client.orders.capture(order_uuid, price("10.00"))
            gateway.wait_for_webhooks(timeout=10)
            assert endpoint.deliveries == 2  # the 500, then the retry
            (event,) = endpoint.handled
            assert isinstance(event, OrderCapturedEvent)
            assert event.data.uuid == order_uuid
            gateway.redeliver_webhook(event.uuid)  # Sezzle may deliver an event again
            gateway.wait_for_webhooks(timeout=10)
            assert endpoint.deliveries == 3
            assert len(endpoint.handled) == 1
            assert endpoint.rejected == 0
    finally:
        server.shutdown()
        server.server_close()


def test_test_call_and_other_events_arrive_signed(gateway: Gateway) -> None:
    endpoint = Endpoint(gateway.private_key)
    server, url = serve(endpoint)
    try:
        with client_for(gateway) as client:
            client.webhooks.create(url=url, events=["order.authorized", "order.refunded", "customer.tokenized"])
            order_uuid = authorized_order(client, gateway)
            client.orders.capture(order_uuid, price("10.00"))
            client.orders.refund(order_uuid, price("4.00"))
            client.webhooks.test("order.refunded", url=url)
            gateway.wait_for_webhooks(timeout=10)
        names = sorted(event.event for event in endpoint.handled)
        assert names == ["order.authorized", "order.refunded", "order.refunded"]
    finally:
        server.shutdown()
        server.server_close()


def test_wrong_key_deliveries_are_rejected(gateway: Gateway) -> None:
    endpoint = Endpoint("sz_pr_not_the_merchants_key")
    server, url = serve(endpoint)
    try:
        with Sezzle(gateway.public_key, gateway.private_key, base_url=gateway.url) as client:
            client.webhooks.test("order.captured", url=url)
            client.webhooks.create(url=url, events=["order.captured"])
            gateway.wait_for_webhooks(timeout=10)
        assert endpoint.handled == []
        assert endpoint.rejected >= 1
    finally:
        server.shutdown()
        server.server_close()
