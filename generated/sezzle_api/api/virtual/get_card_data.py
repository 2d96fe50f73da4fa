"""``GET /v2/session/card/token/{token}``: Get VC data by token."""

from urllib.parse import quote

from ...models.card_data import CardData
from ...types import Operation, Retry, one

KEY = "GET /v2/session/card/token/{token}"
ANSWER = one(CardData)
RETRY: Retry = "never-resend"


def request(
    token: str,
) -> Operation[CardData]:
    """The request, to send with a client's sender."""
    return Operation(
        key=KEY,
        method="GET",
        path="/v2/session/card/token/{token}".format(
            token=quote(str(token), safe=""),
        ),
        answer=ANSWER,
        retry=RETRY,
    )
