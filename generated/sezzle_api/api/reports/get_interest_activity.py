"""``GET /v2/interest/activity``: Get interest account activity."""

import datetime
from typing import Any

from ...types import UNSET, Operation, Retry, Unset, nothing

KEY = "GET /v2/interest/activity"
ANSWER = nothing()
RETRY: Retry = "idempotent"


def request(
    *,
    start_date: datetime.date,
    end_date: datetime.date | Unset = UNSET,
    offset: int | Unset = UNSET,
    currency_code: str | Unset = UNSET,
) -> Operation[None]:
    """The request, to send with a client's sender."""
    params: dict[str, Any] = {}

    json_start_date = start_date.isoformat()
    params["start-date"] = json_start_date

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["end-date"] = json_end_date

    params["offset"] = offset

    params["currency-code"] = currency_code

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return Operation(
        key=KEY,
        method="GET",
        path="/v2/interest/activity",
        answer=ANSWER,
        retry=RETRY,
        params=params,
        accept="text/csv",
    )
