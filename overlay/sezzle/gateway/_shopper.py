"""The shopper's side of Sezzle, played from a test: checkouts, tokenization consent, virtual cards."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sezzle.errors import InvalidInputError
from sezzle.gateway import _cards, _orders, _sessions
from sezzle.gateway._engine import Engine
from sezzle.gateway._problem import Problem
from sezzle.gateway._snapshots import OrderSnapshot, order_snapshot

__all__ = ["Shopper"]


@contextmanager
def _as_input_error(field: str) -> Iterator[None]:
    try:
        yield
    except Problem as problem:
        raise InvalidInputError(field, f"{problem.message} ({problem.code})") from None


class Shopper:
    """What a shopper does in Sezzle's pages, without a browser. Refusals raise ``InvalidInputError``."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def complete_checkout(self, order_uuid: str, approve: bool = True) -> OrderSnapshot:
        """Finish the checkout of an order: approved, it is authorized (and captured for intent CAPTURE)."""
        with self._engine.lock, _as_input_error("order_uuid"):
            order = _orders.complete_checkout(self._engine, order_uuid, approve=approve)
            return order_snapshot(order, self._engine.now())

    def accept_tokenization(self, token: str) -> str:
        """Agree to the merchant's tokenization request; returns the new customer's uuid."""
        with self._engine.lock, _as_input_error("token"):
            return _sessions.accept_tokenization(self._engine, token).uuid

    def decline_tokenization(self, token: str) -> None:
        """The shopper refuses to be tokenized: the token session keeps no customer."""
        with self._engine.lock, _as_input_error("token"):
            _sessions.decline_tokenization(self._engine, token)

    def complete_card_session(self, session_uuid: str) -> str:
        """Accept a virtual card; returns the single-use token for ``GET /v2/session/card/token/{token}``."""
        with self._engine.lock, _as_input_error("session_uuid"):
            return _cards.complete_card_session(self._engine, session_uuid)

    def set_spending_limit(self, customer_uuid: str, amount_in_cents: int | None) -> None:
        """Cap what one customer is approved for; ``None`` returns them to the default limit."""
        if amount_in_cents is not None and (isinstance(amount_in_cents, bool) or amount_in_cents < 0):
            raise InvalidInputError("amount_in_cents", "must be a whole number of cents, 0 or more, or None")
        with self._engine.lock, _as_input_error("customer_uuid"):
            self._engine.customer(customer_uuid).spending_limit = amount_in_cents

    @property
    def default_spending_limit(self) -> int:
        """Cents any shopper without a limit of their own is approved for (set to 0 to decline everyone)."""
        return self._engine.default_spending_limit

    @default_spending_limit.setter
    def default_spending_limit(self, amount_in_cents: int) -> None:
        if isinstance(amount_in_cents, bool) or not isinstance(amount_in_cents, int) or amount_in_cents < 0:
            raise InvalidInputError("default_spending_limit", "must be a whole number of cents, 0 or more")
        with self._engine.lock:
            self._engine.default_spending_limit = amount_in_cents
