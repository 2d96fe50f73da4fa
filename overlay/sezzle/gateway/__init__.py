"""A local Sezzle v2 gateway: real HTTP, real state, simulated shopper and time.

It speaks Sezzle's v2 wire format (paths, fields, statuses, ``links``, error arrays, signed webhooks)
and keeps the rules a client must live with: authorizations that expire, captures within what was
authorized, refunds within what was captured, idempotent retries with ``Sezzle-Request-Id``. Tests drive
the shopper's side and the clock, inject faults, and read back every request and every state change::

    from sezzle.gateway import Gateway

    with Gateway() as gw:
        ...  # point a client at gw.url with gw.public_key / gw.private_key
        gw.shopper.complete_checkout(order_uuid)
        gw.clock.advance(31 * 60)
        assert gw.state.order(order_uuid).captured_cents == 0

v2 request bodies are checked against the merged spec's request rules, the ones the client reads too, so
what real integrations send is accepted and nothing the spec does not state is refused. Errors are
Sezzle's v2 arrays ``[{code, message, location, debug_uuid}]``: 400 ``bad_request`` for a malformed
request (``location`` names the field), 401 ``unauthorized``, 404 ``record_not_found``, 422 ``invalid``
for a value that breaks a rule of the spec, and 422 with a specific code when the resource's state
forbids the operation (``amount_exceeds_authorization``, ``authorization_expired``,
``idempotency_key_reused``, ``upcharge_limit_exceeded``, ...; the full list is in ``_orders``).

Sezzle's v1 API is served beside it under ``/v1`` (checkouts, orders by reference id, refunds, reports,
``/v1/configuration`` webhooks), over the same orders, tokens, ledger, clock, faults and request log: a
v1 checkout is an order ``GET /v2/order/{checkout_uuid}`` reads, and the shopper completes it the same
way. v1 routes answer errors as v1's ``{status, id, message}``.

From a shell: ``python -m sezzle.gateway --port 8080``; steer it over HTTP under ``/__gateway__``
(``POST /__gateway__/orders/{uuid}/complete``, ``/tokens/{token}/accept``, ``/card-sessions/{uuid}/complete``,
``/clock/advance``, ``/faults``, ``/settle``; ``GET /__gateway__/requests``, ``/webhooks/deliveries``).
"""

from sezzle.gateway._clock import Clock
from sezzle.gateway._faults import Fault, Faults
from sezzle.gateway._gateway import Gateway
from sezzle.gateway._interest import INTEREST_ACTIVITY_TYPES, InterestAccount, InterestActivity
from sezzle.gateway._model import Transaction
from sezzle.gateway._recorder import REDACTED, RecordedRequest, RequestLog
from sezzle.gateway._render import CONTROL_PREFIX
from sezzle.gateway._settings import DEFAULT_MERCHANT_UUID, DEFAULT_PRIVATE_KEY, DEFAULT_PUBLIC_KEY, Settings
from sezzle.gateway._settlement import LedgerEntry, Payout
from sezzle.gateway._shopper import Shopper
from sezzle.gateway._snapshots import CustomerSnapshot, GatewayState, OrderSnapshot, SubscriptionSnapshot
from sezzle.gateway._webhooks import WEBHOOK_EVENTS, WebhookDelivery
from sezzle.gateway._wire import Money

__all__ = [
    "CONTROL_PREFIX",
    "DEFAULT_MERCHANT_UUID",
    "DEFAULT_PRIVATE_KEY",
    "DEFAULT_PUBLIC_KEY",
    "INTEREST_ACTIVITY_TYPES",
    "REDACTED",
    "WEBHOOK_EVENTS",
    "Clock",
    "CustomerSnapshot",
    "Fault",
    "Faults",
    "Gateway",
    "GatewayState",
    "InterestAccount",
    "InterestActivity",
    "LedgerEntry",
    "Money",
    "OrderSnapshot",
    "Payout",
    "RecordedRequest",
    "RequestLog",
    "Settings",
    "Shopper",
    "SubscriptionSnapshot",
    "Transaction",
    "WebhookDelivery",
]
