"""Validate JSON values against the schemas of the OpenAPI 3.1 spec.

The request rules have one source, the merged spec: the client's pre-send checks and the simulated
gateway both validate request JSON with this module, so they cannot disagree. The package's runtime
dependencies are only httpx, attrs, python-dateutil and sniffio, hence a small validator of our own for the
subset of JSON Schema 2020-12 that the spec uses, with 3.1 semantics: keywords beside a ``$ref`` apply
too, ``format`` is an annotation, and OpenAPI 3.0's ``nullable`` is honoured.

Schemas are compiled once (by identity, so treat them as immutable) into a graph of checks; refs are
resolved once per target. When a value has the wrong ``type`` the other keywords of that schema are not
reported, as they would only repeat the mistake.
"""

from __future__ import annotations

import json
import math
import re
import threading
from collections.abc import Callable, Mapping
from functools import lru_cache
from typing import Any, Final, TypeAlias
from urllib.parse import unquote

import attrs

__all__ = ["MAX_DEPTH", "SchemaSet", "Violation"]

MAX_DEPTH: Final = 200  # how deeply an instance may nest arrays and objects
_MAX_CACHED: Final = 10_000  # compiled schemas kept before the cache starts over

_Path: TypeAlias = "str | tuple[_Path, str | int]"  # the location prefix, then (parent, key) links
_Check: TypeAlias = "Callable[[Any, str, _Path, _Run], bool]"


@attrs.frozen
class Violation:
    """One way an instance breaks its schema."""

    location: str  # Sezzle's dotted form: "order.items[0].price.amount_in_cents"; "" for the body itself
    keyword: str  # the JSON Schema keyword that failed ("json" and "depth" for values no schema can accept)
    message: str  # names the field and the problem


class _Run:
    """Where violations go: ``out`` is None to learn only whether the instance is valid."""

    __slots__ = ("out", "stop")

    def __init__(self, out: list[Violation] | None, stop: bool) -> None:
        self.out = out
        self.stop = stop


_QUIET: Final = _Run(None, stop=True)

_KINDS: Final[dict[type, str]] = {
    dict: "object",
    list: "array",
    str: "string",
    int: "integer",
    float: "number",
    bool: "boolean",
    type(None): "null",
}
_TYPE_TEXT: Final = {
    "null": "null",
    "boolean": "a boolean",
    "integer": "an integer",
    "number": "a number",
    "string": "a string",
    "array": "an array",
    "object": "an object",
}
_OBJECT: Final = frozenset({"object"})
_ARRAY: Final = frozenset({"array"})
_STRING: Final = frozenset({"string"})
_NUMERIC: Final = frozenset({"integer", "number"})

_UNSUPPORTED: Final = frozenset(
    {
        "$dynamicRef", "$recursiveRef", "contains", "dependencies", "dependentRequired", "dependentSchemas",
        "maxContains", "maxProperties", "minContains", "minProperties", "multipleOf", "patternProperties",
        "prefixItems", "propertyNames", "unevaluatedItems", "unevaluatedProperties", "uniqueItems",
    }
)  # fmt: skip
_ONE_OF: Final = "must match exactly one of the allowed schemas"
_NAME: Final = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
_SECRET_LIKE: Final = re.compile(r"[0-9 -]+\Z")


def _kind(value: Any) -> str | None:
    """The JSON type of a value, or None when it is not a JSON value."""
    kind = _KINDS.get(type(value))
    if kind is None:
        return _subclass_kind(value)
    if kind == "number" and not math.isfinite(value):
        return None
    return kind


def _subclass_kind(value: Any) -> str | None:
    if isinstance(value, bool):
        return "boolean"
    for cls in (int, float, str, dict, list):
        if isinstance(value, cls):
            return None if isinstance(value, float) and not math.isfinite(value) else _KINDS[cls]
    return None


def _format(path: _Path) -> str:
    """A path in Sezzle's dotted form."""
    keys: list[str | int] = []
    while not isinstance(path, str):
        path, key = path
        keys.append(key)
    text = path
    for key in reversed(keys):
        if isinstance(key, int):
            text += f"[{key}]"
        elif _NAME.match(key):
            text += f".{key}" if text else key
        else:
            text += f"[{json.dumps(key, ensure_ascii=False)}]"
    return text


def _show(value: Any) -> str:
    """A short, safe rendering of a scalar: long values truncated, card-like digits masked."""
    if value is None or isinstance(value, bool):
        return json.dumps(value)
    if isinstance(value, str):
        digits = re.sub(r"[^0-9]", "", value) if _SECRET_LIKE.match(value) else ""
        if len(digits) >= 12:
            return f"'****{digits[-4:]}'"
        return repr(value) if len(value) <= 40 else repr(value[:40]) + "…"
    if isinstance(value, int):
        return f"****{str(abs(value))[-4:]}" if abs(value) >= 10**11 else repr(value)
    if isinstance(value, float):
        return repr(value)
    return _TYPE_TEXT.get(_kind(value) or "", f"a {type(value).__name__}")


def _literal(value: Any) -> str:
    """A schema's value (never a secret) as it reads in JSON; strings bare."""
    return value if isinstance(value, str) else json.dumps(value)[:40]


def _json_equal(left: Any, right: Any) -> bool:
    """Equality as JSON sees it: 1 == 1.0, but True != 1."""
    kinds = _kind(left), _kind(right)
    if kinds[0] in _NUMERIC and kinds[1] in _NUMERIC:
        return bool(left == right)
    if kinds[0] != kinds[1]:
        return False
    if kinds[0] == "array":
        return len(left) == len(right) and all(map(_json_equal, left, right))
    if kinds[0] == "object":
        return left.keys() == right.keys() and all(_json_equal(left[key], right[key]) for key in left)
    return bool(left == right)


@lru_cache(maxsize=1024)
def _regex(source: str) -> re.Pattern[str]:
    """Compile an ECMA-262 style pattern: an unescaped ``$`` ends the input (Python's would allow a newline)."""
    out: list[str] = []
    escaped = in_class = False
    for char in source:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "[":
            in_class = True
        elif char == "]":
            in_class = False
        elif char == "$" and not in_class:
            char = r"\Z"
        out.append(char)
    return re.compile("".join(out))


def _fail(run: _Run, path: _Path, keyword: str, problem: str) -> bool:
    """Record a violation (unless only validity is wanted); always False."""
    if run.out is not None:
        location = _format(path)
        run.out.append(Violation(location, keyword, f"{location or 'body'} {problem}"))
    return False


class _Node:
    """A compiled schema: an optional type test, then its checks in keyword order."""

    __slots__ = ("accepts", "checks", "inplace", "integral", "pointer", "schema", "type_text")

    def __init__(self, schema: Any, pointer: str) -> None:
        self.schema = schema  # held so that its id stays unique while cached
        self.pointer = pointer
        self.accepts: frozenset[str] | None = None
        self.integral = False  # accepts floats such as 2.0 as integers
        self.type_text = ""
        self.checks: list[tuple[frozenset[str] | None, _Check]] = []
        self.inplace: list[_Node] = []  # schemas applied to the same instance

    def check(self, instance: Any, kind: str | None, path: _Path, run: _Run) -> bool:
        """Whether the instance is valid, recording violations in ``run``."""
        if kind is None:
            return True  # not a JSON value: reported before any schema is applied
        accepts = self.accepts
        if (
            accepts is not None
            and kind not in accepts
            and not (self.integral and kind == "number" and instance.is_integer())
        ):
            return _fail(run, path, "type", f"must be {self.type_text}, got {kind}")
        valid = True
        for kinds, check in self.checks:
            if (kinds is None or kind in kinds) and not check(instance, kind, path, run):
                valid = False
                if run.out is None or run.stop:
                    return False
        return valid


def _explain(branches: list[_Node], instance: Any, kind: str, path: _Path, run: _Run) -> bool:
    """When no branch matches and exactly one failed for more than its type, report that branch's violations."""
    if run.out is None:
        return False
    location = _format(path)
    plausible: list[list[Violation]] = []
    for branch in branches:
        found: list[Violation] = []
        branch.check(instance, kind, path, _Run(found, stop=False))
        if not all(v.keyword == "type" and v.location == location for v in found):
            plausible.append(found)
    if len(plausible) != 1:
        return False
    run.out.extend(plausible[0][:1] if run.stop else plausible[0])
    return True


def _describe(value: Any) -> str:
    if isinstance(value, float):
        return f"float {value!r}"
    return type(value).__name__


def _json_problems(instance: Any, location: str, stop: bool) -> list[Violation]:
    """Values Python holds that JSON cannot (Decimal, set, NaN, non-string keys) and nesting too deep."""
    problems: list[Violation] = []
    stack: list[tuple[Any, _Path, int]] = [(instance, location, 0)]
    while stack and not (stop and problems):
        value, path, depth = stack.pop()
        kind = _kind(value)
        if kind is None:
            _fail(_Run(problems, stop), path, "json", f"is not a JSON value ({_describe(value)})")
        elif kind in ("object", "array") and value:
            if depth >= MAX_DEPTH:
                _fail(_Run(problems, stop), path, "depth", f"is nested more than {MAX_DEPTH} levels deep")
                continue
            if kind == "object":
                children: list[tuple[Any, _Path, int]] = []
                for key, child in value.items():
                    if isinstance(key, str):
                        children.append((child, (path, key), depth + 1))
                    else:
                        _fail(_Run(problems, stop), path, "json", f"has a key that is not a string ({_describe(key)})")
            else:
                children = [(child, (path, index), depth + 1) for index, child in enumerate(value)]
            stack.extend(reversed(children))
    return problems[:1] if stop else problems


class SchemaSet:
    """Schemas that refer to each other by '#/components/schemas/<Name>' (and other local '#/...' refs)."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self._document = document
        self._nodes: dict[int, _Node] = {}  # by id of the schema, which the node holds
        self._roots: dict[int, _Node] = {}  # the complete ones validate() was given
        self._refs: dict[str, _Node] = {}
        self._new: list[_Node] = []
        self._lock = threading.Lock()  # compiling is not reentrant; validating needs no lock

    def validate(self, instance: Any, schema: Mapping[str, Any], location: str = "") -> list[Violation]:
        """Every violation, in schema keyword order and then property order; [] when valid."""
        return self._run(instance, schema, location, stop=False)

    def first(self, instance: Any, schema: Mapping[str, Any], location: str = "") -> Violation | None:
        """The first violation (the same as ``validate(...)[0]``), stopping there; None when valid."""
        found = self._run(instance, schema, location, stop=True)
        return found[0] if found else None

    def _run(self, instance: Any, schema: Mapping[str, Any], location: str, stop: bool) -> list[Violation]:
        node = self._root(schema)
        out = _json_problems(instance, location, stop)
        if not (stop and out) and not any(v.keyword == "depth" for v in out):
            found: list[Violation] = []
            try:
                node.check(instance, _kind(instance), location, _Run(found, stop))
            except RecursionError:  # a recursive schema, called with little stack left
                found = [Violation(location, "depth", f"{location or 'body'} is nested too deeply to validate")]
            out += found
        return list(dict.fromkeys(out)) if len(out) > 1 else out

    def _root(self, schema: Any) -> _Node:
        node = self._roots.get(id(schema))
        if node is not None:
            return node
        with self._lock:
            if len(self._nodes) > _MAX_CACHED:
                self._nodes.clear()
                self._refs.clear()
                self._roots.clear()
            self._new = []
            try:
                node = self._compile(schema, "(schema)")
                self._check_cycles(self._new)
            except BaseException:
                self._nodes.clear()  # nothing half-built may stay cached
                self._refs.clear()
                raise
            finally:
                self._new = []
            self._roots[id(schema)] = node  # visible only once complete
            return node

    def _resolve(self, ref: str) -> _Node:
        node = self._refs.get(ref)
        if node is not None:
            return node
        if not ref.startswith("#") or (len(ref) > 1 and ref[1] != "/"):
            raise KeyError(ref)
        target: Any = self._document
        for token in unquote(ref[1:]).split("/")[1:]:
            token = token.replace("~1", "/").replace("~0", "~")
            if isinstance(target, Mapping) and token in target:
                target = target[token]
            elif isinstance(target, list) and token.isdigit() and int(token) < len(target):
                target = target[int(token)]
            else:
                raise KeyError(ref)
        node = self._refs[ref] = self._compile(target, ref)
        return node

    def _compile(self, schema: Any, pointer: str) -> _Node:
        node = self._nodes.get(id(schema))
        if node is not None:
            return node
        node = self._nodes[id(schema)] = _Node(schema, pointer)
        self._new.append(node)
        if schema is True:
            return node
        if schema is False:
            node.checks.append((None, lambda i, k, path, run: _fail(run, path, "false", "is not allowed")))
            return node
        if not isinstance(schema, Mapping):
            raise TypeError(f"{pointer} is not a schema")
        if "type" in schema:
            self._compile_type(node, schema)
        for keyword, value in schema.items():
            if keyword in _UNSUPPORTED:
                raise NotImplementedError(f"{pointer}: JSON Schema keyword {keyword!r} is not supported")
            build = _BUILDERS.get(keyword)
            if build is not None:
                build(self, node, schema, value, f"{pointer}/{keyword}")
        return node

    @staticmethod
    def _compile_type(node: _Node, schema: Mapping[str, Any]) -> None:
        names = [schema["type"]] if isinstance(schema["type"], str) else list(schema["type"])
        if schema.get("nullable") is True and "null" not in names:
            names.append("null")  # OpenAPI 3.0: only together with a type
        unknown = set(names) - set(_TYPE_TEXT)
        if unknown:
            raise ValueError(f"{node.pointer}: unknown type {sorted(unknown)}")
        texts = [_TYPE_TEXT[name] for name in names]
        node.type_text = texts[0] if len(texts) == 1 else ", ".join(texts[:-1]) + " or " + texts[-1]
        node.accepts = frozenset(names) | ({"integer"} if "number" in names else set())
        node.integral = "integer" in names

    @staticmethod
    def _check_cycles(nodes: list[_Node]) -> None:
        """Refuse schemas that apply themselves to the same instance: they would recurse forever."""
        state: dict[int, int] = {id(node): 0 for node in nodes}  # 0 new, 1 on the path, 2 done
        for start in nodes:
            if state[id(start)]:
                continue
            stack: list[tuple[_Node, int]] = [(start, 0)]
            state[id(start)] = 1
            while stack:
                node, index = stack.pop()
                if index == len(node.inplace):
                    state[id(node)] = 2
                    continue
                stack.append((node, index + 1))
                child = node.inplace[index]
                seen = state.get(id(child), 2)
                if seen == 1:
                    raise ValueError(f"{child.pointer} refers to itself without consuming input")
                if seen == 0:
                    state[id(child)] = 1
                    stack.append((child, 0))

    # Keyword builders: each appends checks to the node in the schema's keyword order.

    def _ref(self, node: _Node, schema: Mapping[str, Any], ref: Any, pointer: str) -> None:
        target = self._resolve(ref)
        node.inplace.append(target)
        node.checks.append((None, target.check))

    def _all_of(self, node: _Node, schema: Mapping[str, Any], value: Any, pointer: str) -> None:
        for index, sub in enumerate(value):
            branch = self._compile(sub, f"{pointer}/{index}")
            node.inplace.append(branch)
            node.checks.append((None, branch.check))

    def _any_of(self, node: _Node, schema: Mapping[str, Any], value: Any, pointer: str) -> None:
        branches = [self._compile(sub, f"{pointer}/{index}") for index, sub in enumerate(value)]
        node.inplace.extend(branches)

        def any_of(instance: Any, kind: str, path: _Path, run: _Run) -> bool:
            for branch in branches:
                if branch.check(instance, kind, path, _QUIET):
                    return True
            if _explain(branches, instance, kind, path, run):
                return False
            return _fail(run, path, "anyOf", "must match at least one of the allowed schemas, matches none")

        node.checks.append((None, any_of))

    def _one_of(self, node: _Node, schema: Mapping[str, Any], value: Any, pointer: str) -> None:
        branches = [self._compile(sub, f"{pointer}/{index}") for index, sub in enumerate(value)]
        node.inplace.extend(branches)

        def one_of(instance: Any, kind: str, path: _Path, run: _Run) -> bool:
            matched = 0
            for branch in branches:
                if branch.check(instance, kind, path, _QUIET):
                    matched += 1
                    if matched > 1:
                        return _fail(
                            run, path, "oneOf", "must match exactly one of the allowed schemas, matches more than one"
                        )
            if matched:
                return True
            if _explain(branches, instance, kind, path, run):
                return False
            return _fail(run, path, "oneOf", f"{_ONE_OF}, matches none")

        node.checks.append((None, one_of))

    def _not(self, node: _Node, schema: Mapping[str, Any], value: Any, pointer: str) -> None:
        sub = self._compile(value, pointer)
        node.inplace.append(sub)

        def not_(instance: Any, kind: str, path: _Path, run: _Run) -> bool:
            if sub.check(instance, kind, path, _QUIET):
                return _fail(run, path, "not", "must not match the schema under 'not'")
            return True

        node.checks.append((None, not_))

    def _if(self, node: _Node, schema: Mapping[str, Any], value: Any, pointer: str) -> None:
        condition = self._compile(value, pointer)
        base = pointer.rsplit("/", 1)[0]
        then = self._compile(schema["then"], f"{base}/then") if "then" in schema else None
        otherwise = self._compile(schema["else"], f"{base}/else") if "else" in schema else None
        node.inplace.extend(sub for sub in (condition, then, otherwise) if sub is not None)

        def if_(instance: Any, kind: str, path: _Path, run: _Run) -> bool:
            branch = then if condition.check(instance, kind, path, _QUIET) else otherwise
            return branch is None or branch.check(instance, kind, path, run)

        node.checks.append((None, if_))

    def _properties(self, node: _Node, schema: Mapping[str, Any], value: Any, pointer: str) -> None:
        props = [(name, self._compile(sub, f"{pointer}/{name}")) for name, sub in value.items()]

        def properties(instance: Any, kind: str, path: _Path, run: _Run) -> bool:
            valid = True
            for name, sub in props:
                if name in instance:
                    child = instance[name]
                    if not sub.check(child, _kind(child), (path, name), run):
                        valid = False
                        if run.out is None or run.stop:
                            return False
            return valid

        node.checks.append((_OBJECT, properties))

    def _additional(self, node: _Node, schema: Mapping[str, Any], value: Any, pointer: str) -> None:
        if value is True:
            return
        known = frozenset(schema.get("properties", ()))
        sub = self._compile(value, pointer)

        def additional(instance: Any, kind: str, path: _Path, run: _Run) -> bool:
            valid = True
            for name, child in instance.items():
                if name in known or not isinstance(name, str):
                    continue
                if value is False:
                    ok = _fail(run, (path, name), "additionalProperties", "is not allowed")
                else:
                    ok = sub.check(child, _kind(child), (path, name), run)
                if not ok:
                    valid = False
                    if run.out is None or run.stop:
                        return False
            return valid

        node.checks.append((_OBJECT, additional))

    def _required(self, node: _Node, schema: Mapping[str, Any], value: Any, pointer: str) -> None:
        names = tuple(value)

        def required(instance: Any, kind: str, path: _Path, run: _Run) -> bool:
            valid = True
            for name in names:
                if name not in instance:
                    valid = _fail(run, (path, name), "required", "is required")
                    if run.out is None or run.stop:
                        return False
            return valid

        node.checks.append((_OBJECT, required))

    def _items(self, node: _Node, schema: Mapping[str, Any], value: Any, pointer: str) -> None:
        if not isinstance(value, (Mapping, bool)):
            raise NotImplementedError(f"{pointer}: an array of schemas (use prefixItems) is not supported")
        sub = self._compile(value, pointer)

        def items(instance: Any, kind: str, path: _Path, run: _Run) -> bool:
            valid = True
            for index, child in enumerate(instance):
                if not sub.check(child, _kind(child), (path, index), run):
                    valid = False
                    if run.out is None or run.stop:
                        return False
            return valid

        node.checks.append((_ARRAY, items))

    def _enum(self, node: _Node, schema: Mapping[str, Any], value: Any, pointer: str) -> None:
        values = list(value)
        strings = frozenset(v for v in values if isinstance(v, str))
        others = [v for v in values if not isinstance(v, str)]
        listed = ", ".join(_literal(v) for v in values[:10]) + (", …" if len(values) > 10 else "")

        def enum(instance: Any, kind: str, path: _Path, run: _Run) -> bool:
            if instance in strings if kind == "string" else any(_json_equal(instance, v) for v in others):
                return True
            return _fail(run, path, "enum", f"must be one of {listed}, got {_show(instance)}")

        node.checks.append((None, enum))

    def _const(self, node: _Node, schema: Mapping[str, Any], value: Any, pointer: str) -> None:
        def const(instance: Any, kind: str, path: _Path, run: _Run) -> bool:
            if _json_equal(instance, value):
                return True
            return _fail(run, path, "const", f"must be {_show(value)}, got {_show(instance)}")

        node.checks.append((None, const))

    def _pattern(self, node: _Node, schema: Mapping[str, Any], value: Any, pointer: str) -> None:
        regex = _regex(value)

        def pattern(instance: Any, kind: str, path: _Path, run: _Run) -> bool:
            if regex.search(instance):
                return True
            return _fail(run, path, "pattern", f"must match pattern {value}, got {_show(instance)}")

        node.checks.append((_STRING, pattern))

    def _length(self, node: _Node, schema: Mapping[str, Any], value: Any, pointer: str) -> None:
        keyword = pointer.rsplit("/", 1)[1]
        least = keyword == "minLength"
        bound = f"{'at least' if least else 'at most'} {value} character(s) long"

        def length(instance: Any, kind: str, path: _Path, run: _Run) -> bool:
            size = len(instance)
            if size >= value if least else size <= value:
                return True
            return _fail(run, path, keyword, f"must be {bound}, got {size}")

        node.checks.append((_STRING, length))

    def _count(self, node: _Node, schema: Mapping[str, Any], value: Any, pointer: str) -> None:
        keyword = pointer.rsplit("/", 1)[1]
        least = keyword == "minItems"
        bound = f"{'at least' if least else 'at most'} {value} item(s)"

        def count(instance: Any, kind: str, path: _Path, run: _Run) -> bool:
            size = len(instance)
            if size >= value if least else size <= value:
                return True
            return _fail(run, path, keyword, f"must have {bound}, got {size}")

        node.checks.append((_ARRAY, count))

    def _bound(self, node: _Node, schema: Mapping[str, Any], value: Any, pointer: str) -> None:
        keyword = pointer.rsplit("/", 1)[1]
        if isinstance(value, bool):
            return  # OpenAPI 3.0's flag form, applied with minimum / maximum
        if keyword in ("minimum", "maximum") and schema.get("exclusive" + keyword.title()) is True:
            keyword = "exclusive" + keyword.title()
        test, words = _BOUNDS[keyword]

        def bound(instance: Any, kind: str, path: _Path, run: _Run) -> bool:
            if test(instance, value):
                return True
            return _fail(run, path, keyword, f"must be {words} {_show(value)}, got {_show(instance)}")

        node.checks.append((_NUMERIC, bound))


_BOUNDS: Final[dict[str, tuple[Callable[[Any, Any], bool], str]]] = {
    "minimum": (lambda x, bound: x >= bound, "at least"),
    "maximum": (lambda x, bound: x <= bound, "at most"),
    "exclusiveMinimum": (lambda x, bound: x > bound, "greater than"),
    "exclusiveMaximum": (lambda x, bound: x < bound, "less than"),
}

_Builder: TypeAlias = Callable[[SchemaSet, _Node, Mapping[str, Any], Any, str], None]
_BUILDERS: Final[dict[str, _Builder]] = {
    "$ref": SchemaSet._ref,
    "allOf": SchemaSet._all_of,
    "anyOf": SchemaSet._any_of,
    "oneOf": SchemaSet._one_of,
    "not": SchemaSet._not,
    "if": SchemaSet._if,
    "properties": SchemaSet._properties,
    "additionalProperties": SchemaSet._additional,
    "required": SchemaSet._required,
    "items": SchemaSet._items,
    "enum": SchemaSet._enum,
    "const": SchemaSet._const,
    "pattern": SchemaSet._pattern,
    "minLength": SchemaSet._length,
    "maxLength": SchemaSet._length,
    "minItems": SchemaSet._count,
    "maxItems": SchemaSet._count,
    "minimum": SchemaSet._bound,
    "maximum": SchemaSet._bound,
    "exclusiveMinimum": SchemaSet._bound,
    "exclusiveMaximum": SchemaSet._bound,
}
