"""``DELETE /v2/customer/{customer_uuid}``: Delete customer."""

from urllib.parse import quote

from ...types import Operation, Retry, nothing

KEY = "DELETE /v2/customer/{customer_uuid}"
ANSWER = nothing()
RETRY: Retry = "idempotent"


def request(
    customer_uuid: str,
) -> Operation[None]:
    """The request, to send with a client's sender."""
    return Operation(
        key=KEY,
        method="DELETE",
        path="/v2/customer/{customer_uuid}".format(
            customer_uuid=quote(str(customer_uuid), safe=""),
        ),
        answer=ANSWER,
        retry=RETRY,
    )
