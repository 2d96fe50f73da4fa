"""docs/drift.md lists every rule with the class the code gives it."""

from __future__ import annotations

import re
from pathlib import Path

from scripts.drift import RULES

DOC = Path(__file__).resolve().parents[2] / "docs" / "drift.md"


def test_rule_table_matches_the_rules() -> None:
    rows = re.findall(r"^\| `([a-z-]+)` \| (breaking|warning|info) \|", DOC.read_text(encoding="utf-8"), re.MULTILINE)
    assert rows == [(rule.id, rule.severity.value) for rule in RULES.values()]
