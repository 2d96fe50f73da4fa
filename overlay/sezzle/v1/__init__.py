"""Sezzle's v1 API, for merchants on integrations that still use it: ``client.v1``.

```python
from sezzle import Sezzle, price

client = Sezzle()
checkout = client.v1.checkouts.create(
    amount_in_cents=12999,
    currency_code="USD",
    order_reference_id="Ref123456789",
    order_description="Order #1800",
    checkout_cancel_url="https://shop.example/cart",
    checkout_complete_url="https://shop.example/complete",
    merchant_completes=True,
)
# ... send the shopper to checkout.checkout_url; when they come back:
client.v1.checkouts.complete("Ref123456789")  # CheckoutExpiredError if it came too late
client.v1.orders.refund("Ref123456789", price("5.00"), refund_id="r-1", refund_reason="returned")

with client.v1.settlements.details(payout_uuid) as report:  # a CSV report, streamed
    for item in report.line_items:
        ...
```

v1 shares the client's connection pool, timeouts, retries, logging and errors, and authenticates on
its own (``POST /v1/authentication``). Its order webhooks, set with
``client.v1.configuration.update(webhook_url=...)``, are read by ``parse_order_webhook`` (from
``sezzle.webhooks.v1``, re-exported here); they carry no signature.
"""

from sezzle.reports.streamed import (
    AsyncInterestActivityReport,
    AsyncSettlementDetailsReport,
    InterestActivityReport,
    SettlementDetailsReport,
)
from sezzle.v1 import models
from sezzle.v1._client import V1, AsyncV1
from sezzle.v1.errors import CheckoutExpiredError
from sezzle.v1.models import *  # noqa: F403  # every v1 model, listed in models.__all__
from sezzle.webhooks.v1 import OrderWebhook, OrderWebhookEvent, parse_order_webhook

__all__ = [
    "V1",
    "AsyncInterestActivityReport",
    "AsyncSettlementDetailsReport",
    "AsyncV1",
    "CheckoutExpiredError",
    "InterestActivityReport",
    "OrderWebhook",
    "OrderWebhookEvent",
    "SettlementDetailsReport",
    "parse_order_webhook",
]
__all__ += models.__all__
