"""Many requests at once: every one answered, every effect counted once."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor

import httpx

from sezzle.gateway import Gateway

from .conftest import authorized_order, price


def test_concurrent_captures_on_one_order_never_overdraw_it(
    client: httpx.Client, gateway: Gateway, auth: dict[str, str]
) -> None:
    order_uuid = authorized_order(client, auth, gateway, cents=1_000)

    def capture(_: int) -> int:
        with httpx.Client(base_url=gateway.url, verify=False) as own:
            answer = own.post(f"/v2/order/{order_uuid}/capture", headers=auth, json={"capture_amount": price(100)})
        return answer.status_code

    with ThreadPoolExecutor(max_workers=8) as pool:
        statuses = list(pool.map(capture, range(14)))

    assert sorted(statuses) == [200] * 10 + [422] * 4
    snapshot = gateway.state.order(order_uuid)
    assert (snapshot.captured_cents, len(snapshot.captures)) == (1_000, 10)


def test_many_connections_with_keep_alive_are_served_at_once(gateway: Gateway, auth: dict[str, str]) -> None:
    def session(worker: int) -> list[int]:
        with httpx.Client(base_url=gateway.url, verify=False) as own:
            return [own.get("/v2/customer", headers=auth).status_code for _ in range(5)]

    with ThreadPoolExecutor(max_workers=10) as pool:
        results = list(pool.map(session, range(10)))

    assert results == [[200] * 5] * 10
    assert gateway.requests.count("GET", "/v2/customer") == 50


def test_a_slow_request_does_not_hold_up_the_others(gateway: Gateway, auth: dict[str, str]) -> None:
    gateway.faults.delay_next(1, 0.3, path="/v2/webhooks")

    with ThreadPoolExecutor(max_workers=2) as pool, httpx.Client(base_url=gateway.url, verify=False) as quick:
        slow = pool.submit(lambda: httpx.get(f"{gateway.url}/v2/webhooks", headers=auth, timeout=5).status_code)
        while gateway.faults.pending:  # until the slow request has arrived and is being held
            time.sleep(0.005)
        assert quick.get("/v2/customer", headers=auth).status_code == 200
        assert not slow.done()
        assert slow.result() == 200
