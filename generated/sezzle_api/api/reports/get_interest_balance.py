"""``GET /v2/interest/balance``: Get interest account balance."""

from typing import Any

from ...models.interest_balance import InterestBalance
from ...types import UNSET, Operation, Retry, Unset, one

KEY = "GET /v2/interest/balance"
ANSWER = one(InterestBalance)
RETRY: Retry = "idempotent"


def request(
    *,
    currency_code: str | Unset = UNSET,
) -> Operation[InterestBalance]:
    """The request, to send with a client's sender."""
    params: dict[str, Any] = {}

    params["currency-code"] = currency_code

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return Operation(
        key=KEY,
        method="GET",
        path="/v2/interest/balance",
        answer=ANSWER,
        retry=RETRY,
        params=params,
    )
