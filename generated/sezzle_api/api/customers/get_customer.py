"""``GET /v2/customer/{customer_uuid}``: Get customer details."""

from urllib.parse import quote

from ...models.tokenized_customer import TokenizedCustomer
from ...types import Operation, Retry, one

KEY = "GET /v2/customer/{customer_uuid}"
ANSWER = one(TokenizedCustomer)
RETRY: Retry = "idempotent"


def request(
    customer_uuid: str,
) -> Operation[TokenizedCustomer]:
    """The request, to send with a client's sender."""
    return Operation(
        key=KEY,
        method="GET",
        path="/v2/customer/{customer_uuid}".format(
            customer_uuid=quote(str(customer_uuid), safe=""),
        ),
        answer=ANSWER,
        retry=RETRY,
    )
