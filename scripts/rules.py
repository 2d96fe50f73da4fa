"""The request rules the package reads at run time, derived from the merged spec: ``request_rules.json``.

Written into the generated package next to the code it belongs to, so the client's checks before
sending and the simulated gateway's reading of a request come from one source and can never disagree.
Per operation it holds the JSON request body's schema (what the gateway enforces) and the client's
projection of it: only what is certain before sending (money: whole cents, within the bounds the spec
states for it and for the operation); everything else is the server's to judge.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

from scripts.specbuild.document import get, operations, reachable_components

RULES_FILE = "request_rules.json"
V1_REQUESTS = Path(__file__).resolve().parents[1] / "openapi" / "v1" / "requests.yaml"
MONEY = "x-sezzle-money"
_BOUNDS = ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum")


def _body_schema(spec: Mapping[str, Any], operation: Mapping[str, Any]) -> tuple[Any, bool]:
    body = operation.get("requestBody")
    if not isinstance(body, dict):
        return None, False
    if "$ref" in body:
        body = get(spec, body["$ref"][1:])
    media = (body.get("content") or {}).get("application/json")
    return (media or {}).get("schema"), bool(body.get("required"))


class _Projection:
    """The certain part of a request schema: money amounts and their bounds, inlined."""

    def __init__(self, spec: Mapping[str, Any]) -> None:
        self.spec = spec

    def _target(self, node: Any) -> Any:
        seen = 0
        while isinstance(node, dict) and isinstance(node.get("$ref"), str) and seen < 64:
            node, seen = get(self.spec, node["$ref"][1:]), seen + 1
        return node

    def project(self, node: Any, depth: int = 0) -> dict[str, Any]:
        if not isinstance(node, dict) or depth > 64:
            return {}
        parts: list[dict[str, Any]] = []
        if isinstance(node.get("$ref"), str):
            parts.append(self.project(self._target(node), depth + 1))
        own: dict[str, Any] = {key: node[key] for key in _BOUNDS if key in node}
        if node.get(MONEY):
            own = {MONEY: True, "type": "integer", **own}
        properties = {
            name: projected
            for name, schema in (node.get("properties") or {}).items()
            if (projected := self.project(schema, depth + 1))
        }
        if properties:
            own["properties"] = properties
        if isinstance(node.get("items"), dict) and (items := self.project(node["items"], depth + 1)):
            own["items"] = items
        members = [self.project(member, depth + 1) for member in node.get("allOf") or []]
        parts += [member for member in members if member]
        for keyword in ("anyOf", "oneOf"):
            options = [self._option(member, depth + 1) for member in node.get(keyword) or []]
            if (
                options
                and all(option is not None for option in options)
                and any(o != {"type": "null"} for o in options)
            ):
                own[keyword] = options  # an option without rules accepts anything: then none counts
        if own:
            parts.append(own)
        if not parts:
            return {}
        return parts[0] if len(parts) == 1 else {"allOf": parts}

    def _option(self, node: Any, depth: int) -> dict[str, Any] | None:
        """One alternative's rules; None when it accepts anything (a null alternative stays null)."""
        if isinstance(node, dict) and node.get("type") == "null":
            return {"type": "null"}
        return self.project(node, depth) or None


def build_rules(*documents: Mapping[str, Any]) -> dict[str, Any]:
    """Per operation: whether a body is required, the body's schema, and the client's part of it.

    The documents are the merged v2 spec and our description of v1's bodies; their operations and
    component names do not overlap.
    """
    table: dict[str, Any] = {}
    components: dict[str, Any] = {}
    for spec in documents:
        projection = _Projection(spec)
        roots: list[Any] = []
        for key, at in operations(dict(spec)).items():
            schema, required = _body_schema(spec, get(spec, at))
            if schema is None:
                continue
            if key in table:
                raise ValueError(f"{key} is described twice")
            roots.append(schema)
            table[key] = {"body": schema, "body_required": required, "client": projection.project(schema)}
        for pointer in sorted(reachable_components(dict(spec), roots)):
            _, section, name = pointer.split("/", 3)[1:]
            known = components.setdefault(section, {})
            if name in known and known[name] != get(spec, pointer):
                raise ValueError(f"components/{section}/{name} is defined differently by two documents")
            known[name] = get(spec, pointer)
    return {"operations": table, "components": components}


def render_rules(spec: Mapping[str, Any], v1: Path = V1_REQUESTS) -> str:
    """The rules file for the merged v2 spec and v1's request description."""
    documents = [spec, yaml.safe_load(v1.read_text(encoding="utf-8"))] if v1.exists() else [spec]
    return json.dumps(build_rules(*documents), indent=1, sort_keys=True, ensure_ascii=False) + "\n"
