"""``PATCH /v2/session/{session_uuid}/card``: Update card session."""

from collections.abc import Mapping
from urllib.parse import quote

from ...models.card_session_update import CardSessionUpdate
from ...types import (
    CheckedBody,
    Operation,
    Retry,
    nothing,
)

KEY = "PATCH /v2/session/{session_uuid}/card"
ANSWER = nothing()
RETRY: Retry = "idempotent"


def request(
    session_uuid: str,
    *,
    body: CardSessionUpdate | Mapping[str, object] | CheckedBody,
) -> Operation[None]:
    """The request, to send with a client's sender."""
    return Operation(
        key=KEY,
        method="PATCH",
        path="/v2/session/{session_uuid}/card".format(
            session_uuid=quote(str(session_uuid), safe=""),
        ),
        answer=ANSWER,
        retry=RETRY,
        body=body,
    )
