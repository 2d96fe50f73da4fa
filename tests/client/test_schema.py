"""The spec-driven validator: every keyword the spec uses, locations and messages, and agreement with jsonschema."""

from __future__ import annotations

import copy
import decimal
import inspect
import json
import pathlib
import sys
from typing import Any

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sezzle._core.schema import MAX_DEPTH, SchemaSet, Violation

SPEC_PATH = pathlib.Path(__file__).resolve().parents[2] / "openapi" / "sezzle-api.json"

PRICE = {
    "type": "object",
    "properties": {
        "amount_in_cents": {"type": "integer", "minimum": 0},
        "currency": {"type": "string", "pattern": "^[A-Z]{3}$"},
    },
    "required": ["amount_in_cents", "currency"],
}
ITEM = {
    "type": "object",
    "properties": {"sku": {"type": "string", "minLength": 1}, "price": {"$ref": "#/components/schemas/Price"}},
    "required": ["sku"],
}
DOCUMENT: dict[str, Any] = {
    "components": {
        "schemas": {
            "Price": PRICE,
            "Item": ITEM,
            "a/b~c": {"type": "string"},
            "Tree": {"type": "array", "items": {"$ref": "#/components/schemas/Tree"}},
            "Loop": {"$ref": "#/components/schemas/Loop"},
            "LoopA": {"allOf": [{"$ref": "#/components/schemas/LoopB"}]},
            "LoopB": {"anyOf": [{"type": "string"}, {"$ref": "#/components/schemas/LoopA"}]},
        }
    }
}


@pytest.fixture(scope="module")
def schemas() -> SchemaSet:
    return SchemaSet(DOCUMENT)


def check(instance: Any, schema: Any, location: str = "") -> list[Violation]:
    return SchemaSet(DOCUMENT).validate(instance, schema, location)


def keywords(instance: Any, schema: Any) -> list[str]:
    return [v.keyword for v in check(instance, schema)]


def messages(instance: Any, schema: Any, location: str = "") -> list[str]:
    return [v.message for v in check(instance, schema, location)]


# --- type -----------------------------------------------------------------------------------------------------------

TYPES = {
    "null": None,
    "boolean": True,
    "integer": 3,
    "number": 2.5,
    "string": "s",
    "array": [1],
    "object": {"a": 1},
}


@pytest.mark.parametrize("name", list(TYPES))
def test_each_type_accepts_its_own_values_and_refuses_others(name: str) -> None:
    for other, value in TYPES.items():
        accepted = other == name or (name == "number" and other == "integer")
        assert (check(value, {"type": name}) == []) is accepted, (name, other)


def test_type_message_names_the_field_and_what_it_got() -> None:
    assert check(5, {"type": "string"}, "order.reference_id") == [
        Violation("order.reference_id", "type", "order.reference_id must be a string, got integer")
    ]
    assert messages("x", {"type": ["integer", "null"]}) == ["body must be an integer or null, got string"]
    assert messages("x", {"type": ["integer", "array", "null"]}) == [
        "body must be an integer, an array or null, got string"
    ]


def test_an_integral_float_is_an_integer_but_a_fraction_is_not() -> None:
    assert check(2.0, {"type": "integer"}) == []
    assert messages(2.5, {"type": "integer"}) == ["body must be an integer, got number"]


def test_a_bool_is_neither_integer_nor_number() -> None:
    assert keywords(True, {"type": "integer"}) == ["type"]
    assert messages(False, {"type": "number"}) == ["body must be a number, got boolean"]
    assert keywords(1, {"type": "boolean"}) == ["type"]


def test_nullable_adds_null_to_the_type() -> None:
    assert check(None, {"type": "string", "nullable": True, "minLength": 3}) == []
    assert messages(1, {"type": "string", "nullable": True}) == ["body must be a string or null, got integer"]
    assert keywords(None, {"type": "string", "nullable": False}) == ["type"]
    assert check(None, {"nullable": True, "enum": ["a", None]}) == []


def test_a_type_mismatch_is_reported_alone() -> None:
    assert keywords(5, {"type": "string", "enum": ["a"], "minLength": 2}) == ["type"]


# --- enum and const ---------------------------------------------------------------------------------------------------


def test_enum() -> None:
    schema = {"enum": ["GET", "POST", 1, None, [1, 2], {"a": True}]}
    for value in ["GET", 1, 1.0, None, [1, 2], [1.0, 2], {"a": True}]:
        assert check(value, schema) == [], value
    for value in ["get", True, 2, [2, 1], {"a": 1}, [True, 2]]:
        assert keywords(value, schema) == ["enum"], value
    assert check("c", {"type": "string", "enum": ["a", "b"]}, "method") == [
        Violation("method", "enum", "method must be one of a, b, got 'c'")
    ]


def test_enum_of_many_values_is_shortened() -> None:
    [message] = messages("z", {"enum": [str(n) for n in range(20)]})
    assert message == "body must be one of 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, …, got 'z'"


def test_const_compares_as_json() -> None:
    assert check(1.0, {"const": 1}) == []
    assert check({"a": [1]}, {"const": {"a": [1.0]}}) == []
    assert messages(1, {"const": True}) == ["body must be true, got 1"]
    assert messages(False, {"const": True}, "customer.tokenize") == ["customer.tokenize must be true, got false"]
    assert keywords(True, {"const": 1}) == ["const"]


# --- objects ----------------------------------------------------------------------------------------------------------


def test_required_names_the_missing_property() -> None:
    assert check({}, PRICE, "order.order_amount") == [
        Violation("order.order_amount.amount_in_cents", "required", "order.order_amount.amount_in_cents is required"),
        Violation("order.order_amount.currency", "required", "order.order_amount.currency is required"),
    ]
    assert check({"sku": "a"}, {"required": ["sku"]}) == []


def test_properties_apply_to_present_properties_only() -> None:
    assert check({"currency": "USD", "amount_in_cents": 5, "extra": 1}, PRICE) == []
    assert check({"currency": "usd", "amount_in_cents": -1}, PRICE) == [
        Violation("amount_in_cents", "minimum", "amount_in_cents must be at least 0, got -1"),
        Violation("currency", "pattern", "currency must match pattern ^[A-Z]{3}$, got 'usd'"),
    ]


def test_additional_properties() -> None:
    closed = {"properties": {"a": {}}, "additionalProperties": False}
    assert check({"a": 1}, closed) == []
    assert check({"a": 1, "b": 2, "c d": 3}, closed, "x") == [
        Violation("x.b", "additionalProperties", "x.b is not allowed"),
        Violation('x["c d"]', "additionalProperties", 'x["c d"] is not allowed'),
    ]
    typed = {"properties": {"a": {}}, "additionalProperties": {"type": "string"}}
    assert check({"a": 1, "b": "s"}, typed) == []
    assert check({"a": 1, "b": 2}, typed) == [Violation("b", "type", "b must be a string, got integer")]
    assert check({"b": 2}, {"additionalProperties": True}) == []


def test_object_keywords_ignore_other_types() -> None:
    schema = {"properties": {"a": {"type": "string"}}, "required": ["a"], "additionalProperties": False}
    for value in [1, "a", [], None, True]:
        assert check(value, schema) == []


# --- arrays -----------------------------------------------------------------------------------------------------------


def test_items_and_nested_locations() -> None:
    order = {"items": [{"sku": "a"}, {"sku": ""}, {"sku": 3}]}
    schema = {"properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/Item"}}}}
    assert check(order, schema, "order") == [
        Violation("order.items[1].sku", "minLength", "order.items[1].sku must be at least 1 character(s) long, got 0"),
        Violation("order.items[2].sku", "type", "order.items[2].sku must be a string, got integer"),
    ]


def test_min_and_max_items() -> None:
    schema = {"minItems": 1, "maxItems": 2}
    assert check([1], schema) == []
    assert check([1, 2], schema) == []
    assert messages([], schema, "events") == ["events must have at least 1 item(s), got 0"]
    assert check([1, 2, 3], schema) == [Violation("", "maxItems", "body must have at most 2 item(s), got 3")]
    assert check("abc", schema) == []


# --- strings ----------------------------------------------------------------------------------------------------------


def test_lengths_count_code_points() -> None:
    schema = {"minLength": 2, "maxLength": 3}
    assert check("😀😀", schema) == []
    assert messages("😀", schema) == ["body must be at least 2 character(s) long, got 1"]
    assert check("abcd", schema) == [Violation("", "maxLength", "body must be at most 3 character(s) long, got 4")]
    assert check(12345, schema) == []


def test_pattern_searches_and_dollar_ends_the_input() -> None:
    assert check("see https://x", {"pattern": "https?://"}) == []
    assert check("https://x", {"pattern": "^https?://"}) == []
    assert keywords("ftp://x", {"pattern": "^https?://"}) == ["pattern"]
    assert keywords("USD\n", {"pattern": "^[A-Z]{3}$"}) == ["pattern"]
    assert check("a$", {"pattern": "^a[$]$"}) == []
    assert check("a$", {"pattern": r"^a\$$"}) == []
    assert check(5, {"pattern": "^x$"}) == []


# --- numbers ----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("keyword", "bound", "good", "bad", "words"),
    [
        ("minimum", 1, 1, 0, "at least"),
        ("maximum", 10, 10, 10.5, "at most"),
        ("exclusiveMinimum", 0, 0.5, 0, "greater than"),
        ("exclusiveMaximum", 5, 4, 5, "less than"),
    ],
)
def test_numeric_bounds(keyword: str, bound: int, good: float, bad: float, words: str) -> None:
    schema = {keyword: bound}
    assert check(good, schema) == []
    assert check(bad, schema, "amount") == [Violation("amount", keyword, f"amount must be {words} {bound}, got {bad}")]
    assert check("0", schema) == []
    assert check(False, schema) == []


def test_openapi_30_boolean_exclusive_minimum() -> None:
    assert keywords(0, {"minimum": 0, "exclusiveMinimum": True}) == ["exclusiveMinimum"]
    assert check(0, {"minimum": 0, "exclusiveMinimum": False}) == []


def test_minimum_message_from_a_sibling_beside_ref() -> None:
    schema = {"$ref": "#/components/schemas/Price", "properties": {"amount_in_cents": {"minimum": 100}}}
    assert check({"amount_in_cents": 100, "currency": "USD"}, schema) == []
    assert check({"amount_in_cents": 50, "currency": "USD"}, schema, "order.order_amount") == [
        Violation(
            "order.order_amount.amount_in_cents",
            "minimum",
            "order.order_amount.amount_in_cents must be at least 100, got 50",
        )
    ]
    assert keywords({"amount_in_cents": -1, "currency": "USD"}, schema) == ["minimum", "minimum"]


# --- combinators ------------------------------------------------------------------------------------------------------


def test_all_of() -> None:
    schema = {"allOf": [{"required": ["a"]}, {"required": ["b"]}]}
    assert check({"a": 1, "b": 2}, schema) == []
    assert [v.location for v in check({}, schema)] == ["a", "b"]


def test_any_of() -> None:
    schema = {"anyOf": [{"type": "integer"}, {"type": "string", "pattern": "^[0-9]+$"}]}
    assert check(3, schema) == []
    assert check("3", schema) == []
    assert check(1.5, schema, "quantity") == [
        Violation("quantity", "anyOf", "quantity must match at least one of the allowed schemas, matches none")
    ]


def test_any_of_reports_the_one_branch_of_the_right_type() -> None:
    schema = {"anyOf": [{"$ref": "#/components/schemas/Price"}, {"type": "null"}]}
    assert check(None, schema) == []
    assert check({"amount_in_cents": 5}, schema, "tax_amount") == [
        Violation("tax_amount.currency", "required", "tax_amount.currency is required")
    ]
    assert messages("x", {"anyOf": [{"type": "integer"}, {"type": "string", "pattern": "^[0-9]+$"}]}) == [
        "body must match pattern ^[0-9]+$, got 'x'"
    ]


def test_one_of_matches_none_or_more_than_one() -> None:
    schema = {"oneOf": [{"type": "integer"}, {"minimum": 2}]}
    assert check(1, schema) == []
    assert check(2.5, schema) == []
    assert check(3, schema) == [
        Violation("", "oneOf", "body must match exactly one of the allowed schemas, matches more than one")
    ]
    assert keywords(1.5, schema) == ["minimum"]  # the one branch that fails for more than its type
    assert check(1.5, {"oneOf": [{"type": "integer"}, {"type": "string"}]}) == [
        Violation("", "oneOf", "body must match exactly one of the allowed schemas, matches none")
    ]


def test_not() -> None:
    assert check({"a": 1}, {"not": {"required": ["b"]}}) == []
    assert check({"b": 1}, {"not": {"required": ["b"]}}) == [
        Violation("", "not", "body must not match the schema under 'not'")
    ]


def test_if_then_else() -> None:
    schema = {
        "if": {"not": {"required": ["order"]}},
        "then": {"required": ["customer"], "properties": {"customer": {"properties": {"tokenize": {"const": True}}}}},
        "else": {"properties": {"order": {"type": "object"}}},
    }
    assert check({"order": {}}, schema) == []
    assert check({"customer": {"tokenize": True}}, schema) == []
    assert check({}, schema) == [Violation("customer", "required", "customer is required")]
    assert keywords({"customer": {"tokenize": False}}, schema) == ["const"]
    assert keywords({"order": 1}, schema) == ["type"]
    assert check({}, {"then": {"required": ["x"]}}) == []  # then without if means nothing


# --- refs -------------------------------------------------------------------------------------------------------------


def test_ref_pointer_escapes() -> None:
    assert check("s", {"$ref": "#/components/schemas/a~1b~0c"}) == []
    assert keywords(1, {"$ref": "#/components/schemas/a~1b~0c"}) == ["type"]
    assert keywords(1, {"$ref": "#/components/schemas/a%7E1b~0c"}) == ["type"]


@pytest.mark.parametrize("ref", ["#/components/schemas/Missing", "#/components/nope/x", "other.json#/x", "#x"])
def test_an_unresolvable_ref_is_a_broken_spec(ref: str) -> None:
    with pytest.raises(KeyError, match=ref.replace(".", r"\.")):
        check({}, {"properties": {"a": {"$ref": ref}}})


@pytest.mark.parametrize("name", ["Loop", "LoopA"])
def test_a_ref_cycle_that_consumes_no_input_is_refused(name: str) -> None:
    with pytest.raises(ValueError, match="refers to itself"):
        check("s", {"$ref": f"#/components/schemas/{name}"})


def test_a_recursive_schema_follows_the_instance() -> None:
    tree = {"$ref": "#/components/schemas/Tree"}
    assert check([[], [[]]], tree) == []
    assert check([[], [[1]]], tree) == [Violation("[1][0][0]", "type", "[1][0][0] must be an array, got integer")]


def test_schemas_are_compiled_once(schemas: SchemaSet) -> None:
    schema = {"$ref": "#/components/schemas/Item"}
    assert schemas.validate({"sku": "a"}, schema) == []
    assert schemas.validate({"sku": "a", "price": {"amount_in_cents": 1}}, schema) == [
        Violation("price.currency", "required", "price.currency is required")
    ]


def test_unsupported_assertions_are_refused_rather_than_ignored() -> None:
    with pytest.raises(NotImplementedError, match="uniqueItems"):
        check([], {"uniqueItems": True})


def test_annotations_and_format_are_ignored() -> None:
    schema = {
        "type": "string",
        "format": "date",
        "description": "d",
        "example": 1,
        "examples": [1],
        "title": "t",
        "default": 3,
        "readOnly": True,
        "writeOnly": True,
        "deprecated": True,
        "x-sezzle": {"type": "integer"},
        "discriminator": {"propertyName": "kind"},
        "externalDocs": {"url": "https://x"},
    }
    assert check("not a date", schema) == []


def test_boolean_schemas() -> None:
    assert check({"a": 1}, {"properties": {"a": True}}) == []
    assert check({"a": 1}, {"properties": {"a": False}}) == [Violation("a", "false", "a is not allowed")]


# --- values that are not JSON -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "described"),
    [
        (decimal.Decimal("10.00"), "Decimal"),
        ({1, 2}, "set"),
        (b"x", "bytes"),
        ((1, 2), "tuple"),
        (object(), "object"),
        (float("nan"), "float nan"),
        (float("inf"), "float inf"),
    ],
)
def test_values_json_cannot_hold_are_violations(value: Any, described: str) -> None:
    body = {"order": {"order_amount": {"amount_in_cents": value, "currency": "USD"}}}
    schema = {"properties": {"order": {"properties": {"order_amount": PRICE}}}}
    location = "order.order_amount.amount_in_cents"
    assert check(body, schema) == [Violation(location, "json", f"{location} is not a JSON value ({described})")]
    assert check(value, {}) == [Violation("", "json", f"body is not a JSON value ({described})")]


def test_non_string_keys_are_violations() -> None:
    assert check({"a": {1: "x"}}, {}) == [Violation("a", "json", "a has a key that is not a string (int)")]


def test_json_problems_come_with_schema_problems() -> None:
    assert keywords({"amount_in_cents": decimal.Decimal(1)}, PRICE) == ["json", "required"]


def test_subclasses_of_json_types_are_json() -> None:
    class Name(str):
        pass

    assert check({Name("sku"): Name("a")}, ITEM) == []


def test_deep_nesting_is_capped_not_a_recursion_error() -> None:
    deep: Any = []
    for _ in range(100_000):
        deep = [deep]
    [violation] = check(deep, {"$ref": "#/components/schemas/Tree"})
    assert violation.keyword == "depth"
    assert violation.location == "[0]" * MAX_DEPTH
    assert check(deep, {}) == [violation]
    allowed: Any = 1
    for _ in range(MAX_DEPTH):
        allowed = [allowed]
    assert check(allowed, {}) == []


# --- messages ---------------------------------------------------------------------------------------------------------


def test_a_recursive_schema_validates_the_deepest_allowed_instance() -> None:
    tree: Any = []
    for _ in range(MAX_DEPTH):
        tree = [tree]
    assert check(tree, {"$ref": "#/components/schemas/Tree"}) == []


def test_little_stack_left_is_a_depth_violation_not_a_recursion_error() -> None:
    tree: Any = []
    for _ in range(MAX_DEPTH):
        tree = [tree]
    schemas = SchemaSet(DOCUMENT)
    schema = {"$ref": "#/components/schemas/Tree"}
    assert schemas.validate([], schema) == []  # compiled while the stack is ample
    limit = sys.getrecursionlimit()
    used = len(inspect.stack(0))
    sys.setrecursionlimit(used + 100)
    try:
        found = schemas.validate(tree, schema)
    finally:
        sys.setrecursionlimit(limit)
    assert found == [Violation("", "depth", "body is nested too deeply to validate")]


def test_secret_looking_digits_are_masked() -> None:
    [message] = messages("4111 1111 1111 1234", {"enum": ["x"]}, "card.pan")
    assert message == "card.pan must be one of x, got '****1234'"
    assert "4111" not in messages("4111111111111234", {"pattern": "^x"})[0]
    assert messages(4111111111111234, {"maximum": 5})[0] == "body must be at most 5, got ****1234"
    assert messages("5555045294", {"enum": ["x"]})[0].endswith("got '5555045294'")


def test_long_values_are_truncated_and_containers_not_shown() -> None:
    [message] = messages("a" * 500, {"enum": ["b"]})
    assert len(message) < 100
    assert message.endswith("'" + "a" * 40 + "'…")
    [message] = messages({"secret": "s" * 50}, {"const": 1})
    assert message == "body must be 1, got an object"


def test_location_prefix_and_odd_keys() -> None:
    assert messages(-1, {"minimum": 0}, "offset") == ["offset must be at least 0, got -1"]
    assert [v.location for v in check({"a.b": {"x-y": 1}}, {"additionalProperties": {"required": ["q"]}})] == [
        '["a.b"].q'
    ]


def test_first_stops_at_the_first_violation(schemas: SchemaSet) -> None:
    body = {"items": [{"sku": 1}, {}]}
    schema = {"properties": {"items": {"items": ITEM}}, "required": ["id"]}
    found = schemas.validate(body, schema)
    assert [v.location for v in found] == ["items[0].sku", "items[1].sku", "id"]
    assert schemas.first(body, schema) == found[0]
    assert schemas.first({"items": []}, {}) is None
    assert schemas.first({"a": decimal.Decimal(1)}, {"required": ["b"]}) == Violation(
        "a", "json", "a is not a JSON value (Decimal)"
    )


def test_order_is_deterministic() -> None:
    body = {"b": 1, "a": 1, "c": 1}
    schema = {"properties": {"c": {"type": "string"}, "a": {"type": "string"}}, "required": ["z", "y"]}
    assert [v.location for v in check(body, schema)] == ["c", "a", "z", "y"]


# --- the real spec ----------------------------------------------------------------------------------------------------


def load_spec() -> dict[str, Any]:
    spec: dict[str, Any] = json.loads(SPEC_PATH.read_text())
    return spec


def request_examples() -> list[tuple[str, Any, Any]]:
    found = []
    for path, operations in load_spec()["paths"].items():
        for method, operation in operations.items():
            if not isinstance(operation, dict):
                continue
            media = operation.get("requestBody", {}).get("content", {}).get("application/json", {})
            if "example" in media:
                found.append((f"{method.upper()} {path}", media["example"], media["schema"]))
    return found


def test_the_spec_has_request_examples() -> None:
    assert len(request_examples()) >= 10


@pytest.mark.parametrize(("operation", "example", "schema"), request_examples(), ids=lambda v: str(v)[:40])
def test_documented_request_examples_match_their_schemas(operation: str, example: Any, schema: Any) -> None:
    spec = load_spec()
    assert SchemaSet(spec).validate(example, schema) == []


def session_request(spec: dict[str, Any], items: int = 5) -> dict[str, Any]:
    media = spec["paths"]["/v2/session"]["post"]["requestBody"]["content"]["application/json"]
    body: dict[str, Any] = copy.deepcopy(media["example"])
    body["order"]["items"] = [dict(copy.deepcopy(body["order"]["items"][0]), sku=f"sku-{n}") for n in range(items)]
    return body


def test_session_request_rules_from_the_spec() -> None:
    spec = load_spec()
    schemas = SchemaSet(spec)
    schema = spec["components"]["schemas"]["SessionRequest"]
    body = session_request(spec)
    assert schemas.validate(body, schema) == []
    body["order"]["order_amount"]["amount_in_cents"] = 50
    body["order"]["items"][1]["price"]["currency"] = "usd"
    del body["cancel_url"]
    assert [(v.location, v.keyword) for v in schemas.validate(body, schema)] == [
        ("order.order_amount.amount_in_cents", "minimum"),
        ("order.items[1].price.currency", "pattern"),
        ("cancel_url", "required"),
    ]
    del body["order"]
    assert ("customer.tokenize", "required") in [(v.location, v.keyword) for v in schemas.validate(body, schema)]


# --- agreement with jsonschema ----------------------------------------------------------------------------------------

DEFS: dict[str, Any] = {
    "$defs": {
        "Price": PRICE,
        "Node": {"type": "object", "properties": {"next": {"$ref": "#/$defs/Node"}, "v": {"type": "integer"}}},
    }
}
SMALL_SCHEMAS: list[Any] = [
    {},
    {"type": "integer"},
    {"type": "number", "minimum": 0, "exclusiveMaximum": 10},
    {"type": ["string", "null"], "minLength": 1, "maxLength": 3},
    {"type": "boolean"},
    {"type": "array", "items": {"type": "integer"}, "minItems": 1, "maxItems": 3},
    {"items": {"anyOf": [{"type": "string"}, {"type": "null"}]}},
    {"enum": [1, "a", None, True, [1], {"a": 1}]},
    {"const": 2},
    {"const": False},
    {"pattern": "^[ab]+", "type": "string"},
    {"pattern": "b"},
    {"properties": {"a": {"type": "integer"}, "b": {"type": "string"}}, "required": ["a"]},
    {"properties": {"a": {}}, "additionalProperties": False},
    {"additionalProperties": {"type": "integer", "maximum": 5}},
    {"allOf": [{"type": "object"}, {"required": ["a"]}]},
    {"oneOf": [{"type": "integer"}, {"minimum": 2}]},
    {"oneOf": [{"type": "array"}, {"$ref": "#/$defs/Price"}]},
    {"not": {"type": "string"}},
    {"if": {"type": "integer"}, "then": {"minimum": 3}, "else": {"type": "string"}},
    {"if": {"required": ["a"]}, "then": {"required": ["b"]}},
    {"$ref": "#/$defs/Price", "properties": {"amount_in_cents": {"minimum": 100}}},
    {"$ref": "#/$defs/Node"},
    {"exclusiveMinimum": 1.5, "maximum": 3},
    {"type": "object", "properties": {"a": {"type": "array", "items": {"enum": [0, 1.5, "a"]}}}},
]

KEYS = st.sampled_from(["a", "b", "v", "next", "amount_in_cents", "currency"])
SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-5, max_value=200)
    | st.floats(allow_nan=False, allow_infinity=False, min_value=-5, max_value=200)
    | st.sampled_from([0.0, 1.0, 2.0, 3.0, 100.0])
    | st.text(alphabet="abAB USD", max_size=5)
)
JSON_VALUES = st.recursive(
    SCALARS,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(KEYS, children, max_size=4),
    max_leaves=12,
)


@settings(max_examples=400, deadline=None)
@given(instance=JSON_VALUES, schema=st.sampled_from(SMALL_SCHEMAS))
def test_agrees_with_jsonschema(instance: Any, schema: Any) -> None:
    expected = jsonschema.Draft202012Validator({**DEFS, **schema}).is_valid(instance)
    schemas = SchemaSet(DEFS)
    found = schemas.validate(instance, schema)
    assert (found == []) is expected, found
    assert schemas.first(instance, schema) == (found[0] if found else None)
