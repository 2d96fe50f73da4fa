"""The v1 bearer token: ``POST /v1/authentication`` takes and answers the same as its v2 twin.

v1 keeps its own token, cache and 401 replay: a v1 token is never sent to v2 nor the reverse, so
each version's token is the one its own authentication endpoint issued.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sezzle._http import Call, model_parser
from sezzle.retries import RetryPolicy
from sezzle_api.models import AuthenticationToken

if TYPE_CHECKING:
    from sezzle.auth import Credentials

PATH = "/v1/authentication"


def authentication_call(keys: Credentials) -> Call[AuthenticationToken]:
    body = keys.authentication_body().to_dict()
    ordered = {"public_key": body.pop("public_key"), "private_key": body.pop("private_key"), **body}  # as documented
    # Asking for a token twice only issues two tokens, both valid: safe to resend.
    return Call(
        "POST",
        PATH,
        model_parser(AuthenticationToken),
        json=ordered,
        policy=RetryPolicy.IDEMPOTENT,
        authenticated=False,
    )
