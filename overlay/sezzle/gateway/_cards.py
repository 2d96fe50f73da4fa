"""Virtual-card sessions and their single-use card-data tokens."""

from __future__ import annotations

from sezzle.gateway._engine import Engine
from sezzle.gateway._fields import Fields
from sezzle.gateway._model import CardData, CardSession
from sezzle.gateway._orders import DEFAULT_SHOPPER
from sezzle.gateway._problem import not_found, refused
from sezzle.gateway._sessions import read_customer
from sezzle.gateway._wire import new_uuid

__all__ = ["TEST_CARD_NUMBER", "complete_card_session", "create_card_session", "take_card_data"]

TEST_CARD_NUMBER = "4242424242424242"
TEST_CARD_CVV = "123"
_CARD_YEARS = 3


def create_card_session(engine: Engine, fields: Fields) -> CardSession:
    customer_fields = fields.nested("customer")
    session = CardSession(
        uuid=new_uuid(),
        created_at=engine.now(),
        origin=fields.expect_text("origin"),
        mode=fields.expect_text("mode"),
        merchant_reference_id=fields.expect_text("merchant_reference_id"),
        amount=fields.expect_as_price(),
        customer={} if customer_fields is None else read_customer(customer_fields),
        card_response_format=fields.text("card_response_format"),
    )
    engine.card_sessions[session.uuid] = session
    return session


def complete_card_session(engine: Engine, session_uuid: str) -> str:
    """The shopper accepts the virtual card; returns the single-use token for its card data."""
    session = engine.card_session(session_uuid)
    if session.completed:
        raise refused("already_completed", "the shopper already completed this card session")
    now = engine.now()
    token = new_uuid()
    engine.card_data[token] = CardData(
        session_uuid=session.uuid,
        pan=TEST_CARD_NUMBER,
        cvv_number=TEST_CARD_CVV,
        expiration_date=f"{now.month:02d}{(now.year + _CARD_YEARS) % 100:02d}",
        first_name=session.customer.get("first_name", DEFAULT_SHOPPER["first_name"]),
        last_name=session.customer.get("last_name", DEFAULT_SHOPPER["last_name"]),
        expires_at=now + engine.settings.card_data_lifetime,
    )
    session.completed = True
    return token


def take_card_data(engine: Engine, token: str) -> CardData:
    """Card data for a token, which is deleted by this first read."""
    data = engine.card_data.pop(token, None)
    if data is None or engine.now() >= data.expires_at:
        raise not_found("no card data for this token: it was already read, or it expired", "token")
    return data
