"""Merge many single-operation OpenAPI documents into one.

Paths are united; an operation defined twice must be identical, except that a vendored page always
wins over a supplement of ours (the supplement's operation is then reported as ready to delete, and
the components only it used are left out). Components are united by name: definitions that differ
only in documentation are settled by a fixed rule (the first source in build order wins, pages before
supplements, each by file name) and reported; definitions that differ in structure fail the build,
listing every place they differ, unless a resolution in ``openapi/resolutions.yaml`` settles them.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from scripts.specbuild.document import reachable_components
from scripts.specbuild.errors import SpecBuildError
from scripts.specbuild.pointers import differences, first_difference, pointer, strip_docs
from scripts.specbuild.sources import HTTP_METHODS, Source


@dataclass(frozen=True)
class Resolution:
    """How to settle one component that sources define differently in structure."""

    component: str  # ``<section>/<name>``, e.g. ``schemas/Link``
    reason: str
    prefer: str | None = None  # the source whose definition wins
    definition: Any = None  # or the definition to use instead of any source's


@dataclass
class Merged:
    document: dict[str, Any]
    notices: list[str] = field(default_factory=list)


def load_resolutions(path: Path) -> dict[str, Resolution]:
    """Read the resolutions file; a missing file means no resolutions."""
    if not path.exists():
        return {}
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    if not isinstance(raw, list):
        raise SpecBuildError(f"{path.name}: expected a list of resolutions")
    resolutions: dict[str, Resolution] = {}
    for index, entry in enumerate(raw, start=1):
        where = f"{path.name}: resolution {index}"
        if not isinstance(entry, dict) or not isinstance(entry.get("component"), str):
            raise SpecBuildError(f"{where}: needs 'component: <section>/<name>'")
        if not str(entry.get("reason") or "").strip():
            raise SpecBuildError(f"{where} ({entry['component']}): needs a one-line 'reason'")
        if ("prefer" in entry) == ("definition" in entry):
            raise SpecBuildError(f"{where} ({entry['component']}): give exactly one of 'prefer' or 'definition'")
        resolution = Resolution(entry["component"], entry["reason"], entry.get("prefer"), entry.get("definition"))
        resolutions[resolution.component] = resolution
    return resolutions


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def _build_order(sources: Sequence[Source]) -> list[Source]:
    return sorted(sources, key=lambda source: (source.kind != "page", source.name))


def _with_security(operation: dict[str, Any], source_security: Any, merged_security: Any) -> dict[str, Any]:
    """Pin a source's document-wide security on its operations when it differs from the merged one."""
    if "security" in operation or source_security == merged_security:
        return operation
    return {**operation, "security": source_security if source_security is not None else []}


def _owners(order: list[Source]) -> dict[tuple[str, str], Source]:
    """Which source defines each operation: a page wins over a supplement of ours."""
    owner: dict[tuple[str, str], Source] = {}
    for source in order:
        for method, path in source.operations:
            first = owner.get((path, method))
            if first is None or (first.kind == "supplement" and source.kind == "page"):
                owner[(path, method)] = source
    return owner


def _merge_paths(
    order: list[Source], owner: dict[tuple[str, str], Source], merged_security: Any, notices: list[str]
) -> dict[str, Any]:
    paths: dict[str, dict[str, Any]] = {}
    placed: dict[tuple[str, str], Source] = {}
    for source in order:
        for path, item in source.document["paths"].items():
            for key, value in item.items():
                if key not in HTTP_METHODS:
                    target = paths.setdefault(path, {})
                    if key in target and target[key] != value:
                        where = first_difference(target[key], value, pointer("paths", path, key))
                        raise SpecBuildError(
                            f"{source.name}: path {path} '{key}' differs from another source at {where}"
                        )
                    target[key] = value
                    continue
                winner = owner[(path, key)]
                if winner.kind == "page" and source.kind == "supplement":
                    notices.append(
                        f"{key.upper()} {path} in supplement {source.name} is now covered by page "
                        f"{winner.name}: the page wins; delete the operation from the supplement"
                    )
                    continue
                operation = _with_security(value, source.document.get("security"), merged_security)
                first = placed.get((path, key))
                target = paths.setdefault(path, {})
                if first is None:
                    placed[(path, key)] = source
                    target[key] = operation
                elif target[key] != operation:
                    where = first_difference(target[key], operation, pointer("paths", path, key))
                    raise SpecBuildError(
                        f"{key.upper()} {path} is defined by both {first.name} and {source.name}, "
                        f"differently (first difference at {where})"
                    )
    return paths


def _used_components(source: Source, owner: dict[tuple[str, str], Source]) -> set[str]:
    """The ``section/name`` of each component the source's winning operations reach."""
    roots: list[Any] = []
    for path, item in source.document["paths"].items():
        won = [method for method in item if method in HTTP_METHODS and owner[(path, method)] is source]
        roots += [item[method] for method in won]
        if won:
            roots.append({key: value for key, value in item.items() if key not in HTTP_METHODS})
    reached = reachable_components(source.document, roots)
    return {target.split("/", 2)[2] for target in reached}


def _merge_components(
    order: list[Source],
    owner: dict[tuple[str, str], Source],
    resolutions: Mapping[str, Resolution],
    notices: list[str],
) -> dict[str, dict[str, Any]]:
    seen: dict[tuple[str, str], list[tuple[Source, Any]]] = {}
    for source in order:
        reached = _used_components(source, owner)
        for section, entries in (source.document.get("components") or {}).items():
            if not isinstance(entries, dict):
                raise SpecBuildError(f"{source.name}: components/{section} is not a mapping")
            for name, value in entries.items():
                if section == "securitySchemes" or f"{section}/{name}" in reached:
                    seen.setdefault((section, name), []).append((source, value))

    conflicts: list[str] = []
    used: set[str] = set()
    components: dict[str, dict[str, Any]] = {}
    for (section, name), definitions in seen.items():
        key = f"{section}/{name}"
        base = pointer("components", section, name)
        shapes: dict[str, list[tuple[Source, Any]]] = {}
        for source, value in definitions:
            shapes.setdefault(_canonical(strip_docs(value)), []).append((source, value))
        chosen = definitions[0][1]
        if len(shapes) > 1:
            resolution = resolutions.get(key)
            groups = list(shapes.values())
            if resolution is None:
                found = differences(strip_docs(groups[0][0][1]), strip_docs(groups[1][0][1]), base)
                variants = "; ".join(
                    "definition {} in {}".format(number, ", ".join(source.name for source, _ in group))
                    for number, group in enumerate(groups, start=1)
                )
                conflicts.append(
                    f"component {key} differs in structure: {variants}; definitions 1 and 2 differ at "
                    f"{len(found)} place(s): {', '.join(found)}"
                )
                continue
            used.add(key)
            if resolution.prefer is not None:
                preferred = [value for source, value in definitions if source.name == resolution.prefer]
                if not preferred:
                    raise SpecBuildError(
                        f"resolution for {key} prefers {resolution.prefer}, which does not define it "
                        f"(defined by {', '.join(source.name for source, _ in definitions)})"
                    )
                chosen = preferred[0]
                notices.append(f"component {key}: sources disagree in structure; resolved: {resolution.prefer} wins")
            else:
                chosen = resolution.definition
                notices.append(f"component {key}: sources disagree in structure; resolved by an explicit definition")
        elif len({_canonical(value) for _, value in definitions}) > 1:
            kept = definitions[0][0]
            other = next(value for _, value in definitions if _canonical(value) != _canonical(chosen))
            where = first_difference(chosen, other, base)
            names = ", ".join(sorted({source.name for source, _ in definitions}))
            notices.append(
                f"component {key} differs only in documentation between {names} "
                f"(first at {where}); kept the one from {kept.name}"
            )
        components.setdefault(section, {})[name] = chosen
    if conflicts:
        raise SpecBuildError(
            "\n".join(conflicts)
            + "\nsettle each in resolutions.yaml ('component', a one-line 'reason', and 'prefer: <source>' or "
            "'definition')"
        )
    for key in sorted(set(resolutions) - used):
        notices.append(f"resolution for {key} is no longer needed: no sources disagree there")
    return components


def merge(sources: Sequence[Source], resolutions: Mapping[str, Resolution]) -> Merged:
    """Unite the sources' paths and components into one document."""
    if not sources:
        raise SpecBuildError("no OpenAPI sources to merge")
    order = _build_order(sources)
    notices: list[str] = []
    first = order[0].document
    versions = sorted({str(source.document.get("openapi")) for source in order})
    if len(versions) > 1:
        raise SpecBuildError(f"sources use different OpenAPI versions: {', '.join(versions)}")
    security = first.get("security")
    document: dict[str, Any] = {key: value for key, value in first.items() if key not in {"paths", "components"}}
    servers: list[Any] = []
    tags: dict[str, Any] = {}
    for source in order:
        for server in source.document.get("servers") or []:
            if all(existing.get("url") != server.get("url") for existing in servers):
                servers.append(server)
        for tag in source.document.get("tags") or []:
            tags.setdefault(tag.get("name"), tag)
    if servers:
        document["servers"] = servers
    if tags:
        document["tags"] = list(tags.values())
    owner = _owners(order)
    for source in order:
        if (
            source.kind == "supplement"
            and source.operations
            and all(owner[(path, method)] is not source for method, path in source.operations)
        ):
            notices.append(f"supplement {source.name}: every operation is covered by pages: delete the file")
    document["paths"] = _merge_paths(order, owner, security, notices)
    components = _merge_components(order, owner, resolutions, notices)
    if components:
        document["components"] = components
    return Merged(document, notices)
