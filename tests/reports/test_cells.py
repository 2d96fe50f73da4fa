"""Cell conversions: the moment formats Sezzle uses and the odd ones, and exact amounts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal

import pytest

from sezzle.reports._cells import CellError, parse_amount, parse_timestamp


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2019-11-01T19:09:50Z", datetime(2019, 11, 1, 19, 9, 50, tzinfo=UTC)),
        ("2019-11-02 00:05:00 +0000 UTC", datetime(2019, 11, 2, 0, 5, tzinfo=UTC)),
        ("2019-11-02 00:05:00.123456789 +0000 UTC", datetime(2019, 11, 2, 0, 5, 0, 123456, tzinfo=UTC)),
        ("2019-11-01 19:05:00 -0500 EST", datetime(2019, 11, 1, 19, 5, tzinfo=timezone(timedelta(hours=-5)))),
        ("2019-11-02T00:05:00", datetime(2019, 11, 2, 0, 5, tzinfo=UTC)),
        ("2019-11-02", datetime(2019, 11, 2, tzinfo=UTC)),
        ("Nov 2, 2019 00:05 UTC", datetime(2019, 11, 2, 0, 5, tzinfo=UTC)),
        ("11/02/2019 00:05:00 +0100", datetime(2019, 11, 2, 0, 5, tzinfo=timezone(timedelta(hours=1)))),
    ],
)
def test_timestamps(text: str, expected: datetime) -> None:
    moment = parse_timestamp(text, "event_date")
    assert moment == expected
    assert moment.tzinfo == expected.tzinfo  # the offset as written, as a standard-library zone


@pytest.mark.parametrize("text", ["", "yesterday", "5", "Nov 2019", "2019-13-45", "2019-11-02 25:00:00 +0000 UTC"])
def test_what_is_not_a_timestamp(text: str) -> None:
    with pytest.raises(CellError) as caught:
        parse_timestamp(text, "event_date")
    assert caught.value.column == "event_date"


@pytest.mark.parametrize("text", [".30", "-5.00", "703.20", "0.0001", "-0.60", "12345678901234567890123456789.99"])
def test_amounts_are_exactly_as_written(text: str) -> None:
    amount = parse_amount(text, "amount")
    assert amount == Decimal(text)
    assert amount.as_tuple() == Decimal(text).as_tuple()


def test_long_cells_are_cut_short_in_messages() -> None:
    with pytest.raises(CellError) as caught:
        parse_amount("x" * 500, "amount")
    assert len(caught.value.problem) < 80
