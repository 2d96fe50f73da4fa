"""The Python names openapi-python-client gives to parts of a spec.

Users of the generated package import modules named after operationIds, classes named after
components (or, for inline schemas, after where they sit), and set attributes named after
properties: when one of those names changes, their code breaks even if the wire format did not.
The naming functions are the generator's own (``openapi_python_client.strings``); this module only
mirrors how the generator composes them, and the tests check the result against the committed
package.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs
from openapi_python_client.config import ConfigFile
from openapi_python_client.parser.openapi import generate_operation_id
from openapi_python_client.parser.properties.enum_property import EnumProperty
from openapi_python_client.parser.properties.schemas import Class
from openapi_python_client.schema.untrusted_string import UntrustedString
from openapi_python_client.strings import ClassName, PythonIdentifier, pascal_case

from scripts.drift.spec import Spec
from scripts.generate import CONFIG, PACKAGE

SCHEMAS = "/components/schemas/"


@attrs.frozen
class NamingRules:
    """The generator settings that affect names (from ``openapi/generator.yaml``)."""

    package: str = PACKAGE
    field_prefix: str = "field_"
    class_overrides: Mapping[str, str] = attrs.field(factory=dict)  # generated class -> overriding class
    literal_enums: bool = False
    path_prefixed_titles: bool = True

    @classmethod
    def from_config(cls, path: Path = CONFIG) -> NamingRules:
        config = ConfigFile.load_from_path(path)
        overrides = {
            name: override.class_name.get_untrusted_value()
            for name, override in (config.class_overrides or {}).items()
            if override.class_name is not None
        }
        return cls(
            package=config.package_name_override or PACKAGE,
            field_prefix=config.field_prefix,
            class_overrides=overrides,
            literal_enums=config.literal_enums,
            path_prefixed_titles=config.use_path_prefixes_for_title_model_names,
        )

    def class_name(self, raw: str) -> str:
        name = ClassName(raw, self.field_prefix)
        override = self.class_overrides.get(name)
        return ClassName(override, self.field_prefix) if override is not None else str(name)

    def attribute(self, wire_name: str) -> str:
        return str(PythonIdentifier(wire_name, self.field_prefix))

    def operation(self, operation: Mapping[str, Any], method: str, path: str) -> str:
        operation_id = operation.get("operationId")
        if isinstance(operation_id, str):
            return str(PythonIdentifier(operation_id, self.field_prefix))
        return str(generate_operation_id(path=UntrustedString(path), method=method, prefix=self.field_prefix))

    def tag(self, operation: Mapping[str, Any]) -> str:
        tags = operation.get("tags")
        first = tags[0] if isinstance(tags, list) and tags and isinstance(tags[0], str) else "default"
        return str(PythonIdentifier(first, "tag"))

    def module(self, operation: Mapping[str, Any], method: str, path: str) -> str:
        return f"{self.package}.api.{self.tag(operation)}.{self.operation(operation, method, path)}"

    def arguments(self, parameters: Sequence[tuple[str, str]]) -> dict[tuple[str, str], str]:
        """Keyword argument per ``(location, name)``, with the generator's fixes for clashing names."""
        names = {(location, name): self.attribute(name) for location, name in parameters}
        for key, python in list(names.items()):
            if python in {"client", "url"}:
                names[key] = self.attribute(f"{python}_{key[0]}")
        by_python: dict[str, list[tuple[str, str]]] = {}
        for key, python in names.items():
            by_python.setdefault(python, []).append(key)
        for python, keys in by_python.items():
            if len(keys) > 1 and len({location for location, _ in keys}) == len(keys):
                for location, name in keys:
                    names[(location, name)] = self.attribute(f"{python}_{location}")
        return names

    def enum_members(self, values: Sequence[Any], var_names: Sequence[str] = ()) -> dict[str | int, str]:
        """The generated member name of each enum value (empty if the generator would refuse the enum)."""
        plain: list[str | int] = [
            value for value in values if isinstance(value, str | int) and not isinstance(value, bool)
        ]
        if len(plain) != len(values):
            return {}
        info = Class(name=ClassName("Enum", self.field_prefix), module_name=PythonIdentifier("enum", ""))
        try:
            members = EnumProperty.values_from_list(plain, info, list(var_names))  # type: ignore[arg-type]
        except ValueError:  # two values with one member name: the generator refuses such an enum
            return {}
        if len(members) != len(plain):
            return {}
        return dict(zip(plain, members, strict=True))

    # Classes -------------------------------------------------------------------------------------

    def nested(self, owner: str, title: str) -> str:
        """The raw name of an inline class: its owner's name followed by its title or property name."""
        return f"{pascal_case(owner)}{pascal_case(title)}" if owner else title

    def component_class(self, spec: Spec, key: str) -> str | None:
        """The class generated for ``#/components/schemas/<key>``, if that component makes one."""
        schema, _ = spec.resolve(spec.components("schemas").get(key), f"{SCHEMAS}{key}")
        if self._kind(schema) not in {"model", "enum"}:
            return None
        title = schema.get("title")
        return self.class_name(title if isinstance(title, str) and title else key)

    def class_at(self, spec: Spec, node: Any, owner: str, name: str) -> str | None:
        """The class the generator uses for a schema at a place named ``name`` inside ``owner``."""
        if not isinstance(node, Mapping):
            return None
        ref = node.get("$ref")
        if isinstance(ref, str):
            target = ref[1:]
            return self.component_class(spec, target[len(SCHEMAS) :]) if target.startswith(SCHEMAS) else None
        members = [*_list(node, "allOf"), *_list(node, "anyOf"), *_list(node, "oneOf")]
        if len(members) == 1 and isinstance(members[0], Mapping) and "$ref" in members[0]:
            return self.class_at(spec, members[0], owner, name)
        kind = self._kind(node)
        if kind not in {"model", "enum"}:
            return None
        title = node.get("title")
        if not (isinstance(title, str) and title):
            title = None
        if kind == "model" and title is not None and not self.path_prefixed_titles:
            return self.class_name(title)
        return self.class_name(self.nested(owner, title or name))

    def _kind(self, node: Any) -> str:
        """What the generator makes of a schema, in the order its parser decides."""
        if not isinstance(node, Mapping):
            return "any"
        kind = node.get("type")
        if kind == "boolean":
            return "boolean"
        if node.get("enum"):
            return "literal" if self.literal_enums else "enum"
        if node.get("anyOf") or node.get("oneOf") or isinstance(kind, list):
            return "union"
        if "const" in node:
            return "const"
        if kind in {"string", "number", "integer", "null", "array"}:
            return str(kind)
        if kind == "object" or node.get("allOf") or (kind is None and node.get("properties")):
            return "model"
        return "any"

    def union_member_name(self, name: str, member: Any, union: Mapping[str, Any], index: int) -> str:
        title = member.get("title") if isinstance(member, Mapping) else None
        if isinstance(title, str) and title != union.get("title"):
            return f"{name}_{title}"
        return f"{name}_type_{index}"


def _list(node: Mapping[str, Any], key: str) -> list[Any]:
    value = node.get(key)
    return value if isinstance(value, list) else []
