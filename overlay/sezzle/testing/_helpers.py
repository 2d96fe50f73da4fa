"""Starting points most payment tests need, set up through the real API and the simulated shopper."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sezzle.client import AsyncSezzle, Sezzle
from sezzle.errors import SezzleError
from sezzle.money import price
from sezzle.retries import RetryConfig

if TYPE_CHECKING:
    from sezzle.gateway import Gateway
    from sezzle_api.models import CreatedSession

__all__ = [
    "FAST_RETRY",
    "async_authorized_order",
    "async_tokenized_customer",
    "authorized_order",
    "checkout_session",
    "expire_authorization",
    "tokenized_customer",
]

FAST_RETRY = RetryConfig(initial_delay=0.01, max_delay=0.05, max_retry_after=1.0)
"""Backoff for tests: retries after milliseconds, so injected failures cost no real waiting."""


def checkout_session(
    amount: str = "100.00",
    *,
    currency: str = "USD",
    intent: str = "AUTH",
    reference_id: str = "test-order",
    tokenize: bool = False,
) -> dict[str, Any]:
    """Keyword arguments for ``client.sessions.create``: a checkout of one order, optionally tokenizing the shopper."""
    arguments: dict[str, Any] = {
        "cancel_url": "https://shop.test/cart",
        "complete_url": "https://shop.test/complete",
        "order": {
            "intent": intent,
            "reference_id": reference_id,
            "description": f"Order {reference_id}",
            "order_amount": price(amount, currency),
        },
    }
    if tokenize:
        arguments["customer"] = {"tokenize": True, "email": "shopper@shop.test", "first_name": "Test"}
    return arguments


def _tokenize_session() -> dict[str, Any]:
    return {
        "cancel_url": "https://shop.test/account",
        "complete_url": "https://shop.test/account/linked",
        "customer": {"tokenize": True, "email": "shopper@shop.test", "first_name": "Test"},
    }


def _order_uuid(session: CreatedSession) -> str:
    order = session.order
    uuid = getattr(order, "uuid", None)
    if not isinstance(uuid, str):
        raise SezzleError("the session was created without an order; nothing to check out")
    return uuid


def _token(session: CreatedSession) -> str:
    token = getattr(session.tokenize, "token", None)
    if not isinstance(token, str):
        raise SezzleError("the session was created without a tokenization request")
    return token


def authorized_order(
    client: Sezzle,
    gateway: Gateway,
    amount: str = "100.00",
    *,
    currency: str = "USD",
    intent: str = "AUTH",
    reference_id: str = "test-order",
) -> str:
    """Create a checkout and have the shopper complete it; returns the order uuid.

    With intent ``AUTH`` the order is authorized and waits for your capture; with ``CAPTURE`` it is
    also captured in full, ready for refunds and upcharges.
    """
    session = client.sessions.create(
        **checkout_session(amount, currency=currency, intent=intent, reference_id=reference_id)
    )
    order_uuid = _order_uuid(session)
    gateway.shopper.complete_checkout(order_uuid)
    return order_uuid


async def async_authorized_order(
    client: AsyncSezzle,
    gateway: Gateway,
    amount: str = "100.00",
    *,
    currency: str = "USD",
    intent: str = "AUTH",
    reference_id: str = "test-order",
) -> str:
    """``authorized_order`` for ``AsyncSezzle``."""
    session = await client.sessions.create(
        **checkout_session(amount, currency=currency, intent=intent, reference_id=reference_id)
    )
    order_uuid = _order_uuid(session)
    gateway.shopper.complete_checkout(order_uuid)
    return order_uuid


def tokenized_customer(client: Sezzle, gateway: Gateway) -> str:
    """Ask to tokenize a shopper and have them accept; returns the customer uuid, ready for customer orders."""
    session = client.sessions.create(**_tokenize_session())
    return gateway.shopper.accept_tokenization(_token(session))


async def async_tokenized_customer(client: AsyncSezzle, gateway: Gateway) -> str:
    """``tokenized_customer`` for ``AsyncSezzle``."""
    session = await client.sessions.create(**_tokenize_session())
    return gateway.shopper.accept_tokenization(_token(session))


def expire_authorization(gateway: Gateway) -> datetime:
    """Move the gateway's clock just past the authorization window, so authorizations made before have expired.

    Captures and releases are then refused with ``authorization_expired`` and ``reauthorize`` is allowed.
    Returns the gateway's new time.
    """
    return gateway.clock.advance(gateway.settings.authorization_window + timedelta(seconds=1))
