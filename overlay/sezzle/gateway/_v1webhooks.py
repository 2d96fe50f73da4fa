"""v1 order webhooks: ``order_complete`` and ``order_refund`` to the URL set with ``POST /v1/configuration``.

They follow the money on orders created through ``POST /v1/checkouts``, whichever API moved it: the
first capture completes the order (at the shopper's checkout, or when the merchant completes it), and
every refund is announced with its id and amount. They go through the shared delivery queue and its
retry schedule, unsigned, and any 2xx answer counts as delivered, as v1 documents.
"""

from __future__ import annotations

from typing import Any

from sezzle.gateway._engine import Engine
from sezzle.gateway._model import Order, Transaction
from sezzle.gateway._wire import dumps, new_uuid, rfc3339_micro

__all__ = ["ORDER_COMPLETE", "ORDER_REFUND", "order_captured", "order_refunded"]

ORDER_COMPLETE = "order_complete"
ORDER_REFUND = "order_refund"


def order_captured(engine: Engine, order: Order, capture: Transaction) -> None:
    """Called for every capture; only the first capture of a v1 checkout completes it."""
    authorization = order.authorization
    if order.uuid not in engine.v1.checkouts or authorization is None or authorization.captures[0] is not capture:
        return
    _send(engine, order, ORDER_COMPLETE, {})


def order_refunded(engine: Engine, order: Order, refund: Transaction) -> None:
    """Called for every refund; announces those of v1 checkouts."""
    if order.uuid not in engine.v1.checkouts:
        return
    _send(engine, order, ORDER_REFUND, {"refund_id": refund.uuid, "refund_amount": refund.amount.to_json()})


def _send(engine: Engine, order: Order, event: str, extra: dict[str, Any]) -> None:
    url = engine.v1.webhook_url
    if url is None:
        return
    event_uuid = new_uuid()
    body = {
        "time": rfc3339_micro(engine.now()),
        "uuid": event_uuid,
        "type": "order_update",
        "event": event,
        "object_uuid": order.reference_id or order.uuid,
        **extra,
    }
    engine.dispatcher.send(event_uuid, event, dumps(body), [(url, None)], version=1)
