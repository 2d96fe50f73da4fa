"""The gateway's records: what it remembers about orders, customers, sessions and subscriptions.

These are internal and mutable, always changed under the engine's lock; tests read frozen snapshots
(:mod:`sezzle.gateway._snapshots`) instead.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

import attrs

from sezzle.gateway._wire import Money
from sezzle_api.models import InstallmentPlan
from sezzle_api.models import Intent as IntentEnum

__all__ = [
    "Authorization",
    "CardData",
    "CardSession",
    "CheckoutStatus",
    "Customer",
    "Intent",
    "Order",
    "Session",
    "Subscription",
    "TokenizeRequest",
    "Transaction",
]

Intent = Literal["AUTH", "CAPTURE"]
CheckoutStatus = Literal["active", "completed", "deleted", "denied"]
INTENTS: tuple[str, ...] = tuple(intent.value for intent in IntentEnum)
FINANCING_OPTIONS: tuple[str, ...] = tuple(plan.value for plan in InstallmentPlan)


@attrs.frozen
class Transaction:
    """One capture, refund or release: its uuid, amount and when it happened."""

    uuid: str
    amount: Money
    created_at: datetime

    def to_json(self) -> dict[str, Any]:
        """The transaction as Sezzle answers it: ``{uuid, amount}``."""
        return {"uuid": self.uuid, "amount": self.amount.to_json()}


def _total(transactions: list[Transaction]) -> int:
    return sum(transaction.amount.cents for transaction in transactions)


@attrs.define
class Authorization:
    """The shopper's approval of an amount, which the merchant can capture until it expires."""

    uuid: str
    created_at: datetime
    amount: Money
    approved: bool
    expiration: datetime
    financing_option: str | None
    sezzle_order_id: str
    captures: list[Transaction] = attrs.field(factory=list)
    refunds: list[Transaction] = attrs.field(factory=list)
    releases: list[Transaction] = attrs.field(factory=list)

    @property
    def captured(self) -> int:
        return _total(self.captures)

    @property
    def refunded(self) -> int:
        return _total(self.refunds)

    @property
    def released(self) -> int:
        return _total(self.releases)

    @property
    def uncaptured(self) -> int:
        """What can still be captured or released."""
        return self.amount.cents - self.captured - self.released

    def expired(self, now: datetime) -> bool:
        return now >= self.expiration


@attrs.define
class Order:
    uuid: str
    intent: Intent
    amount: Money
    created_at: datetime
    reference_id: str | None = None
    description: str | None = None
    metadata: dict[str, str] = attrs.field(factory=dict)
    details: dict[str, Any] = attrs.field(factory=dict)
    """Echoed order details the merchant sent: items, discounts, tax_amount, shipping_amount."""
    customer: dict[str, Any] | None = None
    """The shopper as the wire shows it (what the merchant sent, or who completed the checkout)."""
    customer_uuid: str | None = None
    session_uuid: str | None = None
    checkout_expiration: datetime | None = None
    status: CheckoutStatus = "active"
    authorization: Authorization | None = None
    is_upcharge: bool = False
    parent_order_uuid: str | None = None
    upcharge_uuids: list[str] = attrs.field(factory=list)
    reauthorized_from: str | None = None
    locale: str | None = None
    """The checkout's locale in Sezzle's form (``en-US``), whichever form the merchant sent."""
    effects: int = 0
    """Money movements applied through this order: captures, refunds, releases, reauthorizations, upcharges."""

    @property
    def approved(self) -> bool:
        return self.authorization is not None and self.authorization.approved

    def checkout_status(self, now: datetime) -> CheckoutStatus:
        if self.status == "active" and self.checkout_expiration is not None and now >= self.checkout_expiration:
            return "deleted"
        return self.status


@attrs.define
class Session:
    uuid: str
    created_at: datetime
    complete_url: str
    cancel_url: str
    order_uuid: str | None = None
    tokenize_token: str | None = None


@attrs.define
class TokenizeRequest:
    """A merchant's request, made with a session, to tokenize the shopper."""

    token: str = attrs.field(repr=False)
    session_uuid: str
    expiration: datetime
    customer_details: dict[str, Any] = attrs.field(repr=False)
    decision: Literal["pending", "accepted", "declined"] = "pending"
    customer_uuid: str | None = None


@attrs.define
class Customer:
    """A tokenized shopper the merchant can charge without a new checkout."""

    uuid: str
    created_at: datetime
    token_expiration: datetime
    details: dict[str, Any] = attrs.field(repr=False)
    spending_limit: int | None = None
    """Cents this shopper may be approved for at once; ``None`` follows the gateway's default."""
    deleted: bool = False


@attrs.define
class CardSession:
    uuid: str
    created_at: datetime
    origin: str
    mode: str
    merchant_reference_id: str
    amount: Money
    customer: dict[str, Any] = attrs.field(repr=False)
    card_response_format: str | None = None
    order_id: str | None = None
    completed: bool = False


@attrs.frozen
class CardData:
    """The virtual card behind a single-use card token; nothing secret shows in its repr."""

    session_uuid: str
    pan: str = attrs.field(repr=False)
    cvv_number: str = attrs.field(repr=False)
    expiration_date: str = attrs.field(repr=False)
    first_name: str
    last_name: str
    expires_at: datetime

    def to_json(self) -> dict[str, str]:
        """The transaction as Sezzle answers it: ``{uuid, amount}``."""
        return {
            "pan": self.pan,
            "cvv_number": self.cvv_number,
            "expiration_date": self.expiration_date,
            "first_name": self.first_name,
            "last_name": self.last_name,
        }


@attrs.define
class Subscription:
    uuid: str
    url: str
    events: list[str]
