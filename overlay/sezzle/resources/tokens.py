"""Tokenization requests: ``client.tokens.get_session(token)`` tells whether the shopper accepted.

An alternative to reading ``customer-uuid`` from the complete URL: ``customer`` appears once the
shopper agreed to be tokenized. The methods are generated (``sezzle_api.api.tokens``).
"""

from __future__ import annotations

from sezzle_api.api.tokens import AsyncTokensMethods, TokensMethods


class AsyncTokens(AsyncTokensMethods):
    """Tokenization requests (``client.tokens``): whether the shopper accepted, and their customer uuid."""


# --- sync twin: written by `make generate` (scripts/unasync.py) from the async code above; do not edit ---


class Tokens(TokensMethods):
    """Tokenization requests (``client.tokens``): whether the shopper accepted, and their customer uuid."""


# --- end of sync twin ---
