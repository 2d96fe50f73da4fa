"""Every model and enum class the generator makes from a spec, with where each comes from."""

from __future__ import annotations

from collections.abc import Mapping

from scripts.drift.flatten import Site, flatten
from scripts.drift.names import SCHEMAS, NamingRules
from scripts.drift.operations import operations, parameters
from scripts.drift.spec import Spec, join


class _Walker:
    def __init__(self, spec: Spec, names: NamingRules) -> None:
        self.spec = spec
        self.names = names
        self.found: dict[str, str] = {}
        self._seen: set[tuple[str, str]] = set()

    def visit(self, site: Site) -> None:
        cls = self.names.class_at(self.spec, site.node, site.owner, site.name)
        flat = flatten(self.spec, self.names, site)
        if cls is not None:
            self.found.setdefault(cls, flat.pointer)
        key = (flat.pointer, cls or site.owner)
        if key in self._seen:
            return
        self._seen.add(key)
        children = [*flat.properties.values(), *flat.variants]
        children += [child for child in (flat.items, flat.additional) if child is not None]
        for child in children:
            self.visit(child)


def generated_classes(spec: Spec, names: NamingRules) -> dict[str, str]:
    """Class name -> JSON pointer of the schema it is generated from."""
    walker = _Walker(spec, names)
    for key, schema in spec.components("schemas").items():
        walker.visit(Site(schema, f"{SCHEMAS}{key}", "", key, key))
    for operation in operations(spec).values():
        owner = names.operation(operation.node, operation.method, operation.path)
        for parameter in parameters(spec, operation).values():
            if parameter.schema is not None:
                where = join(parameter.pointer, "schema")
                walker.visit(Site(parameter.schema, where, owner, parameter.name, parameter.label))
        body, at = spec.resolve(operation.node.get("requestBody"), join(operation.pointer, "requestBody"))
        for media, schema in _schemas(body):
            walker.visit(Site(schema, join(at, "content", media, "schema"), owner, "body", "body"))
        responses = operation.node.get("responses")
        for status, raw in (responses if isinstance(responses, Mapping) else {}).items():
            response, at = spec.resolve(raw, join(operation.pointer, "responses", status))
            for media, schema in _schemas(response)[:1]:  # the generator reads one media type per response
                walker.visit(Site(schema, join(at, "content", media, "schema"), owner, f"response_{status}", status))
    return walker.found


def _schemas(node: object) -> list[tuple[str, object]]:
    content = node.get("content") if isinstance(node, Mapping) else None
    if not isinstance(content, Mapping):
        return []
    return [
        (str(media), value["schema"])
        for media, value in content.items()
        if isinstance(value, Mapping) and "schema" in value
    ]
