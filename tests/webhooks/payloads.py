"""Webhook bodies in the shapes Sezzle documents, and a signer that plays Sezzle's part."""

from __future__ import annotations

import hashlib
import hmac
import json
from typing import Any

PRIVATE_KEY = "sz_pr_Qm9vdGhTZWNyZXRLZXlGb3JUZXN0c09ubHk"
OLD_PRIVATE_KEY = "sz_pr_T2xkU2VjcmV0S2V5QmVmb3JlUm90YXRpb24"
OTHER_KEY = "sz_pr_Tm90VGhlTWVyY2hhbnRzS2V5QXRBbGw"

EVENT_UUID = "b1e41b8a-1c4f-4a83-9e0c-2f7d7c5e0a11"
CREATED_AT = "2022-03-16T17:53:14.675812Z"
ORDER_UUID = "12a34bc5-6de7-490f-a123-4be5678c9fd0"
CUSTOMER_UUID = "3f6c1d2e-8a9b-4c0d-9e1f-2a3b4c5d6e7f"
TOKEN = "5b1a0f4e-7c2d-4e8f-9a0b-1c2d3e4f5a6b"


def sign(body: bytes, key: str = PRIVATE_KEY) -> str:
    """HMAC-SHA256 of the body, lower-case hex: computed here, independently of the package."""
    return hmac.new(key.encode(), body, hashlib.sha256).hexdigest()


def encode(payload: dict[str, Any]) -> bytes:
    return json.dumps(payload, separators=(",", ":")).encode()


def envelope(event: str, data_type: str, data: Any, **extra: Any) -> dict[str, Any]:
    return {"uuid": EVENT_UUID, "created_at": CREATED_AT, "event": event, "data_type": data_type, "data": data} | extra


def tokenized(data_type: str = "tokenize") -> dict[str, Any]:
    return envelope(
        "customer.tokenized",
        data_type,
        {
            "token": TOKEN,
            "expiration": "2022-03-16T18:23:14.675812Z",
            "customer": {
                "uuid": CUSTOMER_UUID,
                "created_at": "2022-03-16T17:53:14.001Z",
                "expiration": "2023-03-16T17:53:14Z",
            },
        },
    )


def order(event: str = "order.captured", source: str = "gateway", **authorization: Any) -> dict[str, Any]:
    return envelope(
        event,
        "order",
        {
            "uuid": ORDER_UUID,
            "authorization": {
                "uuid": "9d8c7b6a-5f4e-3d2c-1b0a-998877665544",
                "created_at": "2022-03-16T17:50:01.123456Z",
                "authorization_amount": {"amount_in_cents": 12999, "currency": "USD"},
                "approved": True,
            }
            | authorization,
            "source": source,
        },
    )


def dispute(event: str = "dispute.merchant_input_requested") -> dict[str, Any]:
    return envelope(
        event,
        "dispute",
        {
            "order_uuid": ORDER_UUID,
            "reason": "item_not_received",
            "amount": {"amount_in_cents": 500, "currency": "USD"},
        },
    )
