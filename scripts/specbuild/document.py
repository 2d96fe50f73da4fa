"""Find things in a merged OpenAPI document by operation: the one key every decision and name uses.

An operation is named ``METHOD /path`` (``POST /v2/order/{order_uuid}/capture``). Inside it, a
*location* names where a schema lives, whatever the source called it: ``request`` (the JSON request
body), ``responses/201`` (an answer's JSON body; ``responses/4XX`` is every 4xx answer),
``parameters/<name>`` (a parameter object), or the empty location (the operation itself). A pointer
continues from there, following ``$ref``s and looking into ``allOf`` members for ``properties/<name>``,
so it holds whether a source writes a schema inline, behind a ``$ref`` or split into ``allOf`` parts.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from scripts.specbuild.errors import SpecBuildError
from scripts.specbuild.pointers import escape, pointer, unescape
from scripts.specbuild.sources import HTTP_METHODS

_STATUS_RANGE = re.compile(r"^[1-5]XX$")


def operation_key(method: str, path: str) -> str:
    return f"{method.upper()} {path}"


def parse_operation_key(key: str) -> tuple[str, str]:
    method, _, path = key.partition(" ")
    if method.lower() not in HTTP_METHODS or not path.startswith("/"):
        raise ValueError(f"{key!r} is not 'METHOD /path'")
    return method.lower(), path


def operations(document: dict[str, Any]) -> dict[str, str]:
    """Every operation's key and the pointer to its object, in document order."""
    found: dict[str, str] = {}
    for path, item in (document.get("paths") or {}).items():
        for method in item:
            if method in HTTP_METHODS:
                found[operation_key(method, path)] = pointer("paths", path, method)
    return found


def get(document: Any, at: str) -> Any:
    node = document
    for token in split(at):
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            raise KeyError(at)
    return node


def put(document: Any, at: str, value: Any) -> None:
    *parents, last = split(at)
    node = get(document, pointer(*parents))
    if isinstance(node, list):
        node[int(last)] = value
    else:
        node[last] = value


def split(at: str) -> list[str]:
    return [unescape(token) for token in at.split("/")[1:]] if at else []


@functools.cache  # pure, and asked of the same few thousand pointers again and again
def component_of(at: str) -> str | None:
    """``/components/schemas/Price`` for any pointer inside that component, else None."""
    tokens = split(at)
    if len(tokens) >= 3 and tokens[0] == "components":
        return pointer(*tokens[:3])
    return None


def refs(node: Any) -> Iterator[str]:
    """Every local ``$ref`` target below ``node``, as a pointer, in document order."""
    found: list[str] = []
    add = found.append

    def visit(node: dict[str, Any] | list[Any]) -> None:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/"):
                add(ref[1:])
            children: Iterable[Any] = node.values()
        else:
            children = node
        for child in children:
            if isinstance(child, dict | list):
                visit(child)

    if isinstance(node, dict | list):
        visit(node)
    return iter(found)


def reachable_components(
    document: dict[str, Any], roots: list[Any], targets: dict[str, list[str]] | None = None
) -> set[str]:
    """Components reached from ``roots`` through ``$ref``s, transitively.

    ``targets`` remembers the ``$ref`` targets inside each component visited, for calls on a document that
    does not change in between (``usage`` reads each component once for all the operations).
    """
    inside = {} if targets is None else targets
    seen: set[str] = set()
    pending = [target for root in roots for target in refs(root)]
    while pending:
        target = component_of(pending.pop())
        if target is None or target in seen:
            continue
        seen.add(target)
        found = inside.get(target)
        if found is None:
            try:
                found = list(refs(get(document, target)))
            except KeyError:
                found = []
            inside[target] = found
        pending.extend(found)
    return seen


def usage(document: dict[str, Any]) -> dict[str, set[str]]:
    """For each component, the operations that reach it."""
    used: dict[str, set[str]] = {}
    targets: dict[str, list[str]] = {}
    for key, at in operations(document).items():
        path_item = get(document, at.rsplit("/", 1)[0])
        roots = [get(document, at), path_item.get("parameters", [])]
        for component in reachable_components(document, roots, targets):
            used.setdefault(component, set()).add(key)
    return used


class Usage(Mapping[str, set[str]]):
    """``usage(document)``, worked out on first look (many decisions never look)."""

    def __init__(self, document: dict[str, Any]) -> None:
        self._document = document
        self._used: dict[str, set[str]] | None = None

    def _value(self) -> dict[str, set[str]]:
        if self._used is None:
            self._used = usage(self._document)
        return self._used

    def __getitem__(self, component: str) -> set[str]:
        return self._value()[component]

    def __iter__(self) -> Iterator[str]:
        return iter(self._value())

    def __len__(self) -> int:
        return len(self._value())


def prune(document: dict[str, Any], keep_sections: frozenset[str] = frozenset({"securitySchemes"})) -> list[str]:
    """Drop every component that no operation reaches; returns their ``section/name``s."""
    used = usage(document)
    dropped: list[str] = []
    components = document.get("components") or {}
    for section in list(components):
        if section in keep_sections:
            continue
        for name in list(components[section]):
            if pointer("components", section, name) not in used:
                del components[section][name]
                dropped.append(f"{section}/{name}")
        if not components[section]:
            del components[section]
    return dropped


def _follow(document: dict[str, Any], at: str) -> str:
    """Follow a chain of ``$ref``s from ``at``; the pointer of the first node that is not a reference."""
    seen: set[str] = set()
    node = get(document, at)
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/"):
        if at in seen:
            raise SpecBuildError(f"circular $ref at {at}")
        seen.add(at)
        at = node["$ref"][1:]
        node = get(document, at)
    return at


def _media_schema(document: dict[str, Any], holder_at: str, what: str) -> str:
    holder = get(document, holder_at)
    content = holder.get("content") if isinstance(holder, dict) else None
    if not isinstance(content, dict) or not content:
        raise KeyError(f"{what} has no body")
    media = "application/json" if "application/json" in content else next(iter(content))
    if "schema" not in content[media]:
        raise KeyError(f"{what} has no schema")
    return holder_at + pointer("content", media, "schema")


def locations(document: dict[str, Any], op_at: str, location: str) -> list[str]:
    """Pointers of the places a location names in one operation (several for ``responses/4XX``)."""
    op = get(document, op_at)
    head, _, rest = location.partition("/")
    if location == "":
        return [op_at]
    if location == "request":
        if "requestBody" not in op:
            raise KeyError("the operation has no request body")
        return [_media_schema(document, _follow(document, op_at + "/requestBody"), "the request body")]
    if location == "responses":
        return [op_at + "/responses"]
    if location == "parameters":
        return [op_at + "/parameters"]
    if head == "responses" and rest:
        statuses = [str(status) for status in op.get("responses") or {}]
        if _STATUS_RANGE.match(rest):
            chosen = [status for status in statuses if status[0] == rest[0] and status.isdigit()]
        else:
            chosen = [rest] if rest in statuses else []
        if not chosen:
            raise KeyError(f"the operation has no {rest} answer")
        found = []
        for status in chosen:
            holder = _follow(document, op_at + pointer("responses", status))
            try:
                found.append(_media_schema(document, holder, f"the {status} answer"))
            except KeyError:
                if not _STATUS_RANGE.match(rest):
                    raise
        if not found:
            raise KeyError(f"no {rest} answer has a body")
        return found
    if head == "parameters" and rest:
        path_item_at = op_at.rsplit("/", 1)[0]
        for holder in (op_at, path_item_at):
            for index in range(len(get(document, holder).get("parameters") or [])):
                param_at = _follow(document, holder + pointer("parameters", index))
                if get(document, param_at).get("name") == rest:
                    return [param_at]
        raise KeyError(f"the operation has no parameter {rest!r}")
    raise SpecBuildError(f"unknown location {location!r}: use request, responses/<status>, parameters/<name>")


def split_location(at: str) -> tuple[str, list[str]]:
    """``responses/200/properties/uuid`` -> (``responses/200``, [``properties``, ``uuid``])."""
    tokens = [unescape(token) for token in at.split("/")] if at else []
    if not tokens:
        return "", []
    if tokens[0] in {"responses", "parameters"} and len(tokens) >= 2:
        return f"{tokens[0]}/{tokens[1]}", tokens[2:]
    if tokens[0] == "request":
        return "request", tokens[1:]
    return "", tokens  # a pointer from the operation object itself


@dataclass
class Walk:
    """Where a pointer led: the final node, and the first ``$ref`` on the way into a shared component."""

    at: str
    anchor: str | None = None  # pointer of the node holding a $ref into a component other operations use
    remaining: list[str] = field(default_factory=list)  # tokens from the anchor to the target
    components: list[str] = field(default_factory=list)  # components passed through, in order


class _Walker:
    def __init__(self, document: dict[str, Any], tokens: list[str], covered: set[str], used: Mapping[str, set[str]]):
        self.document, self.tokens, self.covered, self.used = document, tokens, covered, used
        self.result = Walk("")

    def enter(self, at: str, index: int) -> str:
        """Follow ``$ref``s from ``at``; ``index`` is how many tokens were consumed to get there."""
        node = get(self.document, at)
        seen: set[str] = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/"):
            if at in seen:
                raise SpecBuildError(f"circular $ref at {at}")
            seen.add(at)
            target = node["$ref"][1:]
            component = component_of(target)
            if component is not None:
                self.result.components.append(component)
                if self.result.anchor is None and self.used.get(component, set()) - self.covered:
                    self.result.anchor, self.result.remaining = at, self.tokens[index:]
            at = target
            node = get(self.document, at)
        return at

    def property(self, at: str, name: str, index: int) -> str | None:
        node = get(self.document, at)
        if isinstance(node.get("properties"), dict) and name in node["properties"]:
            return at + pointer("properties", name)
        for member in reversed(range(len(node.get("allOf") or []))):  # the last definition is the specific one
            saved = (self.result.anchor, self.result.remaining, list(self.result.components))
            found = self.property(self.enter(at + pointer("allOf", member), index), name, index)
            if found is not None:
                return found
            self.result.anchor, self.result.remaining, self.result.components = saved
        return None

    def run(self, start: str, follow_last: bool) -> Walk:
        tokens = self.tokens
        at = self.enter(start, 0) if tokens or follow_last else start
        index = 0
        while index < len(tokens):
            step = tokens[index]
            node = get(self.document, at)
            if step == "properties" and index + 1 < len(tokens) and isinstance(node, dict):
                found = self.property(at, tokens[index + 1], index)
                if found is None:
                    raise KeyError(f"no property {tokens[index + 1]!r} at {at}")
                at, index = found, index + 2
            else:
                at = at + "/" + escape(step)
                get(self.document, at)
                index += 1
            if index < len(tokens) or follow_last:
                at = self.enter(at, index)
        self.result.at = at
        return self.result


def walk(
    document: dict[str, Any],
    start: str,
    tokens: list[str],
    covered: set[str],
    used: Mapping[str, set[str]],
    follow_last: bool = True,
) -> Walk:
    """Follow ``tokens`` from ``start`` through ``$ref``s and ``allOf`` members; KeyError names the gap.

    ``anchor`` is the first ``$ref`` into a component that operations outside ``covered`` also use.
    """
    return _Walker(document, tokens, covered, used).run(start, follow_last)


def rename_component(document: dict[str, Any], old: str, new: str) -> None:
    """Move ``/components/schemas/old`` to ``new`` and point every ``$ref`` at the new name."""
    schemas = document["components"]["schemas"]
    schemas[new] = schemas.pop(old)
    repoint(document, "#/components/schemas/" + escape(old), "#/components/schemas/" + escape(new))


def repoint(node: Any, old_ref: str, new_ref: str) -> None:
    if isinstance(node, dict):
        if node.get("$ref") == old_ref:
            node["$ref"] = new_ref
        for value in node.values():
            repoint(value, old_ref, new_ref)
    elif isinstance(node, list):
        for item in node:
            repoint(item, old_ref, new_ref)
