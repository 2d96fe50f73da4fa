"""``GET /v2/customer``: Get a list of customers."""

from ...models.customer_summary import CustomerSummary
from ...types import Operation, Retry, many

KEY = "GET /v2/customer"
ANSWER = many(CustomerSummary)
RETRY: Retry = "idempotent"


def request() -> Operation[list[CustomerSummary]]:
    """The request, to send with a client's sender."""
    return Operation(
        key=KEY,
        method="GET",
        path="/v2/customer",
        answer=ANSWER,
        retry=RETRY,
    )
