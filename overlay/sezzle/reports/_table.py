"""The data rows of a report section, read into models one at a time as they are pulled."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from typing import TypeVar

from sezzle.reports._cells import CellError
from sezzle.reports._records import Record

__all__ = ["Reader", "arows", "rows"]

T = TypeVar("T")

Reader = Callable[[list[str]], T]
"""Turns one record's cells into a model, raising ``CellError`` for a bad cell."""


def rows(records: Iterator[Record], read: Reader[T]) -> Iterator[T]:
    """Models from records, lazily; a bad cell stops iteration with an error naming its row."""
    for row, cells in records:
        try:
            model = read(cells)
        except CellError as error:
            raise error.at(row) from None
        yield model


async def arows(records: AsyncIterator[Record], read: Reader[T]) -> AsyncIterator[T]:
    """Models from records as they arrive; a bad cell stops iteration with an error naming its row."""
    async for row, cells in records:
        try:
            model = read(cells)
        except CellError as error:
            raise error.at(row) from None
        yield model
