"""Text lines to CSV records, each with the row it starts on.

A line with no quote character is split on commas, which is exactly what the csv module would make
of it and a few times faster. Lines with quotes go to the csv module, joined with the lines that
follow until their quotes balance, so a quoted cell may hold commas, quotes and line breaks.
Empty lines are skipped.
"""

from __future__ import annotations

import csv
from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator

from sezzle.reports.errors import ReportParseError

__all__ = ["Record", "arecords", "records"]

Record = tuple[int, list[str]]
"""The 1-based row a record starts on, and its cells."""


class _Quoted:
    """Gathers the lines of a record with quoted cells until its quotes balance, then reads it."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self._start = 0
        self._quotes = 0

    def add(self, row: int, line: str) -> Record | None:
        if not self.lines:
            self._start = row
        self.lines.append(line)
        self._quotes += line.count('"')
        if self._quotes % 2:
            return None
        text = "\n".join(self.lines)
        self.lines, self._quotes = [], 0
        try:
            return self._start, next(csv.reader((text,), strict=True))
        except csv.Error as error:
            raise ReportParseError(f"malformed quoted cell: {error}", row=self._start) from None

    def finish(self) -> None:
        if self.lines:
            raise ReportParseError("a quoted cell is never closed", row=self._start)


def _content(raw: str) -> str:
    """The line without its own ending (CRLF, LF or a last CR): a CR inside a quoted cell is kept."""
    if raw.endswith("\r\n"):
        return raw[:-2]
    return raw[:-1] if raw.endswith(("\n", "\r")) else raw


def records(lines: Iterable[str]) -> Iterator[Record]:
    """The records of a CSV text, read as the lines are pulled."""
    quoted = _Quoted()
    for row, raw in enumerate(lines, 1):
        line = _content(raw)
        if quoted.lines or '"' in line:
            record = quoted.add(row, line)
            if record is not None:
                yield record
        elif line:
            yield row, line.split(",")
    quoted.finish()


async def arecords(lines: AsyncIterable[str]) -> AsyncIterator[Record]:
    """The records of a CSV text, read as the lines arrive."""
    quoted = _Quoted()
    row = 0
    async for raw in lines:
        row += 1
        line = _content(raw)
        if quoted.lines or '"' in line:
            record = quoted.add(row, line)
            if record is not None:
                yield record
        elif line:
            yield row, line.split(",")
    quoted.finish()
