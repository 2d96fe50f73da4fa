"""Small before/after spec pairs, one per drift rule, each with the findings it must produce.

Every case starts from ``BASE`` (a two-endpoint widgets API that uses a shared ``Price`` component in
requests and responses, an inline enum, an inline object and a component enum) and edits a copy of
the old spec, the new one, or both.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import attrs

Spec = dict[str, Any]

PRICE = {"$ref": "#/components/schemas/Price"}
WIDGET = {"$ref": "#/components/schemas/Widget"}
STRING = {"type": "string"}

BASE: Spec = {
    "openapi": "3.1.0",
    "info": {"title": "Widgets", "version": "1.0.0"},
    "servers": [{"url": "https://sandbox.widgets.example"}, {"url": "https://widgets.example"}],
    "security": [{"Bearer": []}],
    "paths": {
        "/v2/widgets": {
            "post": {
                "operationId": "create_widget",
                "tags": ["Widgets"],
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/WidgetRequest"}}},
                },
                "responses": {
                    "201": {"description": "Created", "content": {"application/json": {"schema": WIDGET}}},
                    "400": {"description": "Bad request"},
                },
            }
        },
        "/v2/widgets/{widget_uuid}": {
            "get": {
                "operationId": "get_widget",
                "tags": ["Widgets"],
                "parameters": [
                    {"name": "widget_uuid", "in": "path", "required": True, "schema": {"type": "string"}},
                    {"name": "expand", "in": "query", "required": False, "schema": {"type": "string"}},
                ],
                "responses": {
                    "200": {"description": "The widget", "content": {"application/json": {"schema": WIDGET}}},
                    "404": {"description": "Not found"},
                },
            }
        },
    },
    "components": {
        "schemas": {
            "Widget": {
                "type": "object",
                "required": ["uuid", "status"],
                "properties": {
                    "uuid": {"type": "string"},
                    "status": {"$ref": "#/components/schemas/Status"},
                    "created_at": {"type": "string", "format": "date-time"},
                    "price": PRICE,
                    "note": {"type": "string"},
                    "owner": {"oneOf": [{"type": "string"}, {"type": "integer"}]},
                },
            },
            "Status": {"type": "string", "enum": ["active", "deleted"]},
            "Price": {
                "type": "object",
                "required": ["amount_in_cents", "currency"],
                "properties": {"amount_in_cents": {"type": "integer"}, "currency": {"type": "string"}},
            },
            "WidgetRequest": {
                "type": "object",
                "required": ["name"],
                "properties": {
                    "name": {"type": "string"},
                    "color": {"type": "string", "enum": ["red", "blue"]},
                    "size": {"type": "integer"},
                    "ship_on": {"type": "string", "format": "date"},
                    "price": PRICE,
                    "options": {"type": "object", "properties": {"gift": {"type": "boolean"}}},
                },
            },
            "Legacy": {"type": "object", "properties": {"code": {"type": "string"}}},
        },
        "securitySchemes": {"Bearer": {"type": "apiKey", "in": "header", "name": "Authorization"}},
    },
}

Edit = Callable[[Spec], None]


@attrs.frozen
class Case:
    id: str
    expected: tuple[tuple[str, str], ...]  # (rule, class) of every finding, in report order
    new: Edit | None = None
    old: Edit | None = None

    def specs(self) -> tuple[Spec, Spec]:
        old, new = copy.deepcopy(BASE), copy.deepcopy(BASE)
        for spec, edit in ((old, self.old), (new, self.new)):
            if edit is not None:
                edit(spec)
        return old, new


# Where edits reach -------------------------------------------------------------------------------


def create(spec: Spec) -> dict[str, Any]:
    operation: dict[str, Any] = spec["paths"]["/v2/widgets"]["post"]
    return operation


def get(spec: Spec) -> dict[str, Any]:
    operation: dict[str, Any] = spec["paths"]["/v2/widgets/{widget_uuid}"]["get"]
    return operation


def schema(spec: Spec, name: str) -> dict[str, Any]:
    found: dict[str, Any] = spec["components"]["schemas"][name]
    return found


def props(spec: Spec, name: str) -> dict[str, Any]:
    found: dict[str, Any] = schema(spec, name)["properties"]
    return found


def query(name: str, required: bool = False) -> dict[str, Any]:
    return {"name": name, "in": "query", "required": required, "schema": {"type": "string"}}


def _retarget(node: Any, old: str, new: str) -> None:
    if isinstance(node, dict):
        if node.get("$ref") == old:
            node["$ref"] = new
        for value in node.values():
            _retarget(value, old, new)
    elif isinstance(node, list):
        for item in node:
            _retarget(item, old, new)


def rename_component(spec: Spec, old: str, new: str) -> None:
    schemas = spec["components"]["schemas"]
    schemas[new] = schemas.pop(old)
    _retarget(spec, f"#/components/schemas/{old}", f"#/components/schemas/{new}")


def add_delete(spec: Spec) -> None:
    spec["paths"]["/v2/widgets/{widget_uuid}"]["delete"] = {
        "operationId": "delete_widget",
        "parameters": [{"name": "widget_uuid", "in": "path", "required": True, "schema": {"type": "string"}}],
        "responses": {"204": {"description": "Gone"}},
    }


def add_required_sku(spec: Spec) -> None:
    props(spec, "WidgetRequest")["sku"] = {"type": "string"}
    schema(spec, "WidgetRequest")["required"].append("sku")


def rename_path_parameter(spec: Spec) -> None:
    spec["paths"]["/v2/widgets/{uuid}"] = spec["paths"].pop("/v2/widgets/{widget_uuid}")
    spec["paths"]["/v2/widgets/{uuid}"]["get"]["parameters"][0]["name"] = "uuid"


def inline_widget_response(spec: Spec) -> None:
    content = get(spec)["responses"]["200"]["content"]["application/json"]
    content["schema"] = copy.deepcopy(schema(spec, "Widget"))


def move(container: dict[str, Any], old: str, new: str) -> None:
    container[new] = container.pop(old)


def json_body(required: bool) -> dict[str, Any]:
    return {"required": required, "content": {"application/json": {"schema": {"type": "string"}}}}


def _set(container: dict[str, Any], key: str, value: Any) -> None:
    container[key] = value


B, W, INFO = "breaking", "warning", "info"

CASES: tuple[Case, ...] = (
    # Operations
    Case("operation-added", (("operation-added", INFO),), new=add_delete),
    Case("operation-removed", (("operation-removed", B),), new=lambda s: s["paths"].pop("/v2/widgets")),
    Case("operation-deprecated", (("operation-deprecated", INFO),), new=lambda s: _set(get(s), "deprecated", True)),
    Case(
        "operation-id-changed",
        (("operation-id-changed", INFO),),
        new=lambda s: _set(get(s), "operationId", "getWidget"),
    ),
    # Parameters
    Case(
        "parameter-added-required",
        (("parameter-added-required", B),),
        new=lambda s: get(s)["parameters"].append(query("region", required=True)),
    ),
    Case(
        "parameter-added-optional",
        (("parameter-added-optional", INFO),),
        new=lambda s: get(s)["parameters"].append(query("locale")),
    ),
    Case("parameter-removed", (("parameter-removed", B),), new=lambda s: get(s)["parameters"].pop()),
    Case(
        "parameter-became-required",
        (("parameter-became-required", B),),
        new=lambda s: _set(get(s)["parameters"][1], "required", True),
    ),
    Case(
        "parameter-became-optional",
        (("parameter-became-optional", INFO),),
        old=lambda s: _set(get(s)["parameters"][1], "required", True),
    ),
    Case(
        "parameter-type-changed",
        (("request-type-changed", B),),
        new=lambda s: _set(get(s)["parameters"][1], "schema", {"type": "integer"}),
    ),
    # Request bodies
    Case(
        "request-body-added-required",
        (("request-body-added-required", B),),
        new=lambda s: _set(get(s), "requestBody", json_body(required=True)),
    ),
    Case(
        "request-body-added-optional",
        (("request-body-added-optional", INFO),),
        new=lambda s: _set(get(s), "requestBody", json_body(required=False)),
    ),
    Case("request-body-removed", (("request-body-removed", B),), new=lambda s: create(s).pop("requestBody")),
    Case(
        "request-body-became-required",
        (("request-body-became-required", B),),
        old=lambda s: _set(create(s)["requestBody"], "required", False),
    ),
    Case(
        "request-body-became-optional",
        (("request-body-became-optional", INFO),),
        new=lambda s: _set(create(s)["requestBody"], "required", False),
    ),
    Case(
        "request-media-type-added",
        (("request-media-type-added", INFO),),
        new=lambda s: _set(
            create(s)["requestBody"]["content"],
            "application/x-www-form-urlencoded",
            {"schema": {"$ref": "#/components/schemas/WidgetRequest"}},
        ),
    ),
    Case(
        "request-media-type-changed",
        (("request-media-type-removed", B), ("request-media-type-added", INFO)),
        new=lambda s: _set(
            create(s)["requestBody"],
            "content",
            {"multipart/form-data": create(s)["requestBody"]["content"]["application/json"]},
        ),
    ),
    # Request schemas
    Case(
        "request-property-added-required",
        (("request-property-added-required", B),),
        new=add_required_sku,
    ),
    Case(
        "request-property-added-optional",
        (("request-property-added-optional", INFO),),
        new=lambda s: _set(props(s, "WidgetRequest"), "tag", {"type": "string"}),
    ),
    Case(
        "request-property-removed",
        (("request-property-removed", B),),
        new=lambda s: props(s, "WidgetRequest").pop("size"),
    ),
    Case(
        "request-property-became-required",
        (("request-property-became-required", B),),
        new=lambda s: schema(s, "WidgetRequest")["required"].append("size"),
    ),
    Case(
        "request-property-became-optional",
        (("request-property-became-optional", INFO),),
        new=lambda s: schema(s, "WidgetRequest")["required"].remove("name"),
    ),
    Case(
        "request-type-changed",
        (("request-type-changed", B),),
        new=lambda s: _set(props(s, "WidgetRequest"), "size", {"type": "string"}),
    ),
    Case(
        "request-bound-tightened",
        (("request-bound-tightened", B),),
        new=lambda s: _set(props(s, "WidgetRequest")["size"], "maximum", 10),
    ),
    Case(
        "request-bound-raised",
        (("request-bound-tightened", B),),
        old=lambda s: _set(props(s, "WidgetRequest")["name"], "minLength", 1),
        new=lambda s: _set(props(s, "WidgetRequest")["name"], "minLength", 3),
    ),
    Case(
        "request-bound-loosened",
        (("request-bound-loosened", INFO),),
        old=lambda s: _set(props(s, "WidgetRequest")["size"], "maximum", 10),
        new=lambda s: _set(props(s, "WidgetRequest")["size"], "maximum", 20),
    ),
    Case(
        "request-min-items-removed",
        (("request-bound-loosened", INFO),),
        old=lambda s: _set(props(s, "WidgetRequest"), "tags", {"type": "array", "items": STRING, "minItems": 1}),
        new=lambda s: _set(props(s, "WidgetRequest"), "tags", {"type": "array", "items": STRING}),
    ),
    Case(
        "request-pattern-added",
        (("request-pattern-added", B),),
        new=lambda s: _set(props(s, "WidgetRequest")["name"], "pattern", "^[a-z]+$"),
    ),
    Case(
        "request-pattern-changed",
        (("request-pattern-changed", W),),
        old=lambda s: _set(props(s, "WidgetRequest")["name"], "pattern", "^[a-z]+$"),
        new=lambda s: _set(props(s, "WidgetRequest")["name"], "pattern", "^[a-z0-9]+$"),
    ),
    Case(
        "request-pattern-removed",
        (("request-pattern-removed", INFO),),
        old=lambda s: _set(props(s, "WidgetRequest")["name"], "pattern", "^[a-z]+$"),
    ),
    Case(
        "request-default-changed",
        (("request-default-changed", W),),
        old=lambda s: _set(props(s, "WidgetRequest")["size"], "default", 1),
        new=lambda s: _set(props(s, "WidgetRequest")["size"], "default", 2),
    ),
    Case(
        "request-default-added",
        (("request-default-added", INFO),),
        new=lambda s: _set(props(s, "WidgetRequest")["size"], "default", 1),
    ),
    Case(
        "request-default-removed",
        (("request-default-removed", INFO),),
        old=lambda s: _set(props(s, "WidgetRequest")["size"], "default", 1),
    ),
    Case(
        "response-bounds-not-compared",
        (),
        new=lambda s: _set(props(s, "Widget")["note"], "maxLength", 5),
    ),
    Case(
        "request-format-changed",
        (("request-format-changed", B),),
        new=lambda s: _set(props(s, "WidgetRequest")["ship_on"], "format", "date-time"),
    ),
    Case(
        "request-enum-value-added",
        (("request-enum-value-added", INFO),),
        new=lambda s: props(s, "WidgetRequest")["color"]["enum"].append("green"),
    ),
    Case(
        "request-enum-value-removed",
        (("request-enum-value-removed", B),),
        new=lambda s: props(s, "WidgetRequest")["color"]["enum"].remove("blue"),
    ),
    Case(
        "request-became-nullable",
        (("request-became-nullable", INFO),),
        new=lambda s: _set(props(s, "WidgetRequest")["size"], "type", ["integer", "null"]),
    ),
    Case(
        "request-became-non-nullable",
        (("request-became-non-nullable", B),),
        old=lambda s: _set(props(s, "WidgetRequest")["size"], "type", ["integer", "null"]),
    ),
    # Responses
    Case(
        "response-success-status-added",
        (("response-success-status-added", W),),
        new=lambda s: _set(create(s)["responses"], "202", {"description": "Accepted"}),
    ),
    Case(
        "response-success-status-removed",
        (("response-success-status-removed", B),),
        new=lambda s: create(s)["responses"].pop("201"),
    ),
    Case(
        "response-error-status-added",
        (("response-error-status-added", INFO),),
        new=lambda s: _set(create(s)["responses"], "422", {"description": "Unprocessable"}),
    ),
    Case(
        "response-error-status-removed",
        (("response-error-status-removed", INFO),),
        new=lambda s: create(s)["responses"].pop("400"),
    ),
    Case(
        "response-media-type-added",
        (("response-media-type-added", INFO),),
        new=lambda s: _set(get(s)["responses"]["200"]["content"], "text/csv", {"schema": {"type": "string"}}),
    ),
    Case(
        "response-media-type-removed",
        (("response-media-type-removed", B),),
        new=lambda s: _set(get(s)["responses"]["200"], "content", {}),
    ),
    Case(
        "response-property-added",
        (("response-property-added", INFO),),
        new=lambda s: _set(props(s, "Widget"), "color", {"type": "string"}),
    ),
    Case(
        "response-property-removed", (("response-property-removed", B),), new=lambda s: props(s, "Widget").pop("note")
    ),
    Case(
        "response-property-became-optional",
        (("response-property-became-optional", B),),
        new=lambda s: schema(s, "Widget")["required"].remove("status"),
    ),
    Case(
        "response-property-became-required",
        (("response-property-became-required", W),),
        new=lambda s: schema(s, "Widget")["required"].append("note"),
    ),
    Case(
        "response-type-changed",
        (("response-type-changed", B),),
        new=lambda s: _set(props(s, "Widget"), "created_at", {"type": "integer"}),
    ),
    Case(
        "response-format-changed",
        (("response-format-changed", B),),
        new=lambda s: _set(props(s, "Widget")["created_at"], "format", "date"),
    ),
    Case(
        "response-enum-value-added",
        (("response-enum-value-added", W),),
        new=lambda s: schema(s, "Status")["enum"].append("archived"),
    ),
    Case(
        "response-enum-value-removed",
        (("response-enum-value-removed", B),),
        new=lambda s: schema(s, "Status")["enum"].remove("deleted"),
    ),
    Case(
        "response-became-nullable",
        (("response-became-nullable", W),),
        new=lambda s: _set(props(s, "Widget")["note"], "type", ["string", "null"]),
    ),
    Case(
        "response-became-non-nullable",
        (("response-became-non-nullable", INFO),),
        old=lambda s: _set(props(s, "Widget")["note"], "type", ["string", "null"]),
    ),
    Case(
        "schema-variants-changed",
        (("schema-variants-changed", W),),
        new=lambda s: props(s, "Widget")["owner"]["oneOf"].append({"type": "boolean"}),
    ),
    Case(
        "format-changed-same-type",
        (("format-changed-same-type", INFO),),
        new=lambda s: _set(props(s, "Price")["amount_in_cents"], "format", "int64"),
    ),
    # Security and servers
    Case("security-tightened", (("security-tightened", B),), old=lambda s: _set(get(s), "security", [])),
    Case("security-relaxed", (("security-relaxed", INFO),), new=lambda s: _set(get(s), "security", [])),
    Case(
        "security-scheme-changed",
        (("security-scheme-changed", B),),
        new=lambda s: _set(s["components"]["securitySchemes"]["Bearer"], "name", "X-Api-Key"),
    ),
    Case(
        "server-added",
        (("server-added", INFO),),
        new=lambda s: s["servers"].append({"url": "https://eu.widgets.example"}),
    ),
    Case("server-removed", (("server-removed", B),), new=lambda s: s["servers"].pop(0)),
    # Generated Python names
    Case(
        "python-function-renamed",
        (("python-function-renamed", B),),
        new=lambda s: _set(create(s), "operationId", "make_widget"),
    ),
    Case("python-module-moved", (("python-module-moved", B),), new=lambda s: _set(create(s), "tags", ["Inventory"])),
    Case(
        "python-argument-renamed",
        (("python-argument-renamed", B),),
        new=rename_path_parameter,
    ),
    Case(
        "python-class-renamed",
        (("python-class-renamed", B),),
        new=lambda s: rename_component(s, "Price", "Money"),
    ),
    Case(
        "python-class-renamed-inline-to-component",
        (("python-class-renamed", B),),
        old=inline_widget_response,
    ),
    Case(
        "python-class-removed", (("python-class-removed", B),), new=lambda s: s["components"]["schemas"].pop("Legacy")
    ),
    Case(
        "python-class-added",
        (("python-class-added", INFO),),
        new=lambda s: _set(s["components"]["schemas"], "Extra", {"type": "object", "properties": {}}),
    ),
    Case(
        "python-attribute-renamed",
        (("python-attribute-renamed", B), ("response-property-removed", B), ("response-property-added", INFO)),
        new=lambda s: move(props(s, "Widget"), "note", "memo"),
    ),
    Case(
        "wire-rename-keeping-the-attribute",
        (("response-property-removed", B), ("response-property-added", INFO)),
        new=lambda s: move(props(s, "Widget"), "note", "Note"),
    ),
    Case(
        "inline-object-renamed-with-its-property",
        (
            ("python-attribute-renamed", B),
            ("python-class-renamed", B),
            ("request-property-removed", B),
            ("request-property-added-optional", INFO),
        ),
        new=lambda s: move(props(s, "WidgetRequest"), "options", "choices"),
    ),
)
