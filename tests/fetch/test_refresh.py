"""``python -m scripts.refresh`` on a copy of the spec sources, against a docs site on 127.0.0.1."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from scripts.refresh import main
from tests.fetch.site import DocsSite, running

ROOT = Path(__file__).resolve().parents[2]
CARD_PAGE = "post-v2-session-card.md"
DASHBOARD_URL = """\
                  dashboard_url:
                    type: string
                    description: >-
                      The dashboard_url is a URL which the customer should be
                      redirected to. Upon accepting the agreements there will be
                      a postMessage returned for the payload of the card data.
"""


@pytest.fixture
def site() -> Iterator[DocsSite]:
    yield from running()


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """A copy of the spec sources and the generated package."""
    shutil.copytree(ROOT / "openapi", tmp_path / "openapi")
    shutil.copytree(ROOT / "generated" / "sezzle_api", tmp_path / "generated" / "sezzle_api")
    return tmp_path


def serve_pages(site: DocsSite, pages: Path, edits: dict[str, bytes]) -> None:
    """Serve every vendored page (with ``edits``) as Sezzle's docs index lists them."""
    links = []
    for index, path in enumerate(sorted(pages.glob("*.md"))):
        url = f"/docs/api/core/pages/page{index}.md"
        site.serve(url, edits.get(path.name, path.read_bytes()))
        links.append((path.stem, "{base}" + url))
    site.index(links)


def arguments(site: DocsSite, tree: Path) -> list[str]:
    return [
        *("--base-url", site.base_url, "--timeout", "5", "--retries", "0"),
        *("--openapi-dir", str(tree / "openapi"), "--package", str(tree / "generated" / "sezzle_api")),
        *("--base", str(tree / "base.json"), "--report", str(tree / "build" / "report.md")),
    ]


def test_refresh_updates_pages_spec_and_package_and_reports_the_drift(
    site: DocsSite, tree: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copy(tree / "openapi" / "sezzle-api.json", tree / "base.json")
    card = (tree / "openapi" / "pages" / CARD_PAGE).read_text(encoding="utf-8")
    assert DASHBOARD_URL in card
    serve_pages(site, tree / "openapi" / "pages", {CARD_PAGE: card.replace(DASHBOARD_URL, "").encode()})

    assert main(arguments(site, tree)) == 0

    out = capsys.readouterr().out
    assert "pages: 0 added, 0 removed, 1 changed" in out
    assert f"  changed: {CARD_PAGE}" in out
    assert "spec: changed" in out
    assert "generated package: 1 file changed\n  differs: models/card_session.py\n" in out
    assert f"drift against {tree / 'base.json'}: 1 breaking, 0 warnings, 0 info" in out
    spec = json.loads((tree / "openapi" / "sezzle-api.json").read_text(encoding="utf-8"))
    assert "dashboard_url" not in spec["components"]["schemas"]["CardSession"]["properties"]
    model = (tree / "generated" / "sezzle_api" / "models" / "card_session.py").read_text(encoding="utf-8")
    assert "dashboard_url" not in model
    report = (tree / "build" / "report.md").read_text(encoding="utf-8")
    assert report.startswith("## Refresh from Sezzle's docs\n\n- Pages: 0 added, 0 removed, 1 changed")
    assert f"  - changed: `{CARD_PAGE}`\n" in report
    assert "- Generated package: 1 file changed\n  - differs: models/card_session.py\n" in report
    assert "### API drift: 1 breaking, 0 warnings, 0 info" in report
    assert (
        "| `response-property-removed` | response property `CardSession.dashboard_url` was removed "
        "(attribute `CardSession.dashboard_url` goes away) "
        "| `/components/schemas/CardSession/properties/dashboard_url` | `POST /v2/session/card` |"
    ) in report


def test_a_failed_fetch_changes_nothing_and_says_so_in_the_report(
    site: DocsSite, tree: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copy(tree / "openapi" / "sezzle-api.json", tree / "base.json")
    pages = {path.name: path.read_bytes() for path in (tree / "openapi" / "pages").glob("*.md")}
    site.serve("/llms.txt", 500)

    assert main(arguments(site, tree)) == 1

    assert "refresh failed while fetching the docs" in capsys.readouterr().err
    assert {path.name: path.read_bytes() for path in (tree / "openapi" / "pages").glob("*.md")} == pages
    report = (tree / "build" / "report.md").read_text(encoding="utf-8")
    assert "The refresh failed while fetching the docs (the pages were left unchanged)" in report
    assert "llms.txt: HTTP 500 (1 attempt)" in report


def test_an_unloadable_base_exits_2(site: DocsSite, tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(arguments(site, tree)) == 2  # base.json was never written
    assert "base.json: cannot read" in capsys.readouterr().err
    assert site.requests == []


def test_a_page_change_a_decision_no_longer_fits_stops_the_refresh_with_its_message(
    site: DocsSite, tree: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copy(tree / "openapi" / "sezzle-api.json", tree / "base.json")
    spec_before = (tree / "openapi" / "sezzle-api.json").read_bytes()
    model = tree / "generated" / "sezzle_api" / "models" / "card_data.py"
    model_before = model.read_bytes()
    page = "get-v2-session-card-token-token.md"
    text = (tree / "openapi" / "pages" / page).read_text(encoding="utf-8")
    fixed = text.replace("format: date-time", "format: date", 1)  # Sezzle changes the card expiry's format
    assert fixed != text
    serve_pages(site, tree / "openapi" / "pages", {page: fixed.encode()})

    assert main(arguments(site, tree)) == 1

    err = capsys.readouterr().err
    assert "refresh failed while building the merged spec" in err
    assert "decision card-expiration-mmyy (20-session.yaml)" in err
    assert "expected format = 'date-time', found 'date'" in err
    assert (tree / "openapi" / "sezzle-api.json").read_bytes() == spec_before
    assert model.read_bytes() == model_before
    report = (tree / "build" / "report.md").read_text(encoding="utf-8")
    assert "The refresh failed while building the merged spec" in report
