"""What a comparison finds, and the report that gathers it.

A change inside a shared component is found once per operation that uses it; the collector merges
those into one finding that lists every such operation.
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from scripts.drift.rules import Severity, severity_of


@attrs.frozen
class Change:
    """One difference, before it is attributed to the operations it affects."""

    rule: str
    pointer: str  # where in the spec: the new spec for additions and changes, the old one for removals
    message: str
    before: str | None = None
    after: str | None = None


@attrs.frozen
class Finding:
    rule: str
    severity: Severity
    pointer: str
    message: str
    operations: tuple[str, ...] = ()
    before: str | None = None
    after: str | None = None


def _order(finding: Finding) -> tuple[int, str, str, str]:
    return (finding.severity.rank, finding.rule, finding.pointer, finding.message)


@attrs.frozen
class Report:
    findings: tuple[Finding, ...] = ()

    def count(self, severity: Severity) -> int:
        return sum(1 for finding in self.findings if finding.severity is severity)

    def at_least(self, threshold: Severity) -> tuple[Finding, ...]:
        """The findings as severe as ``threshold`` or more."""
        return tuple(finding for finding in self.findings if finding.severity.rank <= threshold.rank)

    def summary(self) -> str:
        if not self.findings:
            return "no changes"
        warnings = self.count(Severity.WARNING)
        return (
            f"{self.count(Severity.BREAKING)} breaking, {warnings} warning{'' if warnings == 1 else 's'}, "
            f"{self.count(Severity.INFO)} info"
        )


class Collector:
    """Gathers changes per operation and merges identical ones into findings."""

    def __init__(self) -> None:
        self._operations: dict[Change, set[str]] = {}

    def add(self, changes: Iterable[Change], operation: str | None = None) -> None:
        for change in changes:
            used_by = self._operations.setdefault(change, set())
            if operation is not None:
                used_by.add(operation)

    def renamed_classes(self) -> dict[str, str]:
        """Old -> new name of every generated class reported as renamed so far."""
        return {
            change.before: change.after
            for change in self._operations
            if change.rule == "python-class-renamed" and change.before is not None and change.after is not None
        }

    def report(self) -> Report:
        findings = [
            Finding(
                rule=change.rule,
                severity=severity_of(change.rule),
                pointer=change.pointer,
                message=change.message,
                operations=tuple(sorted(operations)),
                before=change.before,
                after=change.after,
            )
            for change, operations in self._operations.items()
        ]
        return Report(tuple(sorted(findings, key=_order)))
