"""Fetching the docs into a pages folder, against a docs site on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from scripts.fetch_docs import (
    FetchConfig,
    FetchError,
    FetchReport,
    Selection,
    fetch,
    index_links,
    main,
    markdown_url,
    name_for_operation,
    name_page,
)
from tests.fetch.site import HANG, DocsSite, running

ROOT = Path(__file__).resolve().parents[2]

SESSION = "/docs/api/core/sessions/postv2session.md"
GET_SESSION = "/docs/api/core/sessions/getv2session.md"
CHECKOUT = "/docs/api/v1/create-a-checkout.md"
LEGACY = "/docs/api/core/settlements/settlements-get-summary.md"
CAPTURE = "/docs/api/core/orders/capturev2order.md"


def page(method: str, path: str, note: str = "") -> bytes:
    # CRLF line endings, trailing spaces and non-ASCII text: stored bytes must be the served bytes.
    return (
        f"# {method.upper()} {path}  \r\n\r\nCafé {note}\r\n\r\n````yaml {method} {path}\r\nopenapi: 3.1.0\r\n````\r\n"
    ).encode()


PAGES = {
    SESSION: page("post", "/v2/session"),
    GET_SESSION: page("get", "/v2/session/{session_uuid}"),
    CHECKOUT: page("post", "/v1/checkouts"),
    LEGACY: b"# Settlement Reports\n\nGET https://gateway.sezzle.com/v2/settlements/summaries\n",
}
NAMES = {
    SESSION: "post-v2-session.md",
    GET_SESSION: "get-v2-session-session-uuid.md",
    CHECKOUT: "post-v1-checkouts.md",
    LEGACY: "core-settlements-settlements-get-summary.md",
}
INDEX = [
    ("Introduction", "{base}/docs/api/intro.md"),
    ("Errors", "{base}/docs/api/errors.md"),
    ("Orders", "{base}/docs/api/core/orders.md"),
    ("Create a session", "{base}" + SESSION),
    ("Get a session", GET_SESSION),  # a relative link
    ("Create a Checkout", "{base}" + CHECKOUT),
    ("Settlement summaries", "{base}" + LEGACY),
    ("Elsewhere", "https://elsewhere.example/docs/api/core/sessions/other.md"),
    ("French", "{base}/fr/docs/api/core/sessions/postv2session.md"),
]


@pytest.fixture
def site() -> Iterator[DocsSite]:
    yield from running()


def serve_all(site: DocsSite, pages: dict[str, bytes] = PAGES, index: list[tuple[str, str]] = INDEX) -> None:
    site.index(index)
    for path, content in pages.items():
        site.serve(path, content)


def config(site: DocsSite, retries: int = 2) -> FetchConfig:
    return FetchConfig(base_url=site.base_url, timeout=0.2, retries=retries, backoff=0.01)


def contents(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


def no_sleep(_: float) -> None:
    """Backoff is tested by the delays asked for, not by waiting."""


def test_first_fetch_writes_the_reference_pages_byte_for_byte(site: DocsSite, tmp_path: Path) -> None:
    serve_all(site)
    pages = tmp_path / "openapi" / "pages"
    report = fetch(pages, config(site), sleep=no_sleep)
    assert report == FetchReport(
        added=tuple(sorted(NAMES.values())),
        named_from_url=("core-settlements-settlements-get-summary.md",),
    )
    assert contents(pages) == {NAMES[path]: content for path, content in PAGES.items()}
    assert site.count("/docs/api/intro.md") == site.count("/docs/api/core/orders.md") == 0
    assert [entry.name for entry in pages.parent.iterdir()] == ["pages"]


def test_second_fetch_reports_pages_added_removed_and_changed(site: DocsSite, tmp_path: Path) -> None:
    serve_all(site)
    pages = tmp_path / "pages"
    fetch(pages, config(site), sleep=no_sleep)
    changed = page("post", "/v2/session", note="now with more detail")
    serve_all(
        site,
        {SESSION: changed, GET_SESSION: PAGES[GET_SESSION], CHECKOUT: PAGES[CHECKOUT], CAPTURE: page("post", "/x")},
        [entry for entry in INDEX if entry[1] != "{base}" + LEGACY] + [("Capture", "{base}" + CAPTURE)],
    )
    report = fetch(pages, config(site), sleep=no_sleep)
    assert report == FetchReport(
        added=("post-x.md",),
        removed=("core-settlements-settlements-get-summary.md",),
        changed=("post-v2-session.md",),
        unchanged=("get-v2-session-session-uuid.md", "post-v1-checkouts.md"),
    )
    assert contents(pages) == {
        "get-v2-session-session-uuid.md": PAGES[GET_SESSION],
        "post-v1-checkouts.md": PAGES[CHECKOUT],
        "post-v2-session.md": changed,
        "post-x.md": page("post", "/x"),
    }


def test_unchanged_docs_leave_the_folder_as_it_is(site: DocsSite, tmp_path: Path) -> None:
    serve_all(site)
    pages = tmp_path / "pages"
    fetch(pages, config(site), sleep=no_sleep)
    marker = pages / "notes.txt"  # only a swapped-in folder would lose it
    marker.write_text("kept", encoding="utf-8")
    report = fetch(pages, config(site), sleep=no_sleep)
    assert not report.any_changes
    assert marker.exists()


def test_a_page_that_fails_then_times_out_is_retried_with_backoff(site: DocsSite, tmp_path: Path) -> None:
    serve_all(site)
    site.serve(GET_SESSION, 500, HANG, PAGES[GET_SESSION])
    delays: list[float] = []
    report = fetch(tmp_path / "pages", config(site, retries=2), sleep=delays.append)
    assert "get-v2-session-session-uuid.md" in report.added
    assert site.count(GET_SESSION) == 3
    assert delays == [0.01, 0.02]


def test_a_failed_run_leaves_the_old_pages_untouched(site: DocsSite, tmp_path: Path) -> None:
    serve_all(site)
    pages = tmp_path / "pages"
    fetch(pages, config(site), sleep=no_sleep)
    before = contents(pages)
    serve_all(site, {**PAGES, SESSION: page("post", "/v2/session", note="changed")})
    site.serve(CHECKOUT, 500, HANG)
    with pytest.raises(FetchError, match=r"create-a-checkout\.md: timed out \(2 attempts\)"):
        fetch(pages, config(site, retries=1), sleep=no_sleep)
    assert site.count(CHECKOUT) == 3  # one in the first run, then the 500 and the timeout
    assert contents(pages) == before
    assert [entry.name for entry in tmp_path.iterdir()] == ["pages"]


def test_a_missing_page_fails_at_once(site: DocsSite, tmp_path: Path) -> None:
    serve_all(site)
    site.serve(CHECKOUT, 404)
    with pytest.raises(FetchError, match="HTTP 404"):
        fetch(tmp_path / "pages", config(site), sleep=no_sleep)
    assert site.count(CHECKOUT) == 1
    assert not (tmp_path / "pages").exists()


def test_an_unreachable_index_fails(site: DocsSite, tmp_path: Path) -> None:
    site.serve("/llms.txt", 503)
    with pytest.raises(FetchError, match=r"llms\.txt: HTTP 503 \(3 attempts\)"):
        fetch(tmp_path / "pages", config(site), sleep=no_sleep)


def test_an_index_without_reference_pages_changes_nothing(site: DocsSite, tmp_path: Path) -> None:
    serve_all(site)
    pages = tmp_path / "pages"
    fetch(pages, config(site), sleep=no_sleep)
    before = contents(pages)
    site.index(INDEX[:3])
    with pytest.raises(FetchError, match="lists no API reference pages"):
        fetch(pages, config(site), sleep=no_sleep)
    assert contents(pages) == before


def test_two_pages_for_one_operation_are_refused(site: DocsSite, tmp_path: Path) -> None:
    serve_all(site, {**PAGES, CAPTURE: PAGES[SESSION]}, [*INDEX, ("Capture", "{base}" + CAPTURE)])
    with pytest.raises(FetchError, match=r"both become post-v2-session\.md"):
        fetch(tmp_path / "pages", config(site), sleep=no_sleep)


def test_an_html_answer_is_not_taken_for_markdown(site: DocsSite, tmp_path: Path) -> None:
    serve_all(site)
    site.serve(CHECKOUT, b"<html></html>", content_type="text/html; charset=utf-8")
    with pytest.raises(FetchError, match="HTML page"):
        fetch(tmp_path / "pages", config(site), sleep=no_sleep)


def test_command_line_reports_changes_and_failures(
    site: DocsSite, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    serve_all(site)
    arguments = ["--base-url", site.base_url, "--pages-dir", str(tmp_path / "pages"), "--timeout", "0.2"]
    assert main([*arguments, "--backoff", "0"]) == 0
    assert "pages: 4 added, 0 removed, 0 changed, 0 unchanged" in capsys.readouterr().out
    site.serve(SESSION, 500)
    assert main([*arguments, "--retries", "0"]) == 1
    assert "left unchanged" in capsys.readouterr().err
    assert len(list((tmp_path / "pages").iterdir())) == 4


def test_include_and_exclude_patterns_select_pages(site: DocsSite, tmp_path: Path) -> None:
    serve_all(site)
    selection = Selection(include=("core/*/*",), exclude=("core/settlements/*",))
    report = fetch(tmp_path / "pages", FetchConfig(base_url=site.base_url, selection=selection), sleep=no_sleep)
    assert report.added == ("get-v2-session-session-uuid.md", "post-v2-session.md")


# Names and URLs ----------------------------------------------------------------------------------


@pytest.mark.parametrize("path", sorted((ROOT / "openapi" / "pages").glob("*.md")), ids=lambda path: path.name)
def test_vendored_pages_keep_their_names(path: Path) -> None:
    assert name_page("https://docs.sezzle.com/docs/api/x/y/z", path.read_bytes(), Selection()) == (path.name, True)


def test_operation_names() -> None:
    assert name_for_operation("GET", "/v2/session/card/token/{token}") == "get-v2-session-card-token-token.md"
    assert name_for_operation("post", "/v1/checkouts/{order_reference_id}/complete") == (
        "post-v1-checkouts-order-reference-id-complete.md"
    )


def test_markdown_urls_and_index_links() -> None:
    assert markdown_url("https://docs.sezzle.com/docs/api/intro") == "https://docs.sezzle.com/docs/api/intro.md"
    assert markdown_url("https://docs.sezzle.com/docs/api/intro.md") == "https://docs.sezzle.com/docs/api/intro.md"
    text = "- [A](/docs/api/a.md): x\n- [B](https://docs.sezzle.com/docs/api/b#part) and [A again](/docs/api/a.md)"
    assert index_links(text, "https://docs.sezzle.com/llms.txt") == [
        "https://docs.sezzle.com/docs/api/a.md",
        "https://docs.sezzle.com/docs/api/b",
    ]


def test_default_selection_takes_operation_pages_only() -> None:
    selection = Selection()
    base = "https://docs.sezzle.com"
    taken = [
        "/docs/api/core/sessions/postv2session.md",
        "/docs/api/tokenization/customers/preapprovev2token",
        "/docs/api/v1/create-a-checkout.md",
    ]
    left = ["/docs/api/intro.md", "/docs/api/core/orders.md", "/fr/docs/api/core/sessions/postv2session.md"]
    assert [selection.matches(base + path) for path in taken] == [True, True, True]
    assert [selection.matches(base + path) for path in left] == [False, False, False]
