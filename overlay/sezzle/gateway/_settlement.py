"""Settlements built from what actually happened: captures, refunds and the fees on them.

Every capture and refund leaves ledger entries; :meth:`Ledger.settle` groups the pending entries of one
currency into a payout, which the reports endpoints then show as a summary and as a details CSV.
Amounts in a payout are signed the way they move the merchant's balance (captures and returned fees
positive, refunds and fees negative), so the line items always add up to ``net_settlement_amount``.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import attrs

from sezzle.gateway._wire import Money, csv_amount, csv_time, new_uuid, rfc3339
from sezzle.money import to_decimal

__all__ = ["TYPE_CODES", "Ledger", "LedgerEntry", "Payout"]

TYPE_CODES: dict[str, str] = {
    "ORDER": "001",
    "REFUND": "002",
    "FEE": "003",
    "RETURNED_FEE": "004",
    "CHARGEBACK": "005",
    "CHARGEBACK_REVERSAL": "006",
    "CORRECTION": "007",
    "INTEREST_TRANSFER": "008",
    "REFERRAL_REVENUE_TRANSFER": "009",
    "BANK_ACCOUNT_WITHDRAWAL": "010",
    "BANK_ACCOUNT_WITHDRAWAL_REVERSAL": "011",
    "MONTHLY_FEE": "013",
    "MONTHLY_FEE_REFUND": "014",
}

SUMMARY_COLUMNS = (
    "total_order_amount",
    "total_capture_amount",
    "total_refund_amount",
    "total_fee_amount",
    "total_returned_fee_amount",
    "total_chargeback_amount",
    "total_chargeback_reversal_amount",
    "total_interest_transfer_amount",
    "total_correction_amount",
    "total_referral_revenue_transfer_amount",
    "total_bank_account_withdrawals",
    "total_bank_account_withdrawal_reversals",
    "forex_fees",
    "net_settlement_amount",
    "payment_uuid",
    "settlement_currency",
    "payout_date",
    "payout_status",
    "final_payout_amount",
    "payout_currency",
)

LINE_COLUMNS = (
    "type",
    "order_capture_date",
    "order_created_at",
    "event_date",
    "order_uuid",
    "customer_order_id",
    "external_reference_id",
    "order_amount",
    "amount",
    "posting_currency",
    "type_code",
    "chargeback_code",
    "sezzle_order_id",
    "product_type",
    "mid",
    "card_network_auth_ref",
)

# Which summary total each line type adds to.
_TOTAL_OF_TYPE = {
    "ORDER": "total_capture_amount",
    "REFUND": "total_refund_amount",
    "FEE": "total_fee_amount",
    "RETURNED_FEE": "total_returned_fee_amount",
    "CHARGEBACK": "total_chargeback_amount",
    "CHARGEBACK_REVERSAL": "total_chargeback_reversal_amount",
    "INTEREST_TRANSFER": "total_interest_transfer_amount",
    "CORRECTION": "total_correction_amount",
    "REFERRAL_REVENUE_TRANSFER": "total_referral_revenue_transfer_amount",
    "BANK_ACCOUNT_WITHDRAWAL": "total_bank_account_withdrawals",
    "BANK_ACCOUNT_WITHDRAWAL_REVERSAL": "total_bank_account_withdrawal_reversals",
}


@attrs.frozen
class LedgerEntry:
    """One line of a settlement: a capture, refund or fee on one order, signed as it moves the balance."""

    type: str
    amount_cents: int
    currency: str
    event_date: datetime
    order_uuid: str
    order_amount: Money
    order_created_at: datetime
    order_capture_date: datetime | None
    reference_id: str | None
    sezzle_order_id: str | None
    metadata: dict[str, str] = attrs.field(factory=dict)

    @property
    def type_code(self) -> str:
        """Sezzle's three-digit code for the line type (``001`` for ORDER...)."""
        return TYPE_CODES[self.type]


@attrs.frozen
class Payout:
    """A settlement: the entries of one currency paid out together."""

    uuid: str
    currency: str
    payout_date: datetime
    entries: tuple[LedgerEntry, ...]
    status: str = "Complete"

    @property
    def net_cents(self) -> int:
        """The payout's net amount: the sum of its entries, in cents."""
        return sum(entry.amount_cents for entry in self.entries)

    def total(self, line_type: str) -> int:
        """The sum of the entries of one line type, in cents."""
        return sum(entry.amount_cents for entry in self.entries if entry.type == line_type)

    def summary_json(self) -> dict[str, Any]:
        """The payout as a settlement-summaries answer row."""
        return {
            "uuid": self.uuid,
            "payout_currency": self.currency,
            "payout_date": rfc3339(self.payout_date),
            "net_settlement_amount": float(to_decimal(self.net_cents, self.currency)),
            "forex_fees": 0,
            "status": self.status,
        }

    def details_csv(self, metadata_keys: Sequence[str] = ()) -> str:
        """Row 1 summary headers, row 2 summary values, row 3 line-item headers, then line items."""
        totals = dict.fromkeys(_TOTAL_OF_TYPE.values(), 0)
        for entry in self.entries:
            if entry.type in _TOTAL_OF_TYPE:
                totals[_TOTAL_OF_TYPE[entry.type]] += entry.amount_cents
        summary: dict[str, str] = {key: csv_amount(value, self.currency) for key, value in totals.items()}
        # Each order counts once, however many captures it had in this payout.
        ordered = {entry.order_uuid: entry.order_amount.cents for entry in self.entries if entry.type == "ORDER"}
        summary["total_order_amount"] = csv_amount(sum(ordered.values()), self.currency)
        summary.update(
            forex_fees=csv_amount(0, self.currency),
            net_settlement_amount=csv_amount(self.net_cents, self.currency),
            payment_uuid=self.uuid,
            settlement_currency=self.currency,
            payout_date=csv_time(self.payout_date),
            payout_status=self.status,
            final_payout_amount=csv_amount(self.net_cents, self.currency),
            payout_currency=self.currency,
        )
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(SUMMARY_COLUMNS)
        writer.writerow([summary[column] for column in SUMMARY_COLUMNS])
        writer.writerow([*LINE_COLUMNS, *metadata_keys])
        for entry in self.entries:
            writer.writerow(
                [
                    entry.type,
                    csv_time(entry.order_capture_date) if entry.order_capture_date else "",
                    csv_time(entry.order_created_at),
                    csv_time(entry.event_date),
                    entry.order_uuid,
                    "",
                    entry.reference_id or "",
                    csv_amount(entry.order_amount.cents, entry.currency),
                    csv_amount(entry.amount_cents, entry.currency),
                    entry.currency,
                    entry.type_code,
                    "",
                    entry.sezzle_order_id or "",
                    "standard_checkout",
                    "",
                    "",
                    *(entry.metadata.get(key, "") for key in metadata_keys),
                ]
            )
        return out.getvalue()


def percent_of(cents: int, rate: Decimal) -> int:
    """A fee's share of an amount, rounded half up to whole cents."""
    return int((Decimal(cents) * rate).quantize(Decimal(1), rounding=ROUND_HALF_UP))


class Ledger:
    """Entries waiting for a payout, and the payouts made so far. Used under the engine's lock."""

    def __init__(self, *, fee_rate: Decimal, fee_fixed_cents: int) -> None:
        self.fee_rate = fee_rate
        self.fee_fixed_cents = fee_fixed_cents
        self.pending: list[LedgerEntry] = []
        self.payouts: dict[str, Payout] = {}

    def record_capture(self, entry: LedgerEntry, *, first_capture: bool) -> None:
        """A capture pays the merchant; its fee is a share of the amount plus a fixed part once per order."""
        fee = percent_of(entry.amount_cents, self.fee_rate) + (self.fee_fixed_cents if first_capture else 0)
        self.pending.append(entry)
        if fee:
            self.pending.append(attrs.evolve(entry, type="FEE", amount_cents=-fee))

    def record_refund(self, entry: LedgerEntry) -> None:
        """A refund takes the amount back and returns the share-of-amount part of the fee."""
        self.pending.append(attrs.evolve(entry, type="REFUND", amount_cents=-entry.amount_cents))
        returned = percent_of(entry.amount_cents, self.fee_rate)
        if returned:
            self.pending.append(attrs.evolve(entry, type="RETURNED_FEE", amount_cents=returned))

    def settle(self, currency: str, now: datetime, day: date | None = None) -> Payout:
        """Pay out the pending entries of ``currency``: all of them now, or those of one UTC ``day``.

        A day's payout is dated five minutes past midnight after that day, as Sezzle's reports show them.
        """

        def belongs(entry: LedgerEntry) -> bool:
            return entry.currency == currency and (day is None or entry.event_date.astimezone(UTC).date() == day)

        chosen = [entry for entry in self.pending if belongs(entry)]
        self.pending = [entry for entry in self.pending if not belongs(entry)]
        payout_date = now if day is None else datetime.combine(day + timedelta(days=1), time(0, 5), tzinfo=UTC)
        payout = Payout(uuid=new_uuid(), currency=currency, payout_date=payout_date, entries=tuple(chosen))
        self.payouts[payout.uuid] = payout
        return payout

    def summaries(self, start: date, end: date, currency: str) -> list[Payout]:
        found = [
            payout
            for payout in self.payouts.values()
            if payout.currency == currency and start <= payout.payout_date.date() <= end
        ]
        return sorted(found, key=lambda payout: payout.payout_date)
