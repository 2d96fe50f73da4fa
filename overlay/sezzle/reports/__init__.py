"""Sezzle's CSV reports read as typed, streamed rows: settlement details and interest activity.

```python
import httpx

from sezzle.reports import parse_settlement_details

response = httpx.get("https://reports.example/settlement.csv")  # any CSV source: str, bytes, lines, chunks
report = parse_settlement_details(response.iter_lines())
print(report.summary.net_settlement_amount)
for item in report.line_items:  # parsed one at a time, as the response arrives
    ...
```

Every parser takes the whole report (``str`` or ``bytes``), its text lines or its byte chunks; the
``aparse_*`` twins take async iterables. Malformed reports raise ``ReportParseError``, naming the row
and the column.
"""

from sezzle.reports._lines import AsyncReportSource, ReportSource
from sezzle.reports.errors import ReportParseError
from sezzle.reports.interest import (
    AsyncInterestActivity,
    InterestActivity,
    InterestActivityRow,
    InterestActivityType,
    aparse_interest_activity,
    parse_interest_activity,
)
from sezzle.reports.settlement import LineType, SettlementLineItem, SettlementSummary
from sezzle.reports.settlement_details import (
    AsyncSettlementDetails,
    SettlementDetails,
    aparse_settlement_details,
    parse_settlement_details,
)

__all__ = [
    "AsyncInterestActivity",
    "AsyncReportSource",
    "AsyncSettlementDetails",
    "InterestActivity",
    "InterestActivityRow",
    "InterestActivityType",
    "LineType",
    "ReportParseError",
    "ReportSource",
    "SettlementDetails",
    "SettlementLineItem",
    "SettlementSummary",
    "aparse_interest_activity",
    "aparse_settlement_details",
    "parse_interest_activity",
    "parse_settlement_details",
]
