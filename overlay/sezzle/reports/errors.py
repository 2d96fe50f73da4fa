"""The one error a report that cannot be read raises (``sezzle.errors.ReportParseError``, kept here too)."""

from __future__ import annotations

from sezzle.errors import ReportParseError

__all__ = ["ReportParseError"]
