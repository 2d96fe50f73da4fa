"""Receive Sezzle webhooks: check the signature, read the event, handle each event once.

```python
import os

from sezzle.errors import WebhookSignatureError
from sezzle.webhooks import Deduplicator, Headers, OrderCapturedEvent, WebhookKeys, WebhookRouter, construct_event

keys = WebhookKeys(os.environ["SEZZLE_PRIVATE_KEY"])  # checked once, at start-up
router = WebhookRouter()
dedupe = Deduplicator()
paid: set[str] = set()  # your database

@router.on(OrderCapturedEvent)
def captured(event: OrderCapturedEvent) -> None:
    paid.add(event.data.uuid)

def endpoint(body: bytes, headers: Headers) -> int:  # the raw body, before any JSON decoding
    try:
        event = construct_event(body, headers, keys)
    except WebhookSignatureError:
        return 400
    dedupe.run(event, router.dispatch)  # a duplicate or replayed delivery does nothing
    return 200  # Sezzle counts exactly 200 as delivered
```

The v1 order webhook, which carries no signature, is read by ``sezzle.webhooks.v1``.
"""

from sezzle.webhooks._construct import Headers, construct_event, signature_header
from sezzle.webhooks._data import (
    Authorization,
    CustomerTokenizedData,
    DisputeData,
    OrderData,
    OrderEventSource,
    TokenizedCustomer,
)
from sezzle.webhooks._dedupe import (
    AsyncClaimStore,
    AsyncCompletingClaimStore,
    AsyncDeduplicator,
    ClaimStore,
    CompletingClaimStore,
    Deduplicator,
    HasUuid,
    InMemoryClaimStore,
)
from sezzle.webhooks._events import (
    EVENT_TYPES,
    CustomerTokenizedEvent,
    DisputeClosedCustomerWinEvent,
    DisputeClosedMerchantWinEvent,
    DisputeClosedNeutralEvent,
    DisputeDeadlineApproachingEvent,
    DisputeEvent,
    DisputeMerchantInputRequestedEvent,
    Event,
    OrderAuthorizedEvent,
    OrderCapturedEvent,
    OrderEvent,
    OrderRefundedEvent,
    UnknownEvent,
    parse_event,
)
from sezzle.webhooks._router import WebhookRouter
from sezzle.webhooks._signature import SIGNATURE_HEADER, Keys, WebhookKeys, compute_signature, verify_signature

__all__ = [
    "EVENT_TYPES",
    "SIGNATURE_HEADER",
    "AsyncClaimStore",
    "AsyncCompletingClaimStore",
    "AsyncDeduplicator",
    "Authorization",
    "ClaimStore",
    "CompletingClaimStore",
    "CustomerTokenizedData",
    "CustomerTokenizedEvent",
    "Deduplicator",
    "DisputeClosedCustomerWinEvent",
    "DisputeClosedMerchantWinEvent",
    "DisputeClosedNeutralEvent",
    "DisputeData",
    "DisputeDeadlineApproachingEvent",
    "DisputeEvent",
    "DisputeMerchantInputRequestedEvent",
    "Event",
    "HasUuid",
    "Headers",
    "InMemoryClaimStore",
    "Keys",
    "OrderAuthorizedEvent",
    "OrderCapturedEvent",
    "OrderData",
    "OrderEvent",
    "OrderEventSource",
    "OrderRefundedEvent",
    "TokenizedCustomer",
    "UnknownEvent",
    "WebhookKeys",
    "WebhookRouter",
    "compute_signature",
    "construct_event",
    "parse_event",
    "signature_header",
    "verify_signature",
]
