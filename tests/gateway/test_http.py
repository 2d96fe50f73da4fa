"""HTTP/1.1 details a client library depends on: keep-alive, lengths, chunked bodies, closing."""

from __future__ import annotations

import http.client
import json
import urllib.parse
from collections.abc import Iterator

import httpx
import pytest

from sezzle.gateway import Gateway

from .conftest import new_order


@pytest.fixture
def connection(gateway: Gateway) -> Iterator[http.client.HTTPConnection]:
    address = urllib.parse.urlsplit(gateway.url)
    conn = http.client.HTTPConnection(address.hostname or "", address.port, timeout=5)
    yield conn
    conn.close()


def _authenticate(connection: http.client.HTTPConnection, gateway: Gateway) -> str:
    body = json.dumps({"public_key": gateway.public_key, "private_key": gateway.private_key})
    connection.request("POST", "/v2/authentication", body=body, headers={"Content-Type": "application/json"})
    answer = connection.getresponse()
    token: str = json.loads(answer.read())["token"]
    return token


def test_one_connection_carries_many_requests(connection: http.client.HTTPConnection, gateway: Gateway) -> None:
    token = _authenticate(connection, gateway)
    first_socket = connection.sock

    statuses = []
    for _ in range(3):
        connection.request("GET", "/v2/customer", headers={"Authorization": f"Bearer {token}"})
        answer = connection.getresponse()
        assert answer.getheader("Content-Length") == str(len(answer.read()))
        statuses.append(answer.status)

    assert statuses == [200, 200, 200]
    assert connection.sock is first_socket


def test_a_204_has_an_empty_body_and_keeps_the_connection(
    connection: http.client.HTTPConnection, client: httpx.Client, gateway: Gateway, auth: dict[str, str]
) -> None:
    order_uuid = new_order(client, auth)
    token = _authenticate(connection, gateway)

    connection.request("DELETE", f"/v2/order/{order_uuid}/checkout", headers={"Authorization": f"Bearer {token}"})
    deleted = connection.getresponse()
    assert (deleted.status, deleted.read(), deleted.getheader("Content-Length")) == (204, b"", "0")
    connection.request("GET", f"/v2/order/{order_uuid}", headers={"Authorization": f"Bearer {token}"})

    assert json.loads(connection.getresponse().read())["checkout_status"] == "deleted"


def test_a_chunked_request_body_is_read(connection: http.client.HTTPConnection, gateway: Gateway) -> None:
    token = _authenticate(connection, gateway)
    body = json.dumps({"url": "https://shop.example/hooks", "events": ["order.captured"]}).encode()

    connection.request(
        "POST",
        "/v2/webhooks",
        body=iter([body[:10], body[10:]]),
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
        encode_chunked=True,
    )
    answer = connection.getresponse()

    assert answer.status == 200
    assert json.loads(answer.read())["uuid"]


def test_connection_close_is_honoured(connection: http.client.HTTPConnection, gateway: Gateway) -> None:
    connection.request("GET", "/__gateway__/clock", headers={"Connection": "close"})
    answer = connection.getresponse()

    assert answer.status == 200
    assert answer.getheader("Connection") == "close"
    answer.read()
    assert answer.isclosed()


def test_stopping_closes_idle_keep_alive_connections() -> None:
    gateway = Gateway().start()
    with httpx.Client(base_url=gateway.url, verify=False) as own:
        assert own.get("/__gateway__/clock").status_code == 200
        gateway.stop()

        with pytest.raises(httpx.TransportError):
            own.post("/v2/authentication", json={"public_key": "sz_pub_test", "private_key": "sz_pr_test"})
