"""Webhook subscriptions: ``client.webhooks.create(url=..., events=[...])`` and friends.

(Verifying and parsing the deliveries themselves is ``sezzle.webhooks``.) The methods are generated
(``sezzle_api.api.webhooks``): Sezzle documents no body for a successful update, so ``update`` answers
the subscription when the server sends one and None otherwise; the test call succeeds on any 2xx (the
spec says 204, the docs 201).
"""

from __future__ import annotations

from sezzle_api.api.webhooks import AsyncWebhooksMethods, WebhooksMethods


class AsyncWebhooks(AsyncWebhooksMethods):
    """Webhook subscriptions (``client.webhooks``); to receive deliveries, see ``sezzle.webhooks``.

    ```python
    client.webhooks.create(url="https://shop.example/webhooks/sezzle", events=["order.captured"])
    ```
    """


# --- sync twin: written by `make generate` (scripts/unasync.py) from the async code above; do not edit ---


class Webhooks(WebhooksMethods):
    """Webhook subscriptions (``client.webhooks``); to receive deliveries, see ``sezzle.webhooks``.

    ```python
    client.webhooks.create(url="https://shop.example/webhooks/sezzle", events=["order.captured"])
    ```
    """


# --- end of sync twin ---
