"""``DELETE /v2/order/{order_uuid}/checkout``: Delete checkout by order."""

from urllib.parse import quote

from ...types import Operation, Retry, nothing

KEY = "DELETE /v2/order/{order_uuid}/checkout"
ANSWER = nothing()
RETRY: Retry = "idempotent"


def request(
    order_uuid: str,
) -> Operation[None]:
    """The request, to send with a client's sender."""
    return Operation(
        key=KEY,
        method="DELETE",
        path="/v2/order/{order_uuid}/checkout".format(
            order_uuid=quote(str(order_uuid), safe=""),
        ),
        answer=ANSWER,
        retry=RETRY,
    )
