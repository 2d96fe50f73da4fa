"""``GET /v2/token/{token}/session``: Get session tokenization details."""

from urllib.parse import quote

from ...models.token_session import TokenSession
from ...types import Operation, Retry, one

KEY = "GET /v2/token/{token}/session"
ANSWER = one(TokenSession)
RETRY: Retry = "idempotent"


def request(
    token: str,
) -> Operation[TokenSession]:
    """The request, to send with a client's sender."""
    return Operation(
        key=KEY,
        method="GET",
        path="/v2/token/{token}/session".format(
            token=quote(str(token), safe=""),
        ),
        answer=ANSWER,
        retry=RETRY,
    )
