"""openapi/patches/95-always-returned.yaml: only response schemas gain required fields, each one real,
and the money-moving answers require nothing but their id."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
PATCH = yaml.safe_load((ROOT / "openapi" / "patches" / "95-always-returned.yaml").read_text(encoding="utf-8"))
SPEC = json.loads((ROOT / "openapi" / "sezzle-api.json").read_text(encoding="utf-8"))
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]


def _referenced(node: Any, found: set[str]) -> set[str]:
    """Every component schema ``node`` reaches through ``$ref`` (parameters and request bodies included)."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            _, _, kind, name = ref.split("/")
            target = SPEC["components"][kind][name]
            if kind != "schemas":
                _referenced(target, found)
            elif name not in found:
                found.add(name)
                _referenced(target, found)
        for value in node.values():
            _referenced(value, found)
    elif isinstance(node, list):
        for value in node:
            _referenced(value, found)
    return found


def _request_schemas() -> set[str]:
    found: set[str] = set()
    for operations in SPEC["paths"].values():
        for operation in operations.values():
            if isinstance(operation, dict):
                _referenced(operation.get("requestBody", {}), found)
                _referenced(operation.get("parameters", []), found)
    return found


def _added_requirements() -> list[tuple[str, str, list[str]]]:
    """``(schema, pointer, required names)`` for each ``add`` of the patch."""
    added = []
    for operation in PATCH["operations"]:
        if operation["op"] == "add":
            parts = operation["path"].split("/")
            assert parts[:3] == ["", "components", "schemas"], operation["path"]
            assert parts[-1] == "required", operation["path"]
            added.append((parts[3], operation["path"], operation["value"]))
    return added


def test_no_request_schema_changes() -> None:
    touched = {schema for schema, _, _ in _added_requirements()}
    assert touched
    assert touched.isdisjoint(_request_schemas())


def test_every_required_field_is_a_declared_property_of_a_response_schema() -> None:
    for _, pointer, names in _added_requirements():
        node: Any = SPEC
        for part in pointer.split("/")[1:-1]:
            node = node[part]
        assert node["required"] == names, pointer
        assert set(names) <= set(node["properties"]), pointer


def test_money_moving_answers_require_only_what_identifies_them() -> None:
    assert SCHEMAS["OrderTransaction"]["required"] == ["uuid"]  # capture, refund, release: {uuid}
    assert SCHEMAS["UpchargedOrder"]["required"] == ["uuid"]
    assert SCHEMAS["ReauthorizedOrder"]["required"] == ["uuid", "authorization"]  # approved or declined
    assert SCHEMAS["CustomerOrder"]["required"] == ["uuid", "authorization"]
    for schema in ("OrderTransaction", "UpchargedOrder", "ReauthorizedOrder", "CustomerOrder", "CreatedWebhook"):
        assert "links" not in SCHEMAS[schema]["required"], schema


def test_each_required_field_has_its_reason_in_the_comments() -> None:
    text = (ROOT / "openapi" / "patches" / "95-always-returned.yaml").read_text(encoding="utf-8")
    comments = text.split("\nreason:")[0]
    for schema, _, names in _added_requirements():
        assert schema in comments, f"{schema} is not named in the comments"
        for name in names:
            assert name in comments, f"{schema}.{name} has no reason in the comments"
