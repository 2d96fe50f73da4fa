"""The settlement-details example on the v1 reference page, read in every form a report can arrive in."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from decimal import Decimal

import pytest

from sezzle.reports import LineType, ReportSource, SettlementDetails, SettlementLineItem, parse_settlement_details

from .documents import V1_SETTLEMENT_DETAILS, chunks

EXPECTED_TYPES = [
    "ORDER",
    "ORDER",
    "ORDER",
    "ORDER",
    "FEE",
    "FEE",
    "FEE",
    "FEE",
    "REFUND",
    "RETURNED_FEE",
    "CORRECTION",
    "CORRECTION",
    "INTEREST_TRANSFER",
    "REFERRAL_REVENUE_TRANSFER",
    "BANK_ACCOUNT_WITHDRAWAL",
    "BANK_ACCOUNT_WITHDRAWAL_REVERSAL",
]
EXPECTED_AMOUNTS = [
    "500.00",
    "200.00",
    "1.40",
    "1.80",
    "-30.00",
    "-12.00",
    "-1.20",
    "-0.60",
    "5.00",
    ".30",
    "-1.29",
    "3.00",
    "-4.30",
    "10.00",
    "100.00",
    "-100.00",
]


def utc(year: int, month: int, day: int, hour: int, minute: int, second: int) -> datetime:
    return datetime(year, month, day, hour, minute, second, tzinfo=UTC)


@pytest.fixture(scope="module")
def report() -> tuple[SettlementDetails, list[SettlementLineItem]]:
    details = parse_settlement_details(V1_SETTLEMENT_DETAILS)
    return details, list(details.line_items)


def test_summary_reads_every_column(report: tuple[SettlementDetails, list[SettlementLineItem]]) -> None:
    summary = report[0].summary
    assert summary.total_order_amount == Decimal("703.20")
    assert summary.total_refund_amount == Decimal("-5.00")
    assert summary.total_fee_amount == Decimal("-43.80")
    assert summary.total_returned_fee_amount == Decimal(".30")
    assert summary.total_chargeback_amount == Decimal("0.00")
    assert summary.total_chargeback_reversal_amount == Decimal("0.00")
    assert summary.total_interest_transfer_amount == Decimal("-4.30")
    assert summary.total_correction_amount == Decimal("1.71")
    assert summary.total_referral_revenue_transfer_amount == Decimal("10.00")
    assert summary.total_bank_account_withdrawals == Decimal("100.00")
    assert summary.total_bank_account_withdrawal_reversals == Decimal("-100.00")
    assert summary.forex_fees == Decimal("0.00")
    assert summary.net_settlement_amount == Decimal("693.61")
    assert summary.payment_uuid == "a5c13qt1-4126-41d3-2fq8-9ca431f51431"
    assert summary.settlement_currency == "USD"
    assert summary.payout_date == utc(2019, 11, 2, 0, 5, 0)
    assert summary.payout_status == "Complete"
    assert summary.extra == {}


def test_v1_summary_lacks_the_v2_columns(report: tuple[SettlementDetails, list[SettlementLineItem]]) -> None:
    summary = report[0].summary
    assert (summary.total_capture_amount, summary.final_payout_amount, summary.payout_currency) == (None, None, None)


def test_amounts_are_exact_decimals(report: tuple[SettlementDetails, list[SettlementLineItem]]) -> None:
    items = report[1]
    assert [item.amount for item in items] == [Decimal(text) for text in EXPECTED_AMOUNTS]
    assert all(type(item.amount) is Decimal for item in items)
    assert str(items[9].amount) == "0.30"
    assert items[10].amount.as_tuple() == (1, (1, 2, 9), -2)


def test_all_sixteen_line_items_with_their_types(report: tuple[SettlementDetails, list[SettlementLineItem]]) -> None:
    items = report[1]
    assert [item.type for item in items] == EXPECTED_TYPES
    assert [item.line_type for item in items] == [LineType[name] for name in EXPECTED_TYPES]
    assert [item.type_code for item in items] == [LineType[name].value for name in EXPECTED_TYPES]
    assert report[0].line_item_columns[:4] == ("type", "order_capture_date", "order_created_at", "event_date")


def test_an_order_line(report: tuple[SettlementDetails, list[SettlementLineItem]]) -> None:
    assert report[1][2] == SettlementLineItem(
        type="ORDER",
        type_code="001",
        amount=Decimal("1.40"),
        order_capture_date=utc(2019, 11, 1, 20, 0, 1),
        order_created_at=utc(2019, 11, 1, 0, 0, 1),
        event_date=utc(2019, 11, 1, 0, 0, 1),
        order_uuid="as41g-4v4s9-3000e-nunh0",
        customer_order_id="1",
        external_reference_id="12347",
        posting_currency="USD",
        sezzle_order_id="a2c1a142-96ad-48c9-93d2-1acaaee9f073",
    )


def test_a_returned_fee_line(report: tuple[SettlementDetails, list[SettlementLineItem]]) -> None:
    item = report[1][9]
    assert (item.type_code, item.amount, item.customer_order_id) == ("004", Decimal("0.30"), "7")
    assert item.event_date == utc(2019, 11, 1, 19, 9, 50)
    assert item.sezzle_order_id == "e4194956-de70-4958-9da4-6c05f276fdab"


def test_rows_with_trailing_cells_omitted_read_them_as_empty(
    report: tuple[SettlementDetails, list[SettlementLineItem]],
) -> None:
    withdrawal = report[1][14]
    assert withdrawal == SettlementLineItem(
        type="BANK_ACCOUNT_WITHDRAWAL",
        type_code="010",
        amount=Decimal("100.00"),
        event_date=utc(2019, 11, 2, 0, 5, 0),
    )
    assert all(item.sezzle_order_id is None and item.chargeback_code is None for item in report[1][10:])


def test_v1_line_items_have_no_v2_columns(report: tuple[SettlementDetails, list[SettlementLineItem]]) -> None:
    for item in report[1]:
        assert (item.order_amount, item.product_type, item.mid, item.card_network_auth_ref) == (None, None, None, None)
        assert item.extra == {}


def _read(details: SettlementDetails) -> tuple[object, list[SettlementLineItem]]:
    return details.summary, list(details.line_items)


def test_every_form_of_the_report_reads_the_same() -> None:
    expected = _read(parse_settlement_details(V1_SETTLEMENT_DETAILS))
    data = V1_SETTLEMENT_DETAILS.encode()
    forms: dict[str, ReportSource] = {
        "bytes": data,
        "lines without endings": V1_SETTLEMENT_DETAILS.splitlines(),
        "lines with endings": V1_SETTLEMENT_DETAILS.splitlines(keepends=True),
        "text file": io.StringIO(V1_SETTLEMENT_DETAILS),
        "binary file": io.BytesIO(data),
        "CRLF text": V1_SETTLEMENT_DETAILS.replace("\n", "\r\n"),
        "BOM and CRLF bytes": b"\xef\xbb\xbf" + data.replace(b"\n", b"\r\n"),
        "no final newline": V1_SETTLEMENT_DETAILS.rstrip("\n"),
    }
    for name, form in forms.items():
        assert _read(parse_settlement_details(form)) == expected, name


@pytest.mark.parametrize("size", [1, 2, 3, 7, 64, 1000])
def test_byte_chunks_cut_anywhere_read_the_same(size: int) -> None:
    expected = _read(parse_settlement_details(V1_SETTLEMENT_DETAILS))
    data = ("\ufeff" + V1_SETTLEMENT_DETAILS).replace("\n", "\r\n").encode()
    assert _read(parse_settlement_details(iter(chunks(data, size)))) == expected
