"""A fresh gateway per cell, a set-up client, and clients under test that retry after milliseconds."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest

from sezzle import AsyncSezzle, Sezzle
from sezzle.gateway import Gateway
from sezzle.testing import FAST_RETRY


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def gateway() -> Iterator[Gateway]:
    with Gateway(webhook_retry_delays=()) as gw:
        yield gw


def client_for(gateway: Gateway, max_retries: int = 2) -> Sezzle:
    return Sezzle(
        gateway.public_key, gateway.private_key, base_url=gateway.url, retry=FAST_RETRY, max_retries=max_retries
    )


@pytest.fixture
def setup_client(gateway: Gateway) -> Iterator[Sezzle]:
    """Prepares orders and customers; kept apart so its requests never mix with the calls under test."""
    with client_for(gateway) as client:
        yield client


@pytest.fixture
def client(gateway: Gateway) -> Iterator[Sezzle]:
    with client_for(gateway) as sezzle:
        yield sezzle


@pytest.fixture
def quiet_client(gateway: Gateway) -> Iterator[Sezzle]:
    """Retries off: the injected fault reaches the caller."""
    with client_for(gateway, max_retries=0) as sezzle:
        yield sezzle


@pytest.fixture
async def async_client(gateway: Gateway) -> AsyncIterator[AsyncSezzle]:
    async with AsyncSezzle(
        gateway.public_key, gateway.private_key, base_url=gateway.url, retry=FAST_RETRY, max_retries=2
    ) as sezzle:
        yield sezzle
