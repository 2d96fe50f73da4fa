"""Virtual-card sessions: the shopper pays with a one-time card; read it once with ``get_card_data``.

The methods are generated (``sezzle_api.api.virtual``). Fetching card data is never resent once it may
have reached Sezzle, which deletes the token on first read (``CardTokenMaybeSpentError`` says so).
"""

from __future__ import annotations

from sezzle_api.api.virtual import AsyncCardSessionsMethods, CardSessionsMethods


class AsyncCardSessions(AsyncCardSessionsMethods):
    """Virtual-card sessions (``client.card_sessions``): the shopper gets a one-time card to pay with at checkout.

    ```python
    card_session = client.card_sessions.create(
        origin="https://shop.example", mode="iframe", merchant_reference_id="cart-1",
        amount_in_cents=4999, currency="USD",
    )
    card = client.card_sessions.get_card_data(token)  # once: the token is spent on first read
    ```
    """


# --- sync twin: written by `make generate` (scripts/unasync.py) from the async code above; do not edit ---


class CardSessions(CardSessionsMethods):
    """Virtual-card sessions (``client.card_sessions``): the shopper gets a one-time card to pay with at checkout.

    ```python
    card_session = client.card_sessions.create(
        origin="https://shop.example", mode="iframe", merchant_reference_id="cart-1",
        amount_in_cents=4999, currency="USD",
    )
    card = client.card_sessions.get_card_data(token)  # once: the token is spent on first read
    ```
    """


# --- end of sync twin ---
