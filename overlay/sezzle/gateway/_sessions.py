"""Checkout sessions: an order for the shopper to complete, a request to tokenize them, or both."""

from __future__ import annotations

from typing import Any

from sezzle.gateway._engine import Engine
from sezzle.gateway._fields import Fields
from sezzle.gateway._model import FINANCING_OPTIONS, INTENTS, Customer, Intent, Order, Session, TokenizeRequest
from sezzle.gateway._orders import DEFAULT_SHOPPER
from sezzle.gateway._problem import bad_request, invalid, refused
from sezzle.gateway._wire import new_uuid, rfc3339_micro
from sezzle_api.models import CheckoutMode, Locale

__all__ = [
    "accept_tokenization",
    "create_session",
    "decline_tokenization",
    "read_customer",
    "read_intent",
    "read_line_items",
]

URL_METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE")
LOCALES: tuple[str, ...] = tuple(locale.value for locale in Locale)
CHECKOUT_MODES: tuple[str, ...] = tuple(mode.value for mode in CheckoutMode)
_CUSTOMER_TEXT = ("email", "first_name", "last_name", "phone")


def read_intent(fields: Fields, name: str = "intent") -> Intent:
    return "AUTH" if fields.require_choice(name, INTENTS) == "AUTH" else "CAPTURE"


def _url(fields: Fields, name: str) -> str:
    url = fields.require_object(name)
    href = url.require_str("href")
    if not href.startswith(("http://", "https://")):
        raise invalid(f"{url.where('href')} must be an http or https URL", url.where("href"))
    url.optional_choice("method", URL_METHODS)
    return href


def read_address(fields: Fields, name: str) -> dict[str, Any] | None:
    address = fields.optional_object(name)
    if address is None:
        return None
    value = {key: address.require_str(key) for key in ("street", "city", "state", "postal_code", "country_code")}
    for key in ("street2", "name", "phone", "phone_number"):
        text = address.optional_str(key)
        if text is not None:
            value[key] = text
    return value


def read_customer(fields: Fields) -> dict[str, Any]:
    """The shopper details a request carries, in the shape the API shows them back."""
    details: dict[str, Any] = {}
    for key in _CUSTOMER_TEXT:
        text = fields.optional_str(key)
        if text is not None:
            details[key] = text
    dob = fields.optional_str("dob")
    if dob is not None:
        if len(dob) != 10 or dob[4] != "-" or dob[7] != "-" or not dob.replace("-", "").isdigit():
            raise invalid(f"{fields.where('dob')} must be a date in YYYY-MM-DD form", fields.where("dob"))
        details["dob"] = dob
    for key in ("billing_address", "shipping_address"):
        address = read_address(fields, key)
        if address is not None:
            details[key] = address
    fields.optional_bool("tokenize")
    fields.optional_bool("recurring")
    plan = fields.optional_object("recurring_metadata")
    if plan is not None:
        plan.optional_str("name")
    return details


# Line-item fields the gateway does not use but still checks, so a wrong type is refused as Sezzle would.
_ITEM_TEXT = (
    "brand",
    "image_url",
    "product_url",
    "global_trade_item_number",
    "manufacturer_part_number",
    "category_path",
)


def read_line_items(fields: Fields) -> list[dict[str, Any]] | None:
    """The ``items`` of a session order or a card session, every declared field checked."""
    items = fields.optional_list("items")
    if items is None:
        return None
    read = []
    for index, item in enumerate(items):
        where = fields.where(f"items[{index}]")
        if not isinstance(item, dict):
            raise bad_request(f"{where} must be an object", where)
        entry = Fields(item, where)
        price = entry.require_price("price", positive=False)
        for key in _ITEM_TEXT:
            entry.optional_str(key)
        read.append(
            {
                **item,
                "name": entry.require_str("name"),
                "sku": entry.require_str("sku"),
                "quantity": entry.require_int("quantity"),
                "price": price.to_json(),
            }
        )
    return read


def _discounts(fields: Fields) -> list[dict[str, Any]] | None:
    discounts = fields.optional_list("discounts")
    if discounts is None:
        return None
    read = []
    for index, discount in enumerate(discounts):
        where = fields.where(f"discounts[{index}]")
        if not isinstance(discount, dict):
            raise bad_request(f"{where} must be an object", where)
        entry = Fields(discount, where)
        read.append({"name": entry.require_str("name"), "amount": entry.require_price("amount").to_json()})
    return read


def _read_order(engine: Engine, fields: Fields, session_uuid: str, customer: dict[str, Any] | None) -> Order:
    intent = read_intent(fields)
    reference_id = fields.require_reference_id("reference_id")
    description = fields.require_str("description")
    amount = fields.require_price("order_amount")
    minimum = engine.settings.minimum_order_amount
    if amount.cents < minimum:
        where = fields.where("order_amount.amount_in_cents")
        raise invalid(f"{where} must be at least {minimum}", where)
    details: dict[str, Any] = {}
    items = read_line_items(fields)
    if items is not None:
        details["items"] = items
    discounts = _discounts(fields)
    if discounts is not None:
        details["discounts"] = discounts
    for key in ("tax_amount", "shipping_amount"):
        price = fields.optional_price(key)
        if price is not None:
            if price.currency != amount.currency:
                raise refused(
                    "currency_mismatch", f"{key} must be in the order's currency", fields.where(f"{key}.currency")
                )
            details[key] = price.to_json()
    fields.optional_bool("requires_shipping_info")
    fields.optional_choice("locale", LOCALES)
    fields.optional_choice("checkout_mode", CHECKOUT_MODES)
    fields.optional_object("send_checkout_url")
    for index, option in enumerate(fields.optional_list("checkout_financing_options") or []):
        where = fields.where(f"checkout_financing_options[{index}]")
        if option not in FINANCING_OPTIONS:
            raise invalid(f"{where} must be one of {', '.join(FINANCING_OPTIONS)}", where)
    now = engine.now()
    expiration = fields.optional_datetime("checkout_expiration")
    if expiration is not None and expiration <= now:
        raise invalid("checkout_expiration must be in the future", fields.where("checkout_expiration"))
    order = Order(
        uuid=new_uuid(),
        intent=intent,
        amount=amount,
        created_at=now,
        reference_id=reference_id,
        description=description,
        metadata=fields.optional_str_map("metadata"),
        details=details,
        customer=None if not customer else {key: value for key, value in customer.items() if key != "dob"},
        session_uuid=session_uuid,
        checkout_expiration=expiration or now + engine.settings.checkout_lifetime,
    )
    engine.orders[order.uuid] = order
    return order


def create_session(engine: Engine, fields: Fields) -> Session:
    """POST /v2/session: needs an order, or a customer with ``tokenize: true``, or both."""
    complete_url = _url(fields, "complete_url")
    cancel_url = _url(fields, "cancel_url")
    customer_fields = fields.optional_object("customer")
    customer = read_customer(customer_fields) if customer_fields else None
    tokenize = customer_fields.optional_bool("tokenize") if customer_fields else False
    order_fields = fields.optional_object("order")
    if order_fields is None and not tokenize:
        raise invalid("a session needs an order, or a customer with tokenize set to true", "order")
    session = Session(uuid=new_uuid(), created_at=engine.now(), complete_url=complete_url, cancel_url=cancel_url)
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
