"""What v1 can do to an order named by its reference id, and the refusals (409) when it cannot.

v1 routes find an order by ``order_reference_id``: the newest order holding it, whichever API made
it (upcharge and reauthorization orders, which copy their parent's reference, are left out). Money
moves through the shared order rules, so ledger, settlements and webhooks see v1 actions as well.

Refusals (409) and their ids:

- ``checkout_expired``: complete after the authorization window closed (or the checkout lapsed).
- ``checkout_not_completed`` / ``checkout_denied`` / ``checkout_cancelled``: complete a checkout the
  shopper has not finished, was declined on, or that was deleted or released.
- ``order_not_captured``: refund an order with nothing captured.
- ``amount_exceeds_refundable``: refund more than was captured and not yet refunded.
- ``duplicate_refund_id``: a ``refund_id`` this merchant already used; nothing is refunded.
- ``duplicate_order_reference_id``: a checkout for a reference that already names a completed order.
"""

from __future__ import annotations

from typing import NoReturn

from sezzle.gateway import _orders
from sezzle.gateway._engine import Engine
from sezzle.gateway._model import Order, Transaction
from sezzle.gateway._problem import invalid, not_found
from sezzle.gateway._v1errors import conflict
from sezzle.gateway._v1model import V1Refund
from sezzle.gateway._wire import Money, new_uuid

__all__ = ["CHECKOUT_EXPIRED_MESSAGE", "complete_checkout", "find_order", "latest_order", "refund"]

CHECKOUT_EXPIRED_MESSAGE = "checkout not completed within time limit"


def latest_order(engine: Engine, reference_id: str) -> Order | None:
    found = None
    for order in engine.orders.values():
        if order.reference_id == reference_id and not order.is_upcharge and order.reauthorized_from is None:
            found = order
    return found


def find_order(engine: Engine, reference_id: str) -> Order:
    order = latest_order(engine, reference_id)
    if order is None:
        raise not_found(f"no order with order_reference_id {reference_id}", "order_reference_id")
    return order


def _refuse_unapproved(engine: Engine, order: Order) -> NoReturn:
    now = engine.now()
    status = order.checkout_status(now)
    if status == "active":
        raise conflict("checkout_not_completed", "the shopper has not completed this checkout yet")
    if status == "denied":
        raise conflict("checkout_denied", "the shopper was declined at checkout; there is nothing to complete")
    if order.checkout_expiration is not None and now >= order.checkout_expiration:
        raise conflict("checkout_expired", CHECKOUT_EXPIRED_MESSAGE)
    raise conflict("checkout_cancelled", "this checkout was deleted; there is nothing to complete")


def complete_checkout(engine: Engine, order: Order) -> None:
    """Capture what the shopper authorized; an order already captured in full is left as it is."""
    authorization = order.authorization
    if authorization is None or not authorization.approved:
        _refuse_unapproved(engine, order)
    if authorization.uncaptured == 0:
        if authorization.captured:
            return
        raise conflict("checkout_cancelled", "the authorization was released; there is nothing to complete")
    if authorization.expired(engine.now()):
        raise conflict("checkout_expired", CHECKOUT_EXPIRED_MESSAGE)
    _orders.capture(engine, order.uuid, Money(authorization.uncaptured, order.amount.currency))


def _refund_id_used(engine: Engine, refund_id: str) -> bool:
    if refund_id in engine.v1.refunds:
        return True
    return any(
        refund.uuid == refund_id
        for order in engine.orders.values()
        if order.authorization is not None
        for refund in order.authorization.refunds
    )


def refund(
    engine: Engine, order: Order, amount: Money | None, *, refund_id: str | None, reason: str | None
) -> Transaction:
    """Refund ``amount``, or (None, v1's ``is_full_refund``) everything still refundable."""
    if refund_id is not None and _refund_id_used(engine, refund_id):
        raise conflict("duplicate_refund_id", f"refund_id {refund_id} was already used; each refund needs its own")
    authorization = order.authorization
    if authorization is None or not authorization.approved or authorization.captured == 0:
        raise conflict("order_not_captured", "the order has not been captured, so there is nothing to refund")
    refundable = authorization.captured - authorization.refunded
    if amount is None:
        if refundable == 0:
            raise conflict("amount_exceeds_refundable", "the order is already fully refunded")
        refunding = Money(refundable, order.amount.currency)
    else:
        if amount.currency != order.amount.currency:
            currency = order.amount.currency
            raise invalid(f"amount.currency must be {currency}, the order's currency", "amount.currency")
        if amount.cents > refundable:
            raise conflict("amount_exceeds_refundable", f"only {refundable} cents of the order are left to refund")
        refunding = amount
    transaction = _orders.refund(engine, order.uuid, refunding, "amount", refund_uuid=refund_id or new_uuid())
    engine.v1.refunds[transaction.uuid] = V1Refund(reason=reason, is_full_refund=amount is None)
    return transaction
