"""``POST /v2/customer/{customer_uuid}/preapprove``: Preapprove amount by customer."""

from collections.abc import Mapping
from urllib.parse import quote

from ...models.preapproval import Preapproval
from ...models.price import Price
from ...types import (
    CheckedBody,
    Operation,
    Retry,
    one,
)

KEY = "POST /v2/customer/{customer_uuid}/preapprove"
ANSWER = one(Preapproval)
RETRY: Retry = "idempotent"


def request(
    customer_uuid: str,
    *,
    body: Price | Mapping[str, object] | CheckedBody,
) -> Operation[Preapproval]:
    """The request, to send with a client's sender."""
    return Operation(
        key=KEY,
        method="POST",
        path="/v2/customer/{customer_uuid}/preapprove".format(
            customer_uuid=quote(str(customer_uuid), safe=""),
        ),
        answer=ANSWER,
        retry=RETRY,
        body=body,
    )
