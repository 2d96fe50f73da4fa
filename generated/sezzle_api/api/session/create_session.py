"""``POST /v2/session``: Create a new session."""

from collections.abc import Mapping

from ...models.created_session import CreatedSession
from ...models.session_request import SessionRequest
from ...types import (
    CheckedBody,
    Operation,
    Retry,
    one,
)

KEY = "POST /v2/session"
ANSWER = one(CreatedSession)
RETRY: Retry = "unsent-only"


def request(
    *,
    body: SessionRequest | Mapping[str, object] | CheckedBody,
) -> Operation[CreatedSession]:
    """The request, to send with a client's sender."""
    return Operation(
        key=KEY,
        method="POST",
        path="/v2/session",
        answer=ANSWER,
        retry=RETRY,
        body=body,
    )
