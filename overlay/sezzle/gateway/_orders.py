"""What can happen to an order, and the rules that refuse what cannot.

Refusals (422) and their codes:

- ``invalid_authorization``: the order has no approved authorization (checkout not completed, or declined).
- ``authorization_expired``: capture or release after the authorization window closed.
- ``authorization_not_expired``: reauthorize while the original authorization still holds.
- ``amount_exceeds_authorization``: capture or release more than is still uncaptured (a capture with
  ``partial_capture: false`` releases the rest, so nothing is left to capture after it).
- ``amount_exceeds_captured``: refund more than was captured and not yet refunded.
- ``amount_exceeds_limit``: reauthorize more than the order had left to capture.
- ``upcharge_limit_exceeded``: upcharges together above 15 % of the parent order.
- ``currency_mismatch``: an amount in another currency than the order's.
- ``already_completed``: delete a checkout the shopper already finished.
- ``checkout_expired`` / ``checkout_not_active``: complete a checkout that is no longer open.
- ``token_is_expired``: order for a customer whose token has expired.
- ``invalid`` at ``order_amount.amount_in_cents``: an order below the merchant's configured minimum.

Field rules (types, required fields, patterns, bounds) are the spec's, applied before any of these.

Elsewhere: ``idempotency_key_reused`` (``_idempotency``), ``duplicate`` (a webhook URL already subscribed).
"""

from __future__ import annotations

from typing import Any

from sezzle.gateway import _v1webhooks
from sezzle.gateway._engine import Engine
from sezzle.gateway._model import Authorization, Customer, Intent, Order, Transaction
from sezzle.gateway._problem import invalid, refused
from sezzle.gateway._render import order_event_data
from sezzle.gateway._settlement import LedgerEntry
from sezzle.gateway._wire import Money, dashboard_id, new_uuid

__all__ = [
    "DEFAULT_SHOPPER",
    "capture",
    "complete_checkout",
    "create_customer_order",
    "delete_checkout",
    "reauthorize",
    "refund",
    "release",
    "set_reference_id",
    "upcharge",
    "within_merchant_minimum",
]

UPCHARGE_LIMIT_PERCENT = 15
DEFAULT_SHOPPER: dict[str, Any] = {
    "first_name": "Sandbox",
    "last_name": "Shopper",
    "email": "shopper@example.com",
    "phone": "5555555555",
}


def _at(where: str, name: str) -> str:
    return f"{where}.{name}" if where else name


def within_merchant_minimum(engine: Engine, amount: Money, where: str) -> None:
    """Refuse an order below the merchant's configured minimum (``Gateway(minimum_order_amount=...)``).

    This is account configuration, like the spending limit, not a field rule: the spec's own minimum
    was applied to the body before, and a merchant may be set up with a higher one.
    """
    minimum = engine.settings.minimum_order_amount
    if amount.cents < minimum:
        raise invalid(f"{where} must be at least {minimum} for this merchant", where)


def _same_currency(order: Order, amount: Money, where: str) -> None:
    if amount.currency != order.amount.currency:
        raise refused(
            "currency_mismatch",
            f"the amount is in {amount.currency} but the order is in {order.amount.currency}",
            _at(where, "currency"),
        )


def _approved(order: Order) -> Authorization:
    authorization = order.authorization
    if authorization is None or not authorization.approved:
        raise refused(
            "invalid_authorization",
            "the order has no approved authorization: the shopper has not completed checkout or was declined",
        )
    return authorization


def _unexpired(engine: Engine, authorization: Authorization) -> None:
    if authorization.expired(engine.now()):
        raise refused("authorization_expired", "the authorization has expired; reauthorize the order instead")


def _authorize(engine: Engine, order: Order, *, approved: bool, financing_option: str | None) -> Authorization:
    now = engine.now()
    order.authorization = Authorization(
        uuid=new_uuid(),
        created_at=now,
        amount=order.amount,
        approved=approved,
        expiration=now + engine.settings.authorization_window,
        financing_option=financing_option,
        sezzle_order_id=dashboard_id(),
    )
    order.status = "completed" if approved else "denied"
    if approved:
        engine.publish("order.authorized", "order", order_event_data(order))
    return order.authorization


def _ledger_entry(order: Order, authorization: Authorization, transaction: Transaction) -> LedgerEntry:
    first_capture = authorization.captures[0].created_at if authorization.captures else transaction.created_at
    return LedgerEntry(
        type="ORDER",
        amount_cents=transaction.amount.cents,
        currency=transaction.amount.currency,
        event_date=transaction.created_at,
        order_uuid=order.uuid,
        order_amount=order.amount,
        order_created_at=order.created_at,
        order_capture_date=first_capture,
        reference_id=order.reference_id,
        sezzle_order_id=authorization.sezzle_order_id,
        metadata=dict(order.metadata),
    )


def _capture(engine: Engine, order: Order, authorization: Authorization, amount: Money) -> Transaction:
    transaction = Transaction(new_uuid(), amount, engine.now())
    first = not authorization.captures
    engine.ledger.record_capture(_ledger_entry(order, authorization, transaction), first_capture=first)
    authorization.captures.append(transaction)
    order.effects += 1
    engine.publish("order.captured", "order", order_event_data(order))
    _v1webhooks.order_captured(engine, order, transaction)
    return transaction


def complete_checkout(engine: Engine, order_uuid: str, *, approve: bool) -> Order:
    """The shopper finishes checkout: approved AUTH orders are authorized, CAPTURE orders also captured."""
    order = engine.order(order_uuid)
    if order.session_uuid is None:
        raise refused("checkout_not_active", "this order was not created through a checkout")
    status = order.checkout_status(engine.now())
    if status == "deleted" and order.status == "active":
        raise refused("checkout_expired", "the checkout expired before the shopper completed it")
    if status != "active":
        raise refused("checkout_not_active", f"the checkout is {status}, not active")
    if order.customer is None:
        order.customer = dict(DEFAULT_SHOPPER)
    if not approve:
        order.status = "denied"
        return order
    authorization = _authorize(engine, order, approved=True, financing_option="4-pay-biweekly")
    if order.intent == "CAPTURE":
        _capture(engine, order, authorization, order.amount)
    return order


def capture(engine: Engine, order_uuid: str, amount: Money, where: str = "", *, partial: bool = True) -> Transaction:
    """Capture ``amount``; with ``partial`` False the rest of the authorization is released with it,
    so the order is settled and a later capture is over what is left (nothing)."""
    order = engine.order(order_uuid)
    authorization = _approved(order)
    _same_currency(order, amount, where)
    _unexpired(engine, authorization)
    if amount.cents > authorization.uncaptured:
        raise refused(
            "amount_exceeds_authorization",
            f"only {authorization.uncaptured} cents of the authorization are left to capture",
            _at(where, "amount_in_cents"),
        )
    rest = authorization.uncaptured - amount.cents
    if not partial and rest:
        # Released first, so the order.captured webhook already shows the order settled.
        _release(engine, order, authorization, Money(rest, amount.currency))
    return _capture(engine, order, authorization, amount)


def refund(
    engine: Engine, order_uuid: str, amount: Money, where: str = "", *, refund_uuid: str | None = None
) -> Transaction:
    """Give back captured money; ``refund_uuid`` names the refund (v1's merchant-chosen ``refund_id``)."""
    order = engine.order(order_uuid)
    authorization = _approved(order)
    _same_currency(order, amount, where)
    refundable = authorization.captured - authorization.refunded
    if amount.cents > refundable:
        raise refused(
            "amount_exceeds_captured",
            f"only {refundable} cents were captured and not yet refunded",
            _at(where, "amount_in_cents"),
        )
    transaction = Transaction(refund_uuid or new_uuid(), amount, engine.now())
    engine.ledger.record_refund(_ledger_entry(order, authorization, transaction))
    authorization.refunds.append(transaction)
    order.effects += 1
    engine.publish("order.refunded", "order", order_event_data(order))
    _v1webhooks.order_refunded(engine, order, transaction)
    return transaction


def release(engine: Engine, order_uuid: str, amount: Money, where: str = "") -> Transaction:
    order = engine.order(order_uuid)
    authorization = _approved(order)
    _same_currency(order, amount, where)
    _unexpired(engine, authorization)
    if amount.cents > authorization.uncaptured:
        raise refused(
            "amount_exceeds_authorization",
            f"only {authorization.uncaptured} cents of the authorization are uncaptured",
            _at(where, "amount_in_cents"),
        )
    return _release(engine, order, authorization, amount)


def _release(engine: Engine, order: Order, authorization: Authorization, amount: Money) -> Transaction:
    transaction = Transaction(new_uuid(), amount, engine.now())
    authorization.releases.append(transaction)
    order.effects += 1
    if authorization.uncaptured == 0 and not authorization.captures:
        order.status = "deleted"
    return transaction


def _new_order(engine: Engine, source: Order, intent: Intent, amount: Money) -> Order:
    order = Order(
        uuid=new_uuid(),
        intent=intent,
        amount=amount,
        created_at=engine.now(),
        reference_id=source.reference_id,
        description=source.description,
        metadata=dict(source.metadata),
        customer=None if source.customer is None else dict(source.customer),
        customer_uuid=source.customer_uuid,
    )
    engine.orders[order.uuid] = order
    return order


def reauthorize(engine: Engine, order_uuid: str, amount: Money, where: str = "") -> Order:
    """A new AUTH order for an expired authorization, approved or declined by the shopper's limit."""
    original = engine.order(order_uuid)
    authorization = _approved(original)
    _same_currency(original, amount, where)
    if not authorization.expired(engine.now()):
        raise refused("authorization_not_expired", "the authorization has not expired yet; capture it instead")
    left = original.amount.cents - authorization.captured
    if amount.cents > left:
        raise refused(
            "amount_exceeds_limit",
            f"only {left} cents of the order were left uncaptured",
            _at(where, "amount_in_cents"),
        )
    order = _new_order(engine, original, "AUTH", amount)
    order.reauthorized_from = original.uuid
    original.effects += 1
    _authorize(
        engine,
        order,
        approved=engine.approves(original.customer_uuid, amount.cents),
        financing_option="4-pay-biweekly",
    )
    return order


def upcharge(engine: Engine, order_uuid: str, intent: Intent, amount: Money, where: str = "") -> Order:
    """A separate pay-in-full order linked to its parent, which stays as it is."""
    parent = engine.order(order_uuid)
    if parent.is_upcharge:
        raise invalid("an upcharge order cannot itself be upcharged", "order_uuid")
    _approved(parent)
    _same_currency(parent, amount, where)
    upcharges = [engine.orders[uuid] for uuid in parent.upcharge_uuids]
    upcharged = sum(order.amount.cents for order in upcharges if order.approved)
    if (upcharged + amount.cents) * 100 > parent.amount.cents * UPCHARGE_LIMIT_PERCENT:
        raise refused(
            "upcharge_limit_exceeded",
            f"upcharges may add up to at most {UPCHARGE_LIMIT_PERCENT}% of the order "
            f"({parent.amount.cents * UPCHARGE_LIMIT_PERCENT // 100} cents); {upcharged} cents are already upcharged",
            _at(where, "amount_in_cents"),
        )
    order = _new_order(engine, parent, intent, amount)
    order.is_upcharge = True
    order.parent_order_uuid = parent.uuid
    parent.upcharge_uuids.append(order.uuid)
    parent.effects += 1
    approved = engine.approves(parent.customer_uuid, amount.cents)
    authorization = _authorize(engine, order, approved=approved, financing_option="pay-in-full")
    if approved and intent == "CAPTURE":
        _capture(engine, order, authorization, amount)
    return order


def delete_checkout(engine: Engine, order_uuid: str) -> None:
    order = engine.order(order_uuid)
    if order.status in ("completed", "denied"):
        raise refused("already_completed", "the shopper already finished this checkout; it cannot be deleted")
    order.status = "deleted"


def set_reference_id(engine: Engine, order_uuid: str, reference_id: str) -> None:
    engine.order(order_uuid).reference_id = reference_id


def create_customer_order(
    engine: Engine,
    customer: Customer,
    *,
    intent: Intent,
    amount: Money,
    reference_id: str | None,
    financing_option: str | None,
) -> Order:
    """An order charged to a tokenized customer: HTTP 200 either way, ``approved`` tells the outcome."""
    if engine.now() >= customer.token_expiration:
        raise refused("token_is_expired", "the customer's token has expired; tokenize the customer again")
    order = Order(
        uuid=new_uuid(),
        intent=intent,
        amount=amount,
        created_at=engine.now(),
        reference_id=reference_id,
        customer={key: value for key, value in customer.details.items() if key != "dob"},
        customer_uuid=customer.uuid,
    )
    engine.orders[order.uuid] = order
    approved = engine.approves(customer.uuid, amount.cents)
    authorization = _authorize(engine, order, approved=approved, financing_option=financing_option)
    if approved and intent == "CAPTURE":
        _capture(engine, order, authorization, amount)
    return order
