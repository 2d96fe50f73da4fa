"""Compare two schemas used at the same place, in the request or the response direction.

The direction decides the class of a change: a new required property breaks requests but is
harmless in responses; a property that becomes optional is harmless in requests but breaks code
reading responses. Each pair of schema locations is compared once per direction and the result
reused, so a component shared by many operations costs one comparison and cycles terminate.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, Literal

import attrs

from scripts.drift.findings import Change
from scripts.drift.flatten import LOWER_BOUNDS, UPPER_BOUNDS, Flat, Site, flatten
from scripts.drift.names import NamingRules
from scripts.drift.spec import Spec
from scripts.specbuild.pointers import strip_docs

Direction = Literal["request", "response"]

# String formats the generator maps to their own Python types (datetime, date, File, UUID); any other
# format change leaves the generated attribute's type as it was.
_TYPED_FORMATS = frozenset({"date-time", "date", "binary", "uuid"})


@attrs.frozen
class Side:
    """One of the two specs being compared, with the naming rules of its generated package."""

    spec: Spec
    names: NamingRules


def show(value: Any) -> str:
    """A value as JSON, the way the spec writes it: ``"es-US"``, ``3``, ``null``."""
    return json.dumps(value, ensure_ascii=False)


def plain(value: Any) -> str:
    """A value for the report's before/after fields: strings as they are, anything else as JSON."""
    return value if isinstance(value, str) else show(value)


def describe(flat: Flat) -> str:
    """A short type description: ``string``, ``integer | string``, ``string enum``, ``any``."""
    kinds = " | ".join(sorted(flat.types)) if flat.types else "any"
    return f"{kinds} enum" if flat.enum is not None else kinds


def _same_structure(old: Any, new: Any) -> bool:
    return bool(strip_docs(old) == strip_docs(new))


class SchemaComparer:
    """Compares schema pairs, remembering each pair's result (see the module docstring)."""

    def __init__(self, old: Side, new: Side) -> None:
        self.old = old
        self.new = new
        self._done: dict[tuple[object, ...], list[Change]] = {}
        self._active: set[tuple[object, ...]] = set()

    def compare(self, direction: Direction, old: Site, new: Site) -> list[Change]:
        changes = self._class_renamed(old, new)
        before = flatten(self.old.spec, self.old.names, old)
        after = flatten(self.new.spec, self.new.names, new)
        key = (direction, before.pointer, after.pointer, before.cls or old.owner, after.cls or new.owner)
        if key in self._active:
            return changes
        if key not in self._done:
            self._active.add(key)
            try:
                self._done[key] = self._compare_flat(direction, before, after)
            finally:
                self._active.discard(key)
        return changes + self._done[key]

    def _class_renamed(self, old: Site, new: Site) -> list[Change]:
        before = self.old.names.class_at(self.old.spec, old.node, old.owner, old.name)
        after = self.new.names.class_at(self.new.spec, new.node, new.owner, new.name)
        if before is None or after is None or before == after:
            return []
        _, pointer = self.new.spec.resolve(new.node, new.pointer)
        return [
            Change(
                "python-class-renamed",
                pointer,
                f"generated class `{before}` is now `{after}`",
                before=before,
                after=after,
            )
        ]

    def _compare_flat(self, direction: Direction, old: Flat, new: Flat) -> list[Change]:
        if old.types != new.types or (old.enum is None) != (new.enum is None):
            return [
                Change(
                    f"{direction}-type-changed",
                    new.pointer,
                    f"type of {direction} `{new.label}` changed from {describe(old)} to {describe(new)}",
                    before=describe(old),
                    after=describe(new),
                )
            ]
        changes = self._enum(direction, old, new)
        changes += self._nullable(direction, old, new)
        if direction == "request":
            changes += _bounds(old, new)
        if old.format != new.format:
            changes.append(self._format(direction, old, new))
        changes += self._properties(direction, old, new)
        if old.items is not None and new.items is not None:
            changes += self.compare(direction, old.items, new.items)
        if old.additional is not None and new.additional is not None:
            changes += self.compare(direction, old.additional, new.additional)
        changes += self._variants(direction, old, new)
        return changes

    def _enum(self, direction: Direction, old: Flat, new: Flat) -> list[Change]:
        if old.enum is None or new.enum is None:
            return []
        changes: list[Change] = []
        old_members = self.old.names.enum_members(old.enum, old.var_names)
        for value in old.enum:
            if value in new.enum:
                continue
            member = old_members.get(value) if isinstance(value, str | int) else None
            gone = f" (`{old.cls}.{member}` goes away)" if old.cls and member else ""
            verb = "accepts" if direction == "request" else "carries"
            changes.append(
                Change(
                    f"{direction}-enum-value-removed",
                    new.enum_pointer,
                    f"{direction} `{new.label}` no longer {verb} {show(value)}{gone}",
                    before=plain(value),
                )
            )
        for value in new.enum:
            if value in old.enum:
                continue
            if direction == "request":
                message = f"request `{new.label}` accepts a new value {show(value)}"
            else:
                kept = f" `{old.cls}`" if old.cls else ""
                message = (
                    f"response `{new.label}` may carry a new value {show(value)}; "
                    f"until regenerated, the client keeps it as an unknown{kept} value"
                )
            changes.append(Change(f"{direction}-enum-value-added", new.enum_pointer, message, after=plain(value)))
        return changes

    def _format(self, direction: Direction, old: Flat, new: Flat) -> Change:
        retyped = "string" in (new.types or ()) and bool({old.format, new.format} & _TYPED_FORMATS)
        formats = f"from {old.format or '(none)'} to {new.format or '(none)'}"
        if retyped:
            text = f"format of {direction} `{new.label}` changed {formats}"
            return Change(f"{direction}-format-changed", new.pointer, text, before=old.format, after=new.format)
        # Said the same way in both directions, so a shared component gives one finding.
        text = f"format of `{new.label}` changed {formats}; the generated Python type stays the same"
        return Change("format-changed-same-type", new.pointer, text, before=old.format, after=new.format)

    def _nullable(self, direction: Direction, old: Flat, new: Flat) -> list[Change]:
        if old.nullable == new.nullable:
            return []
        if new.nullable:
            rule, text = (
                f"{direction}-became-nullable",
                "may now be null" if direction == "response" else "accepts null",
            )
        else:
            rule = f"{direction}-became-non-nullable"
            text = "is no longer null" if direction == "response" else "no longer accepts null"
        return [Change(rule, new.pointer, f"{direction} `{new.label}` {text}")]

    def _attribute(self, side: Side, site: Site) -> str:
        attribute = side.names.attribute(site.name)
        return f"{site.owner}.{attribute}" if site.owner else attribute

    def _properties(self, direction: Direction, old: Flat, new: Flat) -> list[Change]:
        hidden_old = old.read_only if direction == "request" else old.write_only
        hidden_new = new.read_only if direction == "request" else new.write_only
        before = {name: site for name, site in old.properties.items() if name not in hidden_old}
        after = {name: site for name, site in new.properties.items() if name not in hidden_new}
        removed = [name for name in before if name not in after]
        added = [name for name in after if name not in before]
        changes: list[Change] = []
        kept = {self._attribute(self.new, after[name]): name for name in added}
        for name in removed:
            site = before[name]
            attribute = self._attribute(self.old, site)
            fate = f"now maps to `{kept[attribute]}`" if attribute in kept else "goes away"
            changes.append(
                Change(
                    f"{direction}-property-removed",
                    site.pointer,
                    f"{direction} property `{site.label}` was removed (attribute `{attribute}` {fate})",
                    before=name,
                )
            )
        for name in added:
            site = after[name]
            attribute = self._attribute(self.new, site)
            if direction == "response":
                rule, text = "response-property-added", f"new response property `{site.label}`"
            elif name in new.required:
                rule, text = "request-property-added-required", f"new required request property `{site.label}`"
            else:
                rule, text = "request-property-added-optional", f"new optional request property `{site.label}`"
            changes.append(Change(rule, site.pointer, f"{text} (attribute `{attribute}`)", after=name))
        for old_name, new_name in self._renames(removed, added, before, after):
            changes += self._renamed(direction, before[old_name], after[new_name])
        for name in before:
            if name in after:
                changes += self._required(direction, name, old, new, after[name])
                changes += self.compare(direction, before[name], after[name])
        return changes

    def _renames(
        self, removed: Sequence[str], added: Sequence[str], before: dict[str, Site], after: dict[str, Site]
    ) -> list[tuple[str, str]]:
        """Pairs of a removed and an added property with the same definition: one property renamed."""
        pairs: list[tuple[str, str]] = []
        free = list(added)
        for old_name in removed:
            match = next((name for name in free if _same_structure(before[old_name].node, after[name].node)), None)
            if match is not None:
                free.remove(match)
                pairs.append((old_name, match))
        return pairs

    def _renamed(self, direction: Direction, old: Site, new: Site) -> list[Change]:
        changes = self.compare(direction, old, new)
        was, now = self._attribute(self.old, old), self._attribute(self.new, new)
        if was != now:
            changes.insert(
                0,
                Change(
                    "python-attribute-renamed",
                    new.pointer,
                    f"property `{old.label}` renamed to `{new.name}`: attribute `{was}` is now `{now}`",
                    before=was,
                    after=now,
                ),
            )
        return changes

    def _required(self, direction: Direction, name: str, old: Flat, new: Flat, site: Site) -> list[Change]:
        was, now = name in old.required, name in new.required
        if was == now:
            return []
        state = "required" if now else "optional"
        note = ""
        if direction == "response" and not now:
            note = f" (attribute `{self._attribute(self.new, site)}` may now be unset)"
        return [
            Change(
                f"{direction}-property-became-{state}",
                site.pointer,
                f"{direction} property `{site.label}` became {state}{note}",
            )
        ]

    def _variants(self, direction: Direction, old: Flat, new: Flat) -> list[Change]:
        if len(old.variants) != len(new.variants):
            return [
                Change(
                    "schema-variants-changed",
                    new.pointer,
                    f"{direction} `{new.label}` changed from {len(old.variants)} to {len(new.variants)} alternatives",
                    before=str(len(old.variants)),
                    after=str(len(new.variants)),
                )
            ]
        changes: list[Change] = []
        for before, after in zip(old.variants, new.variants, strict=True):
            changes += self.compare(direction, before, after)
        return changes


def _tighter(keyword: str, before: Any, after: Any) -> bool | None:
    """Whether ``after`` accepts less than ``before`` for this bound (None: not comparable)."""
    if before is None:
        return True
    if after is None:
        return False
    if not all(isinstance(value, int | float) and not isinstance(value, bool) for value in (before, after)):
        return None
    return bool(after > before) if keyword in LOWER_BOUNDS else bool(after < before)


def _bounds(old: Flat, new: Flat) -> list[Change]:
    """Request bounds, patterns and defaults, classed as oasdiff does: tightening breaks callers."""
    label = f"request `{new.label}`"
    changes: list[Change] = []
    for keyword in (*LOWER_BOUNDS, *UPPER_BOUNDS):
        before, after = old.bounds.get(keyword), new.bounds.get(keyword)
        if before == after:
            continue
        tighter = _tighter(keyword, before, after)
        rule = "request-bound-tightened" if tighter in (True, None) else "request-bound-loosened"
        text = f"{keyword} of {label} changed from {show(before)} to {show(after)}"
        changes.append(Change(rule, new.pointer, text, before=plain(before), after=plain(after)))
    before, after = old.bounds.get("pattern"), new.bounds.get("pattern")
    if before != after:
        rule = (
            "request-pattern-added"
            if before is None
            else "request-pattern-removed"
            if after is None
            else "request-pattern-changed"
        )
        text = f"pattern of {label} changed from {show(before)} to {show(after)}"
        changes.append(Change(rule, new.pointer, text, before=plain(before), after=plain(after)))
    if "default" in old.bounds or "default" in new.bounds:
        before, after = old.bounds.get("default"), new.bounds.get("default")
        if "default" not in new.bounds:
            rule = "request-default-removed"
        elif "default" not in old.bounds:
            rule = "request-default-added"
        else:
            rule = "request-default-changed" if before != after else ""
        if rule:
            text = f"default of {label} changed from {show(before)} to {show(after)}"
            changes.append(Change(rule, new.pointer, text, before=plain(before), after=plain(after)))
    return changes
