"""The pytest plugin: fixtures that run an embedded Sezzle gateway and clients bound to it.

Registered through the ``pytest11`` entry point, so installing ``sezzle-python`` is enough. Nothing
starts unless a test asks for a fixture: the gateway is imported and started by ``sezzle_gateway``,
once per test that uses it, and stopped after it.

Configure the gateway for a whole suite by overriding ``sezzle_gateway_options`` in a ``conftest.py``,
or for one test (or module, or class) with the marker::

    @pytest.mark.sezzle_gateway(authorization_window=60, spending_limit=5_000)
    def test_small_limit(sezzle_client, sezzle_gateway): ...

The marker's keywords are :class:`sezzle.gateway.Gateway`'s; the closest marker wins per keyword.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, Protocol

import pytest

from sezzle.client import AsyncSezzle, Sezzle
from sezzle.testing._helpers import FAST_RETRY

if TYPE_CHECKING:
    from sezzle.gateway import Gateway, Shopper

__all__ = [
    "ClientFactory",
    "sezzle_async_client",
    "sezzle_client",
    "sezzle_client_factory",
    "sezzle_gateway",
    "sezzle_gateway_options",
    "sezzle_shopper",
]

MARKER = "sezzle_gateway"


class ClientFactory(Protocol):
    """Makes ``Sezzle`` clients bound to the test's gateway; keywords are ``Sezzle``'s own options."""

    def __call__(self, **options: Any) -> Sezzle: ...


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        f"{MARKER}(**options): configure this test's embedded Sezzle gateway (keywords of sezzle.gateway.Gateway)",
    )


def _client_options(gateway: Gateway, options: dict[str, Any]) -> dict[str, Any]:
    options.setdefault("retry", FAST_RETRY)
    return {"public_key": gateway.public_key, "private_key": gateway.private_key, "base_url": gateway.url, **options}


@pytest.fixture
def sezzle_gateway_options() -> dict[str, Any]:
    """Keywords for every ``sezzle_gateway`` (none: Sezzle's defaults). Override it in your ``conftest.py``."""
    return {}


@pytest.fixture
def sezzle_gateway(request: pytest.FixtureRequest, sezzle_gateway_options: dict[str, Any]) -> Iterator[Gateway]:
    """A running embedded gateway on a free loopback port, stopped after the test."""
    from sezzle.gateway import Gateway

    options = dict(sezzle_gateway_options)
    for marker in reversed(list(request.node.iter_markers(MARKER))):  # farthest first, so the closest wins
        if marker.args:
            raise pytest.UsageError(f"@pytest.mark.{MARKER} takes keyword arguments only, got {marker.args!r}")
        options.update(marker.kwargs)
    with Gateway(**options) as gateway:
        yield gateway


@pytest.fixture
def sezzle_client_factory(sezzle_gateway: Gateway) -> Iterator[ClientFactory]:
    """Make more clients bound to the gateway, with your own options; all are closed after the test.

    Clients retry after milliseconds by default (``sezzle.testing.FAST_RETRY``); pass ``retry=`` or
    ``max_retries=`` to change that.
    """
    made: list[Sezzle] = []

    def make(**options: Any) -> Sezzle:
        client = Sezzle(**_client_options(sezzle_gateway, options))
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()


@pytest.fixture
def sezzle_client(sezzle_client_factory: ClientFactory) -> Sezzle:
    """A ``Sezzle`` client bound to ``sezzle_gateway``, with fast retries."""
    return sezzle_client_factory()


@pytest.fixture
async def sezzle_async_client(sezzle_gateway: Gateway) -> AsyncIterator[AsyncSezzle]:
    """An ``AsyncSezzle`` client bound to ``sezzle_gateway``; needs an async test (``@pytest.mark.anyio``)."""
    async with AsyncSezzle(**_client_options(sezzle_gateway, {})) as client:
        yield client


@pytest.fixture
def sezzle_shopper(sezzle_gateway: Gateway) -> Shopper:
    """The shopper's side of the gateway: complete checkouts, accept tokenization, set spending limits."""
    return sezzle_gateway.shopper
