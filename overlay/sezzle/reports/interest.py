"""An interest account's activity report, as typed rows read while iterating.

Sezzle's ``GET /v2/interest/activity`` (and its v1 twin) answers with one CSV table:
``type,event_date,interest_account_change_amount,interest_account_balance_after_change``. Amounts carry
four decimals, since the account tracks fractions of cents; they are kept exactly, as ``Decimal``.
"""

from __future__ import annotations

import enum
from collections.abc import AsyncIterator, Callable, Iterator
from datetime import datetime
from decimal import Decimal

import attrs

from sezzle.reports._cells import parse_amount, parse_timestamp
from sezzle.reports._columns import Columns
from sezzle.reports._lines import AsyncReportSource, ReportSource, alines, lines
from sezzle.reports._records import Record, arecords, records
from sezzle.reports._table import arows, rows

__all__ = [
    "AsyncInterestActivity",
    "InterestActivity",
    "InterestActivityRow",
    "InterestActivityType",
    "aparse_interest_activity",
    "parse_interest_activity",
]


class InterestActivityType(enum.StrEnum):
    """The kinds of interest account activity Sezzle documents."""

    INTEREST_ACCRUAL = "INTEREST_ACCRUAL"
    INTEREST_PAYOUT = "INTEREST_PAYOUT"
    INTEREST_WITHDRAWAL = "INTEREST_WITHDRAWAL"


@attrs.define
class InterestActivityRow:
    """One change to the interest account balance."""

    type: str
    event_date: datetime
    interest_account_change_amount: Decimal
    interest_account_balance_after_change: Decimal
    extra: dict[str, str] = attrs.field(factory=dict)
    """Columns this model does not know, by header name, as written."""

    @property
    def activity_type(self) -> InterestActivityType | None:
        """The type as an ``InterestActivityType``, or None for one this library does not know yet."""
        found = InterestActivityType._value2member_map_.get(self.type.strip().upper())
        return found if isinstance(found, InterestActivityType) else None


@attrs.frozen
class InterestActivity:
    """An interest activity report being read; ``rows`` is read once, like a file."""

    columns: tuple[str, ...]
    """The header as written; empty for an empty report."""
    rows: Iterator[InterestActivityRow]


@attrs.frozen
class AsyncInterestActivity:
    """An interest activity report being read as it arrives: ``async for row in report.rows``."""

    columns: tuple[str, ...]
    rows: AsyncIterator[InterestActivityRow]


_COLUMNS = ("type", "event_date", "interest_account_change_amount", "interest_account_balance_after_change")


def _columns(header: Record | None) -> Columns:
    # An empty answer is a period without activity, not a broken report.
    if header is None:
        return Columns.read((), row=0, known=_COLUMNS, required=())
    return Columns.read(header[1], row=header[0], known=_COLUMNS, required=_COLUMNS)


def _reader(columns: Columns) -> Callable[[list[str]], InterestActivityRow]:
    pick, unknown, unknown_cells = columns.pick, columns.unknown, columns.unknown_cells

    def read(cells: list[str]) -> InterestActivityRow:
        type_, event_date, change, balance = pick(cells)
        return InterestActivityRow(
            type_,
            parse_timestamp(event_date, "event_date"),
            parse_amount(change, "interest_account_change_amount"),
            parse_amount(balance, "interest_account_balance_after_change"),
            unknown_cells(cells) if unknown else {},
        )

    return read


def parse_interest_activity(source: ReportSource) -> InterestActivity:
    """Read the header of an interest activity report now, and ready its rows for iteration.

    ``source`` is the whole report (``str`` or UTF-8 ``bytes``), its text lines or its byte chunks.
    """
    found = records(lines(source))
    columns = _columns(next(found, None))
    return InterestActivity(columns.names, rows(found, _reader(columns)))


async def aparse_interest_activity(source: AsyncReportSource) -> AsyncInterestActivity:
    """``parse_interest_activity`` for a report that arrives asynchronously."""
    found = arecords(alines(source))
    columns = _columns(await anext(found, None))
    return AsyncInterestActivity(columns.names, arows(found, _reader(columns)))
