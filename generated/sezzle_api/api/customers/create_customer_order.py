"""``POST /v2/customer/{customer_uuid}/order``: Create order by customer."""

from collections.abc import Mapping
from urllib.parse import quote

from ...models.customer_order import CustomerOrder
from ...models.customer_order_request import CustomerOrderRequest
from ...types import (
    CheckedBody,
    Operation,
    Retry,
    one,
)

KEY = "POST /v2/customer/{customer_uuid}/order"
ANSWER = one(CustomerOrder)
RETRY: Retry = "keyed"


def request(
    customer_uuid: str,
    *,
    body: CustomerOrderRequest | Mapping[str, object] | CheckedBody,
    sezzle_request_id: str,
) -> Operation[CustomerOrder]:
    """The request, to send with a client's sender (the same ``sezzle_request_id`` on every attempt)."""
    return Operation(
        key=KEY,
        method="POST",
        path="/v2/customer/{customer_uuid}/order".format(
            customer_uuid=quote(str(customer_uuid), safe=""),
        ),
        answer=ANSWER,
        retry=RETRY,
        body=body,
        headers={
            "Sezzle-Request-Id": sezzle_request_id,
        },
    )
