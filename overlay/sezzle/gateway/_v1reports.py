"""v1's CSV reports: the same payouts and interest account as v2, in v1's columns.

The settlement details lack v2's ``total_capture_amount``, ``final_payout_amount``, ``payout_currency``
and the line items' ``order_amount`` (and the later ``product_type``, ``mid``, ``card_network_auth_ref``);
v1's ``total_order_amount`` is the sum of the captures. Line-item and activity times are RFC 3339, as
the v1 page shows them, and a requested metadata key becomes a column only if some line item has it.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from decimal import Decimal

from sezzle.gateway._interest import InterestActivity
from sezzle.gateway._settlement import Payout
from sezzle.gateway._v1render import v1_time
from sezzle.gateway._wire import csv_amount, csv_time

__all__ = ["LINE_COLUMNS", "SUMMARY_COLUMNS", "interest_activity_csv", "settlement_details_csv"]

# Which line type each summary total adds up.
_TOTALS = {
    "total_order_amount": "ORDER",
    "total_refund_amount": "REFUND",
    "total_fee_amount": "FEE",
    "total_returned_fee_amount": "RETURNED_FEE",
    "total_chargeback_amount": "CHARGEBACK",
    "total_chargeback_reversal_amount": "CHARGEBACK_REVERSAL",
    "total_interest_transfer_amount": "INTEREST_TRANSFER",
    "total_correction_amount": "CORRECTION",
    "total_referral_revenue_transfer_amount": "REFERRAL_REVENUE_TRANSFER",
    "total_bank_account_withdrawals": "BANK_ACCOUNT_WITHDRAWAL",
    "total_bank_account_withdrawal_reversals": "BANK_ACCOUNT_WITHDRAWAL_REVERSAL",
}
SUMMARY_COLUMNS = (
    *_TOTALS,
    "forex_fees",
    "net_settlement_amount",
    "payment_uuid",
    "settlement_currency",
    "payout_date",
    "payout_status",
)
LINE_COLUMNS = (
    "type",
    "order_capture_date",
    "order_created_at",
    "event_date",
    "order_uuid",
    "customer_order_id",
    "external_reference_id",
    "amount",
    "posting_currency",
    "type_code",
    "chargeback_code",
    "sezzle_order_id",
)
_PLACES = Decimal("0.0001")


def settlement_details_csv(payout: Payout, metadata_keys: Sequence[str] = ()) -> str:
    """Row 1 summary headers, row 2 summary values, row 3 line-item headers, then line items."""
    currency = payout.currency
    summary = {column: csv_amount(payout.total(line_type), currency) for column, line_type in _TOTALS.items()}
    summary.update(
        forex_fees=csv_amount(0, currency),
        net_settlement_amount=csv_amount(payout.net_cents, currency),
        payment_uuid=payout.uuid,
        settlement_currency=currency,
        payout_date=csv_time(payout.payout_date),
        payout_status=payout.status,
    )
    keys = [key for key in dict.fromkeys(metadata_keys) if any(key in entry.metadata for entry in payout.entries)]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(SUMMARY_COLUMNS)
    writer.writerow([summary[column] for column in SUMMARY_COLUMNS])
    writer.writerow([*LINE_COLUMNS, *keys])
    for entry in payout.entries:
        writer.writerow(
            [
                entry.type,
                v1_time(entry.order_capture_date) if entry.order_capture_date else "",
                v1_time(entry.order_created_at),
                v1_time(entry.event_date),
                entry.order_uuid,
                "",
                entry.reference_id or "",
                csv_amount(entry.amount_cents, entry.currency),
                entry.currency,
                entry.type_code,
                "",
                entry.sezzle_order_id or "",
                *(entry.metadata.get(key, "") for key in keys),
            ]
        )
    return out.getvalue()


def _four_places(value: Decimal) -> str:
    return format(value.quantize(_PLACES), "f")


def interest_activity_csv(items: Sequence[InterestActivity]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["type", "event_date", "interest_account_change_amount", "interest_account_balance_after_change"])
    for item in items:
        writer.writerow(
            [item.type, v1_time(item.event_date), _four_places(item.change), _four_places(item.balance_after)]
        )
    return out.getvalue()
