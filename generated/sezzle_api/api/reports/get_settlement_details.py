"""``GET /v2/settlements/details/{payout_uuid}``: Get settlement details."""

from typing import Any
from urllib.parse import quote

from ...types import UNSET, Operation, Retry, Unset, nothing

KEY = "GET /v2/settlements/details/{payout_uuid}"
ANSWER = nothing()
RETRY: Retry = "idempotent"


def request(
    payout_uuid: str,
    *,
    metadata: str | Unset = UNSET,
) -> Operation[None]:
    """The request, to send with a client's sender."""
    params: dict[str, Any] = {}

    params["metadata"] = metadata

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return Operation(
        key=KEY,
        method="GET",
        path="/v2/settlements/details/{payout_uuid}".format(
            payout_uuid=quote(str(payout_uuid), safe=""),
        ),
        answer=ANSWER,
        retry=RETRY,
        params=params,
        accept="text/csv",
    )
