"""Load a merged spec from a file or from a git revision, and follow its ``$ref``s.

Loading checks what the comparison relies on (a mapping with ``openapi`` and ``paths``, and every
``$ref`` pointing at something in the same document), so a broken spec is reported once, with the
reason, instead of surfacing as a crash halfway through a comparison.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import attrs
import yaml

from scripts.specbuild.document import get
from scripts.specbuild.errors import SpecBuildError
from scripts.specbuild.pointers import escape
from scripts.specbuild.servers import normalize_servers

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = "openapi/sezzle-api.json"
GIT_PREFIX = "git:"


class SpecLoadError(Exception):
    """A spec could not be read or is not an OpenAPI document we can compare; the text says why."""


def join(pointer: str, *parts: object) -> str:
    return pointer + "".join("/" + escape(part) for part in parts)


@attrs.frozen
class Spec:
    """An OpenAPI document and the name it was loaded under."""

    document: Mapping[str, Any]
    label: str

    def at(self, pointer: str) -> Any:
        return get(self.document, pointer)

    def resolve(self, node: Any, pointer: str) -> tuple[Any, str]:
        """Follow a chain of ``$ref``s; returns the target and its pointer (checked at load time)."""
        seen: set[str] = set()
        while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
            pointer = node["$ref"][1:]
            if pointer in seen:
                break
            seen.add(pointer)
            node = self.at(pointer)
        return node, pointer

    @property
    def paths(self) -> Mapping[str, Any]:
        paths = self.document.get("paths")
        return paths if isinstance(paths, Mapping) else {}

    def components(self, section: str) -> Mapping[str, Any]:
        components = self.document.get("components")
        found = components.get(section) if isinstance(components, Mapping) else None
        return found if isinstance(found, Mapping) else {}


def _refs(node: Any, at: str = "") -> Iterator[tuple[str, Any]]:
    if isinstance(node, Mapping):
        if "$ref" in node:
            yield at, node["$ref"]
        for key, value in node.items():
            yield from _refs(value, join(at, key))
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from _refs(item, join(at, index))


def check(document: Any, label: str) -> Spec:
    """The document as a ``Spec``, or a ``SpecLoadError`` saying what makes it unusable."""
    if not isinstance(document, Mapping):
        raise SpecLoadError(f"{label}: not an OpenAPI document (the top level is not a mapping)")
    if not isinstance(document.get("openapi"), str):
        raise SpecLoadError(f"{label}: not an OpenAPI 3 document (no 'openapi' version)")
    if not isinstance(document.get("paths", {}), Mapping):
        raise SpecLoadError(f"{label}: 'paths' is not a mapping")
    try:  # the build's own server normalization: Sezzle's '/v2' servers with relative paths line up
        document = normalize_servers(dict(document), label)
    except SpecBuildError as exc:
        raise SpecLoadError(str(exc)) from None
    spec = Spec(document, label)
    for where, ref in _refs(document):
        if not isinstance(ref, str) or not ref.startswith("#/"):
            raise SpecLoadError(f"{label}: only local references are supported, found {ref!r} at {where or '/'}")
        chain: set[str] = set()
        target = ref
        while True:
            try:
                node = spec.at(target[1:])
            except KeyError:
                raise SpecLoadError(f"{label}: unresolvable reference {target} at {where or '/'}") from None
            if not (isinstance(node, Mapping) and isinstance(node.get("$ref"), str)):
                break
            if target in chain:
                raise SpecLoadError(f"{label}: circular reference {ref} at {where or '/'}")
            chain.add(target)
            target = node["$ref"]
            if not target.startswith("#/"):
                break
    return spec


def parse(text: str, name: str, label: str) -> Spec:
    """Parse JSON (the merged spec's format) or YAML, by file name, then check it."""
    try:
        document = (
            yaml.safe_load(text)
            if name.endswith((".yaml", ".yml"))
            else json.loads(text)
            if name.endswith(".json")
            else _json_or_yaml(text)
        )
    except (ValueError, yaml.YAMLError) as exc:
        raise SpecLoadError(f"{label}: cannot parse: {exc}") from None
    return check(document, label)


def _json_or_yaml(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return yaml.safe_load(text)


def _git_show(revision: str, path: str, root: Path) -> str:
    try:
        completed = subprocess.run(
            ["git", "-C", str(root), "show", f"{revision}:{path}"],
            capture_output=True,
            text=True,
            check=False,
        )
    except OSError as exc:
        raise SpecLoadError(f"git:{revision}: cannot run git: {exc}") from None
    if completed.returncode != 0:
        reason = (completed.stderr.strip().splitlines() or ["git show failed"])[0]
        raise SpecLoadError(f"git:{revision}:{path}: {reason}")
    return completed.stdout


def load(source: str | Path, *, root: Path = ROOT, spec_path: str = SPEC_PATH) -> Spec:
    """Load ``source``: a file, ``git:REV`` (the spec at ``spec_path`` in that revision) or ``git:REV:PATH``."""
    text_source = str(source)
    if text_source.startswith(GIT_PREFIX):
        revision, _, path = text_source[len(GIT_PREFIX) :].partition(":")
        if not revision:
            raise SpecLoadError(f"{text_source}: name a revision, for example git:HEAD")
        path = path or spec_path
        return parse(_git_show(revision, path, root), path, f"git:{revision}:{path}")
    file = Path(text_source)
    try:
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SpecLoadError(f"{file}: cannot read: {exc}") from None
    return parse(text, file.name, str(file))
