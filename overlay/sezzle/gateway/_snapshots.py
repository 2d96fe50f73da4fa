"""Read-only views of the gateway's state, so tests can prove what an operation did (and did not) do."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import attrs

from sezzle.errors import InvalidInputError
from sezzle.gateway._engine import Engine
from sezzle.gateway._model import CheckoutStatus, Customer, Order, Transaction
from sezzle.gateway._settlement import LedgerEntry, Payout
from sezzle.gateway._wire import Money, rfc3339

__all__ = ["CustomerSnapshot", "GatewayState", "OrderSnapshot", "SubscriptionSnapshot", "order_snapshot"]


@attrs.frozen
class OrderSnapshot:
    """An order at one moment, with its money totals in cents."""

    uuid: str
    intent: str
    reference_id: str | None
    amount: Money
    checkout_status: CheckoutStatus
    approved: bool
    authorized_cents: int
    captured_cents: int
    refunded_cents: int
    released_cents: int
    captures: tuple[Transaction, ...]
    refunds: tuple[Transaction, ...]
    releases: tuple[Transaction, ...]
    effects: int
    """Money movements applied through this order: captures, refunds, releases, reauthorizations, upcharges."""
    authorization_expiration: datetime | None
    is_upcharge: bool
    parent_order_uuid: str | None
    upcharge_uuids: tuple[str, ...]
    reauthorized_from: str | None
    customer_uuid: str | None
    metadata: dict[str, str]
    locale: str | None = None
    """The checkout's locale in Sezzle's form (``en-US``), whichever form the merchant sent."""

    @property
    def uncaptured_cents(self) -> int:
        """Authorized and neither captured nor released yet."""
        return self.authorized_cents - self.captured_cents - self.released_cents

    def to_json(self) -> dict[str, Any]:
        """The snapshot as JSON-ready data (what the control API answers)."""
        return {
            "uuid": self.uuid,
            "intent": self.intent,
            "reference_id": self.reference_id,
            "order_amount": self.amount.to_json(),
            "checkout_status": self.checkout_status,
            "approved": self.approved,
            "authorized_cents": self.authorized_cents,
            "captured_cents": self.captured_cents,
            "refunded_cents": self.refunded_cents,
            "released_cents": self.released_cents,
            "uncaptured_cents": self.uncaptured_cents,
            "effects": self.effects,
            "authorization_expiration": rfc3339(self.authorization_expiration)
            if self.authorization_expiration
            else None,
            "is_upcharge": self.is_upcharge,
            "parent_order_uuid": self.parent_order_uuid,
            "upcharge_uuids": list(self.upcharge_uuids),
            "reauthorized_from": self.reauthorized_from,
            "customer_uuid": self.customer_uuid,
            "locale": self.locale,
        }


@attrs.frozen
class CustomerSnapshot:
    """A tokenized customer as the gateway holds it: token expiry and spending limit (cents)."""

    uuid: str
    created_at: datetime
    token_expiration: datetime
    spending_limit: int | None
    deleted: bool
    details: dict[str, Any] = attrs.field(repr=False)


@attrs.frozen
class SubscriptionSnapshot:
    """A webhook subscription as the gateway holds it."""

    uuid: str
    url: str
    events: tuple[str, ...]


def order_snapshot(order: Order, now: datetime) -> OrderSnapshot:
    authorization = order.authorization
    approved = authorization is not None and authorization.approved
    return OrderSnapshot(
        uuid=order.uuid,
        intent=order.intent,
        reference_id=order.reference_id,
        amount=order.amount,
        checkout_status=order.checkout_status(now),
        approved=approved,
        authorized_cents=authorization.amount.cents if authorization and approved else 0,
        captured_cents=authorization.captured if authorization else 0,
        refunded_cents=authorization.refunded if authorization else 0,
        released_cents=authorization.released if authorization else 0,
        captures=tuple(authorization.captures) if authorization else (),
        refunds=tuple(authorization.refunds) if authorization else (),
        releases=tuple(authorization.releases) if authorization else (),
        effects=order.effects,
        authorization_expiration=authorization.expiration if authorization else None,
        is_upcharge=order.is_upcharge,
        parent_order_uuid=order.parent_order_uuid,
        upcharge_uuids=tuple(order.upcharge_uuids),
        reauthorized_from=order.reauthorized_from,
        customer_uuid=order.customer_uuid,
        metadata=dict(order.metadata),
        locale=order.locale,
    )


def _customer_snapshot(customer: Customer) -> CustomerSnapshot:
    return CustomerSnapshot(
        uuid=customer.uuid,
        created_at=customer.created_at,
        token_expiration=customer.token_expiration,
        spending_limit=customer.spending_limit,
        deleted=customer.deleted,
        details=dict(customer.details),
    )


class GatewayState:
    """What the gateway holds right now; every read is a consistent copy."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def order(self, order_uuid: str) -> OrderSnapshot:
        """A copy of an order's state (amounts in cents, transactions); ``InvalidInputError`` if unknown.

        ```python
        assert gw.state.order(order_uuid).captured_cents == 1000
        ```
        """
        with self._engine.lock:
            order = self._engine.orders.get(order_uuid)
            if order is None:
                raise InvalidInputError("order_uuid", "no such order")
            return order_snapshot(order, self._engine.now())

    @property
    def orders(self) -> list[OrderSnapshot]:
        """Every order, oldest first."""
        with self._engine.lock:
            now = self._engine.now()
            return [order_snapshot(order, now) for order in self._engine.orders.values()]

    def customer(self, customer_uuid: str) -> CustomerSnapshot:
        """A copy of a tokenized customer's state; ``InvalidInputError`` if there is no such customer."""
        with self._engine.lock:
            customer = self._engine.customers.get(customer_uuid)
            if customer is None:
                raise InvalidInputError("customer_uuid", "no such customer")
            return _customer_snapshot(customer)

    @property
    def customers(self) -> list[CustomerSnapshot]:
        """Every customer ever tokenized, deleted ones included."""
        with self._engine.lock:
            return [_customer_snapshot(customer) for customer in self._engine.customers.values()]

    @property
    def subscriptions(self) -> list[SubscriptionSnapshot]:
        """The webhook subscriptions, each with its url and events."""
        with self._engine.lock:
            return [
                SubscriptionSnapshot(sub.uuid, sub.url, tuple(sub.events))
                for sub in self._engine.subscriptions.values()
            ]

    @property
    def payouts(self) -> list[Payout]:
        """Every settlement payout made so far."""
        with self._engine.lock:
            return list(self._engine.ledger.payouts.values())

    @property
    def unsettled(self) -> list[LedgerEntry]:
        """Ledger entries recorded since the last payout of their currency."""
        with self._engine.lock:
            return list(self._engine.ledger.pending)
