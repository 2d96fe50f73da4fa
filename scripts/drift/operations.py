"""Compare one operation in two specs: names, parameters, request body, responses, security, servers."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

import attrs

from scripts.drift.findings import Change
from scripts.drift.flatten import Site
from scripts.drift.schemas import Direction, SchemaComparer, Side
from scripts.drift.spec import Spec, join
from scripts.specbuild.sources import HTTP_METHODS

_TEMPLATE = re.compile(r"\{([^}/]+)\}")


def normalized(path: str) -> str:
    """The path with parameter names blanked: renaming a path parameter keeps the same endpoint."""
    return _TEMPLATE.sub("{}", path)


@attrs.frozen
class Operation:
    method: str
    path: str
    node: Mapping[str, Any]
    item: Mapping[str, Any]

    @property
    def pointer(self) -> str:
        return join("/paths", self.path, self.method)

    @property
    def label(self) -> str:
        return f"{self.method.upper()} {self.path}"


def operations(spec: Spec) -> dict[tuple[str, str], Operation]:
    found: dict[tuple[str, str], Operation] = {}
    for path, item in spec.paths.items():
        if not isinstance(item, Mapping):
            continue
        for method, node in item.items():
            if method in HTTP_METHODS and isinstance(node, Mapping):
                found[(method, normalized(path))] = Operation(method, path, node, item)
    return found


@attrs.frozen
class Parameter:
    location: str
    name: str
    required: bool
    schema: Any
    pointer: str

    @property
    def label(self) -> str:
        return f"{self.location} parameter {self.name}"


def parameters(spec: Spec, operation: Operation) -> dict[tuple[str, str], Parameter]:
    """Effective parameters by identity: path parameters by position, others by location and name."""
    found: dict[tuple[str, str], Parameter] = {}
    positions = {name: str(index) for index, name in enumerate(_TEMPLATE.findall(operation.path))}
    levels = ((join("/paths", operation.path), operation.item), (operation.pointer, operation.node))
    for base, owner in levels:
        listed = owner.get("parameters")
        for index, raw in enumerate(listed if isinstance(listed, list) else []):
            node, pointer = spec.resolve(raw, join(base, "parameters", index))
            if not isinstance(node, Mapping) or not isinstance(node.get("name"), str):
                continue
            location, name = str(node.get("in")), str(node["name"])
            identity = positions.get(name, name) if location == "path" else name
            key = (location, identity.lower() if location == "header" else identity)
            required = location == "path" or node.get("required") is True
            found[key] = Parameter(location, name, required, node.get("schema"), pointer)
    return found


def security(spec: Spec, operation: Operation) -> frozenset[frozenset[str]]:
    """The alternatives a request may satisfy, each a set of ``scheme`` or ``scheme:scope`` names."""
    declared = operation.node.get("security", spec.document.get("security"))
    if not isinstance(declared, list) or not declared:
        return frozenset({frozenset()})
    alternatives: set[frozenset[str]] = set()
    for requirement in declared:
        if not isinstance(requirement, Mapping):
            continue
        names: set[str] = set()
        for scheme, scopes in requirement.items():
            names.add(str(scheme))
            names.update(f"{scheme}:{scope}" for scope in (scopes if isinstance(scopes, list) else []))
        alternatives.add(frozenset(names))
    return frozenset(alternatives)


def show_security(alternatives: frozenset[frozenset[str]]) -> str:
    shown = sorted(" + ".join(sorted(alternative)) or "none" for alternative in alternatives)
    return " or ".join(shown)


def servers(node: Mapping[str, Any]) -> list[str]:
    listed = node.get("servers")
    return [server["url"] for server in listed or [] if isinstance(server, Mapping) and "url" in server]


def server_changes(old: Mapping[str, Any], new: Mapping[str, Any], pointer: str, where: str) -> list[Change]:
    before, after = servers(old), servers(new)
    changes = [
        Change("server-removed", join(pointer, "servers"), f"server {url} removed{where}", before=url)
        for url in before
        if url not in after
    ]
    changes += [
        Change("server-added", join(pointer, "servers"), f"server {url} added{where}", after=url)
        for url in after
        if url not in before
    ]
    return changes


def mapping(node: Mapping[str, Any], key: str) -> Mapping[str, Any]:
    """``node[key]`` if it is a mapping, else an empty one: a malformed part compares as absent."""
    value = node.get(key)
    return value if isinstance(value, Mapping) else {}


def _success(status: str) -> bool:
    return status.startswith("2")


class OperationComparer:
    """Compares the same operation (same method, same path up to parameter names) in both specs."""

    def __init__(self, old: Side, new: Side, schemas: SchemaComparer) -> None:
        self.old = old
        self.new = new
        self.schemas = schemas

    def compare(self, before: Operation, after: Operation) -> list[Change]:
        changes = self._names(before, after)
        if after.node.get("deprecated") is True and before.node.get("deprecated") is not True:
            changes.append(
                Change("operation-deprecated", join(after.pointer, "deprecated"), f"`{after.label}` is deprecated")
            )
        changes += self._parameters(before, after)
        changes += self._request_body(before, after)
        changes += self._responses(before, after)
        changes += self._security(before, after)
        changes += server_changes(before.node, after.node, after.pointer, f" for `{after.label}`")
        return changes

    # Names ---------------------------------------------------------------------------------------

    def _names(self, before: Operation, after: Operation) -> list[Change]:
        was = self.old.names.module(before.node, before.method, before.path)
        now = self.new.names.module(after.node, after.method, after.path)
        old_id, new_id = before.node.get("operationId"), after.node.get("operationId")
        pointer = join(after.pointer, "operationId")
        if was.rsplit(".", 1)[1] != now.rsplit(".", 1)[1]:
            message = f"generated functions of `{after.label}` moved from module `{was}` to `{now}`"
            return [Change("python-function-renamed", pointer, message, before=was, after=now)]
        if was != now:
            message = f"generated module of `{after.label}` moved from `{was}` to `{now}` (first tag changed)"
            return [Change("python-module-moved", join(after.pointer, "tags"), message, before=was, after=now)]
        if old_id != new_id:
            message = f"operationId of `{after.label}` changed from {old_id} to {new_id}; generated names are unchanged"
            return [Change("operation-id-changed", pointer, message, before=str(old_id), after=str(new_id))]
        return []

    # Parameters ----------------------------------------------------------------------------------

    def _parameters(self, before: Operation, after: Operation) -> list[Change]:
        old = parameters(self.old.spec, before)
        new = parameters(self.new.spec, after)
        old_args = self.old.names.arguments([(parameter.location, parameter.name) for parameter in old.values()])
        new_args = self.new.names.arguments([(parameter.location, parameter.name) for parameter in new.values()])
        owner_old = self.old.names.operation(before.node, before.method, before.path)
        owner_new = self.new.names.operation(after.node, after.method, after.path)
        changes: list[Change] = []
        for key, parameter in old.items():
            argument = old_args[(parameter.location, parameter.name)]
            if key not in new:
                changes.append(
                    Change(
                        "parameter-removed",
                        parameter.pointer,
                        f"`{before.label}` no longer takes {parameter.label} (argument `{argument}` goes away)",
                        before=parameter.name,
                    )
                )
                continue
            current = new[key]
            renamed_to = new_args[(current.location, current.name)]
            if renamed_to != argument:
                changes.append(
                    Change(
                        "python-argument-renamed",
                        current.pointer,
                        f"keyword argument `{argument}` of `{after.label}` is now `{renamed_to}` ({current.label})",
                        before=argument,
                        after=renamed_to,
                    )
                )
            if parameter.required != current.required:
                state = "required" if current.required else "optional"
                changes.append(
                    Change(
                        f"parameter-became-{state}",
                        current.pointer,
                        f"{current.label} of `{after.label}` became {state}",
                    )
                )
            if parameter.schema is not None and current.schema is not None:
                changes += self.schemas.compare(
                    "request",
                    Site(
                        parameter.schema, join(parameter.pointer, "schema"), owner_old, parameter.name, parameter.label
                    ),
                    Site(current.schema, join(current.pointer, "schema"), owner_new, current.name, current.label),
                )
        for key, parameter in new.items():
            if key in old:
                continue
            state = "required" if parameter.required else "optional"
            argument = new_args[(parameter.location, parameter.name)]
            changes.append(
                Change(
                    f"parameter-added-{state}",
                    parameter.pointer,
                    f"`{after.label}` takes a new {state} {parameter.label} (argument `{argument}`)",
                    after=parameter.name,
                )
            )
        return changes

    # Bodies --------------------------------------------------------------------------------------

    def _request_body(self, before: Operation, after: Operation) -> list[Change]:
        old, old_pointer = self.old.spec.resolve(before.node.get("requestBody"), join(before.pointer, "requestBody"))
        new, new_pointer = self.new.spec.resolve(after.node.get("requestBody"), join(after.pointer, "requestBody"))
        old = old if isinstance(old, Mapping) else None
        new = new if isinstance(new, Mapping) else None
        if old is None and new is None:
            return []
        if old is None or new is None:
            return [self._body_presence(after, new, old_pointer, new_pointer)]
        changes: list[Change] = []
        was, now = old.get("required") is True, new.get("required") is True
        if was != now:
            state = "required" if now else "optional"
            changes.append(
                Change(f"request-body-became-{state}", new_pointer, f"request body of `{after.label}` became {state}")
            )
        changes += self._content("request", (before, old, old_pointer), (after, new, new_pointer), "body", "body")
        return changes

    def _body_presence(
        self, after: Operation, new: Mapping[str, Any] | None, old_pointer: str, new_pointer: str
    ) -> Change:
        """The body appeared (``new`` is it) or disappeared (``new`` is None)."""
        if new is None:
            message = f"`{after.label}` no longer takes a request body (argument `body` goes away)"
            return Change("request-body-removed", old_pointer, message)
        state = "required" if new.get("required") is True else "optional"
        return Change(
            f"request-body-added-{state}",
            new_pointer,
            f"`{after.label}` takes a new {state} request body (argument `body`)",
        )

    def _content(
        self,
        direction: Direction,
        old: tuple[Operation, Mapping[str, Any], str],
        new: tuple[Operation, Mapping[str, Any], str],
        name: str,
        label: str,
    ) -> list[Change]:
        """Media types and schemas of a request body or a response; ``label`` names an inline schema."""
        (before, old_node, old_pointer), (after, new_node, new_pointer) = old, new
        old_content, new_content = mapping(old_node, "content"), mapping(new_node, "content")
        what = "request body" if direction == "request" else label
        changes = [
            Change(
                f"{direction}-media-type-removed",
                join(old_pointer, "content", media),
                f"{what} of `{after.label}` no longer has media type {media}",
                before=media,
            )
            for media in old_content
            if media not in new_content
        ]
        changes += [
            Change(
                f"{direction}-media-type-added",
                join(new_pointer, "content", media),
                f"{what} of `{after.label}` has a new media type {media}",
                after=media,
            )
            for media in new_content
            if media not in old_content
        ]
        owner_old = self.old.names.operation(before.node, before.method, before.path)
        owner_new = self.new.names.operation(after.node, after.method, after.path)
        old_label = _component_name(old_pointer) or label
        new_label = _component_name(new_pointer) or label
        for media, old_media in old_content.items():
            new_media = new_content.get(media)
            if not (isinstance(old_media, Mapping) and isinstance(new_media, Mapping)):
                continue
            if "schema" not in old_media or "schema" not in new_media:
                continue
            changes += self.schemas.compare(
                direction,
                Site(old_media["schema"], join(old_pointer, "content", media, "schema"), owner_old, name, old_label),
                Site(new_media["schema"], join(new_pointer, "content", media, "schema"), owner_new, name, new_label),
            )
        return changes

    # Responses -----------------------------------------------------------------------------------

    def _responses(self, before: Operation, after: Operation) -> list[Change]:
        old, new = mapping(before.node, "responses"), mapping(after.node, "responses")
        changes: list[Change] = []
        for status in _statuses(old, new):
            old_pointer = join(before.pointer, "responses", status)
            new_pointer = join(after.pointer, "responses", status)
            kind = "success" if _success(status) else "error"
            if status not in new:
                changes.append(
                    Change(
                        f"response-{kind}-status-removed",
                        old_pointer,
                        f"`{after.label}` no longer documents {kind} status {status}",
                        before=status,
                    )
                )
                continue
            if status not in old:
                changes.append(
                    Change(
                        f"response-{kind}-status-added",
                        new_pointer,
                        f"`{after.label}` documents a new {kind} status {status}",
                        after=status,
                    )
                )
                continue
            old_node, old_at = self.old.spec.resolve(old[status], old_pointer)
            new_node, new_at = self.new.spec.resolve(new[status], new_pointer)
            if isinstance(old_node, Mapping) and isinstance(new_node, Mapping):
                changes += self._content(
                    "response",
                    (before, old_node, old_at),
                    (after, new_node, new_at),
                    f"response_{status}",
                    f"response {status}",
                )
        return changes

    # Security ------------------------------------------------------------------------------------

    def _security(self, before: Operation, after: Operation) -> list[Change]:
        old, new = security(self.old.spec, before), security(self.new.spec, after)
        if old == new:
            return []
        # A request that satisfied an old alternative still gets in if some new one asks for no more.
        relaxed = all(any(option <= alternative for option in new) for alternative in old)
        rule = "security-relaxed" if relaxed else "security-tightened"
        shown_old, shown_new = show_security(old), show_security(new)
        return [
            Change(
                rule,
                join(after.pointer, "security") if "security" in after.node else "/security",
                f"security of `{after.label}` changed from {shown_old} to {shown_new}",
                before=shown_old,
                after=shown_new,
            )
        ]


def _statuses(old: Mapping[str, Any], new: Mapping[str, Any]) -> Iterator[str]:
    yield from (str(status) for status in old)
    yield from (str(status) for status in new if status not in old)


def _component_name(pointer: str) -> str | None:
    """``Name`` for a pointer into ``/components/<section>/Name``, else None."""
    if not pointer.startswith("/components/"):
        return None
    parts = pointer.split("/")
    return parts[3].replace("~1", "/").replace("~0", "~") if len(parts) > 3 else None
