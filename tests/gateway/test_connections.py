"""Where the gateway listens and how many connections it takes: loopback unless allowed, a listen queue
for bursts of clients, and a bounded number of connection threads however many clients stay idle."""

from __future__ import annotations

import http.client
import logging
import socket
import threading
import time
import urllib.parse
from collections.abc import Iterator

import httpx
import pytest

from sezzle.errors import InvalidInputError
from sezzle.gateway import Gateway
from sezzle.gateway._server import BACKLOG, EVICTABLE_AFTER, MAX_CONNECTIONS, GatewayServer, _Handler


def _address(gateway: Gateway) -> tuple[str, int]:
    url = urllib.parse.urlsplit(gateway.url)
    return url.hostname or "", url.port or 0


# Where it listens


@pytest.mark.parametrize("host", ["0.0.0.0", "", "192.0.2.10", "::"])
def test_a_non_loopback_address_is_refused_without_allow_remote(host: str) -> None:
    with pytest.raises(InvalidInputError, match="allow_remote=True") as refused:
        Gateway(host=host)
    assert refused.value.field == "host"
    assert "/__gateway__" in str(refused.value)


def test_loopback_addresses_need_no_flag() -> None:
    for host in ("127.0.0.1", "localhost", "127.0.0.2"):
        with Gateway(host=host) as gateway:
            bound, port = gateway.address
            assert bound.startswith("127.")
            assert gateway.url.endswith(f":{port}")


def test_allow_remote_binds_every_interface_reports_it_and_warns(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="sezzle.gateway")
    with Gateway(host="0.0.0.0", allow_remote=True) as gateway:
        host, port = gateway.address
        assert host == "0.0.0.0"
        assert port > 0
        assert gateway.url == f"http://127.0.0.1:{port}"
        assert httpx.get(f"{gateway.url}/__gateway__", timeout=10).status_code == 200
    warnings = [record.getMessage() for record in caplog.records if record.levelno == logging.WARNING]
    assert any(f"0.0.0.0:{port}" in text and "no authentication" in text for text in warnings)


def test_the_address_is_known_only_while_running() -> None:
    gateway = Gateway()
    with pytest.raises(Exception, match="not running"):
        _ = gateway.address


# A burst of clients


def test_two_hundred_concurrent_connections_are_all_answered() -> None:
    assert GatewayServer.request_queue_size == BACKLOG >= 128
    clients = 200
    with Gateway() as gateway:
        address = _address(gateway)
        start = threading.Barrier(clients)
        statuses: list[int] = []
        failures: list[BaseException] = []
        lock = threading.Lock()

        def client() -> None:
            try:
                start.wait(timeout=30)
                # Under a second: a connection the listen queue had no room for would wait for the SYN retry.
                sock = socket.create_connection(address, timeout=0.9)
                with sock:
                    sock.settimeout(30)
                    sock.sendall(b"GET /__gateway__/clock HTTP/1.1\r\nHost: g\r\nConnection: close\r\n\r\n")
                    answer = http.client.HTTPResponse(sock)
                    answer.begin()
                    answer.read()
                with lock:
                    statuses.append(answer.status)
            except BaseException as error:
                with lock:
                    failures.append(error)

        threads = [threading.Thread(target=client) for _ in range(clients)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)

    assert failures == []
    assert statuses == [200] * clients


# Idle clients


@pytest.fixture
def idle_sockets() -> Iterator[list[socket.socket]]:
    opened: list[socket.socket] = []
    yield opened
    for sock in opened:
        sock.close()


def test_three_hundred_idle_connections_take_a_bounded_number_of_threads(
    idle_sockets: list[socket.socket],
) -> None:
    with Gateway() as gateway:
        address = _address(gateway)
        before = threading.active_count()
        for _ in range(300):
            sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            sock.setblocking(False)
            sock.connect_ex(address)  # never sends anything
            idle_sockets.append(sock)

        most = before
        answered: list[int] = []

        def ask() -> None:
            with httpx.Client(base_url=gateway.url, timeout=30) as http:
                answered.append(http.get("/__gateway__/clock").status_code)

        asker = threading.Thread(target=ask)
        asker.start()
        deadline = time.monotonic() + max(3.0, 6 * EVICTABLE_AFTER)
        while time.monotonic() < deadline or asker.is_alive():
            most = max(most, threading.active_count())
            time.sleep(0.01)
            if time.monotonic() > deadline + 30:
                break
        asker.join()

        assert answered == [200]
        # The asker itself and a thread or two ending as others start.
        assert most <= before + MAX_CONNECTIONS + 5, (before, most)
        assert httpx.get(f"{gateway.url}/__gateway__/clock", timeout=30).status_code == 200


def test_an_idle_connection_is_closed_after_the_idle_timeout(gateway: Gateway, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_Handler, "timeout", 0.3)
    with socket.create_connection(_address(gateway), timeout=10) as sock:
        sock.sendall(b"GET /__gateway__/clock HTTP/1.1\r\nHost: g\r\n\r\n")
        answer = http.client.HTTPResponse(sock)
        answer.begin()
        answer.read()
        assert answer.status == 200
        started = time.monotonic()
        assert sock.recv(1) == b""  # closed by the gateway
        assert 0.2 <= time.monotonic() - started < 5


def test_pipelined_requests_on_one_connection_are_all_answered(gateway: Gateway) -> None:
    request = b"GET /__gateway__/clock HTTP/1.1\r\nHost: g\r\n\r\n"
    with socket.create_connection(_address(gateway), timeout=10) as sock:
        sock.sendall(request * 3 + b"GET /__gateway__/clock HTTP/1.1\r\nHost: g\r\nConnection: close\r\n\r\n")
        received = b""
        while chunk := sock.recv(65536):
            received += chunk
    assert received.count(b"HTTP/1.1 200 ") == 4


def test_a_keep_alive_client_is_served_again_after_its_idle_connection_was_closed(
    gateway: Gateway, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_Handler, "timeout", 0.2)
    with httpx.Client(base_url=gateway.url, timeout=10) as http:
        assert http.get("/__gateway__/clock").status_code == 200
        time.sleep(0.6)
        assert http.get("/__gateway__/clock").status_code == 200
