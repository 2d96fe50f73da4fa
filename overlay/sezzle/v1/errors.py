"""The one v1 rejection with a meaning of its own: completing a checkout too late.

Every other v1 error (``{status, id, message}``) becomes the shared ``sezzle.errors`` class for its
status, with ``id`` as the error's ``code``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from sezzle.errors import ConflictError

__all__ = ["CHECKOUT_EXPIRED", "CheckoutExpiredError", "specific_errors"]

CHECKOUT_EXPIRED = "checkout_expired"


class CheckoutExpiredError(ConflictError):
    """HTTP 409 ``checkout_expired``: the checkout was not completed within its time limit.

    A ``merchant_completes`` checkout must be completed within 30 minutes of the shopper's return
    (extendable to 7 days in the merchant dashboard); after that Sezzle cancels it, and the shopper
    has to check out again.
    """


@contextlib.contextmanager
def specific_errors() -> Iterator[None]:
    """Raise ``CheckoutExpiredError`` in place of the ``ConflictError`` that carries its code."""
    try:
        yield
    except ConflictError as error:
        if error.code != CHECKOUT_EXPIRED or isinstance(error, CheckoutExpiredError):
            raise
        raise CheckoutExpiredError(error.response, error.errors) from error
