"""openapi/decisions/95-answers-always-carry.yaml: only answer schemas gain required fields, each one a
declared property, and the money-moving answers require nothing but their id."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from scripts.specbuild.build import build
from scripts.specbuild.decisions import load_decisions
from scripts.specbuild.document import (
    component_of,
    get,
    locations,
    operations,
    reachable_components,
    split_location,
    walk,
)

ROOT = Path(__file__).resolve().parents[2]
FILE = "95-answers-always-carry.yaml"
SPEC = json.loads((ROOT / "openapi" / "sezzle-api.json").read_text(encoding="utf-8"))
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
DECISIONS = [decision for decision in load_decisions(ROOT / "openapi" / "decisions") if decision.file == FILE]
APPLIED = [item for item in build().decisions.applied if item.decision in {d.id for d in DECISIONS}]


def _request_components() -> set[str]:
    roots: list[Any] = []
    for at in operations(SPEC).values():
        operation = get(SPEC, at)
        roots += [operation.get("requestBody", {}), operation.get("parameters", [])]
    return reachable_components(SPEC, roots)


def test_every_decision_is_about_an_answer_and_reaches_its_operations() -> None:
    assert len(DECISIONS) >= 20
    for decision in DECISIONS:
        assert decision.at.startswith("responses/"), decision.id
        assert set(decision.actions) == {"require"}, decision.id
        assert {item.operation for item in APPLIED if item.decision == decision.id} == set(decision.operations or ())


def test_no_request_schema_changes() -> None:
    requests = _request_components()
    for item in APPLIED:
        component = component_of(item.target)
        assert component is None or component not in requests, (item.decision, component)


def test_every_required_field_is_a_declared_property() -> None:
    def declared(node: Any) -> set[str]:
        while isinstance(node, dict) and "$ref" in node:
            node = get(SPEC, node["$ref"][1:])
        names = set((node.get("properties") or {}) if isinstance(node, dict) else ())
        for member in node.get("allOf") or [] if isinstance(node, dict) else []:
            names |= declared(member)
        return names

    index = operations(SPEC)
    for decision in DECISIONS:
        location, tokens = split_location(decision.at)
        for operation in decision.operations or ():
            for start in locations(SPEC, index[operation], location):
                target = walk(SPEC, start, tokens, {operation}, {}).at
                node = get(SPEC, target)
                assert set(decision.actions["require"]) <= set(node.get("required", [])), (decision.id, operation)
                assert set(decision.actions["require"]) <= declared(node), (decision.id, operation)


def test_money_moving_answers_require_only_what_identifies_them() -> None:
    assert SCHEMAS["OrderTransaction"]["required"] == ["uuid"]  # capture, refund, release: {uuid}
    assert SCHEMAS["UpchargedOrder"]["required"] == ["uuid"]
    assert SCHEMAS["ReauthorizedOrder"]["required"] == ["uuid", "authorization"]  # approved or declined
    assert SCHEMAS["CustomerOrder"]["required"] == ["uuid", "authorization"]
    for schema in ("OrderTransaction", "UpchargedOrder", "ReauthorizedOrder", "CustomerOrder", "CreatedWebhook"):
        assert "links" not in SCHEMAS[schema]["required"], schema


def test_each_decision_says_why() -> None:
    for decision in DECISIONS:
        assert decision.reason, decision.id
        assert decision.source, decision.id
