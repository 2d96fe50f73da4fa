"""``POST /v2/order/{order_uuid}/reauthorize``: Reauthorize amount by order."""

from collections.abc import Mapping
from urllib.parse import quote

from ...models.price import Price
from ...models.reauthorized_order import ReauthorizedOrder
from ...types import (
    CheckedBody,
    Operation,
    Retry,
    one,
)

KEY = "POST /v2/order/{order_uuid}/reauthorize"
ANSWER = one(ReauthorizedOrder)
RETRY: Retry = "keyed"


def request(
    order_uuid: str,
    *,
    body: Price | Mapping[str, object] | CheckedBody,
    sezzle_request_id: str,
) -> Operation[ReauthorizedOrder]:
    """The request, to send with a client's sender (the same ``sezzle_request_id`` on every attempt)."""
    return Operation(
        key=KEY,
        method="POST",
        path="/v2/order/{order_uuid}/reauthorize".format(
            order_uuid=quote(str(order_uuid), safe=""),
        ),
        answer=ANSWER,
        retry=RETRY,
        body=body,
        headers={
            "Sezzle-Request-Id": sezzle_request_id,
        },
    )
