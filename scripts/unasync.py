"""Write the sync twin of hand-written async code: ``python -m scripts.unasync`` (``--check`` in ``make check``).

The async classes and functions of a module are the source; below them, between the markers, stands
their sync twin, rewritten token by token (``async def`` -> ``def``, ``await`` dropped, ``AsyncX`` ->
``X``, ``__aenter__`` -> ``__enter__`` ...), as httpcore writes its sync code from its async code. Only
the module-level classes and functions whose names start with ``Async`` (or ``_Async``) or that are
``async def`` are rewritten; what both share stays written once above, and so does an async class
or function whose sync twin is written by hand in the same module (their twins differ in more than
async-ness). ``--check`` fails, naming the file, when a twin is not what its async source gives now.
"""

from __future__ import annotations

import argparse
import ast
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OVERLAY = ROOT / "overlay" / "sezzle"
BEGIN = "# --- sync twin: written by `make generate` (scripts/unasync.py) from the async code above; do not edit ---"
END = "# --- end of sync twin ---"

# Names whose sync twin is not the name without "Async"; applied to whole words.
_WORDS = {
    "__aenter__": "__enter__",
    "__aexit__": "__exit__",
    "__aiter__": "__iter__",
    "__anext__": "__next__",
    "aclose": "close",
    "aread": "read",
    "aiter_bytes": "iter_bytes",
    "aiter_raw": "iter_raw",
    "aiter_lines": "iter_lines",
    "aiter_text": "iter_text",
    "anext": "next",
    "StopAsyncIteration": "StopIteration",
    "async_raw_response": "raw_response",
    "asyncio.sleep": "time.sleep",
    "asyncio.Lock": "threading.Lock",
    "AsyncGenerator": "Generator",
    "AsyncIterable": "Iterable",
    "AsyncIterator": "Iterator",
    "AsyncExitStack": "ExitStack",
    "asynccontextmanager": "contextmanager",
    "afetch": "fetch",
    "astore": "store",
    "aget": "get",
    "aset": "set",
    "adelete": "delete",
    "aexecute": "execute",
    "acquire_async": "acquire",
    "_afetch_shared": "_fetch_shared",
    "_ainvalidate": "_invalidate",
    "AbstractAsyncContextManager": "AbstractContextManager",
    "redis.asyncio.Redis": "redis.Redis",
    "The asyncio client": "The synchronous client",
}
_WORD = re.compile(r"\b(" + "|".join(re.escape(word) for word in sorted(_WORDS, key=len, reverse=True)) + r")\b")
_ASYNC_NAME = re.compile(r"\b(_?)Async([A-Z]\w*)")
_KEYWORDS = re.compile(r"\basync (def|for|with)\b")
_AWAIT = re.compile(r"\bawait ")
_MARKS = re.compile(r"\n*" + re.escape(BEGIN) + r".*?" + re.escape(END) + r"\n", re.DOTALL)


def unasync_text(source: str) -> str:
    """The sync form of async source text."""
    text = _KEYWORDS.sub(r"\1", source)
    text = _AWAIT.sub("", text)
    text = _WORD.sub(lambda match: _WORDS[match.group(1)], text)
    return _ASYNC_NAME.sub(r"\1\2", text)


def _is_async(node: ast.stmt) -> bool:
    if isinstance(node, ast.AsyncFunctionDef):
        return True
    return isinstance(node, ast.ClassDef | ast.FunctionDef) and node.name.lstrip("_").startswith("Async")


def _defined(node: ast.stmt) -> str | None:
    return node.name if isinstance(node, ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) else None


def twin(module_text: str) -> str | None:
    """``module_text`` with its sync twin written (replacing the old one), or None: nothing is async."""
    source = _MARKS.sub("\n", module_text).rstrip("\n") + "\n"
    tree = ast.parse(source)
    lines = source.splitlines(keepends=True)
    by_hand = {_defined(node) for node in tree.body} - {None}
    parts = []
    for node in tree.body:
        name = _defined(node)
        if name is not None and unasync_text(name) != name and unasync_text(name) in by_hand:
            continue  # its sync twin is written by hand
        if _is_async(node):
            start = min([node.lineno, *(decorator.lineno for decorator in getattr(node, "decorator_list", []))])
            parts.append("".join(lines[start - 1 : node.end_lineno]).rstrip("\n"))
    if not parts:
        return None
    body = "\n\n\n".join(unasync_text(part) for part in parts)
    return f"{source}\n\n{BEGIN}\n\n\n{body}\n\n\n{END}\n"


def formatted(text: str, path: Path) -> str:
    """``text`` as ``ruff format`` leaves it (a twin's lines are shorter than their async source's)."""
    ruff = Path(sys.executable).parent / "ruff"
    command = [str(ruff), "format", "--stdin-filename", str(path), "-"]
    return subprocess.run(command, input=text, capture_output=True, text=True, check=True, cwd=ROOT).stdout


def sources(root: Path = OVERLAY) -> list[Path]:
    """The modules that carry a sync twin (its markers)."""
    return sorted(path for path in root.rglob("*.py") if BEGIN in path.read_text(encoding="utf-8"))


def _rewritten(path: Path) -> str | None:
    """The module's text with its twin as the async code gives it now, or None where it is current."""
    text = path.read_text(encoding="utf-8")
    written = twin(text)
    written = None if written is None else formatted(written, path)
    return None if written is None or written == text else written


def stale(paths: list[Path] | None = None) -> list[Path]:
    """The modules whose sync twin is not what their async code gives."""
    return [path for path in paths or sources() if _rewritten(path) is not None]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail when a sync twin is stale; write nothing")
    parser.add_argument("files", nargs="*", type=Path, help="modules to give a sync twin (default: those with one)")
    args = parser.parse_args(argv)
    if args.check:
        for path in stale(args.files):
            print(f"{path.relative_to(ROOT)}: the sync twin is stale; run `make generate`", file=sys.stderr)
        return 1 if stale(args.files) else 0
    for path in args.files or sources():
        written = _rewritten(path)
        if written is not None:
            path.write_text(written, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
