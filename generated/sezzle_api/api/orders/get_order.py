"""``GET /v2/order/{order_uuid}``: Get order details."""

from urllib.parse import quote

from ...models.order import Order
from ...types import Operation, Retry, one

KEY = "GET /v2/order/{order_uuid}"
ANSWER = one(Order)
RETRY: Retry = "idempotent"


def request(
    order_uuid: str,
) -> Operation[Order]:
    """The request, to send with a client's sender."""
    return Operation(
        key=KEY,
        method="GET",
        path="/v2/order/{order_uuid}".format(
            order_uuid=quote(str(order_uuid), safe=""),
        ),
        answer=ANSWER,
        retry=RETRY,
    )
