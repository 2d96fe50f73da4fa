"""Every way a report arrives, as text lines: a whole str or bytes, lines, or byte chunks cut anywhere.

Text items are taken as lines (what ``httpx.Response.iter_lines()`` or a text file yields), byte items
as a stream cut at arbitrary points (what ``iter_bytes()`` yields), decoded as UTF-8. Lines are split
on ``\\n``; a trailing ``\\r`` is left for the record reader to drop.
"""

from __future__ import annotations

import codecs
import itertools
from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator
from typing import cast

from sezzle.reports.errors import ReportParseError

__all__ = ["AsyncReportSource", "ReportSource", "alines", "batches", "lines"]

ReportSource = str | bytes | Iterable[str] | Iterable[bytes]
"""A whole report, its text lines, or its bytes in chunks."""

AsyncReportSource = str | bytes | AsyncIterable[str] | AsyncIterable[bytes]
"""A whole report, or its text lines or byte chunks as they arrive."""

_SLICE = 1 << 16  # a whole report is cut into pieces this long, so no copy of it is ever made


class _Utf8:
    """Decodes UTF-8 chunks cut anywhere, even inside a character; a leading BOM is dropped."""

    def __init__(self) -> None:
        self._decoder = codecs.getincrementaldecoder("utf-8-sig")()
        self._offset = 0

    def decode(self, chunk: bytes, *, final: bool = False) -> str:
        held = len(self._decoder.getstate()[0])
        try:
            text = self._decoder.decode(chunk, final)
        except UnicodeDecodeError as error:
            at = self._offset - held + error.start
            raise ReportParseError(f"the report is not UTF-8 text: {error.reason} at byte {at}") from None
        self._offset += len(chunk)
        return text


class _Splitter:
    """Cuts text that arrives in pieces into whole lines, holding back the unfinished last one."""

    def __init__(self) -> None:
        self._rest = ""

    def feed(self, text: str) -> list[str]:
        cut = (self._rest + text).split("\n")
        self._rest = cut.pop()
        return cut

    def finish(self) -> list[str]:
        rest, self._rest = self._rest, ""
        return [rest] if rest else []


def _decode(chunks: Iterable[bytes]) -> Iterator[str]:
    utf8 = _Utf8()
    for chunk in chunks:
        yield utf8.decode(chunk)
    yield utf8.decode(b"", final=True)


def _text_slices(text: str) -> Iterator[str]:
    for start in range(0, len(text), _SLICE):
        yield text[start : start + _SLICE]


def _byte_slices(data: bytes) -> Iterator[bytes]:
    view = memoryview(data)
    for start in range(0, len(data), _SLICE):
        yield bytes(view[start : start + _SLICE])


def _split_batches(pieces: Iterable[str]) -> Iterator[list[str]]:
    splitter = _Splitter()
    for piece in pieces:
        yield splitter.feed(piece)
    yield splitter.finish()


def batches(source: ReportSource) -> Iterator[Iterable[str]]:
    """The lines of a report in batches, read lazily: the lines of each piece of text as it is decoded.

    A source of text lines is one batch, the lines themselves. Reading batch by batch saves a generator
    step per line, which a report of a million lines notices.
    """
    if isinstance(source, str):
        return _split_batches(_text_slices(source))
    if isinstance(source, bytes):
        return _split_batches(_decode(_byte_slices(source)))
    items: Iterator[str | bytes] = iter(source)
    first = next(items, None)
    if first is None:
        return iter(())
    if isinstance(first, str):
        return iter((itertools.chain((first,), cast(Iterator[str], items)),))
    return _split_batches(_decode(itertools.chain((first,), cast(Iterator[bytes], items))))


def lines(source: ReportSource) -> Iterator[str]:
    """The lines of a report, read lazily from whatever form it came in."""
    return itertools.chain.from_iterable(batches(source))


async def alines(source: AsyncReportSource) -> AsyncIterator[str]:
    """The lines of a report as they arrive."""
    if isinstance(source, str | bytes):
        for line in lines(source):
            yield line
        return
    items: AsyncIterator[str | bytes] = aiter(source)
    first = await anext(items, None)
    if first is None:
        return
    if isinstance(first, str):
        yield first
        async for line in cast(AsyncIterator[str], items):
            yield line
        return
    utf8, splitter = _Utf8(), _Splitter()
    for line in splitter.feed(utf8.decode(first)):
        yield line
    async for chunk in cast(AsyncIterator[bytes], items):
        for line in splitter.feed(utf8.decode(chunk)):
            yield line
    for line in splitter.feed(utf8.decode(b"", final=True)) + splitter.finish():
        yield line
