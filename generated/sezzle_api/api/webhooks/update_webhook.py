"""``PATCH /v2/webhooks/{webhooks_uuid}``: Update webhook."""

from collections.abc import Mapping
from urllib.parse import quote

from ...models.webhook import Webhook
from ...models.webhook_request import WebhookRequest
from ...types import (
    CheckedBody,
    Operation,
    Retry,
    one_or_none,
)

KEY = "PATCH /v2/webhooks/{webhooks_uuid}"
ANSWER = one_or_none(Webhook)
RETRY: Retry = "idempotent"


def request(
    webhooks_uuid: str,
    *,
    body: WebhookRequest | Mapping[str, object] | CheckedBody,
) -> Operation[Webhook | None]:
    """The request, to send with a client's sender."""
    return Operation(
        key=KEY,
        method="PATCH",
        path="/v2/webhooks/{webhooks_uuid}".format(
            webhooks_uuid=quote(str(webhooks_uuid), safe=""),
        ),
        answer=ANSWER,
        retry=RETRY,
        body=body,
    )
