"""Report texts for the tests: the examples on the vendored v1 reference page, and a v2 report with the
extra columns Sezzle's v2 docs list (summary and line items) and two requested metadata columns."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
V1_PAGE = (ROOT / "openapi" / "v1" / "api-v1-reference.txt").read_text(encoding="utf-8")


def _between(start: str, end: str) -> str:
    """The text between two headings of the v1 page, one CSV example with its line breaks."""
    body = V1_PAGE.split(start, 1)[1].split(end, 1)[0]
    return body.strip() + "\n"


V1_SETTLEMENT_DETAILS = _between("Settlement Details Response", "Settlement Details Request")
V1_INTEREST_ACTIVITY = _between("Interest Account Activity Response Body", "Interest Account Activity Request")

V2_SUMMARY_HEADER = (
    "total_order_amount,total_capture_amount,total_refund_amount,total_fee_amount,total_returned_fee_amount,"
    "total_chargeback_amount,total_chargeback_reversal_amount,total_interest_transfer_amount,total_correction_amount,"
    "total_referral_revenue_transfer_amount,total_bank_account_withdrawals,total_bank_account_withdrawal_reversals,"
    "forex_fees,net_settlement_amount,payment_uuid,settlement_currency,payout_date,payout_status,"
    "final_payout_amount,payout_currency"
)
V2_SUMMARY_VALUES = (
    "703.20,690.00,-5.00,-43.80,.30,0.00,0.00,-4.30,1.71,10.00,100.00,-100.00,-25.00,668.61,"
    "b7d24rs2-4126-41d3-3gr9-0db542g62542,USD,2019-11-02 00:00:00 +0000 UTC,Complete,950.80,CAD"
)
V2_LINE_ITEM_HEADER = (
    "type,order_capture_date,order_created_at,event_date,order_uuid,customer_order_id,external_reference_id,"
    "order_amount,amount,posting_currency,type_code,chargeback_code,sezzle_order_id,product_type,mid,"
    "card_network_auth_ref,location_id,cashier"
)
V2_LINE_ITEMS = (
    "ORDER,2019-11-01T19:09:50Z,2019-11-01T19:05:10Z,2019-11-01T19:09:50Z,bm99f-31vu1-kg00e-rae1g,1,12345,"
    "500.00,500.00,USD,001,,66d78e86-fd96-4266-9217-b769c102a0a0,standard_checkout,MID-1,AUTH-77,store-9,ana",
    "FEE,2019-11-01T19:09:50Z,2019-11-01T19:05:10Z,2019-11-01T19:09:50Z,bm99f-31vu1-kg00e-rae1g,1,12345,"
    "500.00,-30.00,USD,003,,66d78e86-fd96-4266-9217-b769c102a0a0,standard_checkout,MID-1,,store-9,",
    "CHARGEBACK,2019-11-01T19:09:50Z,2019-11-01T19:05:10Z,2019-11-03T08:00:00Z,bm99f-31vu1-kg00e-rae1g,1,12345,"
    "500.00,-500.00,USD,005,4837,66d78e86-fd96-4266-9217-b769c102a0a0,virtual_card,MID-1,AUTH-77,,",
    "MONTHLY_FEE,,,2019-11-01T00:00:00Z,,,,,-25.00,USD,013,,,,,,,",
)
V2_SETTLEMENT_DETAILS = "\n".join((V2_SUMMARY_HEADER, V2_SUMMARY_VALUES, V2_LINE_ITEM_HEADER, *V2_LINE_ITEMS)) + "\n"


def chunks(data: bytes, size: int) -> list[bytes]:
    """``data`` cut every ``size`` bytes, as a network read may cut it."""
    return [data[start : start + size] for start in range(0, len(data), size)]
