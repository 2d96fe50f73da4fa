"""Our decisions about Sezzle's API, applied to whatever definition the merge picked.

Each file in ``openapi/decisions/`` is a YAML list. A decision names the operations it is about
(``METHOD /path``, or ``every`` operation that has the location), a location and pointer inside them
(see ``document.py``), a one-line ``reason``, and what it does:

- ``expect``: values the target holds before the change (``null``: the key is absent); pins a defect
  so the build fails when Sezzle fixes or changes it,
- ``replace_with`` a schema (the node at the pointer itself, even a ``$ref``), ``set`` keys,
  ``remove`` keys (absent is fine), ``require`` or ``unrequire`` property names, ``add_properties``,
  ``extend_enum``,
- at the operation itself: ``add_parameters``, ``add_responses``,
- ``or_single_item``: a list answer may also be one bare item (Sezzle's error bodies),
- ``nullable_optional``: every optional property below the target (through ``$ref``s, ``allOf``,
  items) also accepts null; inline objects are left as they are, and a reference or an inline enum
  becomes ``anyOf: [it, null]`` (names.yaml names such an enum at ``.../anyOf/0``).

A decision never changes an operation it does not name: where its pointer passes into a component that
other operations also use, the change is stated beside that ``$ref`` (OpenAPI 3.1 applies such
keywords together with the reference), unless the decision says ``shared: true``, which changes the
component for everyone. A decision whose operation, location or target is gone, or whose ``expect``
no longer holds, fails the build with its id: Sezzle's docs changed there and the decision must be
reviewed.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scripts.specbuild.document import (
    Usage,
    component_of,
    get,
    locations,
    operations,
    parse_operation_key,
    split_location,
    walk,
)
from scripts.specbuild.errors import SpecBuildError
from scripts.specbuild.pointers import strip_docs
from scripts.specbuild.sources import load_yaml

EVERY = "every"
_ACTIONS = (
    "replace_with",
    "set",
    "remove",
    "require",
    "unrequire",
    "add_properties",
    "extend_enum",
    "add_parameters",
    "add_responses",
    "or_single_item",
    "nullable_optional",
)
# What can be said beside a $ref without changing the component behind it.
_BESIDE_REF = frozenset({"set", "require"})
_KEYS = frozenset({"id", "operation", "operations", "at", "reason", "source", "shared", "expect", *_ACTIONS})


@dataclass(frozen=True)
class Decision:
    id: str
    file: str
    operations: tuple[str, ...] | None  # None: every operation that has the location
    at: str
    reason: str
    source: str | None = None
    shared: bool = False
    expect: dict[str, Any] = field(default_factory=dict)
    actions: dict[str, Any] = field(default_factory=dict)

    @property
    def label(self) -> str:
        return f"decision {self.id} ({self.file})"


@dataclass(frozen=True)
class Applied:
    """One place a decision reached."""

    decision: str
    operation: str
    target: str  # pointer of the node changed
    how: str  # "in place" or "beside $ref"


@dataclass
class DecisionReport:
    applied: list[Applied] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)

    def reached(self) -> dict[str, set[str]]:
        """For each decision, the operations it reached."""
        found: dict[str, set[str]] = {}
        for item in self.applied:
            found.setdefault(item.decision, set()).add(item.operation)
        return found


def _fail(where: str, problem: str) -> SpecBuildError:
    return SpecBuildError(f"{where}: {problem}")


def _parse(entry: Any, file: str, index: int, seen: set[str]) -> Decision:
    where = f"{file}: decision {index}"
    if not isinstance(entry, dict):
        raise _fail(where, "a decision is a mapping")
    ident = entry.get("id")
    if not isinstance(ident, str) or not ident:
        raise _fail(where, "needs an 'id'")
    where = f"decision {ident} ({file})"
    if ident in seen:
        raise _fail(where, "another decision has the same id")
    seen.add(ident)
    unknown = sorted(set(entry) - _KEYS)
    if unknown:
        hint = " (decisions name operations, never components)" if {"component", "path"} & set(unknown) else ""
        raise _fail(where, f"unknown keys {unknown}{hint}")
    reason = str(entry.get("reason") or "").strip()
    if not reason or "\n" in reason:
        raise _fail(where, "needs a one-line 'reason'")
    if ("operation" in entry) == ("operations" in entry):
        raise _fail(where, "give exactly one of 'operation' or 'operations'")
    raw = entry.get("operation", entry.get("operations"))
    targets: tuple[str, ...] | None
    if raw == EVERY:
        targets = None
    else:
        listed = [raw] if isinstance(raw, str) else raw
        if not isinstance(listed, list) or not listed or not all(isinstance(item, str) for item in listed):
            raise _fail(where, "'operations' is 'every' or a list of 'METHOD /path'")
        for item in listed:
            try:
                parse_operation_key(item)
            except ValueError as exc:
                raise _fail(where, str(exc)) from None
        targets = tuple(listed)
    actions = {key: entry[key] for key in _ACTIONS if key in entry}
    if not actions and "expect" not in entry:
        raise _fail(where, f"does nothing: give one of {', '.join(_ACTIONS)}")
    at = entry.get("at", "")
    if not isinstance(at, str):
        raise _fail(where, "'at' is a location and pointer, e.g. request/properties/order")
    expect = entry.get("expect") or {}
    if not isinstance(expect, dict):
        raise _fail(where, "'expect' is a mapping")
    return Decision(
        ident, file, targets, at.strip("/"), reason, entry.get("source"), bool(entry.get("shared")), expect, actions
    )


def load_decisions(directory: Path) -> list[Decision]:
    decisions: list[Decision] = []
    seen: set[str] = set()
    for path in sorted(directory.glob("*.yaml")) if directory.is_dir() else []:
        raw = load_yaml(path) or []
        if not isinstance(raw, list):
            raise SpecBuildError(f"{path.name}: a decisions file is a list of decisions")
        decisions.extend(_parse(entry, path.name, index, seen) for index, entry in enumerate(raw, start=1))
    return decisions


def _check_expect(decision: Decision, node: Any, where: str) -> None:
    for key, value in decision.expect.items():
        present = isinstance(node, dict) and key in node
        if value is None and not present:
            continue
        if not present or node[key] != value:
            held = node.get(key, "<absent>") if isinstance(node, dict) else node
            raise _fail(
                where,
                f"expected {key} = {value!r}, found {held!r}: Sezzle's docs changed there; check whether "
                f"the decision still applies ({decision.reason}), then update or delete it",
            )


def _merge_beside(holder: dict[str, Any], addition: dict[str, Any]) -> None:
    for key, value in addition.items():
        if key == "required" and isinstance(holder.get(key), list):
            holder[key] += [name for name in value if name not in holder[key]]
        elif isinstance(value, dict) and isinstance(holder.get(key), dict):
            _merge_beside(holder[key], value)
        else:
            holder[key] = copy.deepcopy(value)


def _same(left: Any, right: Any) -> bool:
    return bool(strip_docs(left) == strip_docs(right))


class _Applier:
    def __init__(self, document: dict[str, Any], report: DecisionReport) -> None:
        self.document = document
        self.report = report
        self.done: set[tuple[str, str]] = set()

    def apply(self, decision: Decision) -> None:
        index = operations(self.document)
        used = Usage(self.document)
        location, tokens = split_location(decision.at)
        reached = 0
        covered = set(decision.operations if decision.operations is not None else index)
        for key in decision.operations if decision.operations is not None else tuple(index):
            where = f"{decision.label}, {key} at {decision.at or '(the operation)'}"
            if key not in index:
                raise _fail(where, "no source defines this operation any more: review the decision")
            try:
                starts = locations(self.document, index[key], location)
                follow_last = "replace_with" not in decision.actions
                walks = [walk(self.document, start, tokens, covered, used, follow_last) for start in starts]
            except KeyError as exc:
                if decision.operations is None:
                    continue
                raise _fail(where, f"target not found ({exc.args[0]}): Sezzle's docs changed there") from None
            for start, found in zip(starts, walks, strict=True):
                shared_location = component_of(start)
                others = used.get(shared_location, set()) - covered if shared_location else set()
                if others and not decision.shared:
                    raise _fail(
                        where,
                        f"the location lies in {shared_location}, which {len(others)} other operations use: "
                        f"say 'shared: true' if the decision is meant for all of them",
                    )
                self._one(decision, key, found, where)
                reached += 1
        if reached == 0:
            raise _fail(decision.label, f"reached no operation at {decision.at}: Sezzle's docs changed there")

    def _one(self, decision: Decision, operation: str, found: Any, where: str) -> None:
        node = get(self.document, found.at)
        beside = found.anchor is not None and not decision.shared
        target = found.anchor if beside else found.at
        if (decision.id, target) in self.done and not beside:
            self.report.applied.append(Applied(decision.id, operation, target, "in place"))
            return
        self.done.add((decision.id, target))
        _check_expect(decision, node, where)
        if beside:
            refused = sorted(set(decision.actions) - _BESIDE_REF)
            if refused:
                component = found.components[0] if found.components else "?"
                raise _fail(
                    where,
                    f"{', '.join(refused)} would change {component}, which other operations use: "
                    f"say 'shared: true' if it is meant for all of them",
                )
            addition: dict[str, Any] = dict(copy.deepcopy(decision.actions.get("set") or {}))
            if "require" in decision.actions:
                addition["required"] = list(decision.actions["require"])
            for token in reversed(found.remaining):
                addition = {token: addition}
            _merge_beside(get(self.document, found.anchor), addition)
            self.report.applied.append(Applied(decision.id, operation, target, "beside $ref"))
            return
        self._in_place(decision, node, where)
        self.report.applied.append(Applied(decision.id, operation, target, "in place"))

    def _in_place(self, decision: Decision, node: Any, where: str) -> None:
        actions = decision.actions
        if not isinstance(node, dict):
            raise _fail(where, "the target is not a mapping")
        if "replace_with" in actions:
            node.clear()
            node.update(copy.deepcopy(actions["replace_with"]))
        for key in actions.get("remove") or []:
            node.pop(key, None)
        node.update(copy.deepcopy(actions.get("set") or {}))
        if "require" in actions:
            required = node.setdefault("required", [])
            required += [name for name in actions["require"] if name not in required]
        if "unrequire" in actions:
            kept = [name for name in node.get("required", []) if name not in actions["unrequire"]]
            if kept:
                node["required"] = kept
            else:
                node.pop("required", None)
        if "add_properties" in actions:
            self._add_properties(node, actions["add_properties"], where)
        if "extend_enum" in actions:
            if not isinstance(node.get("enum"), list):
                raise _fail(where, "extend_enum: the target has no enum")
            node["enum"] += [value for value in actions["extend_enum"] if value not in node["enum"]]
        if "add_parameters" in actions:
            self._add_parameters(node, actions["add_parameters"], where)
        if "add_responses" in actions:
            responses = node.setdefault("responses", {})
            for status, response in actions["add_responses"].items():
                responses.setdefault(str(status), copy.deepcopy(response))
        if actions.get("nullable_optional"):
            _NullableOptionals(self.document).visit(node, frozenset())
        if actions.get("or_single_item"):
            if node.get("type") != "array" or "items" not in node:
                raise _fail(where, "or_single_item: the target is not a list schema")
            listed = {key: node.pop(key) for key in list(node) if key not in {"description"}}
            node["oneOf"] = [listed, copy.deepcopy(listed["items"])]

    def _add_properties(self, node: dict[str, Any], properties: dict[str, Any], where: str) -> None:
        holder = node
        if "properties" not in node and node.get("allOf"):
            inline = [member for member in node["allOf"] if isinstance(member, dict) and "properties" in member]
            holder = inline[-1] if inline else node
        existing = holder.setdefault("properties", {})
        for name, schema in properties.items():
            if name in existing:
                if not _same(existing[name], schema):
                    raise _fail(where, f"property {name!r} is documented now, differently: review the decision")
                continue
            existing[name] = copy.deepcopy(schema)

    def _add_parameters(self, node: dict[str, Any], parameters: list[dict[str, Any]], where: str) -> None:
        existing = node.setdefault("parameters", [])
        for parameter in parameters:
            same = [
                index
                for index, have in enumerate(existing)
                if have.get("name") == parameter.get("name") and have.get("in") == parameter.get("in")
            ]
            if same:
                if not _same(existing[same[0]], parameter):
                    raise _fail(where, f"parameter {parameter.get('name')!r} is documented now, differently")
                continue
            existing.append(copy.deepcopy(parameter))


class _NullableOptionals:
    """Let every optional property accept null, once per schema however often it is reached."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.seen: set[int] = set()

    def _target(self, node: Any) -> Any:
        while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/"):
            node = get(self.document, node["$ref"][1:])
        return node

    def visit(self, node: Any, required: frozenset[str]) -> None:
        node = self._target(node)
        if not isinstance(node, dict) or id(node) in self.seen:
            return
        self.seen.add(id(node))
        required = required | frozenset(node.get("required") or [])
        for member in node.get("allOf") or []:  # a required list in any part holds for the whole
            required |= frozenset(self._target(member).get("required") or [])
        for member in node.get("allOf") or []:
            self.seen.discard(id(self._target(member)))  # a member is read with its composite's required list
            self.visit(member, required)
        for keyword in ("anyOf", "oneOf"):
            for member in node.get(keyword) or []:
                self.visit(member, frozenset())
        if isinstance(node.get("items"), dict):
            self.visit(node["items"], frozenset())
        for name, schema in (node.get("properties") or {}).items():
            self.visit(schema, frozenset())
            if name not in required:
                node["properties"][name] = _nullable(schema)


def _nullable(schema: Any) -> Any:
    if not isinstance(schema, dict):
        return schema
    if "$ref" in schema or "enum" in schema:  # a reference, or an enum the generator names as a class
        documentation = {key: schema[key] for key in ("description",) if key in schema}
        inner = {key: value for key, value in schema.items() if key not in documentation}
        return {"anyOf": [inner, {"type": "null"}], **documentation}
    kinds = schema.get("type")
    if isinstance(kinds, str) and kinds != "object":
        schema = {**schema, "type": [kinds, "null"]}
    elif isinstance(kinds, list) and "object" not in kinds and "null" not in kinds:
        schema = {**schema, "type": [*kinds, "null"]}
    else:
        return schema
    return schema


def apply_decisions(document: dict[str, Any], decisions: list[Decision]) -> DecisionReport:
    """Apply every decision in file order; the report says where each one landed."""
    report = DecisionReport()
    applier = _Applier(document, report)
    for decision in decisions:
        applier.apply(decision)
    return report


def describe(report: DecisionReport) -> str:
    reached = report.reached()
    pairs = sum(len(ops) for ops in reached.values())
    return f"{len(reached)} decisions reached {pairs} operation targets"
