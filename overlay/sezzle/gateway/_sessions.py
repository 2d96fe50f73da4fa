"""Checkout sessions: an order for the shopper to complete, a request to tokenize them, or both."""

from __future__ import annotations

from typing import Any

from sezzle.gateway._engine import Engine
from sezzle.gateway._fields import Fields, whole_number
from sezzle.gateway._model import Customer, Intent, Order, Session, TokenizeRequest
from sezzle.gateway._orders import DEFAULT_SHOPPER, within_merchant_minimum
from sezzle.gateway._problem import refused
from sezzle.gateway._wire import new_uuid, rfc3339_micro
from sezzle_api.models import Locale

__all__ = [
    "LOCALES",
    "accept_tokenization",
    "create_session",
    "decline_tokenization",
    "read_customer",
    "read_intent",
    "read_line_items",
    "sezzle_locale",
]

LOCALES: tuple[str, ...] = tuple(locale.value for locale in Locale)
"""Every locale the spec lists, both forms (v1 checkouts, which no spec states, check against it)."""
_CUSTOMER_TEXT = ("email", "first_name", "last_name", "phone", "dob")
_ADDRESS_TEXT = ("name", "street", "street2", "city", "state", "postal_code", "country_code", "phone", "phone_number")


def read_intent(fields: Fields, name: str = "intent") -> Intent:
    return "AUTH" if fields.expect_text(name) == "AUTH" else "CAPTURE"


def sezzle_locale(locale: str) -> str:
    """A locale in Sezzle's form: platforms write ``en_US`` / ``en_CA`` / ``fr_CA`` for ``en-US`` and the rest."""
    return locale.replace("_", "-")


def _read_address(fields: Fields, name: str) -> dict[str, Any] | None:
    """The parts of an address that were sent; an address with none (``{}``) reads as absent."""
    address = fields.nested(name)
    if address is None:
        return None
    parts = {key: text for key in _ADDRESS_TEXT if (text := address.text(key)) is not None}
    return parts or None


def read_customer(fields: Fields) -> dict[str, Any]:
    """The shopper details a request carries, in the shape the API shows them back."""
    details: dict[str, Any] = {key: text for key in _CUSTOMER_TEXT if (text := fields.text(key)) is not None}
    for key in ("billing_address", "shipping_address"):
        address = _read_address(fields, key)
        if address is not None:
            details[key] = address
    return details


def _read_item(item: Fields) -> dict[str, Any]:
    """A line item as sent, its quantity a whole number when it is one in any form (2, 2.0, "2.0000")."""
    read = dict(item.data)
    quantity = whole_number(item.data.get("quantity"))
    if quantity is not None:
        read["quantity"] = quantity
    price = item.price("price")
    if price is not None:
        read["price"] = price.to_json()
    return read


def read_line_items(fields: Fields) -> list[dict[str, Any]] | None:
    """The ``items`` of a session order or a card session; None when none were sent."""
    if not fields.has("items"):
        return None
    where = fields.where("items")
    entries = fields.entries("items")
    return [
        _read_item(Fields(item, f"{where}[{index}]")) for index, item in enumerate(entries) if isinstance(item, dict)
    ]


def _read_discount(discount: Fields) -> dict[str, Any]:
    """A discount as ``{name, amount}``; one sent as a bare price is that price, without a name."""
    read: dict[str, Any] = {}
    name = discount.text("name")
    if name is not None:
        read["name"] = name
    amount = discount.price("amount") or discount.as_price()
    if amount is not None:
        read["amount"] = amount.to_json()
    return read


def _discounts(fields: Fields) -> list[dict[str, Any]] | None:
    if not fields.has("discounts"):
        return None
    where = fields.where("discounts")
    entries = fields.entries("discounts")
    return [
        _read_discount(Fields(entry, f"{where}[{index}]"))
        for index, entry in enumerate(entries)
        if isinstance(entry, dict)
    ]


def _read_order(engine: Engine, fields: Fields, session_uuid: str, customer: dict[str, Any] | None) -> Order:
    intent = read_intent(fields)
    amount = fields.expect_price("order_amount")
    within_merchant_minimum(engine, amount, fields.where("order_amount.amount_in_cents"))
    details: dict[str, Any] = {}
    items = read_line_items(fields)
    if items is not None:
        details["items"] = items
    discounts = _discounts(fields)
    if discounts is not None:
        details["discounts"] = discounts
    for key in ("tax_amount", "shipping_amount"):
        price = fields.price(key)
        if price is not None:
            if price.currency != amount.currency:
                raise refused(
                    "currency_mismatch", f"{key} must be in the order's currency", fields.where(f"{key}.currency")
                )
            details[key] = price.to_json()
    locale = fields.text("locale")
    now = engine.now()
    # Not a field of the spec: honoured when it is a date-time with an offset, so tests can shorten a checkout.
    expiration = fields.moment("checkout_expiration")
    order = Order(
        uuid=new_uuid(),
        intent=intent,
        amount=amount,
        created_at=now,
        reference_id=fields.text("reference_id"),
        description=fields.text("description"),
        metadata=fields.texts("metadata"),
        details=details,
        customer=None if not customer else {key: value for key, value in customer.items() if key != "dob"},
        session_uuid=session_uuid,
        checkout_expiration=expiration or now + engine.settings.checkout_lifetime,
        locale=None if locale is None else sezzle_locale(locale),
    )
    engine.orders[order.uuid] = order
    return order


def create_session(engine: Engine, fields: Fields) -> Session:
    """POST /v2/session: an order, or a customer with ``tokenize: true``, or both (the spec requires one)."""
    complete_url = fields.expect_nested("complete_url").expect_text("href")
    cancel_url = fields.expect_nested("cancel_url").expect_text("href")
    customer_fields = fields.nested("customer")
    customer = None if customer_fields is None else read_customer(customer_fields)
    tokenize = customer_fields is not None and customer_fields.flag("tokenize")
    order_fields = fields.nested("order")
    session = Session(
        uuid=new_uuid(),
        created_at=engine.now(),
        complete_url=complete_url,
        cancel_url=cancel_url,
    )
    if order_fields is not None:
        session.order_uuid = _read_order(engine, order_fields, session.uuid, customer).uuid
    if tokenize:
        request = TokenizeRequest(
            token=new_uuid(),
            session_uuid=session.uuid,
            expiration=engine.now() + engine.settings.tokenize_lifetime,
            customer_details=customer or {},
        )
        engine.tokenize_requests[request.token] = request
        session.tokenize_token = request.token
    engine.sessions[session.uuid] = session
    return session


def _pending(engine: Engine, token: str) -> TokenizeRequest:
    request = engine.tokenize_request(token)
    if request.decision != "pending":
        raise refused("already_completed", f"the shopper already {request.decision} this tokenization")
    if engine.now() >= request.expiration:
        raise refused("token_is_expired", "the tokenization request has expired")
    return request


def accept_tokenization(engine: Engine, token: str) -> Customer:
    """The shopper agrees to be charged later: a customer is created and ``customer.tokenized`` sent."""
    request = _pending(engine, token)
    now = engine.now()
    customer = Customer(
        uuid=new_uuid(),
        created_at=now,
        token_expiration=now + engine.settings.customer_token_lifetime,
        details={**DEFAULT_SHOPPER, **request.customer_details},
    )
    engine.customers[customer.uuid] = customer
    request.decision = "accepted"
    request.customer_uuid = customer.uuid
    session = engine.sessions[request.session_uuid]
    if session.order_uuid is not None:
        engine.orders[session.order_uuid].customer_uuid = customer.uuid
    engine.publish(
        "customer.tokenized",
        "customer",
        {
            "token": request.token,
            "expiration": rfc3339_micro(request.expiration),
            "customer": {
                "uuid": customer.uuid,
                "created_at": rfc3339_micro(customer.created_at),
                "expiration": rfc3339_micro(customer.token_expiration),
            },
        },
    )
    return customer


def decline_tokenization(engine: Engine, token: str) -> None:
    _pending(engine, token).decision = "declined"
