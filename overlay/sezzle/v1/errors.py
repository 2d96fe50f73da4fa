"""``CheckoutExpiredError``, v1's one rejection with a meaning of its own (``sezzle.errors`` chooses it)."""

from sezzle.errors import CheckoutExpiredError

__all__ = ["CheckoutExpiredError"]
