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

import importlib
from typing import TYPE_CHECKING, Any

from sezzle._core.logs import setup_logging
from sezzle._version import __version__
from sezzle.errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    CardTokenMaybeSpentError,
    CheckoutExpiredError,
    ClaimStoreError,
    ConfigurationError,
    ConflictError,
    DeclinedError,
    ErrorDetail,
    InternalServerError,
    InvalidInputError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ReportParseError,
    ResponseParseError,
    SezzleError,
    StoreError,
    TokenStoreError,
    UnprocessableEntityError,
    WebhookSignatureError,
)

if TYPE_CHECKING:
    from sezzle._core.sender import APIResponse
    from sezzle.client import AsyncSezzle, Sezzle
    from sezzle.money import price, to_cents, to_decimal
    from sezzle.resources.sessions import CheckoutSession
    from sezzle.retries import RetryConfig

# Loaded on first use, so ``import sezzle`` (or ``sezzle.webhooks`` alone, in a webhook endpoint) does
# not pay for the client and every generated model.
_LAZY = {
    "APIResponse": "sezzle._core.sender",
    "AsyncSezzle": "sezzle.client",
    "Sezzle": "sezzle.client",
    "price": "sezzle.money",
    "to_cents": "sezzle.money",
    "to_decimal": "sezzle.money",
    "CheckoutSession": "sezzle.resources.sessions",
    "RetryConfig": "sezzle.retries",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'sezzle' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


setup_logging()  # SEZZLE_LOG=debug|info writes the ``sezzle`` logger to stderr

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
    "CheckoutSession",
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
    "RetryConfig",
    "Sezzle",
    "SezzleError",
    "StoreError",
    "TokenStoreError",
    "UnprocessableEntityError",
    "WebhookSignatureError",
    "__version__",
    "price",
    "to_cents",
    "to_decimal",
]
