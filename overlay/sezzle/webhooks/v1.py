"""The v1 order webhook (``POST /v1/configuration`` sets its URL).

v1 deliveries carry no signature, so nothing proves one came from Sezzle: treat it as a hint and
read the order back with ``GET /v1/orders/{order_reference_id}`` before acting on it. Sezzle v1
accepts any 2xx answer.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any, Self

import attrs

from sezzle.webhooks._fields import (
    KeepsUnknownFields,
    ObjectReader,
    fill,
    identifier,
    load_object,
    price,
    text,
    timestamp,
)
from sezzle.webhooks._open_enum import OpenStrEnum
from sezzle_api.models import Price

__all__ = ["OrderWebhook", "OrderWebhookEvent", "parse_order_webhook"]


class OrderWebhookEvent(OpenStrEnum):
    """What happened to the order; a value Sezzle adds later is kept with ``is_known`` False."""

    ORDER_COMPLETE = "order_complete"
    """The shopper completed checkout."""
    ORDER_REFUND = "order_refund"
    """The order was refunded from the merchant dashboard."""


@attrs.frozen
class OrderWebhook(KeepsUnknownFields):
    """One v1 order webhook.

    ``object_uuid`` is the merchant's order reference id. ``refund_id`` and ``refund_amount`` come
    with ``order_refund``; Sezzle's own example also shows them on ``order_complete``, so they are
    read whatever the event. ``time`` keeps microseconds of the nanoseconds Sezzle sends.
    """

    time: datetime
    uuid: str
    type: str
    event: OrderWebhookEvent
    object_uuid: str
    refund_id: str | None = None
    refund_amount: Price | None = None
    additional_properties: dict[str, Any] = attrs.field(factory=dict)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Read the model from decoded JSON; unknown fields go to ``additional_properties``."""
        reader = ObjectReader(src, "")
        return cls(
            time=reader.required("time", timestamp),
            uuid=reader.required("uuid", identifier),
            type=reader.required("type", text),
            event=OrderWebhookEvent(reader.required("event", identifier)),
            object_uuid=reader.required("object_uuid", identifier),
            refund_id=reader.optional("refund_id", text),
            refund_amount=reader.optional("refund_amount", price),
            additional_properties=reader.rest(),
        )

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data, in the shape Sezzle uses; unknown fields are kept."""
        return fill(
            dict(self.additional_properties),
            time=self.time,
            uuid=self.uuid,
            type=self.type,
            event=self.event,
            object_uuid=self.object_uuid,
            refund_id=self.refund_id,
            refund_amount=self.refund_amount,
        )


def parse_order_webhook(payload: bytes | bytearray | memoryview | Mapping[str, Any]) -> OrderWebhook:
    """Read a v1 webhook body (or its decoded JSON); ``InvalidInputError`` names a missing or mistyped field."""
    return OrderWebhook.from_dict(load_object(payload))
