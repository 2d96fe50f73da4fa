from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest

from sezzle import AsyncSezzle, RetryConfig, Sezzle, price
from sezzle.gateway import Gateway

FAST = RetryConfig(initial_delay=0.01, max_delay=0.05)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def gateway() -> Iterator[Gateway]:
    with Gateway() as gw:
        yield gw


def client_for(gw: Gateway, **options: Any) -> Sezzle:
    options.setdefault("retry", FAST)
    options.setdefault("max_retries", 3)
    return Sezzle(gw.public_key, gw.private_key, base_url=gw.url, **options)


def async_client_for(gw: Gateway, **options: Any) -> AsyncSezzle:
    options.setdefault("retry", FAST)
    options.setdefault("max_retries", 3)
    return AsyncSezzle(gw.public_key, gw.private_key, base_url=gw.url, **options)


@pytest.fixture
def client(gateway: Gateway) -> Iterator[Sezzle]:
    with client_for(gateway) as sezzle:
        yield sezzle


@pytest.fixture
async def async_client(gateway: Gateway) -> AsyncIterator[AsyncSezzle]:
    async with async_client_for(gateway) as sezzle:
        yield sezzle


def order_args(reference: str = "cart-1", amount: str = "100.00", intent: str = "AUTH") -> dict[str, Any]:
    return {
        "cancel_url": "https://shop.test/cart",
        "complete_url": "https://shop.test/done",
        "order": {
            "intent": intent,
            "reference_id": reference,
            "description": f"Cart {reference}",
            "order_amount": price(amount),
        },
    }


def authorized_order(client: Sezzle, gw: Gateway, amount: str = "100.00") -> str:
    session = client.sessions.create(**order_args(amount=amount))
    assert session.order
    gw.shopper.complete_checkout(str(session.order.uuid))
    return str(session.order.uuid)
