"""``PATCH /v2/order/{order_uuid}/checkout``: Update checkout by order."""

from collections.abc import Mapping
from urllib.parse import quote

from ...models.express_checkout_update import ExpressCheckoutUpdate
from ...types import (
    CheckedBody,
    Operation,
    Retry,
    nothing,
)

KEY = "PATCH /v2/order/{order_uuid}/checkout"
ANSWER = nothing()
RETRY: Retry = "idempotent"


def request(
    order_uuid: str,
    *,
    body: ExpressCheckoutUpdate | Mapping[str, object] | CheckedBody,
) -> Operation[None]:
    """The request, to send with a client's sender."""
    return Operation(
        key=KEY,
        method="PATCH",
        path="/v2/order/{order_uuid}/checkout".format(
            order_uuid=quote(str(order_uuid), safe=""),
        ),
        answer=ANSWER,
        retry=RETRY,
        body=body,
    )
