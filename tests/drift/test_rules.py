"""Each rule fires on the change it describes, with its class, and nothing else fires."""

from __future__ import annotations

import pytest

from scripts.drift import RULES, NamingRules, compare
from scripts.drift.spec import check
from tests.drift.corpus import BASE, CASES, Case

NAMES = NamingRules()


def run(case: Case) -> list[tuple[str, str]]:
    old, new = case.specs()
    report = compare(check(old, "old"), check(new, "new"), NAMES)
    return [(finding.rule, finding.severity.value) for finding in report.findings]


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_case_produces_exactly_its_findings(case: Case) -> None:
    assert run(case) == list(case.expected)


def test_every_rule_has_a_case() -> None:
    covered = {rule for case in CASES for rule, _ in case.expected}
    assert sorted(set(RULES) - covered) == []


def test_a_spec_compared_with_itself_has_no_findings() -> None:
    spec = check(BASE, "base")
    assert compare(spec, spec, NAMES).findings == ()
