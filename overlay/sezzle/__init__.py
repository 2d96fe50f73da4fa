"""Sezzle's merchant payments API for Python.

```python
from sezzle import Sezzle, price

client = Sezzle()  # keys from SEZZLE_PUBLIC_KEY / SEZZLE_PRIVATE_KEY, sandbox by default
session = client.sessions.create(
    cancel_url="https://shop.example/cart",
    complete_url="https://shop.example/complete",
    order={"intent": "AUTH", "reference_id": "ord_1", "description": "Order 1", "order_amount": price("49.99")},
)
```
"""

import logging

from sezzle._http import APIResponse
from sezzle._version import __version__
from sezzle.client import AsyncSezzle, Sezzle
from sezzle.errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    CardTokenMaybeSpentError,
    ConfigurationError,
    ConflictError,
    DeclinedError,
    ErrorDetail,
    InternalServerError,
    InvalidInputError,
    NotFoundError,
    RateLimitError,
    ResponseParseError,
    SezzleError,
    UnprocessableEntityError,
    WebhookSignatureError,
)
from sezzle.money import price, to_cents, to_decimal
from sezzle.retries import RetryConfig
from sezzle.v1.errors import CheckoutExpiredError

logging.getLogger("sezzle").addHandler(logging.NullHandler())

__all__ = [
    "APIConnectionError",
    "APIResponse",
    "APIStatusError",
    "APITimeoutError",
    "AsyncSezzle",
    "AuthenticationError",
    "BadRequestError",
    "CardTokenMaybeSpentError",
    "CheckoutExpiredError",
    "ConfigurationError",
    "ConflictError",
    "DeclinedError",
    "ErrorDetail",
    "InternalServerError",
    "InvalidInputError",
    "NotFoundError",
    "RateLimitError",
    "ResponseParseError",
    "RetryConfig",
    "Sezzle",
    "SezzleError",
    "UnprocessableEntityError",
    "WebhookSignatureError",
    "__version__",
    "price",
    "to_cents",
    "to_decimal",
]
