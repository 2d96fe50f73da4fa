"""Made-up event data for ``POST /v2/webhooks/test``, shaped like the real events."""

from __future__ import annotations

from typing import Any

from sezzle.gateway._engine import Engine
from sezzle.gateway._wire import Money, dashboard_id, new_uuid, rfc3339, rfc3339_micro

__all__ = ["sample_event"]


def sample_event(engine: Engine, event: str) -> tuple[str, dict[str, Any]]:
    """The ``data_type`` and ``data`` of a test event."""
    now = engine.now()
    if event == "customer.tokenized":
        return "customer", {
            "token": new_uuid(),
            "expiration": rfc3339_micro(now + engine.settings.tokenize_lifetime),
            "customer": {
                "uuid": new_uuid(),
                "created_at": rfc3339_micro(now),
                "expiration": rfc3339_micro(now + engine.settings.customer_token_lifetime),
            },
        }
    if event.startswith("dispute."):
        return "dispute", {"uuid": new_uuid(), "order_uuid": new_uuid(), "created_at": rfc3339_micro(now)}
    amount = Money(5000, "USD").to_json()
    return "order", {
        "uuid": new_uuid(),
        "source": "gateway",
        "authorization": {
            "uuid": new_uuid(),
            "created_at": rfc3339_micro(now),
            "authorization_amount": amount,
            "approved": True,
            "expiration": rfc3339(now + engine.settings.authorization_window),
            "sezzle_order_id": dashboard_id(),
            "captures": [{"uuid": new_uuid(), "amount": amount}] if event != "order.authorized" else [],
            "refunds": [{"uuid": new_uuid(), "amount": amount}] if event == "order.refunded" else [],
            "releases": [],
        },
    }
