"""A change inside a shared component is reported once per direction, where it was made."""

from __future__ import annotations

import copy
from typing import Any

from scripts.drift import NamingRules, Report, compare
from scripts.drift.spec import check
from tests.drift.corpus import BASE, props, schema

NAMES = NamingRules()


def drift(old: dict[str, Any], new: dict[str, Any]) -> Report:
    return compare(check(old, "old"), check(new, "new"), NAMES)


def test_change_in_a_shared_component_is_reported_once_per_direction_with_every_operation() -> None:
    new = copy.deepcopy(BASE)
    props(new, "Price")["amount_in_cents"] = {"type": "number"}
    report = drift(BASE, new)
    assert [(f.rule, f.pointer, f.operations) for f in report.findings] == [
        (
            "request-type-changed",
            "/components/schemas/Price/properties/amount_in_cents",
            ("POST /v2/widgets",),
        ),
        (
            "response-type-changed",
            "/components/schemas/Price/properties/amount_in_cents",
            ("GET /v2/widgets/{widget_uuid}", "POST /v2/widgets"),
        ),
    ]
    assert report.findings[0].before == "integer"
    assert report.findings[0].after == "number"


def test_moving_properties_into_an_allof_component_changes_no_property() -> None:
    new = copy.deepcopy(BASE)
    request = schema(new, "WidgetRequest")
    new["components"]["schemas"]["Named"] = {
        "type": "object",
        "properties": {"name": request["properties"].pop("name")},
    }
    new["components"]["schemas"]["WidgetRequest"] = {
        "allOf": [{"$ref": "#/components/schemas/Named"}, request],
    }
    report = drift(BASE, new)
    assert [(f.rule, f.after) for f in report.findings] == [("python-class-added", "Named")]


def test_change_inside_an_allof_member_is_reported_at_the_member() -> None:
    old = copy.deepcopy(BASE)
    old["components"]["schemas"]["Widget"] = {
        "allOf": [
            {"$ref": "#/components/schemas/Price"},
            {"type": "object", "properties": {"uuid": {"type": "string"}}},
        ]
    }
    new = copy.deepcopy(old)
    schema(new, "Price")["required"].remove("currency")
    report = drift(old, new)
    assert [(f.rule, f.pointer, f.message) for f in report.findings] == [
        (
            "response-property-became-optional",
            "/components/schemas/Price/properties/currency",
            "response property `Price.currency` became optional (attribute `Price.currency` may now be unset)",
        ),
        (
            "request-property-became-optional",
            "/components/schemas/Price/properties/currency",
            "request property `Price.currency` became optional",
        ),
    ]


def test_recursive_schemas_compare_and_report_a_nested_change() -> None:
    old = copy.deepcopy(BASE)
    props(old, "Widget")["parts"] = {"type": "array", "items": {"$ref": "#/components/schemas/Widget"}}
    new = copy.deepcopy(old)
    props(new, "Widget")["uuid"]["format"] = "uuid"
    report = drift(old, new)
    assert [(f.rule, f.pointer) for f in report.findings] == [
        ("response-format-changed", "/components/schemas/Widget/properties/uuid")
    ]


def test_read_only_properties_are_not_part_of_requests() -> None:
    old = copy.deepcopy(BASE)
    props(old, "WidgetRequest")["created_at"] = {"type": "string", "readOnly": True}
    new = copy.deepcopy(old)
    del props(new, "WidgetRequest")["created_at"]
    assert drift(old, new).findings == ()
