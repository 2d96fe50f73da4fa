"""v2 settlement details: the extra summary and line-item columns, metadata columns, any column order."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from decimal import Decimal

from sezzle.reports import LineType, SettlementLineItem, parse_settlement_details

from .documents import (
    V2_LINE_ITEM_HEADER,
    V2_LINE_ITEMS,
    V2_SETTLEMENT_DETAILS,
    V2_SUMMARY_HEADER,
    V2_SUMMARY_VALUES,
    chunks,
)


def test_v2_summary_columns_are_typed() -> None:
    summary = parse_settlement_details(V2_SETTLEMENT_DETAILS).summary
    assert summary.total_capture_amount == Decimal("690.00")
    assert summary.final_payout_amount == Decimal("950.80")
    assert summary.payout_currency == "CAD"
    assert summary.forex_fees == Decimal("-25.00")
    assert summary.net_settlement_amount == Decimal("668.61")
    assert summary.payout_date == datetime(2019, 11, 2, tzinfo=UTC)
    assert summary.payment_uuid == "b7d24rs2-4126-41d3-3gr9-0db542g62542"


def test_v2_line_item_columns_and_metadata_are_kept() -> None:
    report = parse_settlement_details(V2_SETTLEMENT_DETAILS)
    assert report.line_item_columns == tuple(V2_LINE_ITEM_HEADER.split(","))
    order, fee, chargeback, monthly = report.line_items
    assert order == SettlementLineItem(
        type="ORDER",
        type_code="001",
        amount=Decimal("500.00"),
        order_capture_date=datetime(2019, 11, 1, 19, 9, 50, tzinfo=UTC),
        order_created_at=datetime(2019, 11, 1, 19, 5, 10, tzinfo=UTC),
        event_date=datetime(2019, 11, 1, 19, 9, 50, tzinfo=UTC),
        order_uuid="bm99f-31vu1-kg00e-rae1g",
        customer_order_id="1",
        external_reference_id="12345",
        order_amount=Decimal("500.00"),
        posting_currency="USD",
        sezzle_order_id="66d78e86-fd96-4266-9217-b769c102a0a0",
        product_type="standard_checkout",
        mid="MID-1",
        card_network_auth_ref="AUTH-77",
        extra={"location_id": "store-9", "cashier": "ana"},
    )
    assert fee.extra == {"location_id": "store-9", "cashier": ""}
    assert (fee.amount, fee.card_network_auth_ref) == (Decimal("-30.00"), None)
    assert (chargeback.line_type, chargeback.chargeback_code, chargeback.product_type) == (
        LineType.CHARGEBACK,
        "4837",
        "virtual_card",
    )
    assert chargeback.extra == {"location_id": "", "cashier": ""}
    assert (monthly.line_type, monthly.amount, monthly.order_amount) == (LineType.MONTHLY_FEE, Decimal("-25.00"), None)
    assert monthly.extra == {"location_id": "", "cashier": ""}


def _reorder(line: str, order: list[int]) -> str:
    cells = line.split(",")
    return ",".join(cells[index] for index in order)


def test_columns_are_found_by_header_not_position() -> None:
    summary_order = list(reversed(range(len(V2_SUMMARY_HEADER.split(",")))))
    item_order = list(reversed(range(len(V2_LINE_ITEM_HEADER.split(",")))))
    shuffled = "\n".join(
        [
            _reorder(V2_SUMMARY_HEADER, summary_order),
            _reorder(V2_SUMMARY_VALUES, summary_order),
            _reorder(V2_LINE_ITEM_HEADER, item_order),
            *(
                _reorder(line + "," * (V2_LINE_ITEM_HEADER.count(",") - line.count(",")), item_order)
                for line in V2_LINE_ITEMS
            ),
        ]
    )
    expected = parse_settlement_details(V2_SETTLEMENT_DETAILS)
    found = parse_settlement_details(shuffled)
    assert found.summary == expected.summary
    assert list(found.line_items) == list(expected.line_items)


def test_unknown_summary_columns_are_kept_and_the_interest_total_may_be_absent() -> None:
    header = V2_SUMMARY_HEADER.replace("total_interest_transfer_amount,", "") + ",payout_reference"
    values = V2_SUMMARY_VALUES.replace("-4.30,", "", 1) + ",PR-1"
    text = "\n".join([header, values, V2_LINE_ITEM_HEADER, *V2_LINE_ITEMS])
    summary = parse_settlement_details(text).summary
    assert summary.total_interest_transfer_amount is None
    assert summary.total_correction_amount == Decimal("1.71")
    assert summary.extra == {"payout_reference": "PR-1"}


def test_a_payout_without_line_items() -> None:
    for text in (
        f"{V2_SUMMARY_HEADER}\n{V2_SUMMARY_VALUES}\n",
        f"{V2_SUMMARY_HEADER}\n{V2_SUMMARY_VALUES}\n{V2_LINE_ITEM_HEADER}\n",
    ):
        report = parse_settlement_details(text)
        assert report.summary.payout_currency == "CAD"
        assert list(report.line_items) == []


def test_blank_lines_between_sections_are_skipped() -> None:
    text = V2_SETTLEMENT_DETAILS.replace(V2_LINE_ITEM_HEADER, "\n" + V2_LINE_ITEM_HEADER + "\n")
    assert len(list(parse_settlement_details(text).line_items)) == len(V2_LINE_ITEMS)


def test_quoted_metadata_may_hold_commas_quotes_line_breaks_and_any_script() -> None:
    value = 'Caf\u00e9 "Nord", aisle 3\nback door \u2028 \u6771\u4eac'
    quoted = '"' + value.replace('"', '""') + '"'
    text = V2_SETTLEMENT_DETAILS.replace(",store-9,ana", f",{quoted},ana")
    data = text.replace("\n", "\r\n").encode()
    # Lines must be cut at line breaks only: str.splitlines() would also cut at U+2028.
    for source in (text, data, iter(chunks(data, 5)), io.StringIO(text), io.BytesIO(data)):
        items = list(parse_settlement_details(source).line_items)
        assert [item.extra["location_id"] for item in items] == [value, "store-9", "", ""]
        assert items[1].amount == Decimal("-30.00")
