"""``POST /v2/authentication``: Get a bearer authentication token."""

from collections.abc import Mapping

from ...models.authentication_request import AuthenticationRequest
from ...models.authentication_token import AuthenticationToken
from ...types import (
    CheckedBody,
    Operation,
    Retry,
    one,
)

KEY = "POST /v2/authentication"
ANSWER = one(AuthenticationToken)
RETRY: Retry = "idempotent"


def request(
    *,
    body: AuthenticationRequest | Mapping[str, object] | CheckedBody,
) -> Operation[AuthenticationToken]:
    """The request, to send with a client's sender."""
    return Operation(
        key=KEY,
        method="POST",
        path="/v2/authentication",
        answer=ANSWER,
        retry=RETRY,
        body=body,
        authenticated=False,
    )
