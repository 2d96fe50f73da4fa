"""``GET /v2/orders/report``: Get order report."""

import datetime
from typing import Any

from ...models.order_report_entry import OrderReportEntry
from ...types import UNSET, Operation, Retry, many

KEY = "GET /v2/orders/report"
ANSWER = many(OrderReportEntry)
RETRY: Retry = "idempotent"


def request(
    *,
    start_date: datetime.date,
    end_date: datetime.date,
) -> Operation[list[OrderReportEntry]]:
    """The request, to send with a client's sender."""
    params: dict[str, Any] = {}

    json_start_date = start_date.isoformat()
    params["start-date"] = json_start_date

    json_end_date = end_date.isoformat()
    params["end-date"] = json_end_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return Operation(
        key=KEY,
        method="GET",
        path="/v2/orders/report",
        answer=ANSWER,
        retry=RETRY,
        params=params,
    )
