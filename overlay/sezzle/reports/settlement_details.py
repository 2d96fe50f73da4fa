"""Parse a settlement-details report: the summary at once, the line items as they are iterated.

The report is two CSV sections (Sezzle's ``GET /v2/settlements/details/{payout_uuid}`` and its v1 twin):
a summary header and one row of values, then a line-item header and one row per line item.
Both sections are read by their headers, so v1, v2 and later versions, and requested metadata
columns, go through the same code.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import attrs

from sezzle.reports._lines import AsyncReportSource, ReportSource, alines, batches
from sezzle.reports._records import Records, arecords
from sezzle.reports._table import arows
from sezzle.reports.settlement import (
    SettlementLineItem,
    SettlementSummary,
    line_item_columns,
    line_item_reader,
    read_summary,
)

__all__ = ["AsyncSettlementDetails", "SettlementDetails", "aparse_settlement_details", "parse_settlement_details"]


@attrs.frozen
class SettlementDetails:
    """A settlement-details report being read.

    ``line_items`` is read once, like a file: each item is parsed as it is pulled, so memory does not
    grow with the report, and a malformed row raises ``ReportParseError`` when iteration reaches it.
    """

    summary: SettlementSummary
    line_item_columns: tuple[str, ...]
    """The line-item header as written, including metadata columns; empty when the payout has no items."""
    line_items: Iterator[SettlementLineItem]


@attrs.frozen
class AsyncSettlementDetails:
    """A settlement-details report being read as it arrives: ``async for item in report.line_items``."""

    summary: SettlementSummary
    line_item_columns: tuple[str, ...]
    line_items: AsyncIterator[SettlementLineItem]


def parse_settlement_details(source: ReportSource) -> SettlementDetails:
    """Read the summary of a settlement-details report now, and ready its line items for iteration.

    ``source`` is the whole report (``str`` or UTF-8 ``bytes``), its text lines (``iter_lines()``, a text
    file) or its byte chunks (``iter_bytes()``). Raises ``ReportParseError`` for a missing or malformed summary.
    """
    found = Records(batches(source))
    summary = read_summary(found.next(), found.next())
    columns = line_item_columns(found.next())
    return SettlementDetails(summary, columns.names, found.read(line_item_reader(columns)))


async def aparse_settlement_details(source: AsyncReportSource) -> AsyncSettlementDetails:
    """``parse_settlement_details`` for a report that arrives asynchronously (``aiter_lines()``, ``aiter_bytes()``)."""
    found = arecords(alines(source))
    summary = read_summary(await anext(found, None), await anext(found, None))
    columns = line_item_columns(await anext(found, None))
    return AsyncSettlementDetails(summary, columns.names, arows(found, line_item_reader(columns)))
