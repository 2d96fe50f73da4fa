"""The Python names of every operation, whatever a source called things: ``openapi/names.yaml``.

The generator names a function after the operationId, its module after the first tag, and a class
after the component a schema is defined under (or, for an inline schema, after the operation). Sources
choose all three, and the next docs change may choose differently; this file pins them per operation:

    operations:
      POST /v2/order/{order_uuid}/capture:
        function: capture_order        # sezzle_api.api.<module>.capture_order
        module: Orders                 # the tag: sezzle_api.api.orders
        request: CaptureRequest        # the class of the JSON request body
        responses: {"200": OrderTransaction, "201": list[X]}
        schemas: {responses/201/allOf/0: LinkedResource}   # any other schema, by location and pointer
    every_operation:
      schemas: {responses/4XX: ErrorsV2}                   # for every operation that has the location

An inline schema is hoisted into a component of that name; a ``$ref`` to a component of another name
renames it (or, where a component of the wanted name already has the same structure, points at that
one). An operation without an entry, an entry without an operation, and two entries that want one
schema under two names all fail the build.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scripts.specbuild.document import (
    get,
    locations,
    operations,
    parse_operation_key,
    put,
    rename_component,
    repoint,
    split_location,
    usage,
    walk,
)
from scripts.specbuild.errors import SpecBuildError
from scripts.specbuild.pointers import differences, escape, strip_docs
from scripts.specbuild.sources import load_yaml

_FUNCTION = re.compile(r"^[a-z][a-z0-9_]*$")
_CLASS = re.compile(r"^[A-Z][A-Za-z0-9]*$")
_LIST = re.compile(r"^list\[(?P<name>[A-Z][A-Za-z0-9]*)\]$")
_PREFIX = "#/components/schemas/"


@dataclass(frozen=True)
class OperationNames:
    function: str
    module: str
    schemas: dict[str, str] = field(default_factory=dict)  # location/pointer -> class name


@dataclass(frozen=True)
class Names:
    operations: dict[str, OperationNames]
    every_operation: dict[str, str] = field(default_factory=dict)


def _schemas(entry: dict[str, Any], where: str) -> dict[str, str]:
    found: dict[str, str] = {}
    if entry.get("request") is not None:
        found["request"] = entry["request"]
    for status, name in (entry.get("responses") or {}).items():
        if name is None:
            continue
        match = _LIST.match(str(name))
        found[f"responses/{status}/items" if match else f"responses/{status}"] = match["name"] if match else name
    for at, name in (entry.get("schemas") or {}).items():
        found[str(at).strip("/")] = name
    for at, name in found.items():
        if not isinstance(name, str) or not _CLASS.match(name):
            raise SpecBuildError(f"{where}: {at}: {name!r} is not a class name (PascalCase)")
    return found


def load_names(path: Path) -> Names:
    if not path.exists():
        raise SpecBuildError(f"{path.name} is missing: it names every operation's Python function and classes")
    raw = load_yaml(path) or {}
    if not isinstance(raw, dict) or not isinstance(raw.get("operations", {}), dict):
        raise SpecBuildError(f"{path.name}: expected a mapping with 'operations'")
    unknown = sorted(set(raw) - {"operations", "every_operation"})
    if unknown:
        raise SpecBuildError(f"{path.name}: unknown keys {unknown}")
    entries: dict[str, OperationNames] = {}
    for key, entry in (raw.get("operations") or {}).items():
        where = f"{path.name}: {key}"
        try:
            parse_operation_key(key)
        except ValueError as exc:
            raise SpecBuildError(f"{where}: {exc}") from None
        if not isinstance(entry, dict):
            raise SpecBuildError(f"{where}: expected a mapping with function, module, request, responses")
        unknown = sorted(set(entry) - {"function", "module", "request", "responses", "schemas"})
        if unknown:
            raise SpecBuildError(f"{where}: unknown keys {unknown}")
        function, module = entry.get("function"), entry.get("module")
        if not isinstance(function, str) or not _FUNCTION.match(function):
            raise SpecBuildError(f"{where}: 'function' must be a snake_case name, got {function!r}")
        if not isinstance(module, str) or not module.strip():
            raise SpecBuildError(f"{where}: needs a 'module' (the tag its function is generated under)")
        entries[key] = OperationNames(function, module, _schemas(entry, where))
    every = _schemas(raw.get("every_operation") or {}, f"{path.name}: every_operation")
    functions: dict[tuple[str, str], str] = {}
    for key, entry in entries.items():
        other = functions.setdefault((entry.module, entry.function), key)
        if other != key:
            raise SpecBuildError(f"{path.name}: {other} and {key} both name {entry.module}.{entry.function}")
    return Names(entries, every)


def _pascal(text: str) -> str:
    words = re.findall(r"[A-Za-z0-9]+", re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", text))
    return "".join(word[:1].upper() + word[1:] for word in words) or "Unnamed"


def _snake(text: str) -> str:
    return re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", text).replace("-", "_").lower() or "unnamed"


def suggested_entry(document: dict[str, Any], key: str, op_at: str) -> str:
    """The names.yaml entry to add for an operation, from what its source called things."""
    op = get(document, op_at)
    function = _snake(str(op.get("operationId") or key.split(" ", 1)[1].strip("/").replace("/", "_")))
    module = (op.get("tags") or ["default"])[0]
    lines = [f"  {key}:", f"    function: {re.sub(r'[^a-z0-9_]', '_', function)}", f"    module: {module}"]

    def class_at(location: str, fallback: str) -> str | None:
        try:
            (at,) = locations(document, op_at, location)
        except (KeyError, ValueError):
            return None
        node = get(document, at)
        ref = node.get("$ref") if isinstance(node, dict) else None
        if isinstance(ref, str) and ref.startswith(_PREFIX):
            return ref[len(_PREFIX) :]
        if isinstance(node, dict) and node.get("type") == "array":
            item = node.get("items") or {}
            inner = item.get("$ref", "") if isinstance(item, dict) else ""
            return f"list[{inner[len(_PREFIX) :] if inner.startswith(_PREFIX) else fallback + 'Item'}]"
        return fallback if isinstance(node, dict) and node.get("type") in {"object", None} else None

    request = class_at("request", _pascal(function) + "Request")
    if request:
        lines.append(f"    request: {request}")
    answers = {
        str(status): name
        for status in op.get("responses") or {}
        if str(status).startswith("2") and (name := class_at(f"responses/{status}", _pascal(function) + "Response"))
    }
    if answers:
        lines.append("    responses: {" + ", ".join(f'"{status}": {name}' for status, name in answers.items()) + "}")
    return "\n".join(lines)


def _name_schema(document: dict[str, Any], at: str, name: str, where: str) -> None:
    """Make the schema at ``at`` the component ``name``: hoist, rename or point at an equal one."""
    schemas = document.setdefault("components", {}).setdefault("schemas", {})
    node = get(document, at)
    wanted_ref = _PREFIX + escape(name)
    ref = node.get("$ref") if isinstance(node, dict) else None
    if isinstance(ref, str) and ref.startswith(_PREFIX):
        current = ref[len(_PREFIX) :]
        if current == name:
            return
        if name not in schemas:
            rename_component(document, current, name)
            return
        if strip_docs(schemas[current]) != strip_docs(schemas[name]):
            if _in_use(document, name):
                raise _conflict(where, name, schemas[name], schemas[current], f"component {current}")
            schemas[name] = schemas[current]  # the old definition of that name is no operation's any more
        repoint(document, _PREFIX + escape(current), wanted_ref)
        del schemas[current]
        return
    if isinstance(ref, str):
        raise SpecBuildError(f"{where}: the schema is a reference outside components/schemas ({ref})")
    if name in schemas and strip_docs(schemas[name]) != strip_docs(node) and _in_use(document, name):
        raise _conflict(where, name, schemas[name], node, "the inline schema")
    if name not in schemas or strip_docs(schemas[name]) != strip_docs(node):
        schemas[name] = node  # new, or a component no operation uses any more (a replaced definition)
    put(document, at, {"$ref": wanted_ref})


def _in_use(document: dict[str, Any], name: str) -> bool:
    """Whether any operation reaches the component ``name``."""
    return "/components/schemas/" + escape(name) in usage(document)


def _conflict(where: str, name: str, existing: Any, other: Any, what: str) -> SpecBuildError:
    found = differences(strip_docs(existing), strip_docs(other), "/components/schemas/" + escape(name))
    return SpecBuildError(
        f"{where}: should be class {name}, but {what} differs in structure from the {name} another operation "
        f"uses, at {', '.join(found)}; give it another name, or settle the difference with a decision"
    )


def _targets(document: dict[str, Any], op_at: str, key: str, at: str) -> list[str]:
    location, tokens = split_location(at)
    # Naming needs only where the pointer leads, not which components others share: no usage map.
    return [
        walk(document, start, tokens, {key}, {}, follow_last=False).at for start in locations(document, op_at, location)
    ]


def apply_names(document: dict[str, Any], names: Names) -> None:
    """Set every operation's operationId, tag and class names, then check each one holds."""
    index = operations(document)
    missing = [key for key in index if key not in names.operations]
    if missing:
        entries = "\n".join(suggested_entry(document, key, index[key]) for key in missing)
        raise SpecBuildError(
            f"names.yaml has no entry for {len(missing)} operation(s): {', '.join(missing)}. "
            f"Add (and adjust) under 'operations:':\n{entries}"
        )
    gone = [key for key in names.operations if key not in index]
    if gone:
        raise SpecBuildError(f"names.yaml names operation(s) no source defines: {', '.join(gone)}; delete the entries")
    wanted: list[tuple[str, str, str]] = []  # (operation, location/pointer, class)
    for key, op_at in index.items():
        entry = names.operations[key]
        op = get(document, op_at)
        op["operationId"] = entry.function
        op["tags"] = [entry.module]
        wanted += [(key, at, name) for at, name in entry.schemas.items()]
        for at, name in names.every_operation.items():
            try:
                _targets(document, op_at, key, at)
            except KeyError:
                continue
            wanted.append((key, at, name))
    wanted.sort(key=lambda item: -item[1].count("/"))  # inner schemas first, so an outer one compares named parts
    for key, at, name in wanted:
        where = f"names.yaml: {key} {at}"
        try:
            targets = _targets(document, index[key], key, at)
        except KeyError as exc:
            raise SpecBuildError(f"{where}: not found ({exc.args[0]})") from None
        for target in targets:
            _name_schema(document, target, name, where)
    for key, at, name in wanted:
        for target in _targets(document, index[key], key, at):
            node = get(document, target)
            if not (isinstance(node, dict) and node.get("$ref") == _PREFIX + escape(name)):
                held = node.get("$ref", "an inline schema") if isinstance(node, dict) else node
                raise SpecBuildError(
                    f"names.yaml: {key} {at} should be class {name} but is {held}: another entry names the same "
                    f"schema differently"
                )
    _tidy_tags(document, [names.operations[key].module for key in index])


def _tidy_tags(document: dict[str, Any], modules: list[str]) -> None:
    """The document's tag list is exactly the modules in use, keeping a source's description of each."""
    if "tags" not in document:
        return
    described = {tag.get("name"): tag for tag in document.get("tags") or [] if isinstance(tag, dict)}
    document["tags"] = [described.get(name, {"name": name}) for name in sorted(set(modules))]
