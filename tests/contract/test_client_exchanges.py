"""Every request the client sends and every answer the gateway gives in a full flow validate against the spec.

The client is given an ``httpx`` client whose event hooks check each exchange as it happens (see
``spec.Contract``): the client's side (operation, parameters, credentials, body) and the gateway's side
(status, media type, body, headers). The flow calls every operation the spec declares, including answers
that are errors, synchronously and asynchronously.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from typing import Any

import attrs
import httpx
import pytest

from sezzle import AsyncSezzle, NotFoundError, Sezzle, UnprocessableEntityError, price
from sezzle.gateway import Gateway
from sezzle.links import find_link
from sezzle.testing import FAST_RETRY, checkout_session, expire_authorization

from .spec import Contract


@attrs.define
class Exchanges:
    """What the hooks saw: each operation and status, and every way an exchange broke the contract."""

    contract: Contract
    problems: list[str] = attrs.field(factory=list)
    seen: set[tuple[str, int]] = attrs.field(factory=set)

    def request(self, request: httpx.Request) -> None:
        self.problems += self.contract.request_problems(request)

    def response(self, response: httpx.Response) -> None:
        response.read()
        self._record(response)

    async def arequest(self, request: httpx.Request) -> None:
        self.request(request)

    async def aresponse(self, response: httpx.Response) -> None:
        await response.aread()
        self._record(response)

    def _record(self, response: httpx.Response) -> None:
        self.problems += self.contract.response_problems(response)
        found = self.contract.find(response.request.method, response.request.url.path)
        if found:
            self.seen.add((found[0].label, response.status_code))

    @property
    def operations(self) -> set[str]:
        return {label for label, _ in self.seen}


@pytest.fixture
def exchanges(contract: Contract) -> Exchanges:
    return Exchanges(contract)


@pytest.fixture
def client(gateway: Gateway, exchanges: Exchanges) -> Iterator[Sezzle]:
    http = httpx.Client(event_hooks={"request": [exchanges.request], "response": [exchanges.response]})
    with (
        http,
        Sezzle(
            gateway.public_key, gateway.private_key, base_url=gateway.url, http_client=http, retry=FAST_RETRY
        ) as sezzle,
    ):
        yield sezzle


EXPRESS_CHECKOUT: dict[str, Any] = {
    "currency_code": "USD",
    "address_uuid": "address-1",
    "shipping_options": [{"name": "Ground", "shipping_amount_in_cents": 500, "tax_amount_in_cents": 80}],
}


def since_yesterday(gateway: Gateway) -> datetime.date:
    return gateway.clock.now().date() - datetime.timedelta(days=1)


def card_session_args() -> dict[str, Any]:
    return {
        "origin": "https://shop.test",
        "mode": "iframe",
        "merchant_reference_id": "card-1",
        "amount_in_cents": 2500,
        "currency": "USD",
    }


def run_flow(client: Sezzle, gateway: Gateway, sink: str) -> None:
    # A checkout that also tokenizes the shopper, read back through every view of it.
    created = client.sessions.create(**checkout_session("120.00", reference_id="flow-1", tokenize=True))
    order_uuid, token = str(created.order.uuid), str(created.tokenize.token)
    client.sessions.get(str(created.uuid))
    client.tokens.get_session(token)
    customer_uuid = gateway.shopper.accept_tokenization(token)
    client.tokens.get_session(token)
    client.orders.get(order_uuid)

    # Every order operation, with refusals among them.
    gateway.shopper.complete_checkout(order_uuid)
    client.orders.update(order_uuid, reference_id="flow-1b")
    client.orders.capture(order_uuid, price("80.00"))
    with pytest.raises(UnprocessableEntityError):
        client.orders.capture(order_uuid, price("500.00"))
    client.orders.refund(order_uuid, price("15.00"))
    client.orders.release(order_uuid, price("10.00"))
    client.orders.upcharge(order_uuid, price("5.00"), intent="CAPTURE")
    order = client.orders.get(order_uuid)
    client.links.follow(find_link(order.links, "self"))
    with pytest.raises(NotFoundError):
        client.orders.get("no-such-order")
    abandoned = client.sessions.create(**checkout_session(reference_id="flow-2"))
    client.orders.update_checkout(str(abandoned.order.uuid), **EXPRESS_CHECKOUT)
    client.orders.delete_checkout(str(abandoned.order.uuid))
    expire_authorization(gateway)
    client.orders.reauthorize(order_uuid, price("20.00"))

    # The tokenized customer.
    client.customers.list()
    client.customers.get(customer_uuid)
    client.customers.preapprove(customer_uuid, price("10.00"))
    client.customers.create_order(customer_uuid, intent="CAPTURE", reference_id="flow-3", order_amount=price("7.00"))
    client.customers.delete(customer_uuid)
    with pytest.raises(NotFoundError):
        client.customers.get(customer_uuid)

    # Webhook subscriptions, pointed at a loopback sink.
    hook = client.webhooks.create(url=sink, events=["order.captured"])
    client.webhooks.list()
    client.webhooks.get(str(hook.uuid))
    client.webhooks.update(str(hook.uuid), url=f"{sink}/renamed", events=["order.refunded"])
    client.webhooks.test("order.refunded", url=sink)
    client.webhooks.delete(str(hook.uuid))

    # Reports.
    payout = gateway.settle()
    gateway.interest.record("INTEREST_ACCRUAL", "1.5")
    client.reports.settlement_summaries(since_yesterday(gateway))
    assert client.reports.order_report(since_yesterday(gateway), gateway.clock.now().date())
    with client.reports.settlement_details(payout) as details:
        assert list(details.line_items)
    client.reports.interest_balance()
    with client.reports.interest_activity(since_yesterday(gateway)) as activity:
        assert list(activity.rows)

    # A virtual card, read once.
    card = client.card_sessions.create(**card_session_args())
    client.card_sessions.update(str(card.uuid), order_id="A-1")
    client.card_sessions.get_card_data(gateway.shopper.complete_card_session(str(card.uuid)))


async def run_async_flow(client: AsyncSezzle, gateway: Gateway, sink: str) -> None:
    created = await client.sessions.create(**checkout_session("120.00", reference_id="flow-1", tokenize=True))
    order_uuid, token = str(created.order.uuid), str(created.tokenize.token)
    await client.sessions.get(str(created.uuid))
    await client.tokens.get_session(token)
    customer_uuid = gateway.shopper.accept_tokenization(token)
    gateway.shopper.complete_checkout(order_uuid)
    await client.orders.update(order_uuid, reference_id="flow-1b")
    await client.orders.capture(order_uuid, price("80.00"))
    await client.orders.refund(order_uuid, price("15.00"))
    await client.orders.release(order_uuid, price("10.00"))
    await client.orders.upcharge(order_uuid, price("5.00"), intent="AUTH")
    order = await client.orders.get(order_uuid)
    await client.links.follow(find_link(order.links, "self"))
    abandoned = await client.sessions.create(**checkout_session(reference_id="flow-2"))
    await client.orders.update_checkout(str(abandoned.order.uuid), **EXPRESS_CHECKOUT)
    await client.orders.delete_checkout(str(abandoned.order.uuid))
    expire_authorization(gateway)
    await client.orders.reauthorize(order_uuid, price("20.00"))
    await client.customers.list()
    await client.customers.get(customer_uuid)
    await client.customers.preapprove(customer_uuid, price("10.00"))
    await client.customers.create_order(customer_uuid, intent="AUTH", reference_id="flow-3", order_amount=price("7.00"))
    await client.customers.delete(customer_uuid)
    hook = await client.webhooks.create(url=sink, events=["order.captured"])
    await client.webhooks.list()
    await client.webhooks.get(str(hook.uuid))
    await client.webhooks.update(str(hook.uuid), url=f"{sink}/renamed", events=["order.refunded"])
    await client.webhooks.test("order.refunded", url=sink)
    await client.webhooks.delete(str(hook.uuid))
    payout = gateway.settle()
    gateway.interest.record("INTEREST_ACCRUAL", "1.5")
    await client.reports.settlement_summaries(since_yesterday(gateway))
    assert await client.reports.order_report(since_yesterday(gateway), gateway.clock.now().date())
    async with await client.reports.settlement_details(payout) as details:
        assert [item async for item in details.line_items]
    await client.reports.interest_balance()
    async with await client.reports.interest_activity(since_yesterday(gateway)) as activity:
        assert [row async for row in activity.rows]
    card = await client.card_sessions.create(**card_session_args())
    await client.card_sessions.update(str(card.uuid), order_id="A-1")
    await client.card_sessions.get_card_data(gateway.shopper.complete_card_session(str(card.uuid)))


def test_a_full_flow_conforms_on_both_sides(
    client: Sezzle, gateway: Gateway, exchanges: Exchanges, contract: Contract, webhook_sink: str
) -> None:
    run_flow(client, gateway, webhook_sink)

    assert exchanges.problems == []
    assert exchanges.operations == {operation.label for operation in contract.operations}, "every operation ran"
    assert {status for _, status in exchanges.seen} >= {200, 201, 204, 404, 422}


@pytest.mark.anyio
async def test_a_full_async_flow_conforms_on_both_sides(
    gateway: Gateway, exchanges: Exchanges, contract: Contract, webhook_sink: str
) -> None:
    hooks = {"request": [exchanges.arequest], "response": [exchanges.aresponse]}
    async with (
        httpx.AsyncClient(event_hooks=hooks) as http,
        AsyncSezzle(gateway.public_key, gateway.private_key, base_url=gateway.url, http_client=http) as client,
    ):
        await run_async_flow(client, gateway, webhook_sink)

    assert exchanges.problems == []
    assert exchanges.operations == {operation.label for operation in contract.operations}, "every operation ran"


def test_the_checks_catch_a_request_the_spec_refuses(contract: Contract) -> None:
    request = httpx.Request(
        "POST",
        "http://127.0.0.1/v2/order/o-1/capture?verbose=1",
        json={"capture_amount": {"amount_in_cents": "12", "currency": "USD"}},
    )
    where = "POST /v2/order/{order_uuid}/capture: client:"
    assert contract.request_problems(request) == [
        f"{where} query parameter 'verbose' is not declared",
        f"{where} no credentials: the spec requires the Authorization header",
        f"{where} body['capture_amount']['amount_in_cents']: '12' is not of type 'integer'",
    ]


def test_the_checks_catch_an_answer_the_spec_does_not_declare(contract: Contract) -> None:
    request = httpx.Request("GET", "http://127.0.0.1/v2/order/o-1", headers={"Authorization": "Bearer t"})
    wrong_status = httpx.Response(409, json=[{"code": "conflict"}], request=request)
    wrong_shape = httpx.Response(200, json={"uuid": 7, "order_amount": {"amount_in_cents": 1.5}}, request=request)
    assert contract.response_problems(wrong_status) == [
        "GET /v2/order/{order_uuid}: gateway: answered 409, declared: ['200', '401', '404']"
    ]
    problems = contract.response_problems(wrong_shape)
    assert "GET /v2/order/{order_uuid}: gateway: 200: body['uuid']: 7 is not of type 'string'" in problems
    assert any("['order_amount']['amount_in_cents']" in problem for problem in problems)
