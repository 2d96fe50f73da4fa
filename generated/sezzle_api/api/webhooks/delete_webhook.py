"""``DELETE /v2/webhooks/{webhooks_uuid}``: Delete webhook."""

from urllib.parse import quote

from ...types import Operation, Retry, nothing

KEY = "DELETE /v2/webhooks/{webhooks_uuid}"
ANSWER = nothing()
RETRY: Retry = "idempotent"


def request(
    webhooks_uuid: str,
) -> Operation[None]:
    """The request, to send with a client's sender."""
    return Operation(
        key=KEY,
        method="DELETE",
        path="/v2/webhooks/{webhooks_uuid}".format(
            webhooks_uuid=quote(str(webhooks_uuid), safe=""),
        ),
        answer=ANSWER,
        retry=RETRY,
    )
