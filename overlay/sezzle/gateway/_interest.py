"""The merchant interest account behind ``/v2/interest/balance`` and ``/v2/interest/activity``."""

from __future__ import annotations

import csv
import io
import threading
from collections.abc import Callable, Sequence
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

import attrs

from sezzle.errors import InvalidInputError
from sezzle.gateway._wire import csv_time

__all__ = ["INTEREST_ACTIVITY_TYPES", "InterestAccount", "InterestActivity"]

INTEREST_ACTIVITY_TYPES = ("INTEREST_ACCRUAL", "INTEREST_PAYOUT", "INTEREST_WITHDRAWAL")
_PLACES = Decimal("0.0001")


@attrs.frozen
class InterestActivity:
    """One interest account change: its type (for example ``INTEREST_ACCRUAL``), date and amount."""

    type: str
    event_date: datetime
    currency: str
    change: Decimal
    balance_after: Decimal


def _amount_text(value: Decimal) -> str:
    return format(value.quantize(_PLACES), "f")


class InterestAccount:
    """Balances per currency, tracked to a hundredth of a cent as Sezzle does."""

    def __init__(self, now: Callable[[], datetime]) -> None:
        self._now = now
        self._lock = threading.Lock()
        self._activity: list[InterestActivity] = []

    def record(self, kind: str, change: Decimal | str | int, *, currency: str = "USD") -> InterestActivity:
        """Add an activity: a positive ``change`` for accruals, negative for payouts and withdrawals."""
        if kind not in INTEREST_ACTIVITY_TYPES:
            raise InvalidInputError("kind", f"must be one of {', '.join(INTEREST_ACTIVITY_TYPES)}")
        try:
            amount = Decimal(change).quantize(_PLACES)
        except (InvalidOperation, ValueError):
            raise InvalidInputError("change", "must be a decimal amount") from None
        with self._lock:
            activity = InterestActivity(kind, self._now(), currency, amount, self._balance(currency) + amount)
            self._activity.append(activity)
        return activity

    def balance(self, currency: str = "USD") -> Decimal:
        """The interest balance in ``currency``, with fractions of a cent."""
        with self._lock:
            return self._balance(currency)

    def _balance(self, currency: str) -> Decimal:
        return sum((item.change for item in self._activity if item.currency == currency), Decimal("0.0000"))

    def activity(self, start: date, end: date, currency: str) -> list[InterestActivity]:
        """The interest account's activity between two dates (inclusive), in one currency."""
        with self._lock:
            return [
                item for item in self._activity if item.currency == currency and start <= item.event_date.date() <= end
            ]

    @staticmethod
    def activity_csv(items: Sequence[InterestActivity]) -> str:
        """The activity as the CSV report Sezzle serves."""
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(
            ["type", "event_date", "interest_account_change_amount", "interest_account_balance_after_change"]
        )
        for item in items:
            writer.writerow(
                [item.type, csv_time(item.event_date), _amount_text(item.change), _amount_text(item.balance_after)]
            )
        return out.getvalue()
