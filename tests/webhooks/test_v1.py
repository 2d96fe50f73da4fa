"""The v1 order webhook, which has no signature."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import pytest

from sezzle.errors import InvalidInputError
from sezzle.webhooks import Deduplicator
from sezzle.webhooks.v1 import OrderWebhook, OrderWebhookEvent, parse_order_webhook
from sezzle_api.models import Price

# Sezzle's v1 reference example, as printed (an order_complete that also carries refund fields).
DOCUMENTED = b"""{
"time": "2017-10-19T00:33:10.548372055Z",
"uuid": "02c5a2a0-8394-4b45-80b3-52d40c494322",
"type": "order_update",
"event": "order_complete",
"object_uuid": "Ref123456789",
"refund_id": "szl-a0293Pn-3948-80b3-ao34JAia39zQ",
"refund_amount": {
"amount_in_cents": 500,
"currency": "USD"
}
}"""


def payload(**changes: Any) -> dict[str, Any]:
    return {name: value for name, value in (json.loads(DOCUMENTED) | changes).items() if value is not None}


def test_the_documented_example() -> None:
    webhook = parse_order_webhook(DOCUMENTED)
    assert webhook.time == datetime(2017, 10, 19, 0, 33, 10, 548372, tzinfo=UTC)
    assert webhook.uuid == "02c5a2a0-8394-4b45-80b3-52d40c494322"
    assert webhook.type == "order_update"
    assert webhook.event is OrderWebhookEvent.ORDER_COMPLETE
    assert webhook.object_uuid == "Ref123456789"
    assert webhook.refund_id == "szl-a0293Pn-3948-80b3-ao34JAia39zQ"
    assert webhook.refund_amount == Price(amount_in_cents=500, currency="USD")


def test_a_refund_and_a_completion_without_refund_fields() -> None:
    refund = parse_order_webhook(payload(event="order_refund"))
    assert refund.event is OrderWebhookEvent.ORDER_REFUND
    assert refund.refund_amount is not None
    assert refund.refund_amount.amount_in_cents == 500
    complete = parse_order_webhook(payload(refund_id=None, refund_amount=None))
    assert complete.refund_id is None
    assert complete.refund_amount is None


def test_an_unknown_event_is_kept() -> None:
    webhook = parse_order_webhook(payload(event="order_cancel", type="order_status", extra={"a": 1}))
    assert webhook.event == "order_cancel"
    assert not webhook.event.is_known
    assert OrderWebhookEvent.ORDER_COMPLETE.is_known
    assert webhook.type == "order_status"
    assert webhook["extra"] == {"a": 1}
    assert webhook.to_dict()["event"] == "order_cancel"


def test_round_trip() -> None:
    webhook = parse_order_webhook(DOCUMENTED)
    assert OrderWebhook.from_dict(json.loads(json.dumps(webhook.to_dict()))) == webhook


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        pytest.param({"uuid": None}, "uuid", id="no uuid"),
        pytest.param({"event": None}, "event", id="no event"),
        pytest.param({"time": "not a time"}, "time", id="bad time"),
        pytest.param({"object_uuid": 123456789}, "object_uuid", id="numeric reference"),
        pytest.param(
            {"refund_amount": {"amount_in_cents": "5.00", "currency": "USD"}}, "refund_amount.amount_in_cents"
        ),
    ],
)
def test_fields_that_do_not_fit_are_named(changes: dict[str, Any], field: str) -> None:
    with pytest.raises(InvalidInputError) as caught:
        parse_order_webhook(payload(**changes))
    assert caught.value.field == field


def test_not_json() -> None:
    with pytest.raises(InvalidInputError) as caught:
        parse_order_webhook(b"uuid=1")
    assert caught.value.field == "body"


def test_duplicates_are_handled_once() -> None:
    seen: list[str] = []
    dedupe = Deduplicator()
    for _ in range(3):
        dedupe.run(parse_order_webhook(DOCUMENTED), lambda webhook: seen.append(webhook.object_uuid))
    assert seen == ["Ref123456789"]
