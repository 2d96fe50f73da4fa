"""Read spec sources: the single OpenAPI block of a doc page, or a whole YAML file we wrote ourselves.

A doc page is markdown holding one fenced block whose opening line is three or more backticks followed
by ``yaml <method> <path>``. The fence line names the one operation the block documents; the block
must hold exactly that operation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import yaml

from scripts.specbuild.errors import SpecBuildError
from scripts.specbuild.servers import normalize_servers

HTTP_METHODS = frozenset({"get", "put", "post", "delete", "options", "head", "patch", "trace"})
SourceKind = Literal["page", "supplement"]

FENCE_OPEN = re.compile(r"^(?P<ticks>`{3,})yaml\s+(?P<method>[A-Za-z]+)\s+(?P<path>/\S*)\s*$")

# The C loader is several times faster; the pure-Python one gives the same result.
_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class Source:
    """One OpenAPI document and where it came from."""

    name: str  # file name shown in messages, e.g. ``post-v2-session.md``
    kind: SourceKind
    document: dict[str, Any]
    line: int  # 1-based line of the document's start in the file (fence line + 1 for pages)
    operations: tuple[tuple[str, str], ...]  # (method, normalized path) pairs the document holds


@dataclass(frozen=True)
class SkippedPage:
    """A page with no OpenAPI block: reported, not an error (v1 pages and guides look like this)."""

    name: str


def _load_yaml(text: str, name: str, first_line: int) -> Any:
    try:
        return yaml.load(text, Loader=_Loader)  # noqa: S506 - a safe loader
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = first_line + (mark.line if mark is not None else 0)
        raise SpecBuildError(f"{name}:{line}: bad YAML: {exc.problem or exc}") from None
    except yaml.YAMLError as exc:
        raise SpecBuildError(f"{name}:{first_line}: bad YAML: {exc}") from None


def load_yaml(path: Path) -> Any:
    """A YAML file of ours (names, decisions); bad YAML is a build error naming the file and line."""
    return _load_yaml(path.read_text(encoding="utf-8"), path.name, 1)


def _operations(document: dict[str, Any], name: str, line: int) -> tuple[tuple[str, str], ...]:
    paths = document.get("paths")
    if not isinstance(paths, dict) or not paths:
        raise SpecBuildError(f"{name}:{line}: the OpenAPI document has no paths")
    found: list[tuple[str, str]] = []
    for path, item in paths.items():
        if not isinstance(item, dict):
            raise SpecBuildError(f"{name}:{line}: path {path!r} is not a mapping")
        found.extend((method, str(path)) for method in item if method in HTTP_METHODS)
    if not found:
        raise SpecBuildError(f"{name}:{line}: the OpenAPI document's paths hold no operation")
    return tuple(found)


def read_page(path: Path) -> Source | SkippedPage:
    """Extract the one OpenAPI block of a doc page, checked against its fence line."""
    name = path.name
    lines = path.read_text(encoding="utf-8").splitlines()
    blocks: list[tuple[int, re.Match[str]]] = [
        (number, match) for number, line in enumerate(lines, start=1) if (match := FENCE_OPEN.match(line)) is not None
    ]
    if not blocks:
        return SkippedPage(name)
    if len(blocks) > 1:
        where = ", ".join(str(number) for number, _ in blocks)
        raise SpecBuildError(f"{name}:{blocks[1][0]}: more than one OpenAPI block (lines {where})")
    fence_line, fence = blocks[0]
    ticks = fence.group("ticks")
    closing = next(
        (
            number
            for number in range(fence_line + 1, len(lines) + 1)
            if lines[number - 1].strip().startswith(ticks) and set(lines[number - 1].strip()) == {"`"}
        ),
        None,
    )
    if closing is None:
        raise SpecBuildError(f"{name}:{fence_line}: the OpenAPI block is never closed")
    body = "\n".join(lines[fence_line : closing - 1])
    document = _load_yaml(body, name, fence_line + 1)
    if not isinstance(document, dict):
        raise SpecBuildError(f"{name}:{fence_line + 1}: the OpenAPI block is not a mapping")
    as_written = _operations(document, name, fence_line + 1)
    document = normalize_servers(document, name)
    operations = _operations(document, name, fence_line + 1)
    method, fence_path = fence.group("method").lower(), fence.group("path")
    if ((method, fence_path),) not in (operations, as_written):
        held = ", ".join(f"{m.upper()} {p}" for m, p in operations)
        raise SpecBuildError(
            f"{name}:{fence_line}: the fence names {method.upper()} {fence_path} but the block holds {held}"
        )
    return Source(name, "page", document, fence_line + 1, operations)


def read_supplement(path: Path) -> Source:
    """Read a whole OpenAPI YAML file of ours; it may hold several operations, or none any more."""
    document = _load_yaml(path.read_text(encoding="utf-8"), path.name, 1)
    if not isinstance(document, dict):
        raise SpecBuildError(f"{path.name}:1: not an OpenAPI document (not a mapping)")
    if not document.get("paths"):  # every operation was deleted once pages covered them
        return Source(path.name, "supplement", {**document, "paths": {}}, 1, ())
    document = normalize_servers(document, path.name)
    return Source(path.name, "supplement", document, 1, _operations(document, path.name, 1))
