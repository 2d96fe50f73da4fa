"""Testing your Sezzle integration against a real local gateway, with pytest fixtures and a few helpers.

Installing ``sezzle-python`` registers a pytest plugin (``sezzle.testing.plugin``) whose fixtures start
an embedded gateway only for the tests that ask for one::

    from sezzle import price
    from sezzle.testing import authorized_order


    def test_ship_half(sezzle_client, sezzle_gateway):
        order_uuid = authorized_order(sezzle_client, sezzle_gateway, amount="80.00")
        sezzle_client.orders.capture(order_uuid, price("40.00"))
        assert sezzle_gateway.state.order(order_uuid).captured_cents == 4000

Fixtures: ``sezzle_gateway`` (a running :class:`sezzle.gateway.Gateway`), ``sezzle_client`` and
``sezzle_async_client`` (clients bound to it), ``sezzle_client_factory`` (more clients, with your
options), ``sezzle_shopper`` (the shopper's side) and ``sezzle_gateway_options`` (override it to
configure every gateway). The ``sezzle_gateway`` marker configures one test's gateway. The helpers
below set up the usual starting points: an order the shopper authorized, a tokenized customer, an
authorization that has expired. See ``docs/testing.md``.
"""

from sezzle.testing._helpers import (
    FAST_RETRY,
    async_authorized_order,
    async_tokenized_customer,
    authorized_order,
    checkout_session,
    expire_authorization,
    tokenized_customer,
)

__all__ = [
    "FAST_RETRY",
    "async_authorized_order",
    "async_tokenized_customer",
    "authorized_order",
    "checkout_session",
    "expire_authorization",
    "tokenized_customer",
]
