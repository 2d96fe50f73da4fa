"""``POST /v2/session/card``: Create card session."""

from collections.abc import Mapping

from ...models.card_session import CardSession
from ...models.card_session_request import CardSessionRequest
from ...types import (
    CheckedBody,
    Operation,
    Retry,
    one,
)

KEY = "POST /v2/session/card"
ANSWER = one(CardSession)
RETRY: Retry = "unsent-only"


def request(
    *,
    body: CardSessionRequest | Mapping[str, object] | CheckedBody,
) -> Operation[CardSession]:
    """The request, to send with a client's sender."""
    return Operation(
        key=KEY,
        method="POST",
        path="/v2/session/card",
        answer=ANSWER,
        retry=RETRY,
        body=body,
    )
