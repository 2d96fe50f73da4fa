"""One exception hierarchy for everything the client raises.

```
SezzleError
├── ConfigurationError          missing keys, unknown environment or region
├── InvalidInputError           bad input caught before any request (names the field)
├── APIConnectionError          no usable answer from Sezzle
│   ├── APITimeoutError
│   └── CardTokenMaybeSpentError   get card data failed after the request may have arrived
├── APIStatusError              Sezzle answered with an error status
│   ├── BadRequestError (400)   ├── AuthenticationError (401)   ├── PermissionDeniedError (403)
│   ├── NotFoundError (404)     ├── ConflictError (409)         ├── UnprocessableEntityError (422)
│   │   └── CheckoutExpiredError (v1: completed too late)
│   ├── RateLimitError (429)    └── InternalServerError (>= 500)
├── ResponseParseError          a 2xx answer that could not be read; keeps the raw response
├── ReportParseError            a CSV report that does not read as Sezzle documents it (also a ValueError)
├── DeclinedError               the shopper was declined (opt-in on reauthorize / customer orders)
├── WebhookSignatureError       a webhook delivery failed signature verification
└── StoreError                  a shared store (database, Redis) failed or could not be reached
    ├── ClaimStoreError         ... while claiming or completing a webhook event
    └── TokenStoreError         ... while reading or writing the shared bearer token
```

No message built here ever includes a key, token or card data: only what the API said and where. What
the API said is masked too, since a server may echo a secret: the client's private key and bearer token,
a card-data token in a path and any run of 12 to 19 digits shaped like a card number.

Errors tied to a request carry ``request_id``: the ``Sezzle-Request-Id`` the call sent (money-moving
calls always send one; reuse it as ``idempotency_key`` to retry the same operation), or the one the
server answered with, else ``None``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import attrs
import httpx

from sezzle._core.redact import mask_text, redact_path, request_secrets

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "CardTokenMaybeSpentError",
    "CheckoutExpiredError",
    "ClaimStoreError",
    "ConfigurationError",
    "ConflictError",
    "DeclinedError",
    "ErrorDetail",
    "InternalServerError",
    "InvalidInputError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ReportParseError",
    "ResponseParseError",
    "SezzleError",
    "StoreError",
    "TokenStoreError",
    "UnprocessableEntityError",
    "WebhookSignatureError",
    "parse_error_details",
    "status_error",
]


REQUEST_ID_HEADER = "Sezzle-Request-Id"


class SezzleError(Exception):
    """Base class of every error this package raises: ``except sezzle.SezzleError`` catches them all."""


def request_id_of(request: httpx.Request | None, response: httpx.Response | None = None) -> str | None:
    """The ``Sezzle-Request-Id`` a request carried, or the one its answer carried."""
    for headers in (request.headers if request is not None else None, response.headers if response else None):
        value = headers.get(REQUEST_ID_HEADER) if headers is not None else None
        if value:
            return str(value)
    return None


def _request_of(response: httpx.Response) -> httpx.Request | None:
    try:
        return response.request
    except RuntimeError:  # a response built without a request
        return None


class ConfigurationError(SezzleError):
    """The client cannot be set up as asked (for example, no API keys were found)."""


class InvalidInputError(SezzleError, ValueError):
    """Input that the API would reject, caught before anything was sent."""

    def __init__(self, field: str, problem: str) -> None:
        self.field = field
        self.problem = problem
        super().__init__(f"{field}: {problem}")


class APIConnectionError(SezzleError):
    """The request failed without an HTTP answer.

    ``request_sent`` tells whether the request may have reached the server: when it is True, a
    non-idempotent operation may have taken effect.
    """

    def __init__(self, message: str, *, request: httpx.Request | None = None, request_sent: bool = True) -> None:
        self.request = request
        self.request_sent = request_sent
        self.request_id = request_id_of(request)
        super().__init__(message)


class APITimeoutError(APIConnectionError):
    """The server did not answer in time."""


class CardTokenMaybeSpentError(APIConnectionError):
    """Card data could not be fetched and the single-use card token may already be spent.

    The request may have reached Sezzle, which deletes the token on first read, so it is not
    sent again: resending could lose the card data for good.
    """


@attrs.frozen
class ErrorDetail:
    """One error as the API reported it."""

    code: str | None = None
    message: str | None = None
    location: str | None = None
    debug_uuid: str | None = None


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def _detail(item: Mapping[str, Any], secrets: Iterable[str]) -> ErrorDetail:
    # v2: {code, message, location, debug_uuid}; v1: {status, id, message}; some pages say "uuid".
    def text(value: Any) -> str | None:
        shown = _text(value)
        return None if shown is None else mask_text(shown, secrets)

    return ErrorDetail(
        code=text(item.get("code", item.get("id"))),
        message=text(item.get("message")),
        location=text(item.get("location")),
        debug_uuid=text(item.get("debug_uuid", item.get("uuid"))),
    )


def parse_error_details(body: bytes, secrets: Iterable[str] = ()) -> list[ErrorDetail]:
    """Read whatever error body the server sent: a JSON array, one object, the v1 shape, or nothing.

    Every text is masked (see the module's docstring); ``secrets`` adds values to hide. A body that is not
    JSON, or nests too deeply to read, has no details.
    """
    secrets = tuple(secrets)
    if not body.strip():
        return []
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):
        return []
    if isinstance(data, Mapping):
        nested = data.get("errors")
        if isinstance(nested, Sequence) and not isinstance(nested, str | bytes):
            data = nested
        else:
            return [_detail(data, secrets)]
    if isinstance(data, Sequence) and not isinstance(data, str | bytes):
        return [_detail(item, secrets) for item in data if isinstance(item, Mapping)]
    return []


class APIStatusError(SezzleError):
    """The server answered with an error status; carries what it said and the raw response."""

    def __init__(self, response: httpx.Response, errors: list[ErrorDetail], secrets: Iterable[str] = ()) -> None:
        self.response = response
        self.status_code = response.status_code
        self.request_id = request_id_of(_request_of(response), response)
        self.errors = errors
        first = errors[0] if errors else ErrorDetail()
        self.code = first.code
        self.debug_uuid = next((error.debug_uuid for error in errors if error.debug_uuid), None)
        try:
            where = f"{response.request.method} {redact_path(response.request.url.path)}"
        except RuntimeError:  # a response built without a request
            where = "request"
        said = "; ".join(
            " ".join(
                part for part in (error.code, error.message, f"at {error.location}" if error.location else None) if part
            )
            for error in errors
        )
        text = f"{where} failed with HTTP {response.status_code}"
        if said:
            text += f": {said}"
        if self.debug_uuid:
            text += f" (debug_uuid {self.debug_uuid})"
        super().__init__(mask_text(text, (*secrets, *request_secrets(_request_of(response)))))

    @property
    def message(self) -> str | None:
        """The first error's message, if the body had one."""
        return self.errors[0].message if self.errors else None


class BadRequestError(APIStatusError):
    """HTTP 400."""


class AuthenticationError(APIStatusError):
    """HTTP 401: the keys or the bearer token were not accepted."""


class PermissionDeniedError(APIStatusError):
    """HTTP 403: the keys are valid but may not do this (for example, a report the account is not enrolled in)."""


class NotFoundError(APIStatusError):
    """HTTP 404."""


class ConflictError(APIStatusError):
    """HTTP 409 (for example, a v1 checkout completed too late)."""


class CheckoutExpiredError(ConflictError):
    """HTTP 409 ``checkout_expired``: the checkout was not completed within its time limit.

    A ``merchant_completes`` checkout must be completed within 30 minutes of the shopper's return
    (extendable to 7 days in the merchant dashboard); after that Sezzle cancels it, and the shopper
    has to check out again.
    """


class UnprocessableEntityError(APIStatusError):
    """HTTP 422: the request was well-formed but Sezzle refused it."""


class RateLimitError(APIStatusError):
    """HTTP 429."""


class InternalServerError(APIStatusError):
    """HTTP 500 or above."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}
_BY_STATUS_AND_CODE: dict[tuple[int, str | None], type[APIStatusError]] = {
    (409, "checkout_expired"): CheckoutExpiredError,
}


def _content(response: httpx.Response) -> bytes:
    try:
        return response.content
    except httpx.ResponseNotRead:
        pass
    try:
        return response.read()
    except (httpx.DecodingError, httpx.StreamError):
        return b""


def status_error(response: httpx.Response, secrets: Iterable[str] = ()) -> APIStatusError:
    """The typed error for an error response (any status outside 2xx), with every detail its body held.

    A body not read yet is read now; one that cannot be decoded has no details.
    """
    secrets = (*secrets, *request_secrets(_request_of(response)))
    errors = parse_error_details(_content(response), secrets)
    status = response.status_code
    code = errors[0].code if errors else None
    cls = _BY_STATUS_AND_CODE.get((status, code)) or (
        InternalServerError if status >= 500 else _BY_STATUS.get(status, APIStatusError)
    )
    return cls(response, errors, secrets)


class ResponseParseError(SezzleError):
    """A successful answer whose body could not be read into the expected model.

    The raw response is kept in ``response``: a payment Sezzle accepted is never lost.
    """

    def __init__(self, response: httpx.Response, problem: str, secrets: Iterable[str] = ()) -> None:
        self.response = response
        self.status_code = response.status_code
        self.request_id = request_id_of(_request_of(response), response)
        hidden = (*secrets, *request_secrets(_request_of(response)))
        super().__init__(mask_text(f"could not read the HTTP {response.status_code} answer: {problem}", hidden))


class ReportParseError(SezzleError, ValueError):
    """A CSV report that does not read as Sezzle documents it.

    ``row`` is the 1-based line of the CSV text where the offending record starts (the first header
    is row 1) and ``column`` the header name of the offending cell. Either is None when the problem
    has no such place: an empty report, or cells beyond the last header (the text then gives their
    position).
    """

    def __init__(self, problem: str, *, row: int | None = None, column: str | None = None) -> None:
        self.problem = problem
        self.row = row
        self.column = column
        where = [f"row {row}"] if row is not None else []
        if column is not None:
            where.append(f"column {column!r}")
        # A cell quoted in ``problem`` could hold a card number (an answer that is not the report at all).
        self.problem = mask_text(problem)
        super().__init__(f"{', '.join(where)}: {self.problem}" if where else self.problem)


class DeclinedError(SezzleError):
    """Sezzle answered 200 but did not approve the shopper (raised only when asked for)."""

    def __init__(self, message: str, result: Any = None) -> None:
        self.result = result
        super().__init__(message)


class WebhookSignatureError(SezzleError):
    """A webhook body did not carry a valid signature; the text never includes keys or digests."""


class StoreError(SezzleError):
    """A shared store failed; the message names the store and the failure, never a URL's password or a token."""


class ClaimStoreError(StoreError):
    """A webhook claim store failed: the event was not claimed, released or marked done as asked."""


class TokenStoreError(StoreError):
    """The shared token store failed: the token could not be read, written or locked."""
