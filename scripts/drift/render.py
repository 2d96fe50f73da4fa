"""Write a drift report as text (terminals), markdown (pull requests) or JSON (other tools)."""

from __future__ import annotations

import json
from collections.abc import Callable

from scripts.drift.findings import Finding, Report
from scripts.drift.rules import Severity

TITLE = "API drift"


def _by_class(report: Report) -> list[tuple[Severity, list[Finding]]]:
    groups = [(severity, [f for f in report.findings if f.severity is severity]) for severity in Severity]
    return [(severity, findings) for severity, findings in groups if findings]


def text(report: Report) -> str:
    lines = [f"{TITLE}: {report.summary()}"]
    for severity, findings in _by_class(report):
        lines += ["", f"{severity.value}:"]
        for finding in findings:
            lines.append(f"  {finding.rule} at {finding.pointer}")
            lines.append(f"    {finding.message}")
            if finding.operations:
                lines.append(f"    operations: {', '.join(finding.operations)}")
    return "\n".join(lines) + "\n"


def _cell(value: str) -> str:
    return value.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def markdown(report: Report, heading: str = "##") -> str:
    lines = [f"{heading} {TITLE}: {report.summary()}"]
    for severity, findings in _by_class(report):
        lines += ["", f"{heading}# {severity.value.capitalize()}", ""]
        lines += ["| Rule | Change | Where | Operations |", "| --- | --- | --- | --- |"]
        for finding in findings:
            operations = "<br>".join(f"`{_cell(operation)}`" for operation in finding.operations)
            lines.append(f"| `{finding.rule}` | {_cell(finding.message)} | `{_cell(finding.pointer)}` | {operations} |")
    return "\n".join(lines) + "\n"


def as_json(report: Report) -> str:
    document = {
        "summary": {severity.value: report.count(severity) for severity in Severity},
        "findings": [
            {
                "rule": finding.rule,
                "class": finding.severity.value,
                "pointer": finding.pointer,
                "message": finding.message,
                "operations": list(finding.operations),
                "before": finding.before,
                "after": finding.after,
            }
            for finding in report.findings
        ],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


FORMATS: dict[str, Callable[[Report], str]] = {"text": text, "markdown": markdown, "json": as_json}
