"""Fetch Sezzle's API reference pages into ``openapi/pages/``: ``python -m scripts.fetch_docs`` (``make fetch-docs``).

The docs index (``llms.txt``) lists every page; the API reference pages are those under
``/docs/api/`` at operation depth. Each page's markdown is saved byte for byte under a name derived
from its OpenAPI fence line (``yaml post /v2/session`` -> ``post-v2-session.md``), or from its URL
when it has none, so the same page always lands in the same file and the folder's git diff is the
docs' diff.

The new set is written to a sibling folder and swapped in only when every page arrived: a failed
run (after a few retries with backoff) leaves the old pages untouched.
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path, PurePosixPath
from urllib.parse import urljoin, urlsplit

import attrs
import httpx

from scripts.specbuild.build import Layout
from scripts.specbuild.sources import FENCE_OPEN as FENCE

DEFAULT_BASE_URL = "https://docs.sezzle.com"
INDEX_NAME = "llms.txt"
USER_AGENT = "sezzle-python-docs-fetch"
_LINK = re.compile(r"\[(?P<title>[^\]]*)\]\((?P<url>[^)\s]+)\)")
_WORDS = re.compile(r"[A-Za-z0-9]+")
_RETRIED_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504})


class FetchError(Exception):
    """The docs could not be fetched completely; the pages folder was left as it was."""


@attrs.frozen
class Selection:
    """Which index entries are API reference pages: URL paths under ``root`` matching a pattern.

    Patterns are relative to ``root`` and match whole path segments (``*`` never crosses a ``/``);
    the defaults take v2 operation pages (``core/sessions/postv2session``) and v1 pages
    (``v1/create-a-checkout``, ``v1/settlement-reports/settlement-details-request``), and leave out
    overviews such as ``intro`` and ``errors``.
    """

    root: str = "/docs/api/"
    include: tuple[str, ...] = ("*/*/*", "v1/*")
    exclude: tuple[str, ...] = ()

    def relative(self, url: str) -> str | None:
        """The URL's path below ``root`` without a ``.md`` suffix, or None if it is not below it."""
        path = urlsplit(url).path
        if not path.startswith(self.root):
            return None
        return path[len(self.root) :].removesuffix(".md").strip("/") or None

    def matches(self, url: str) -> bool:
        relative = self.relative(url)
        if relative is None:
            return False
        path = PurePosixPath("/" + relative)
        return any(path.match("/" + pattern) for pattern in self.include) and not any(
            path.match("/" + pattern) for pattern in self.exclude
        )


@attrs.frozen
class FetchConfig:
    base_url: str = DEFAULT_BASE_URL
    index_url: str | None = None  # default: <base_url>/llms.txt
    selection: Selection = Selection()
    timeout: float = 30.0
    retries: int = 3
    backoff: float = 1.0  # seconds before the first retry; doubled for each further one

    @property
    def index(self) -> str:
        return self.index_url or urljoin(self.base_url.rstrip("/") + "/", INDEX_NAME)


@attrs.frozen
class Page:
    url: str
    name: str
    content: bytes
    named_by_fence: bool


@attrs.frozen
class FetchReport:
    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()
    named_from_url: tuple[str, ...] = ()  # pages without an OpenAPI block (the spec build skips them)

    @property
    def any_changes(self) -> bool:
        return bool(self.added or self.removed or self.changed)

    def summary(self) -> str:
        return (
            f"{len(self.added)} added, {len(self.removed)} removed, {len(self.changed)} changed, "
            f"{len(self.unchanged)} unchanged"
        )

    def lines(self) -> list[str]:
        lines = [f"pages: {self.summary()}"]
        for label, names in (("added", self.added), ("removed", self.removed), ("changed", self.changed)):
            lines += [f"  {label}: {name}" for name in names]
        lines += [f"  no OpenAPI block (named from its URL): {name}" for name in self.named_from_url]
        return lines


# Index and names --------------------------------------------------------------------------------


def index_links(text: str, index_url: str) -> list[str]:
    """Absolute URLs of the index's markdown links, in order, each once."""
    seen: dict[str, None] = {}
    for match in _LINK.finditer(text):
        url = urljoin(index_url, match.group("url")).split("#", 1)[0]
        seen.setdefault(url, None)
    return list(seen)


def select(urls: Iterable[str], base_url: str, selection: Selection) -> list[str]:
    """The API reference pages among ``urls``: same site as ``base_url`` and matched by ``selection``."""
    origin = urlsplit(base_url)
    return [
        url
        for url in urls
        if (urlsplit(url).scheme, urlsplit(url).netloc) == (origin.scheme, origin.netloc) and selection.matches(url)
    ]


def markdown_url(url: str) -> str:
    """The page's markdown source: the docs site serves it at the page URL plus ``.md``."""
    parts = urlsplit(url)
    if parts.path.endswith(".md"):
        return url
    return parts._replace(path=parts.path.rstrip("/") + ".md", query="", fragment="").geturl()


def name_for_operation(method: str, path: str) -> str:
    """``post``, ``/v2/session/{session_uuid}`` -> ``post-v2-session-session-uuid.md``."""
    return "-".join([method.lower(), *(word.lower() for word in _WORDS.findall(path))]) + ".md"


def name_for_url(url: str, selection: Selection) -> str:
    relative = selection.relative(url) or urlsplit(url).path
    return "-".join(word.lower() for word in _WORDS.findall(relative)) + ".md"


def name_page(url: str, content: bytes, selection: Selection) -> tuple[str, bool]:
    """The file name for a page, and whether it came from the page's OpenAPI fence line."""
    for line in content.decode("utf-8", errors="replace").splitlines():
        match = FENCE.match(line)
        if match is not None:
            return name_for_operation(match.group("method"), match.group("path")), True
    return name_for_url(url, selection), False


# HTTP -------------------------------------------------------------------------------------------


class Downloader:
    """GET with retries, after exponential backoff, on timeouts, network errors and passing server errors."""

    def __init__(
        self, client: httpx.Client, *, retries: int, backoff: float, sleep: Callable[[float], None] = time.sleep
    ) -> None:
        self.client = client
        self.retries = retries
        self.backoff = backoff
        self.sleep = sleep

    def get(self, url: str) -> httpx.Response:
        problem = ""
        for attempt in range(self.retries + 1):
            if attempt:
                self.sleep(self.backoff * 2 ** (attempt - 1))
            try:
                response = self.client.get(url)
            except httpx.TimeoutException:
                problem = "timed out"
                continue
            except httpx.TransportError as exc:
                problem = f"{type(exc).__name__}: {exc}"
                continue
            if response.status_code in _RETRIED_STATUSES:
                problem = f"HTTP {response.status_code}"
                continue
            if response.is_success:
                return response
            raise FetchError(f"{url}: HTTP {response.status_code}")
        attempts = self.retries + 1
        raise FetchError(f"{url}: {problem} ({attempts} attempt{'s' if attempts != 1 else ''})")


def download(config: FetchConfig, downloader: Downloader) -> dict[str, Page]:
    """Every selected page, by file name."""
    index = downloader.get(config.index).text
    urls = select(index_links(index, config.index), config.base_url, config.selection)
    if not urls:
        raise FetchError(
            f"{config.index} lists no API reference pages under {config.selection.root} "
            f"matching {', '.join(config.selection.include)}; nothing was changed"
        )
    pages: dict[str, Page] = {}
    for url in urls:
        response = downloader.get(markdown_url(url))
        if response.headers.get("content-type", "").startswith("text/html"):
            raise FetchError(f"{response.url}: the site answered with an HTML page, not the page's markdown")
        content = response.content
        name, by_fence = name_page(url, content, config.selection)
        if name in pages:
            raise FetchError(
                f"{pages[name].url} and {url} both become {name}; exclude one of them "
                f"(--exclude PATTERN, relative to {config.selection.root})"
            )
        pages[name] = Page(url, name, content, by_fence)
    return pages


# Pages folder -----------------------------------------------------------------------------------


def compare_pages(destination: Path, pages: Mapping[str, Page]) -> FetchReport:
    existing = {path.name: path for path in destination.glob("*.md")} if destination.is_dir() else {}
    kept = {name for name in pages if name in existing}
    same = {name for name in kept if existing[name].read_bytes() == pages[name].content}
    return FetchReport(
        added=tuple(sorted(set(pages) - kept)),
        removed=tuple(sorted(set(existing) - set(pages))),
        changed=tuple(sorted(kept - same)),
        unchanged=tuple(sorted(same)),
        named_from_url=tuple(sorted(name for name, page in pages.items() if not page.named_by_fence)),
    )


def replace_folder(destination: Path, pages: Mapping[str, Page]) -> None:
    """Write the pages beside ``destination``, then swap the folders; on failure restore the old one."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    fresh = Path(tempfile.mkdtemp(prefix=f".{destination.name}-new-", dir=destination.parent))
    try:
        for name, page in sorted(pages.items()):
            (fresh / name).write_bytes(page.content)
        fresh.chmod(0o755)
        retired = destination.with_name(f".{destination.name}-old-{fresh.name.rsplit('-', 1)[1]}")
        if destination.exists():
            destination.rename(retired)
        try:
            fresh.rename(destination)
        except OSError:
            if retired.exists():
                retired.rename(destination)
            raise
    except BaseException:
        shutil.rmtree(fresh, ignore_errors=True)
        raise
    shutil.rmtree(retired, ignore_errors=True)


def fetch(
    destination: Path,
    config: FetchConfig = FetchConfig(),
    *,
    client: httpx.Client | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> FetchReport:
    """Fetch the API reference pages into ``destination`` and say what changed there."""
    own_client = client is None
    http = client or httpx.Client(timeout=config.timeout, follow_redirects=True, headers={"User-Agent": USER_AGENT})
    try:
        pages = download(config, Downloader(http, retries=config.retries, backoff=config.backoff, sleep=sleep))
    finally:
        if own_client:
            http.close()
    report = compare_pages(destination, pages)
    if report.any_changes or not destination.is_dir():
        replace_folder(destination, pages)
    return report


# Command line -----------------------------------------------------------------------------------


def add_fetch_arguments(parser: argparse.ArgumentParser) -> None:
    """Options shared with ``scripts.refresh``."""
    defaults = FetchConfig()
    parser.add_argument("--base-url", default=defaults.base_url, help=f"docs site (default {DEFAULT_BASE_URL})")
    parser.add_argument("--index-url", help="docs index (default <base-url>/llms.txt)")
    parser.add_argument("--timeout", type=float, default=defaults.timeout, help="seconds per request")
    parser.add_argument("--retries", type=int, default=defaults.retries, help="retries per request")
    parser.add_argument("--backoff", type=float, default=defaults.backoff, help="seconds before the first retry")
    parser.add_argument(
        "--include", action="append", metavar="PATTERN", help="page paths to take, relative to /docs/api/"
    )
    parser.add_argument("--exclude", action="append", metavar="PATTERN", help="page paths to leave out")


def config_from(args: argparse.Namespace) -> FetchConfig:
    selection = Selection(
        include=tuple(args.include) if args.include else Selection().include,
        exclude=tuple(args.exclude or ()),
    )
    return FetchConfig(
        base_url=args.base_url,
        index_url=args.index_url,
        selection=selection,
        timeout=args.timeout,
        retries=max(0, args.retries),
        backoff=max(0.0, args.backoff),
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m scripts.fetch_docs", description="Fetch Sezzle's API reference pages into openapi/pages/."
    )
    add_fetch_arguments(parser)
    parser.add_argument("--pages-dir", type=Path, default=Layout().pages)
    args = parser.parse_args(argv)
    try:
        report = fetch(args.pages_dir, config_from(args))
    except FetchError as exc:
        print(f"fetch failed, {args.pages_dir} left unchanged: {exc}", file=sys.stderr)
        return 1
    print("\n".join(report.lines()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
