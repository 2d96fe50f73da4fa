"""``GET /v2/webhooks/{webhooks_uuid}``: Get webhook."""

from urllib.parse import quote

from ...models.webhook import Webhook
from ...types import Operation, Retry, one

KEY = "GET /v2/webhooks/{webhooks_uuid}"
ANSWER = one(Webhook)
RETRY: Retry = "idempotent"


def request(
    webhooks_uuid: str,
) -> Operation[Webhook]:
    """The request, to send with a client's sender."""
    return Operation(
        key=KEY,
        method="GET",
        path="/v2/webhooks/{webhooks_uuid}".format(
            webhooks_uuid=quote(str(webhooks_uuid), safe=""),
        ),
        answer=ANSWER,
        retry=RETRY,
    )
