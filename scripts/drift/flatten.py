"""One flat view of a schema: ``$ref``s followed and ``allOf`` merged.

Comparing flat views lets a property moved between a component and an inline ``allOf`` member go
unnoticed (nothing changed for clients), while a change inside a shared component is reported at
the component, where it was made.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from scripts.drift.names import SCHEMAS, NamingRules
from scripts.drift.spec import Spec, join

_MAX_DEPTH = 64  # allOf nesting deeper than this is a cycle


@attrs.frozen
class Site:
    """A schema where it is used: its node, pointer, and what names it (for generated classes).

    ``owner`` is the class an inline schema here would be nested in and ``name`` the property (or
    parameter, ``body``, ``response_200``...) it would be named after; ``label`` is how the report
    refers to it, derived from where it is defined so that every use of a component reads the same.
    """

    node: Any
    pointer: str
    owner: str
    name: str
    label: str


@attrs.define
class Flat:
    pointer: str
    label: str
    cls: str | None
    types: frozenset[str] | None = None  # JSON types other than null; None: any
    nullable: bool = False
    format: str | None = None
    enum: tuple[Any, ...] | None = None
    enum_pointer: str = ""
    var_names: tuple[str, ...] = ()
    properties: dict[str, Site] = attrs.field(factory=dict)
    required: set[str] = attrs.field(factory=set)
    read_only: set[str] = attrs.field(factory=set)
    write_only: set[str] = attrs.field(factory=set)
    items: Site | None = None
    additional: Site | None = None
    variants: list[Site] = attrs.field(factory=list)
    bounds: dict[str, Any] = attrs.field(factory=dict)  # minimum, maxLength, pattern, default...


# Keywords that bound the values a schema accepts (compared for requests), and the default it implies.
LOWER_BOUNDS = ("minimum", "exclusiveMinimum", "minLength", "minItems")
UPPER_BOUNDS = ("maximum", "exclusiveMaximum", "maxLength", "maxItems")
BOUNDS = (*LOWER_BOUNDS, *UPPER_BOUNDS, "pattern", "default")


def component_label(pointer: str, fallback: str) -> str:
    return pointer[len(SCHEMAS) :].split("/", 1)[0] if pointer.startswith(SCHEMAS) else fallback


def flatten(spec: Spec, names: NamingRules, site: Site) -> Flat:
    cls = names.class_at(spec, site.node, site.owner, site.name)
    node, pointer = spec.resolve(site.node, site.pointer)
    if pointer != site.pointer and pointer.startswith(SCHEMAS):
        # A component is named on its own: its inline parts nest under its name, not under the user's.
        key = component_label(pointer, site.label)
        context = Site(node, pointer, "", key, key)
    else:
        context = attrs.evolve(site, node=node, pointer=pointer)
    flat = Flat(pointer=pointer, label=context.label, cls=cls)
    _merge(spec, names, flat, context, cls or context.owner, 0)
    if flat.types is None and (flat.properties or flat.additional is not None):
        flat.types = frozenset({"object"})
    elif flat.types is None and flat.items is not None:
        flat.types = frozenset({"array"})
    return flat


def _types(node: Mapping[str, Any]) -> tuple[frozenset[str] | None, bool]:
    declared = node.get("type")
    kinds = {declared} if isinstance(declared, str) else set(declared) if isinstance(declared, list) else None
    nullable = node.get("nullable") is True or (kinds is not None and "null" in kinds)
    if kinds is None:
        return None, nullable
    return frozenset(str(kind) for kind in kinds if kind != "null") or None, nullable


def _flag(spec: Spec, schema: Any, keyword: str) -> bool:
    target, _ = spec.resolve(schema, "")
    return any(isinstance(node, Mapping) and node.get(keyword) is True for node in (schema, target))


def _merge(spec: Spec, names: NamingRules, flat: Flat, site: Site, owner: str, depth: int) -> None:
    """Fold one schema (the site's own, or one of its ``allOf`` members) into ``flat``.

    ``owner`` is the class that declares this schema's properties: the site's class, or the class
    of the component an ``allOf`` member refers to.
    """
    node, pointer, label = site.node, site.pointer, site.label
    if not isinstance(node, Mapping) or depth > _MAX_DEPTH:
        return
    kinds, nullable = _types(node)
    if kinds is not None:
        flat.types = kinds if flat.types is None else (flat.types & kinds)
    flat.nullable = flat.nullable or nullable
    if flat.format is None and isinstance(node.get("format"), str):
        flat.format = node["format"]
    if flat.enum is None and isinstance(node.get("enum"), list):
        flat.enum = tuple(node["enum"])
        flat.enum_pointer = join(pointer, "enum")
        varnames = node.get("x-enum-varnames")
        flat.var_names = tuple(str(name) for name in varnames) if isinstance(varnames, list) else ()
    elif flat.enum is None and "const" in node:
        flat.enum = (node["const"],)
        flat.enum_pointer = join(pointer, "const")
    for keyword in BOUNDS:
        if keyword in node and keyword not in flat.bounds:
            flat.bounds[keyword] = node[keyword]
    properties = node.get("properties")
    if isinstance(properties, Mapping):
        for name, schema in properties.items():
            flat.properties[name] = Site(schema, join(pointer, "properties", name), owner, name, f"{label}.{name}")
            _mark(flat.read_only, name, _flag(spec, schema, "readOnly"))
            _mark(flat.write_only, name, _flag(spec, schema, "writeOnly"))
    required = node.get("required")
    if isinstance(required, list):
        flat.required.update(name for name in required if isinstance(name, str))
    if "items" in node and flat.items is None:
        flat.items = Site(node["items"], join(pointer, "items"), site.owner, f"{site.name}_item", f"{label}[]")
    additional = node.get("additionalProperties")
    if isinstance(additional, Mapping) and flat.additional is None:
        where = join(pointer, "additionalProperties")
        flat.additional = Site(additional, where, owner, "AdditionalProperty", f"{label}.*")
    index = 0
    for keyword in ("anyOf", "oneOf"):
        for position, member in enumerate(node.get(keyword) or []):
            member_name = names.union_member_name(site.name, member, node, index)
            where = join(pointer, keyword, position)
            flat.variants.append(Site(member, where, site.owner, member_name, f"{label} ({keyword} {position})"))
            index += 1
    for position, member in enumerate(node.get("allOf") or []):
        target, target_pointer = spec.resolve(member, join(pointer, "allOf", position))
        if target_pointer.startswith(SCHEMAS) and target_pointer != join(pointer, "allOf", position):
            key = component_label(target_pointer, label)
            member_owner = names.component_class(spec, key) or owner
            _merge(spec, names, flat, Site(target, target_pointer, "", key, key), member_owner, depth + 1)
        else:
            _merge(spec, names, flat, attrs.evolve(site, node=target, pointer=target_pointer), owner, depth + 1)


def _mark(names: set[str], name: str, flag: bool) -> None:
    if flag:
        names.add(name)
    else:
        names.discard(name)
