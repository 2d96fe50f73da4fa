"""What an order's money looks like now, and what can still be done with it, in integer cents."""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from typing import Any

import attrs

from sezzle_api.models import Order, OrderAuthorization, OrderTransaction, Price

# Sezzle's spec says "completed"; one of its doc pages says "complete". Both mean the shopper finished.
COMPLETED_STATUSES = frozenset({"completed", "complete"})


def _cents(price: Any) -> int:
    return price.amount_in_cents if isinstance(price, Price) else 0


def _total(transactions: Iterable[OrderTransaction] | Any) -> int:
    if not isinstance(transactions, list):
        return 0
    return sum(_cents(transaction.amount) for transaction in transactions)


@attrs.frozen
class OrderState:
    """Totals of an order, all in the order's minor units (cents)."""

    currency: str
    order_amount: int
    authorized: int
    captured: int
    refunded: int
    released: int
    checkout_completed: bool
    authorization_expires: datetime.datetime | None
    authorization_expired: bool

    @property
    def uncaptured(self) -> int:
        """Authorized and neither captured nor released."""
        return max(0, self.authorized - self.captured - self.released)

    @property
    def capturable(self) -> int:
        """What a capture may still take: the uncaptured authorization, unless it expired."""
        return 0 if self.authorization_expired else self.uncaptured

    @property
    def releasable(self) -> int:
        """What a release may still give back: the uncaptured authorization, unless it expired."""
        return 0 if self.authorization_expired else self.uncaptured

    @property
    def refundable(self) -> int:
        """What a refund may still give back: captured less refunded."""
        return max(0, self.captured - self.refunded)


def order_state(order: Order, now: datetime.datetime | None = None) -> OrderState:
    """Sum an order's captures, refunds and releases (from ``client.orders.get``)."""
    authorization = order.authorization if isinstance(order.authorization, OrderAuthorization) else None
    approved = authorization is not None and authorization.approved
    expires = authorization.expiration if authorization is not None else None
    expires = expires if isinstance(expires, datetime.datetime) else None
    now = now or datetime.datetime.now(datetime.UTC)
    return OrderState(
        currency=order.order_amount.currency,
        order_amount=order.order_amount.amount_in_cents,
        authorized=authorization.authorization_amount.amount_in_cents if authorization is not None and approved else 0,
        captured=_total(authorization.captures) if authorization is not None else 0,
        refunded=_total(authorization.refunds) if authorization is not None else 0,
        released=_total(authorization.releases) if authorization is not None else 0,
        checkout_completed=str(order.checkout_status) in COMPLETED_STATUSES,
        authorization_expires=expires,
        authorization_expired=expires is not None and expires <= now,
    )
