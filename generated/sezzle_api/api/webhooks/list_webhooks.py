"""``GET /v2/webhooks``: List webhooks."""

from ...models.webhook import Webhook
from ...types import Operation, Retry, many

KEY = "GET /v2/webhooks"
ANSWER = many(Webhook)
RETRY: Retry = "idempotent"


def request() -> Operation[list[Webhook]]:
    """The request, to send with a client's sender."""
    return Operation(
        key=KEY,
        method="GET",
        path="/v2/webhooks",
        answer=ANSWER,
        retry=RETRY,
    )
