"""`make check` catches a hand edit to generated code and a page edited without rebuilding."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from scripts.check import main as check_main
from scripts.check import stale
from scripts.specbuild.build import Layout

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the committed spec sources and generated package."""
    root = tmp_path_factory.mktemp("tree")
    shutil.copytree(ROOT / "openapi", root / "openapi")
    shutil.copytree(ROOT / "generated" / "sezzle_api", root / "generated" / "sezzle_api")
    return root


def copy_of(tree: Path, tmp_path: Path) -> Path:
    shutil.copytree(tree, tmp_path / "copy")
    return tmp_path / "copy"


def test_committed_tree_is_current_and_regeneration_is_byte_identical(tree: Path) -> None:
    assert stale(Layout(tree / "openapi"), tree / "generated" / "sezzle_api") == []


def test_hand_edit_to_generated_file_fails(tree: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = copy_of(tree, tmp_path)
    target = root / "generated" / "sezzle_api" / "models" / "price.py"
    target.write_text(target.read_text() + "\n# tweak\n")
    arguments = ["--openapi-dir", str(root / "openapi"), "--package", str(root / "generated" / "sezzle_api")]
    assert check_main(arguments) == 1
    assert "differs: sezzle_api/models/price.py" in capsys.readouterr().err.replace("generated/", "")


def test_stray_generated_file_fails(tree: Path, tmp_path: Path) -> None:
    root = copy_of(tree, tmp_path)
    (root / "generated" / "sezzle_api" / "models" / "extra.py").write_text("X = 1\n")
    problems = stale(Layout(root / "openapi"), root / "generated" / "sezzle_api")
    assert any("stray" in problem and "extra.py" in problem for problem in problems)


def test_page_edited_without_rebuilding_fails(tree: Path, tmp_path: Path) -> None:
    root = copy_of(tree, tmp_path)
    page = root / "openapi" / "pages" / "post-v2-session-card.md"
    page.write_text(page.read_text().replace("The window origin of the host", "The origin of the host window"))
    problems = stale(Layout(root / "openapi"), root / "generated" / "sezzle_api")
    assert any("sezzle-api.json" in problem for problem in problems)
    assert any("card_session_request.py" in problem for problem in problems)


def _generate(root: Path) -> int:
    from scripts.generate import main as generate_main

    return generate_main(["--openapi-dir", str(root / "openapi"), "--output", str(root / "generated" / "sezzle_api")])


def test_generate_refuses_after_a_failed_spec_build(
    tree: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = copy_of(tree, tmp_path)
    decisions = root / "openapi" / "decisions" / "40-orders.yaml"
    decisions.write_text(
        decisions.read_text().replace("at: request/properties/capture_amount/", "at: request/properties/amount/")
    )
    before = (root / "generated" / "sezzle_api" / "models" / "price.py").stat().st_mtime_ns
    assert _generate(root) == 1
    err = capsys.readouterr().err
    assert "generation refused: the spec does not build" in err
    assert "decision capture-amount-positive (40-orders.yaml)" in err
    assert (root / "generated" / "sezzle_api" / "models" / "price.py").stat().st_mtime_ns == before


def test_generate_refuses_when_pages_changed_since_the_committed_spec(
    tree: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = copy_of(tree, tmp_path)
    page = root / "openapi" / "pages" / "post-v2-session-card.md"
    page.write_text(page.read_text().replace("The window origin of the host", "The origin of the host window"))
    assert _generate(root) == 1
    assert "is not what its sources build now: run `make spec` first" in capsys.readouterr().err


def test_generate_runs_from_a_current_spec(tree: Path, tmp_path: Path) -> None:
    root = copy_of(tree, tmp_path)
    assert _generate(root) == 0
    assert stale(Layout(root / "openapi"), root / "generated" / "sezzle_api") == []
