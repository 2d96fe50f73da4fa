"""``POST /v2/order/{order_uuid}/upcharge``: Upcharge amount by order."""

from collections.abc import Mapping
from urllib.parse import quote

from ...models.upcharge_request import UpchargeRequest
from ...models.upcharged_order import UpchargedOrder
from ...types import (
    CheckedBody,
    Operation,
    Retry,
    one,
)

KEY = "POST /v2/order/{order_uuid}/upcharge"
ANSWER = one(UpchargedOrder)
RETRY: Retry = "keyed"


def request(
    order_uuid: str,
    *,
    body: UpchargeRequest | Mapping[str, object] | CheckedBody,
    sezzle_request_id: str,
) -> Operation[UpchargedOrder]:
    """The request, to send with a client's sender (the same ``sezzle_request_id`` on every attempt)."""
    return Operation(
        key=KEY,
        method="POST",
        path="/v2/order/{order_uuid}/upcharge".format(
            order_uuid=quote(str(order_uuid), safe=""),
        ),
        answer=ANSWER,
        retry=RETRY,
        body=body,
        headers={
            "Sezzle-Request-Id": sezzle_request_id,
        },
    )
