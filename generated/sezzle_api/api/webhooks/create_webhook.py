"""``POST /v2/webhooks``: Create webhooks."""

from collections.abc import Mapping

from ...models.created_webhook import CreatedWebhook
from ...models.webhook_request import WebhookRequest
from ...types import (
    CheckedBody,
    Operation,
    Retry,
    one,
)

KEY = "POST /v2/webhooks"
ANSWER = one(CreatedWebhook)
RETRY: Retry = "unsent-only"


def request(
    *,
    body: WebhookRequest | Mapping[str, object] | CheckedBody,
) -> Operation[CreatedWebhook]:
    """The request, to send with a client's sender."""
    return Operation(
        key=KEY,
        method="POST",
        path="/v2/webhooks",
        answer=ANSWER,
        retry=RETRY,
        body=body,
    )
