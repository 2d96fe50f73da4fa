"""Sending events to the handler registered for their name."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from sezzle.errors import ConfigurationError
from sezzle.webhooks import (
    Deduplicator,
    DisputeEvent,
    Event,
    OrderCapturedEvent,
    OrderEvent,
    UnknownEvent,
    WebhookRouter,
    parse_event,
)
from tests.webhooks.payloads import ORDER_UUID, dispute, envelope, order, tokenized


class Recorder:
    def __init__(self) -> None:
        self.seen: list[tuple[str, str]] = []

    def handler(self, label: str) -> Any:
        def handle(event: Event[Any]) -> None:
            self.seen.append((label, event.event))

        return handle


def test_each_event_goes_to_its_handler() -> None:
    router = WebhookRouter()
    recorder = Recorder()
    router.on(OrderCapturedEvent)(recorder.handler("captured"))
    router.on(DisputeEvent)(recorder.handler("dispute"))
    router.on("customer.tokenized")(recorder.handler("tokenized"))
    router.on_unhandled(recorder.handler("other"))

    for payload in (
        order(),
        order("order.refunded"),
        dispute("dispute.closed.neutral"),
        dispute("dispute.deadline_approaching"),
        tokenized(),
    ):
        assert router.dispatch(parse_event(payload))
    assert recorder.seen == [
        ("captured", "order.captured"),
        ("other", "order.refunded"),
        ("dispute", "dispute.closed.neutral"),
        ("dispute", "dispute.deadline_approaching"),
        ("tokenized", "customer.tokenized"),
    ]


def test_a_typed_handler_receives_its_type() -> None:
    router = WebhookRouter()
    received: list[str] = []

    @router.on(OrderCapturedEvent)
    def captured(event: OrderCapturedEvent) -> str:
        received.append(event.data.uuid)
        return event.data.uuid

    router.dispatch(parse_event(order()))
    assert received == [ORDER_UUID]
    assert captured(OrderCapturedEvent.from_dict(order())) == ORDER_UUID


def test_a_known_event_with_untyped_data_goes_to_the_unhandled_handler() -> None:
    router = WebhookRouter()
    recorder = Recorder()
    router.on(OrderEvent)(recorder.handler("order"))
    router.on_unhandled(recorder.handler("other"))
    event = parse_event(envelope("order.captured", "order", {"no_uuid": True}))
    assert isinstance(event, UnknownEvent)
    router.dispatch(event)
    assert recorder.seen == [("other", "order.captured")]


def test_a_name_not_typed_yet_can_be_handled() -> None:
    router = WebhookRouter()
    recorder = Recorder()
    router.on("order.released")(recorder.handler("released"))
    assert router.dispatch(parse_event(order("order.released")))
    assert recorder.seen == [("released", "order.released")]


def test_nothing_registered() -> None:
    router = WebhookRouter()
    assert router.dispatch(parse_event(order())) is False
    assert router.handler_for(parse_event(order())) is None


@pytest.mark.parametrize("first", [OrderCapturedEvent, OrderEvent, "order.captured"], ids=["class", "base", "name"])
def test_one_handler_per_name(first: type[Event[Any]] | str) -> None:
    router = WebhookRouter()
    router.on(first)(Recorder().handler("first"))
    with pytest.raises(ConfigurationError, match=r"already registered for order\.captured"):
        router.on("order.captured")
    router.on_unhandled(Recorder().handler("other"))
    with pytest.raises(ConfigurationError, match="already registered"):
        router.on_unhandled(Recorder().handler("again"))


@pytest.mark.parametrize("key", [UnknownEvent, Event, int, "", "  "], ids=["UnknownEvent", "Event", "int", "", "blank"])
def test_keys_that_name_no_event(key: Any) -> None:
    with pytest.raises(ConfigurationError):
        WebhookRouter().on(key)


def test_an_async_handler_needs_dispatch_async() -> None:
    router = WebhookRouter()
    seen: list[str] = []

    @router.on(OrderCapturedEvent)
    async def captured(event: OrderCapturedEvent) -> None:
        await asyncio.sleep(0)
        seen.append(event.data.uuid)

    @router.on("order.refunded")
    def refunded(event: Event[Any]) -> None:
        seen.append(event.event)

    with pytest.raises(ConfigurationError, match="dispatch_async"):
        router.dispatch(parse_event(order()))
    assert seen == []

    async def deliver() -> None:
        assert await router.dispatch_async(parse_event(order()))
        assert await router.dispatch_async(parse_event(order("order.refunded")))
        assert not await router.dispatch_async(parse_event(tokenized()))

    asyncio.run(deliver())
    assert seen == [ORDER_UUID, "order.refunded"]


def test_handler_errors_propagate_and_dedupe_lets_the_retry_run() -> None:
    router = WebhookRouter()
    attempts: list[int] = []

    @router.on(OrderCapturedEvent)
    def captured(event: OrderCapturedEvent) -> None:
        attempts.append(len(attempts))
        if len(attempts) == 1:
            raise RuntimeError("database unavailable")

    dedupe = Deduplicator()
    with pytest.raises(RuntimeError):
        dedupe.run(parse_event(order()), router.dispatch)
    assert dedupe.run(parse_event(order()), router.dispatch)
    assert not dedupe.run(parse_event(order()), router.dispatch)
    assert attempts == [0, 1]
