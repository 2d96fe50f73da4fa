"""Interest account activity: the v1 page's example, unknown types, extra columns, empty reports."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from sezzle.reports import InterestActivityRow, InterestActivityType, ReportSource, parse_interest_activity

from .documents import V1_INTEREST_ACTIVITY


def test_the_documented_example() -> None:
    report = parse_interest_activity(V1_INTEREST_ACTIVITY)
    assert report.columns == (
        "type",
        "event_date",
        "interest_account_change_amount",
        "interest_account_balance_after_change",
    )
    rows = list(report.rows)
    assert [row.activity_type for row in rows] == [
        InterestActivityType.INTEREST_PAYOUT,
        InterestActivityType.INTEREST_WITHDRAWAL,
        InterestActivityType.INTEREST_ACCRUAL,
        InterestActivityType.INTEREST_ACCRUAL,
    ]
    assert rows[1] == InterestActivityRow(
        type="INTEREST_WITHDRAWAL",
        event_date=datetime(2019, 12, 21, 19, 20, tzinfo=UTC),
        interest_account_change_amount=Decimal("-26.1000"),
        interest_account_balance_after_change=Decimal("5075.3676"),
    )
    assert str(rows[1].interest_account_change_amount) == "-26.1000"
    assert [row.interest_account_balance_after_change for row in rows] == [
        Decimal("5101.4676"),
        Decimal("5075.3676"),
        Decimal("5182.3922"),
        Decimal("5183.4624"),
    ]


def test_unknown_types_and_columns_are_kept() -> None:
    text = (
        "type,event_date,interest_account_change_amount,interest_account_balance_after_change,note\n"
        "INTEREST_ADJUSTMENT,2019-12-23T00:00:00Z,0.0001,5183.4625,rounding\n"
    )
    (row,) = parse_interest_activity(text.encode()).rows
    assert row.type == "INTEREST_ADJUSTMENT"
    assert row.activity_type is None
    assert row.interest_account_change_amount == Decimal("0.0001")
    assert row.extra == {"note": "rounding"}


def test_an_empty_answer_is_a_period_without_activity() -> None:
    sources: list[ReportSource] = ["", b"", [], V1_INTEREST_ACTIVITY.splitlines()[0]]
    for source in sources:
        report = parse_interest_activity(source)
        assert list(report.rows) == []
