"""Cell text to typed values: exact decimal amounts and aware datetimes.

Converters raise ``CellError`` naming the column; the table reader adds the row, which only it knows.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timezone
from decimal import Decimal, InvalidOperation

from dateutil import parser as dateutil_parser

from sezzle.reports.errors import ReportParseError

__all__ = ["CellError", "parse_amount", "parse_timestamp", "quote"]

# Go's default time format, which the settlement summary's payout_date uses: "2019-11-02 00:05:00 +0000 UTC".
_GO_TIME = re.compile(r"(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)?) ([+-]\d{4})(?: [A-Za-z]{1,6})?")
_DEFAULTS = (datetime(2000, 1, 1), datetime(2001, 2, 2))


class CellError(Exception):
    """A cell that does not hold what its column promises."""

    def __init__(self, column: str | None, problem: str) -> None:
        self.column = column
        self.problem = problem
        super().__init__(column, problem)

    def at(self, row: int) -> ReportParseError:
        """The public error, now that the row is known."""
        return ReportParseError(self.problem, row=row, column=self.column)


def quote(text: str) -> str:
    """A cell's text for an error message, cut short so a runaway cell cannot flood a log."""
    return repr(text if len(text) <= 40 else text[:37] + "...")


def parse_amount(text: str, column: str) -> Decimal:
    """An amount exactly as written (``.30``, ``-5.00``, ``703.20``); no float ever touches it."""
    try:
        value = Decimal(text)
    except InvalidOperation:
        value = Decimal("NaN")
    if value.is_finite():
        return value
    raise CellError(column, "is empty" if not text else f"{quote(text)} is not an amount")


def parse_timestamp(text: str, column: str) -> datetime:
    """A moment as an aware datetime with the offset it was written with; none written means UTC, Sezzle's zone.

    ISO 8601 (``2019-11-01T19:09:50Z``, every line item) takes the fast path; Go's format
    (``2019-11-02 00:05:00 +0000 UTC``) the standard library with a little help; anything else dateutil.
    """
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        moment = _parse_unusual(text, column)
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _parse_unusual(text: str, column: str) -> datetime:
    if not text:
        raise CellError(column, "is empty")
    try:
        go = _GO_TIME.fullmatch(text.strip())
        if go is not None:
            return datetime.fromisoformat(go[1] + go[2])
        # Parsed against two defaults: dateutil fills in a missing year, month or day silently.
        moment = dateutil_parser.parse(text, default=_DEFAULTS[0])
        complete = moment.date() == dateutil_parser.parse(text, default=_DEFAULTS[1]).date()
    except (ValueError, OverflowError):
        complete = False
    if not complete:
        raise CellError(column, f"{quote(text)} is not a date")
    offset = moment.utcoffset()
    # dateutil's zones (its local zone may stand for "UTC") become the fixed offset that was written.
    return moment if offset is None else moment.replace(tzinfo=timezone(offset))
