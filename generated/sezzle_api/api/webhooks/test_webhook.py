"""``POST /v2/webhooks/test``: Test webhooks."""

from collections.abc import Mapping

from ...models.webhook_test_request import WebhookTestRequest
from ...types import (
    CheckedBody,
    Operation,
    Retry,
    nothing,
)

KEY = "POST /v2/webhooks/test"
ANSWER = nothing()
RETRY: Retry = "unsent-only"


def request(
    *,
    body: WebhookTestRequest | Mapping[str, object] | CheckedBody,
) -> Operation[None]:
    """The request, to send with a client's sender."""
    return Operation(
        key=KEY,
        method="POST",
        path="/v2/webhooks/test",
        answer=ANSWER,
        retry=RETRY,
        body=body,
    )
