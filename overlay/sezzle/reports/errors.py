"""The one error a report that cannot be read raises."""

from __future__ import annotations

from sezzle._redact import mask_text
from sezzle.errors import SezzleError

__all__ = ["ReportParseError"]


class ReportParseError(SezzleError, ValueError):
    """A CSV report that does not read as Sezzle documents it.

    ``row`` is the 1-based line of the CSV text where the offending record starts (the first header
    is row 1) and ``column`` the header name of the offending cell. Either is None when the problem
    has no such place: an empty report, or cells beyond the last header (the text then gives their
    position).
    """

    def __init__(self, problem: str, *, row: int | None = None, column: str | None = None) -> None:
        self.problem = problem
        self.row = row
        self.column = column
        where = [f"row {row}"] if row is not None else []
        if column is not None:
            where.append(f"column {column!r}")
        # A cell quoted in ``problem`` could hold a card number (an answer that is not the report at all).
        self.problem = mask_text(problem)
        super().__init__(f"{', '.join(where)}: {self.problem}" if where else self.problem)
