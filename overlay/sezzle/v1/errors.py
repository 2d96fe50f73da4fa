"""The one v1 rejection with a meaning of its own: completing a checkout too late (``CheckoutExpiredError``).

It is chosen with every other error class, by status and code, in ``sezzle.errors.status_error``; every
other v1 error (``{status, id, message}``) becomes the shared class for its status, with ``id`` as its ``code``.
"""

from sezzle.errors import CheckoutExpiredError

__all__ = ["CheckoutExpiredError"]
