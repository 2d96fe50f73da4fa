"""The examples of Sezzle's v1 reference page, read from the page itself as it is kept in the repository."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

PAGE = Path(__file__).resolve().parents[2] / "openapi" / "v1" / "api-v1-reference.txt"
TEXT = PAGE.read_text(encoding="utf-8")


def _after(marker: str) -> int:
    assert TEXT.count(marker) == 1, f"{marker!r} does not mark exactly one place on the page"
    return TEXT.index(marker) + len(marker)


def json_text_after(marker: str) -> str:
    """The first JSON value after ``marker``, as the page writes it."""
    start = _after(marker)
    opening = min(found for found in (TEXT.find("{", start), TEXT.find("[", start)) if found >= 0)
    _, end = json.JSONDecoder().raw_decode(TEXT, opening)
    return TEXT[opening:end]


def json_after(marker: str) -> Any:
    """The first JSON value after ``marker``, parsed."""
    return json.loads(json_text_after(marker))


def all_json_examples() -> list[Any]:
    """Every JSON value the page shows on its own lines (not the nested objects inside them)."""
    examples: list[Any] = []
    end = 0
    for start in (match.start() for match in re.finditer(r"(?m)^[\[{]", TEXT)):
        if start < end:
            continue  # inside the previous example
        value, end = json.JSONDecoder().raw_decode(TEXT, start)
        examples.append(value)
    return examples


def text_between(marker: str, end: str) -> str:
    """The text after ``marker`` and before the next ``end``, trimmed."""
    start = _after(marker)
    return TEXT[start : TEXT.index(end, start)].strip()


AUTH_REQUEST = json_after("To authorize, use the following format:")
AUTH_RESPONSE = json_after("Make sure to replace keys with your API keys from your Merchant Dashboard.")
CONFIGURATION_REQUEST = json_after("Setting your configuration")
CHECKOUT_REQUEST = json_after("Create a Checkout\n\nRequest Body")
CHECKOUT_RESPONSE = json_after("}\n\nResponse Body")  # the one right after the checkout request
CHECKOUT_REJECTION = json_after("Rejection response")
ORDER_DETAILS = json_after("Order Details Response Body")
REFUND_REQUEST = json_after("Refund Request Body")
SETTLEMENT_SUMMARIES_TEXT = json_text_after("Settlement Summaries Response Body")
SETTLEMENT_DETAILS_CSV = text_between("Settlement Details Response\n", "\nSettlement Details Request")
INTEREST_BALANCE_TEXT = json_text_after("Interest Account Balance Response Body")
INTEREST_ACTIVITY_CSV = text_between("Interest Account Activity Response Body\n", "\nInterest Account Activity Request")
ORDER_WEBHOOK_TEXT = text_between("Order Webhooks\n\nWebhook\n", "\nBecause the majority")
ERROR = json_after("Response Error Body")

JSON_EXAMPLES = [
    AUTH_REQUEST,
    AUTH_RESPONSE,
    CONFIGURATION_REQUEST,
    CHECKOUT_REQUEST,
    CHECKOUT_RESPONSE,
    CHECKOUT_REJECTION,
    ORDER_DETAILS,
    REFUND_REQUEST,
    json.loads(SETTLEMENT_SUMMARIES_TEXT),
    json.loads(INTEREST_BALANCE_TEXT),
    json.loads(ORDER_WEBHOOK_TEXT),
    ERROR,
]
"""The page's JSON examples in page order, each one used by the tests."""
