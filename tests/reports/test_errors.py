"""Malformed reports raise ReportParseError naming the row and the column."""

from __future__ import annotations

import itertools
from decimal import Decimal

import pytest

from sezzle.errors import SezzleError
from sezzle.reports import ReportParseError, parse_interest_activity, parse_settlement_details

from .documents import V1_INTEREST_ACTIVITY, V1_SETTLEMENT_DETAILS, V2_SETTLEMENT_DETAILS, chunks

V1_LINES = V1_SETTLEMENT_DETAILS.splitlines()


def edit(number: int, old: str, new: str, text: str = V1_SETTLEMENT_DETAILS) -> str:
    """``text`` with ``old`` replaced by ``new`` on its 1-based line ``number``."""
    lines = text.splitlines()
    assert old in lines[number - 1]
    lines[number - 1] = lines[number - 1].replace(old, new, 1)
    return "\n".join(lines) + "\n"


def items_error(text: str) -> ReportParseError:
    report = parse_settlement_details(text)
    with pytest.raises(ReportParseError) as caught:
        list(report.line_items)
    return caught.value


def test_the_error_is_part_of_the_hierarchy() -> None:
    assert issubclass(ReportParseError, SezzleError)
    assert issubclass(ReportParseError, ValueError)


def test_a_row_with_more_cells_than_headers() -> None:
    error = items_error(
        edit(6, "a2c1a142-96ad-48c9-93d2-1acaaee9f073", "a2c1a142-96ad-48c9-93d2-1acaaee9f073,surplus,more")
    )
    assert error.row == 6
    assert error.column is None
    assert "14 cells but the header names 12 columns (cells 13 to 14 beyond it)" in str(error)
    assert str(error).startswith("row 6: ")


def test_an_amount_that_is_not_a_number() -> None:
    error = items_error(edit(7, ",1.80,", ",1.8O,"))
    assert (error.row, error.column) == (7, "amount")
    assert str(error) == "row 7, column 'amount': '1.8O' is not an amount"


@pytest.mark.parametrize("text", ["NaN", "Infinity", "-inf", "1.5.0", ""])
def test_amounts_must_be_finite_numbers(text: str) -> None:
    error = items_error(edit(4, ",500.00,", f",{text},"))
    assert (error.row, error.column) == (4, "amount")


def test_an_unreadable_date() -> None:
    error = items_error(edit(16, "2019-11-01T18:00:01Z", "yesterday"))
    assert (error.row, error.column) == (16, "event_date")
    assert "'yesterday' is not a date" in str(error)


def test_rows_before_a_bad_one_are_delivered() -> None:
    report = parse_settlement_details(edit(10, "-1.20", "x"))
    delivered = list(itertools.islice(report.line_items, 6))
    assert delivered[-1].amount == Decimal("-12.00")
    with pytest.raises(ReportParseError) as caught:
        next(report.line_items)
    assert caught.value.row == 10


def test_a_bad_v2_order_amount_names_its_column() -> None:
    error = items_error(edit(4, ",500.00,500.00,", ",five,500.00,", V2_SETTLEMENT_DETAILS))
    assert (error.row, error.column) == (4, "order_amount")


def test_an_empty_report() -> None:
    for text in ("", "\n\n", b""):
        with pytest.raises(ReportParseError, match="the report is empty"):
            parse_settlement_details(text)


def test_a_summary_without_values() -> None:
    with pytest.raises(ReportParseError, match="no row of values") as caught:
        parse_settlement_details(V1_LINES[0])
    assert caught.value.row == 1


def test_a_missing_summary_section() -> None:
    with pytest.raises(ReportParseError) as caught:
        parse_settlement_details("\n".join(V1_LINES[2:]))
    assert caught.value.row == 1
    assert "the header has no 'total_order_amount' column" in str(caught.value)


def test_a_summary_value_that_is_not_an_amount() -> None:
    with pytest.raises(ReportParseError) as caught:
        parse_settlement_details(edit(2, "693.61", "lots"))
    assert (caught.value.row, caught.value.column) == (2, "net_settlement_amount")


def test_a_summary_with_more_values_than_headers() -> None:
    with pytest.raises(ReportParseError, match="18 cells but the header names 17 columns") as caught:
        parse_settlement_details(edit(2, "Complete", "Complete,extra"))
    assert caught.value.row == 2


def test_an_empty_required_summary_cell() -> None:
    with pytest.raises(ReportParseError) as caught:
        parse_settlement_details(edit(2, ",USD,", ",,"))
    assert (caught.value.row, caught.value.column) == (2, "settlement_currency")
    assert str(caught.value) == "row 2, column 'settlement_currency': is empty"


def test_a_bad_payout_date() -> None:
    with pytest.raises(ReportParseError) as caught:
        parse_settlement_details(edit(2, "2019-11-02 00:05:00 +0000 UTC", "2019-13-45"))
    assert (caught.value.row, caught.value.column) == (2, "payout_date")


def test_a_line_item_header_missing_a_required_column() -> None:
    with pytest.raises(ReportParseError, match="the header has no 'amount' column") as caught:
        parse_settlement_details(edit(3, ",amount,", ",amt,"))
    assert caught.value.row == 3


def test_line_items_without_their_header() -> None:
    with pytest.raises(ReportParseError, match="the header has no 'type' column") as caught:
        parse_settlement_details("\n".join(V1_LINES[:2] + V1_LINES[3:]))
    assert caught.value.row == 3


def test_a_quoted_cell_never_closed() -> None:
    error = items_error(edit(6, ",1,12347,", ',"1,12347,'))
    assert error.row == 6
    assert "never closed" in str(error)


def test_a_malformed_quoted_cell() -> None:
    error = items_error(edit(6, ",1,12347,", ',"1"x,12347,'))
    assert error.row == 6
    assert "malformed quoted cell" in str(error)


def test_bytes_that_are_not_utf8() -> None:
    data = V1_SETTLEMENT_DETAILS.encode()
    broken = data.replace(b"bm99f", b"bm\xff9f", 1)
    with pytest.raises(ReportParseError, match=r"not UTF-8 text: invalid start byte at byte \d+") as caught:
        list(parse_settlement_details(chunks(broken, 100)).line_items)
    position = broken.index(b"\xff")
    assert f"at byte {position}" in str(caught.value)


def test_interest_activity_errors_name_row_and_column() -> None:
    lines = V1_INTEREST_ACTIVITY.splitlines()
    lines[3] = lines[3].replace("5182.3922", "5,182.3922")
    report = parse_interest_activity("\n".join(lines))
    with pytest.raises(ReportParseError) as caught:
        list(report.rows)
    assert (caught.value.row, caught.value.column) == (4, None)
    with pytest.raises(ReportParseError, match="the header has no 'event_date' column"):
        parse_interest_activity("type,date\nINTEREST_PAYOUT,2019-12-21T19:10:00Z\n")
    report = parse_interest_activity(V1_INTEREST_ACTIVITY.replace("-26.1000", "abc"))
    with pytest.raises(ReportParseError) as caught:
        list(report.rows)
    assert (caught.value.row, caught.value.column) == (3, "interest_account_change_amount")
