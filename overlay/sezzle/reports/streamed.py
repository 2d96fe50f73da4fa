"""CSV reports read while they stream in, so a report of any size takes little memory.

A report holds the HTTP response open until its rows are read to the end, or until it is closed:

```python
with client.reports.settlement_details(payout_uuid) as report:  # or client.v1.settlements.details
    print(report.summary.net_settlement_amount)
    for item in report.line_items:  # parsed one at a time, as the response arrives
        ...
```

Rows are parsed by ``sezzle.reports``; a malformed row, or a report cut short, raises ``ReportParseError``
when iteration reaches it, a connection lost mid-report raises ``APIConnectionError``, and a body that
does not decode as its ``Content-Encoding`` says raises ``ResponseParseError``.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncGenerator, AsyncIterator, Generator, Iterator
from types import TracebackType
from typing import Generic, Self, TypeVar

import httpx

from sezzle.errors import APIConnectionError, APITimeoutError, ResponseParseError
from sezzle.reports import (
    InterestActivityRow,
    ReportParseError,
    SettlementLineItem,
    SettlementSummary,
    aparse_interest_activity,
    aparse_settlement_details,
    parse_interest_activity,
    parse_settlement_details,
)

__all__ = [
    "AsyncInterestActivityReport",
    "AsyncSettlementDetailsReport",
    "InterestActivityReport",
    "SettlementDetailsReport",
]

T = TypeVar("T")


def _lost(response: httpx.Response, error: httpx.TransportError) -> APIConnectionError:
    cls = APITimeoutError if isinstance(error, httpx.TimeoutException) else APIConnectionError
    detail = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
    where = f"{response.request.method} {response.request.url.path}"
    return cls(f"{where} failed while the report was being read: {detail}", request=response.request)


@contextlib.contextmanager
def _reading(response: httpx.Response) -> Iterator[None]:
    try:
        yield
    except httpx.TransportError as error:
        raise _lost(response, error) from error
    except ReportParseError as error:
        # The same error raised anew from here, without the parser's frames: their locals hold the report's text.
        raise ReportParseError(error.problem, row=error.row, column=error.column) from None
    except httpx.DecodingError:
        encoding = response.headers.get("Content-Encoding", "")[:40]
        problem = f"the report is not encoded as its Content-Encoding ({encoding!r}) says"
    else:
        return
    raise ResponseParseError(response, problem) from None


def _cut_short(lines: int) -> ReportParseError:
    return ReportParseError(
        "the report ends inside this line, which has no line ending: the answer was cut short", row=lines
    )


def _framed(response: httpx.Response) -> bool:
    """Whether the transport itself tells a whole body from one cut short.

    A ``Content-Length``, chunked encoding or HTTP/2 framing does: httpx raises when the body ends early.
    An HTTP/1 answer with neither ends wherever the server closed the connection.
    """
    if "Content-Length" in response.headers or "chunked" in response.headers.get("Transfer-Encoding", "").lower():
        return True
    return response.http_version not in ("HTTP/1.0", "HTTP/1.1")


def _whole(response: httpx.Response) -> Iterator[bytes]:
    """The report's bytes; for an unframed answer, raises if its last line has no line ending.

    Sezzle ends every CSV line with one, so when the transport cannot tell (``_framed``), a last line
    without one is a report cut short: its last cell could read ``-5`` for ``-500.00``.
    """
    chunks = response.iter_bytes()
    if _framed(response):
        yield from chunks
        return
    last, breaks = b"\n", 0
    for chunk in chunks:
        if chunk:
            breaks += chunk.count(b"\n")
            last = chunk[-1:]
            yield chunk
    if last != b"\n":
        raise _cut_short(breaks + 1)


async def _awhole(response: httpx.Response) -> AsyncIterator[bytes]:
    chunks = response.aiter_bytes()
    if _framed(response):
        async for chunk in chunks:
            yield chunk
        return
    last, breaks = b"\n", 0
    async for chunk in chunks:
        if chunk:
            breaks += chunk.count(b"\n")
            last = chunk[-1:]
            yield chunk
    if last != b"\n":
        raise _cut_short(breaks + 1)


def _close(rows: Iterator[T], response: httpx.Response) -> None:
    close = getattr(rows, "close", None)
    if close is not None:
        close()
    response.close()


async def _aclose(rows: AsyncIterator[T], response: httpx.Response) -> None:
    aclose = getattr(rows, "aclose", None)
    if aclose is not None:
        await aclose()
    await response.aclose()


def _closing(rows: Iterator[T], response: httpx.Response) -> Generator[T, None, None]:
    """The rows; the response is closed after the last one, or when reading stops early."""
    try:
        with _reading(response):
            yield from rows
    finally:
        _close(rows, response)


async def _aclosing(rows: AsyncIterator[T], response: httpx.Response) -> AsyncGenerator[T, None]:
    try:
        with _reading(response):
            async for row in rows:
                yield row
    finally:
        await _aclose(rows, response)


class _Report(Generic[T]):
    """A report whose rows come from an open response; closing it closes the response."""

    def __init__(self, rows: Iterator[T], response: httpx.Response) -> None:
        self.http_response = response
        self._source = rows
        self._rows = _closing(rows, response)

    def close(self) -> None:
        """Stop reading and release the connection; rows not yet read are dropped."""
        self._rows.close()
        _close(self._source, self.http_response)

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()


class _AsyncReport(Generic[T]):
    def __init__(self, rows: AsyncIterator[T], response: httpx.Response) -> None:
        self.http_response = response
        self._source = rows
        self._rows = _aclosing(rows, response)

    async def aclose(self) -> None:
        """Stop reading and release the connection; rows not yet read are dropped."""
        await self._rows.aclose()
        await _aclose(self._source, self.http_response)

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        await self.aclose()


class SettlementDetailsReport(_Report[SettlementLineItem]):
    """A payout's settlement details: ``summary`` is read, ``line_items`` are read as they are iterated."""

    def __init__(
        self,
        response: httpx.Response,
        summary: SettlementSummary,
        line_item_columns: tuple[str, ...],
        line_items: Iterator[SettlementLineItem],
    ) -> None:
        super().__init__(line_items, response)
        self.summary = summary
        self.line_item_columns = line_item_columns
        """The line-item header as written, including requested metadata columns; empty without line items."""

    @classmethod
    def read(cls, response: httpx.Response) -> SettlementDetailsReport:
        """Read the summary of the report ``response`` is streaming; the line items wait for iteration."""
        try:
            with _reading(response):
                details = parse_settlement_details(_whole(response))
        except BaseException:
            response.close()
            raise
        return cls(response, details.summary, details.line_item_columns, details.line_items)

    @property
    def line_items(self) -> Iterator[SettlementLineItem]:
        """The line items, read once, like a file; the response closes after the last one."""
        return self._rows

    def __repr__(self) -> str:
        return f"<SettlementDetailsReport payment_uuid={self.summary.payment_uuid!r}>"


class AsyncSettlementDetailsReport(_AsyncReport[SettlementLineItem]):
    """``SettlementDetailsReport`` for the async client: ``async for item in report.line_items``."""

    def __init__(
        self,
        response: httpx.Response,
        summary: SettlementSummary,
        line_item_columns: tuple[str, ...],
        line_items: AsyncIterator[SettlementLineItem],
    ) -> None:
        super().__init__(line_items, response)
        self.summary = summary
        self.line_item_columns = line_item_columns

    @classmethod
    async def read(cls, response: httpx.Response) -> AsyncSettlementDetailsReport:
        """Read the summary of the report ``response`` is streaming; the line items wait for iteration."""
        try:
            with _reading(response):
                details = await aparse_settlement_details(_awhole(response))
        except BaseException:
            await response.aclose()
            raise
        return cls(response, details.summary, details.line_item_columns, details.line_items)

    @property
    def line_items(self) -> AsyncIterator[SettlementLineItem]:
        """The line items, read once; the response closes after the last one."""
        return self._rows

    def __repr__(self) -> str:
        return f"<AsyncSettlementDetailsReport payment_uuid={self.summary.payment_uuid!r}>"


class InterestActivityReport(_Report[InterestActivityRow]):
    """An interest account's activity: ``rows`` are read as they are iterated."""

    def __init__(self, response: httpx.Response, columns: tuple[str, ...], rows: Iterator[InterestActivityRow]) -> None:
        super().__init__(rows, response)
        self.columns = columns
        """The header as written; empty when the period had no activity."""

    @classmethod
    def read(cls, response: httpx.Response) -> InterestActivityReport:
        """Read the header of the report ``response`` is streaming; the rows wait for iteration."""
        try:
            with _reading(response):
                activity = parse_interest_activity(_whole(response))
        except BaseException:
            response.close()
            raise
        return cls(response, activity.columns, activity.rows)

    @property
    def rows(self) -> Iterator[InterestActivityRow]:
        """The rows, read once, like a file; the response closes after the last one."""
        return self._rows

    def __repr__(self) -> str:
        return f"<InterestActivityReport columns={self.columns!r}>"


class AsyncInterestActivityReport(_AsyncReport[InterestActivityRow]):
    """``InterestActivityReport`` for the async client: ``async for row in report.rows``."""

    def __init__(
        self, response: httpx.Response, columns: tuple[str, ...], rows: AsyncIterator[InterestActivityRow]
    ) -> None:
        super().__init__(rows, response)
        self.columns = columns

    @classmethod
    async def read(cls, response: httpx.Response) -> AsyncInterestActivityReport:
        """Read the header of the report ``response`` is streaming; the rows wait for iteration."""
        try:
            with _reading(response):
                activity = await aparse_interest_activity(_awhole(response))
        except BaseException:
            await response.aclose()
            raise
        return cls(response, activity.columns, activity.rows)

    @property
    def rows(self) -> AsyncIterator[InterestActivityRow]:
        """The rows, read once; the response closes after the last one."""
        return self._rows

    def __repr__(self) -> str:
        return f"<AsyncInterestActivityReport columns={self.columns!r}>"
