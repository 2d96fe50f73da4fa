"""The client over real sockets against the embedded gateway: auth, retries, resend rules, errors, secrets."""

from __future__ import annotations

import asyncio
import logging
import threading
import time

import pytest

from sezzle import (
    APIConnectionError,
    AuthenticationError,
    CardTokenMaybeSpentError,
    InternalServerError,
    InvalidInputError,
    NotFoundError,
    Sezzle,
    price,
)
from sezzle.gateway import Gateway
from tests.e2e.conftest import async_client_for, authorized_order, client_for, order_args


def test_single_flight_refresh_for_100_threads(gateway: Gateway) -> None:
    gateway.faults.delay_next(1, 0.2, method="POST", path="/v2/authentication")  # everyone arrives mid-refresh
    client = client_for(gateway)
    session = client.sessions.create(**order_args())
    gateway.requests.clear()
    client._tokens._token = None  # cold again, with a session to read
    barrier = threading.Barrier(100)
    errors: list[BaseException] = []

    def call() -> None:
        barrier.wait()
        try:
            client.sessions.get(str(session.uuid))
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=call) for _ in range(100)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert gateway.requests.auth_count == 1
    assert gateway.requests.count("GET", "/v2/session/*") == 100


@pytest.mark.anyio
async def test_single_flight_refresh_for_100_tasks(gateway: Gateway) -> None:
    gateway.faults.delay_next(1, 0.2, method="POST", path="/v2/authentication")
    async with async_client_for(gateway) as client:
        created = await asyncio.gather(*(client.sessions.create(**order_args(f"cart-{n}")) for n in range(100)))
    assert len({session.uuid for session in created}) == 100
    assert gateway.requests.auth_count == 1


def test_token_refreshed_before_expiry(tmp_path: object) -> None:
    with Gateway(token_lifetime=1.0) as gw, client_for(gw) as client:
        session = client.sessions.create(**order_args())
        time.sleep(1.0)  # past 90 % of the token's life on the client's clock
        client.sessions.get(str(session.uuid))
        assert gw.requests.auth_count == 2
        assert all(record.status != 401 for record in gw.requests)


def test_expired_token_gets_401_then_reauth_and_replay(gateway: Gateway, client: Sezzle) -> None:
    session = client.sessions.create(**order_args())
    gateway.clock.advance(121 * 60)  # the gateway now considers the cached token expired
    assert client.sessions.get(str(session.uuid)).uuid == session.uuid
    statuses = [record.status for record in gateway.requests.matching("GET", "/v2/session/*")]
    assert statuses == [401, 200]
    assert gateway.requests.auth_count == 2


def test_retry_after_is_honoured(gateway: Gateway, client: Sezzle) -> None:
    session = client.sessions.create(**order_args())
    gateway.faults.fail_next(1, status=503, retry_after=0.3, method="GET", path="/v2/session/*")
    waits: list[float] = []
    sleep = client._sender.sleep

    def recording(seconds: float) -> None:
        waits.append(seconds)
        sleep(seconds)

    client._sender.sleep = recording
    raw = client.sessions.with_raw_response.get(str(session.uuid))
    assert raw.attempts == 2
    assert waits == [0.3]


def test_capture_retries_reuse_one_request_id_and_apply_once(gateway: Gateway, client: Sezzle) -> None:
    order_uuid = authorized_order(client, gateway)
    gateway.faults.fail_next(1, status=500, method="POST", path="/v2/order/*/capture")
    gateway.faults.drop_next(1, method="POST", path="/v2/order/*/capture")
    gateway.faults.fail_next(1, status=429, retry_after=0, method="POST", path="/v2/order/*/capture")
    client.orders.capture(order_uuid, price("40.00"))
    attempts = gateway.requests.matching("POST", "/v2/order/*/capture")
    assert len(attempts) == 4
    assert len({record.request_id for record in attempts}) == 1
    assert gateway.state.order(order_uuid).captured_cents == 4000
    assert len(gateway.state.order(order_uuid).captures) == 1


def test_get_card_data_is_not_resent(gateway: Gateway, client: Sezzle) -> None:
    card_session = client.card_sessions.create(
        origin="https://shop.test", mode="iframe", merchant_reference_id="c-1", amount_in_cents=1000, currency="USD"
    )
    token = gateway.shopper.complete_card_session(str(card_session.uuid))
    gateway.faults.drop_next(1, method="GET", path="/v2/session/card/token/*")
    with pytest.raises(CardTokenMaybeSpentError, match="may be spent"):
        client.card_sessions.get_card_data(token)
    assert gateway.requests.count("GET", "/v2/session/card/token/*") == 1
    with pytest.raises(NotFoundError):  # the gateway served and deleted it: a resend would have lost it
        client.card_sessions.get_card_data(token)


def test_create_session_is_not_retried_after_it_was_sent(gateway: Gateway, client: Sezzle) -> None:
    client.sessions.create(**order_args())  # authenticate first
    gateway.faults.fail_next(1, status=503, method="POST", path="/v2/session")
    with pytest.raises(InternalServerError):
        client.sessions.create(**order_args("cart-2"))
    gateway.faults.drop_next(1, method="POST", path="/v2/session")
    with pytest.raises(APIConnectionError) as failure:
        client.sessions.create(**order_args("cart-3"))
    assert failure.value.request_sent
    assert gateway.requests.count("POST", "/v2/session") == 3
    assert len(gateway.state.orders) == 2  # the dropped one was applied once, never twice


def test_bad_keys_raise_authentication_error(gateway: Gateway) -> None:
    with Sezzle(gateway.public_key, "sz_pr_wrong", base_url=gateway.url) as client, pytest.raises(AuthenticationError):
        client.sessions.get("s-1")


def test_gateway_error_bodies_become_typed_errors(gateway: Gateway, client: Sezzle) -> None:
    with pytest.raises(NotFoundError) as failure:
        client.orders.get("no-such-order")
    assert failure.value.code == "record_not_found"
    assert failure.value.debug_uuid


def test_bad_input_never_reaches_the_gateway(gateway: Gateway, client: Sezzle) -> None:
    with pytest.raises(InvalidInputError):
        client.sessions.create(**order_args(amount="10.001"))
    with pytest.raises(InvalidInputError):
        client.orders.capture("o-1", {"amount_in_cents": 12.5, "currency": "USD"})
    assert len(gateway.requests) == 0


def test_secrets_stay_out_of_logs_at_debug(gateway: Gateway, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    texts: list[str] = []
    with client_for(gateway) as client:
        order_uuid = authorized_order(client, gateway)
        client.orders.capture(order_uuid, price("10.00"))
        card_session = client.card_sessions.create(
            origin="https://shop.test", mode="iframe", merchant_reference_id="c-1", amount_in_cents=1000, currency="USD"
        )
        card = client.card_sessions.get_card_data(gateway.shopper.complete_card_session(str(card_session.uuid)))
        texts += [repr(client), repr(card), repr(client._tokens), repr(client._config.keys)]
        token = client._tokens.get().value
        with pytest.raises(NotFoundError) as failure:
            client.orders.get("missing")
        texts += [str(failure.value), repr(failure.value)]
    secrets = [gateway.private_key, token, str(card.pan), f"'{card.cvv_number}'"]
    everything = "\n".join(texts + [record.getMessage() for record in caplog.records])
    assert [secret for secret in secrets if secret in everything] == []
