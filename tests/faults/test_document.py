"""docs/fault-matrix.md shows the cells the tests here run, with the outcomes they assert."""

from __future__ import annotations

from pathlib import Path

from .matrix import render

DOC = Path(__file__).resolve().parents[2] / "docs" / "fault-matrix.md"


def test_the_document_shows_the_matrix_as_tested() -> None:
    text = DOC.read_text(encoding="utf-8")
    start, end = "<!-- matrix:start -->\n", "<!-- matrix:end -->"
    assert start in text
    assert end in text
    shown = text.split(start, 1)[1].split(end, 1)[0]
    assert shown == render(), "docs/fault-matrix.md is stale: paste in `python -m tests.faults.matrix`"
