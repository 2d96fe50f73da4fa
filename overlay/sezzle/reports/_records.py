"""Text lines to CSV records, each with the row it starts on.

A line with no quote character is split on commas, which is exactly what the csv module would make
of it and a few times faster. Lines with quotes go to the csv module, joined with the lines that
follow until their quotes balance, so a quoted cell may hold commas, quotes and line breaks.
Empty lines are skipped.
"""

from __future__ import annotations

import csv
from collections.abc import AsyncIterable, AsyncIterator, Callable, Iterable, Iterator
from typing import TypeVar

from sezzle.reports._cells import CellError
from sezzle.reports.errors import ReportParseError

__all__ = ["Record", "Records", "arecords", "records"]

T = TypeVar("T")

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


_ENDINGS = ("\n", "\r")


class Records:
    """The records of a CSV text in batches of lines: the first few one by one, then the rest read into models.

    ``next()`` gives the records a section opens with (the summary, a header); ``read`` then turns every
    remaining record into a model in one loop over the lines, splitting, reading and numbering rows
    exactly as ``records`` and ``sezzle.reports._table.rows`` do, one generator step per model.
    """

    def __init__(self, batches: Iterable[Iterable[str]]) -> None:
        self._batches = iter(batches)
        self._batch: Iterator[str] = iter(())
        self._row = 0
        self._quoted = _Quoted()

    def next(self) -> Record | None:
        """The next record, or None at the end of the text."""
        quoted = self._quoted
        while True:
            raw = next(self._batch, None)
            if raw is None:
                batch = next(self._batches, None)
                if batch is None:
                    quoted.finish()
                    return None
                self._batch = iter(batch)
                continue
            self._row += 1
            line = _content(raw)
            if quoted.lines or '"' in line:
                record = quoted.add(self._row, line)
                if record is not None:
                    return record
            elif line:
                return self._row, line.split(",")

    def read(self, read: Callable[[list[str]], T]) -> Iterator[T]:
        """Every remaining record read by ``read``, lazily; a bad cell stops iteration with an error naming its row."""
        quoted, row = self._quoted, self._row
        for batch in _chain_first(self._batch, self._batches):
            for line in batch:
                row += 1
                if line.endswith(_ENDINGS):
                    line = _content(line)
                if quoted.lines or '"' in line:
                    record = quoted.add(row, line)
                    if record is None:
                        continue
                    start, cells = record
                elif line:
                    start, cells = row, line.split(",")
                else:
                    continue
                try:
                    model = read(cells)
                except CellError as error:
                    raise error.at(start) from None
                yield model
        quoted.finish()


def _chain_first(first: Iterator[str], rest: Iterator[Iterable[str]]) -> Iterator[Iterable[str]]:
    yield first
    yield from rest


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
