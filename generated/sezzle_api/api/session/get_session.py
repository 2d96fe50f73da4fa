"""``GET /v2/session/{session_uuid}``: Get session status."""

from urllib.parse import quote

from ...models.session import Session
from ...types import Operation, Retry, one

KEY = "GET /v2/session/{session_uuid}"
ANSWER = one(Session)
RETRY: Retry = "idempotent"


def request(
    session_uuid: str,
) -> Operation[Session]:
    """The request, to send with a client's sender."""
    return Operation(
        key=KEY,
        method="GET",
        path="/v2/session/{session_uuid}".format(
            session_uuid=quote(str(session_uuid), safe=""),
        ),
        answer=ANSWER,
        retry=RETRY,
    )
