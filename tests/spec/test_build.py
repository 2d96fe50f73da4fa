"""The spec build on synthetic pages: merge rules, resolutions, server forms, decisions, names, malformed pages."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from scripts.specbuild.build import Layout, build, main, render
from scripts.specbuild.errors import SpecBuildError

HOST = "https://sandbox.gateway.example"


def price(
    description: str = "An amount", required: tuple[str, ...] = ("amount_in_cents", "currency")
) -> dict[str, Any]:
    return {
        "type": "object",
        "description": description,
        "required": list(required),
        "properties": {
            "amount_in_cents": {"type": "integer", "description": "cents"},
            "currency": {"type": "string"},
        },
    }


def document(method: str, path: str, schemas: dict[str, Any], server: str = HOST) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "Sezzle API v2", "version": "2.0.0"},
        "servers": [{"url": server}],
        "security": [{"Bearer": []}],
        "paths": {
            path: {
                method: {
                    "operationId": f"{method}_{path.strip('/').replace('/', '_').replace('{', '').replace('}', '')}",
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Price"}}},
                        }
                    },
                }
            }
        },
        "components": {
            "schemas": schemas,
            "securitySchemes": {"Bearer": {"type": "apiKey", "name": "Authorization", "in": "header"}},
        },
    }


def page_text(fence: str, doc: dict[str, Any] | str, ticks: int = 4) -> str:
    body = doc if isinstance(doc, str) else yaml.safe_dump(doc, sort_keys=False)
    return f"# A page\n\nSome prose.\n\n{'`' * ticks}yaml {fence}\n{body}{'`' * ticks}\n"


@pytest.fixture
def layout(tmp_path: Path) -> Layout:
    (tmp_path / "pages").mkdir()
    (tmp_path / "supplements").mkdir()
    (tmp_path / "decisions").mkdir()
    return Layout(tmp_path)


def register(layout: Layout, method: str, path: str, **entry: Any) -> None:
    """Give an operation its Python names (every operation needs an entry in names.yaml)."""
    names = yaml.safe_load(layout.names.read_text(encoding="utf-8")) if layout.names.exists() else None
    names = names or {"operations": {}}
    function = f"{method}_{path.strip('/').replace('/', '_').replace('{', '').replace('}', '')}"
    names["operations"][f"{method.upper()} {path}"] = {
        "function": function,
        "module": "things",
        "responses": {"200": "Price"},
        **entry,
    }
    layout.names.write_text(yaml.safe_dump(names, sort_keys=False), encoding="utf-8")


def add_page(layout: Layout, name: str, method: str, path: str, schemas: dict[str, Any], **kwargs: Any) -> None:
    doc = document(method, path, schemas, **kwargs)
    (layout.pages / name).write_text(page_text(f"{method} {path}", doc), encoding="utf-8")
    register(layout, method, path)


def test_pages_merge_into_one_valid_spec(layout: Layout) -> None:
    add_page(layout, "a.md", "get", "/v2/a", {"Price": price()})
    add_page(layout, "b.md", "post", "/v2/b", {"Price": price()})
    result = build(layout)
    assert set(result.spec["paths"]) == {"/v2/a", "/v2/b"}
    assert list(result.spec["components"]["schemas"]) == ["Price"]
    assert result.notices == []


def test_structural_conflict_names_both_pages_and_the_pointer(layout: Layout) -> None:
    add_page(layout, "a.md", "get", "/v2/a", {"Price": price()})
    add_page(layout, "b.md", "post", "/v2/b", {"Price": price(required=("amount_in_cents",))})
    with pytest.raises(SpecBuildError) as failure:
        build(layout)
    message = str(failure.value)
    assert "schemas/Price" in message
    assert "a.md" in message
    assert "b.md" in message
    assert "/components/schemas/Price/required/1" in message


def test_conflict_lists_every_page_involved(layout: Layout) -> None:
    add_page(layout, "a.md", "get", "/v2/a", {"Price": price()})
    add_page(layout, "b.md", "post", "/v2/b", {"Price": price(required=("currency",))})
    add_page(layout, "c.md", "put", "/v2/c", {"Price": price()})
    with pytest.raises(SpecBuildError) as failure:
        build(layout)
    assert "definition 1 in a.md, c.md; definition 2 in b.md" in str(failure.value)


def test_resolution_prefer_settles_a_conflict(layout: Layout) -> None:
    add_page(layout, "a.md", "get", "/v2/a", {"Price": price()})
    add_page(layout, "b.md", "post", "/v2/b", {"Price": price(required=("amount_in_cents",))})
    layout.resolutions.write_text(
        "- component: schemas/Price\n  reason: the API requires only the amount\n  prefer: b.md\n", encoding="utf-8"
    )
    result = build(layout)
    assert result.spec["components"]["schemas"]["Price"]["required"] == ["amount_in_cents"]
    assert any("schemas/Price" in notice and "b.md wins" in notice for notice in result.notices)


def test_resolution_definition_settles_a_conflict(layout: Layout) -> None:
    add_page(layout, "a.md", "get", "/v2/a", {"Price": price()})
    add_page(layout, "b.md", "post", "/v2/b", {"Price": price(required=("amount_in_cents",))})
    reconciled = price(description="reconciled", required=("currency",))
    layout.resolutions.write_text(
        yaml.safe_dump([{"component": "schemas/Price", "reason": "both wrong", "definition": reconciled}]),
        encoding="utf-8",
    )
    assert build(layout).spec["components"]["schemas"]["Price"] == reconciled


def test_resolution_without_reason_is_rejected(layout: Layout) -> None:
    add_page(layout, "a.md", "get", "/v2/a", {"Price": price()})
    layout.resolutions.write_text("- component: schemas/Price\n  prefer: a.md\n", encoding="utf-8")
    with pytest.raises(SpecBuildError, match="reason"):
        build(layout)


def test_documentation_only_difference_is_a_notice(layout: Layout) -> None:
    add_page(layout, "a.md", "get", "/v2/a", {"Price": price("first words")})
    add_page(layout, "b.md", "post", "/v2/b", {"Price": price("other words")})
    result = build(layout)
    assert result.spec["components"]["schemas"]["Price"]["description"] == "first words"
    (notice,) = result.notices
    assert "schemas/Price" in notice
    assert "a.md" in notice
    assert "b.md" in notice
    assert "/components/schemas/Price/description" in notice


def test_property_named_description_is_structure_not_documentation(layout: Layout) -> None:
    first, second = price(), price()
    first["properties"]["description"] = {"type": "string"}
    second["properties"]["description"] = {"type": "integer"}
    add_page(layout, "a.md", "get", "/v2/a", {"Price": first})
    add_page(layout, "b.md", "post", "/v2/b", {"Price": second})
    with pytest.raises(SpecBuildError, match="/components/schemas/Price/properties/description/type"):
        build(layout)


def test_same_operation_on_two_pages_is_an_error(layout: Layout) -> None:
    add_page(layout, "a.md", "get", "/v2/a", {"Price": price()})
    doc = document("get", "/v2/a", {"Price": price()})
    doc["paths"]["/v2/a"]["get"]["summary"] = "changed"
    (layout.pages / "b.md").write_text(page_text("get /v2/a", doc), encoding="utf-8")
    with pytest.raises(SpecBuildError, match=r"GET /v2/a is defined by both a.md and b.md"):
        build(layout)


def test_same_operation_twice_identical_is_accepted(layout: Layout) -> None:
    add_page(layout, "a.md", "get", "/v2/a", {"Price": price()})
    add_page(layout, "b.md", "get", "/v2/a", {"Price": price()})
    assert list(build(layout).spec["paths"]) == ["/v2/a"]


def test_page_wins_over_supplement_and_supplement_is_reported(layout: Layout) -> None:
    add_page(layout, "a.md", "get", "/v2/a", {"Price": price()})
    supplement = document("get", "/v2/a", {"Price": price()})
    supplement["paths"]["/v2/a"]["get"]["summary"] = "our older words"
    (layout.supplements / "orders.yaml").write_text(yaml.safe_dump(supplement), encoding="utf-8")
    result = build(layout)
    assert "summary" not in result.spec["paths"]["/v2/a"]["get"]
    assert any("orders.yaml" in notice and "a.md" in notice for notice in result.notices)


def test_both_server_forms_give_the_same_paths(layout: Layout, tmp_path: Path) -> None:
    add_page(layout, "a.md", "get", "/v2/orders/{id}", {"Price": price()})
    host_form = build(layout, check_validity=False).spec

    other = Layout(tmp_path / "other")
    (other.root / "pages").mkdir(parents=True)
    other.names.write_text(layout.names.read_text(encoding="utf-8"), encoding="utf-8")
    relative = document("get", "/orders/{id}", {"Price": price()}, server=HOST + "/v2")
    relative["paths"]["/orders/{id}"]["get"]["operationId"] = "get_v2_orders_id"
    (other.pages / "a.md").write_text(page_text("get /orders/{id}", relative), encoding="utf-8")
    versioned_form = build(other, check_validity=False).spec

    assert list(versioned_form["paths"]) == ["/v2/orders/{id}"]
    assert versioned_form["servers"] == host_form["servers"] == [{"url": HOST}]
    assert render(versioned_form) == render(host_form)


def test_supplement_in_versioned_server_form_lines_up_with_pages(layout: Layout) -> None:
    add_page(layout, "a.md", "get", "/v2/a", {"Price": price()})
    supplement = document("post", "/b", {"Price": price()}, server=HOST + "/v2/")
    (layout.supplements / "b.yaml").write_text(yaml.safe_dump(supplement), encoding="utf-8")
    register(layout, "post", "/v2/b")
    assert set(build(layout).spec["paths"]) == {"/v2/a", "/v2/b"}


def write_decisions(layout: Layout, name: str, decisions: list[dict[str, Any]]) -> None:
    (layout.decisions / name).write_text(yaml.safe_dump(decisions, sort_keys=False), encoding="utf-8")


def decision(**fields: Any) -> dict[str, Any]:
    return {"id": "currency-length", "operation": "GET /v2/a", "reason": "a defect", **fields}


def test_decision_applies_in_place_where_only_its_operation_reaches(layout: Layout) -> None:
    add_page(layout, "a.md", "get", "/v2/a", {"Price": price()})
    write_decisions(layout, "10-x.yaml", [decision(at="responses/200/properties/currency", set={"minLength": 3})])
    result = build(layout)
    assert result.spec["components"]["schemas"]["Price"]["properties"]["currency"]["minLength"] == 3
    assert result.decisions.reached() == {"currency-length": {"GET /v2/a"}}


def test_decision_beside_a_shared_component_leaves_other_operations_alone(layout: Layout) -> None:
    add_page(layout, "a.md", "get", "/v2/a", {"Price": price()})
    add_page(layout, "b.md", "post", "/v2/b", {"Price": price()})
    write_decisions(layout, "10-x.yaml", [decision(at="responses/200/properties/amount_in_cents", set={"minimum": 1})])
    spec = build(layout).spec
    assert "minimum" not in spec["components"]["schemas"]["Price"]["properties"]["amount_in_cents"]
    answer = spec["paths"]["/v2/a"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert answer == {"$ref": "#/components/schemas/Price", "properties": {"amount_in_cents": {"minimum": 1}}}
    other = spec["paths"]["/v2/b"]["post"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert other == {"$ref": "#/components/schemas/Price"}


def test_shared_decision_changes_the_component_for_everyone(layout: Layout) -> None:
    add_page(layout, "a.md", "get", "/v2/a", {"Price": price()})
    add_page(layout, "b.md", "post", "/v2/b", {"Price": price()})
    write_decisions(
        layout, "10-x.yaml", [decision(at="responses/200/properties/currency", shared=True, set={"minLength": 3})]
    )
    assert build(layout).spec["components"]["schemas"]["Price"]["properties"]["currency"]["minLength"] == 3


def test_decision_that_would_change_a_shared_component_must_say_so(layout: Layout) -> None:
    add_page(layout, "a.md", "get", "/v2/a", {"Price": price()})
    add_page(layout, "b.md", "post", "/v2/b", {"Price": price()})
    write_decisions(layout, "10-x.yaml", [decision(at="responses/200/properties/currency", remove=["type"])])
    with pytest.raises(SpecBuildError, match=r"currency-length .*other operations use: say 'shared: true'"):
        build(layout)


def test_decision_whose_operation_is_gone_fails_with_its_name(layout: Layout) -> None:
    add_page(layout, "a.md", "get", "/v2/a", {"Price": price()})
    write_decisions(layout, "10-x.yaml", [decision(operation="DELETE /v2/a", at="responses/200", set={"x-a": 1})])
    with pytest.raises(SpecBuildError) as failure:
        build(layout)
    message = str(failure.value)
    assert "decision currency-length (10-x.yaml)" in message
    assert "DELETE /v2/a" in message
    assert "no source defines this operation" in message


def test_decision_whose_target_is_gone_fails_with_its_name(layout: Layout) -> None:
    add_page(layout, "a.md", "get", "/v2/a", {"Price": price()})
    write_decisions(layout, "10-x.yaml", [decision(at="responses/200/properties/rel", set={"minLength": 1})])
    with pytest.raises(SpecBuildError, match=r"currency-length .*GET /v2/a .*target not found .*no property 'rel'"):
        build(layout)


def test_decision_whose_expectation_no_longer_holds_fails_the_build(layout: Layout) -> None:
    add_page(layout, "a.md", "get", "/v2/a", {"Price": price()})
    write_decisions(
        layout,
        "10-x.yaml",
        [decision(at="responses/200/properties/currency", expect={"type": "integer"}, set={"type": "string"})],
    )
    with pytest.raises(SpecBuildError, match=r"currency-length .*expected type = 'integer', found 'string'"):
        build(layout)


def test_decision_needs_a_one_line_reason(layout: Layout) -> None:
    add_page(layout, "a.md", "get", "/v2/a", {"Price": price()})
    write_decisions(layout, "10-x.yaml", [decision(at="responses/200", set={"x-a": 1}, reason="")])
    with pytest.raises(SpecBuildError, match="one-line 'reason'"):
        build(layout)


def test_decision_keyed_by_a_component_is_refused(layout: Layout) -> None:
    add_page(layout, "a.md", "get", "/v2/a", {"Price": price()})
    entry = {"id": "x", "component": "schemas/Price", "reason": "a defect", "set": {"x-a": 1}}
    write_decisions(layout, "10-x.yaml", [entry])
    with pytest.raises(SpecBuildError, match="decisions name operations, never components"):
        build(layout)


def test_decision_for_every_operation_must_reach_one(layout: Layout) -> None:
    add_page(layout, "a.md", "get", "/v2/a", {"Price": price()})
    write_decisions(layout, "10-x.yaml", [decision(operation="every", at="responses/4XX", or_single_item=True)])
    with pytest.raises(SpecBuildError, match=r"currency-length .*reached no operation"):
        build(layout)


def test_decision_survives_a_page_replacing_its_supplement(layout: Layout) -> None:
    inline = price()
    supplement = document("get", "/v2/a", {"Price": price()})
    (layout.supplements / "a.yaml").write_text(yaml.safe_dump(supplement), encoding="utf-8")
    register(layout, "get", "/v2/a")
    write_decisions(layout, "10-x.yaml", [decision(at="responses/200/properties/currency", set={"minLength": 3})])
    before = build(layout).spec["components"]["schemas"]["Price"]
    page = document("get", "/v2/a", {})
    page["paths"]["/v2/a"]["get"]["responses"]["200"]["content"]["application/json"]["schema"] = inline
    del page["components"]["schemas"]
    (layout.pages / "a.md").write_text(page_text("get /v2/a", page), encoding="utf-8")
    result = build(layout)
    assert result.spec["components"]["schemas"]["Price"] == before  # hoisted by names.yaml, decision kept
    assert result.decisions.reached() == {"currency-length": {"GET /v2/a"}}
    assert any("covered by page a.md" in notice for notice in result.notices)


def test_operation_without_names_fails_showing_the_entry(layout: Layout) -> None:
    add_page(layout, "a.md", "get", "/v2/a", {"Price": price()})
    layout.names.write_text("operations: {}\n", encoding="utf-8")
    with pytest.raises(SpecBuildError) as failure:
        build(layout)
    message = str(failure.value)
    assert "no entry for 1 operation(s): GET /v2/a" in message
    assert "  GET /v2/a:\n    function: get_v2_a\n    module: default" in message
    assert 'responses: {"200": Price}' in message


def test_names_entry_without_operation_fails(layout: Layout) -> None:
    add_page(layout, "a.md", "get", "/v2/a", {"Price": price()})
    register(layout, "post", "/v2/gone")
    with pytest.raises(SpecBuildError, match=r"names operation\(s\) no source defines: POST /v2/gone"):
        build(layout)


def test_names_set_function_module_and_hoist_inline_schemas(layout: Layout) -> None:
    doc = document("get", "/v2/a", {})
    doc["paths"]["/v2/a"]["get"]["responses"]["200"]["content"]["application/json"]["schema"] = price()
    del doc["components"]["schemas"]
    (layout.pages / "a.md").write_text(page_text("get /v2/a", doc), encoding="utf-8")
    register(layout, "get", "/v2/a", function="read_a", module="Things", responses={"200": "Amount"})
    spec = build(layout).spec
    operation = spec["paths"]["/v2/a"]["get"]
    assert (operation["operationId"], operation["tags"]) == ("read_a", ["Things"])
    assert operation["responses"]["200"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/Amount"
    }
    assert spec["components"]["schemas"]["Amount"] == price()


def test_names_rename_a_component_a_source_named_otherwise(layout: Layout) -> None:
    add_page(layout, "a.md", "get", "/v2/a", {"Price": price()})
    register(layout, "get", "/v2/a", responses={"200": "Amount"})
    assert list(build(layout).spec["components"]["schemas"]) == ["Amount"]


def test_two_names_for_one_schema_fail(layout: Layout) -> None:
    add_page(layout, "a.md", "get", "/v2/a", {"Price": price()})
    add_page(layout, "b.md", "post", "/v2/b", {"Price": price()})
    register(layout, "post", "/v2/b", responses={"200": "Amount"})
    with pytest.raises(SpecBuildError, match=r"GET /v2/a responses/200 should be class Price but is"):
        build(layout)


def test_components_no_operation_uses_are_dropped(layout: Layout) -> None:
    add_page(layout, "a.md", "get", "/v2/a", {"Price": price(), "Unused": {"type": "string"}})
    result = build(layout)
    assert "Unused" not in result.spec["components"]["schemas"]
    assert result.dropped == [] or result.dropped == ["schemas/Unused"]


def test_page_without_block_is_skipped_with_a_notice(layout: Layout) -> None:
    add_page(layout, "a.md", "get", "/v2/a", {"Price": price()})
    (layout.pages / "guide.md").write_text("# A guide\n\n```yaml\nnot: an operation\n```\n", encoding="utf-8")
    result = build(layout)
    assert result.notices == ["page guide.md has no OpenAPI block: skipped"]


def test_bad_yaml_fails_with_file_and_line(layout: Layout) -> None:
    text = page_text("get /v2/a", "openapi: 3.1.0\npaths:\n  /v2/a: {get: [unclosed\n")
    (layout.pages / "broken.md").write_text(text, encoding="utf-8")
    with pytest.raises(SpecBuildError, match=r"broken\.md:\d+: bad YAML"):
        build(layout)


def test_bad_yaml_line_points_into_the_page(layout: Layout) -> None:
    body = "openapi: 3.1.0\ninfo: {title: x, version: '1'}\npaths:\n  /v2/a:\n    get: : :\n"
    (layout.pages / "broken.md").write_text(page_text("get /v2/a", body), encoding="utf-8")
    with pytest.raises(SpecBuildError) as failure:
        build(layout)
    line = int(str(failure.value).split(":")[1])
    assert (layout.pages / "broken.md").read_text().splitlines()[line - 1].strip().startswith("get:")


def test_block_without_paths_fails_with_file(layout: Layout) -> None:
    (layout.pages / "empty.md").write_text(page_text("get /v2/a", "openapi: 3.1.0\ninfo: {}\n"), encoding="utf-8")
    with pytest.raises(SpecBuildError, match=r"empty\.md:\d+: the OpenAPI document has no paths"):
        build(layout)


def test_fence_naming_another_operation_fails(layout: Layout) -> None:
    doc = document("get", "/v2/a", {"Price": price()})
    (layout.pages / "wrong.md").write_text(page_text("post /v2/a", doc), encoding="utf-8")
    with pytest.raises(SpecBuildError, match=r"wrong\.md:5: the fence names POST /v2/a but the block holds GET /v2/a"):
        build(layout)


def test_block_with_two_operations_fails(layout: Layout) -> None:
    doc = document("get", "/v2/a", {"Price": price()})
    doc["paths"]["/v2/a"]["post"] = doc["paths"]["/v2/a"]["get"]
    (layout.pages / "two.md").write_text(page_text("get /v2/a", doc), encoding="utf-8")
    with pytest.raises(SpecBuildError, match=r"two\.md"):
        build(layout)


def test_unclosed_block_fails(layout: Layout) -> None:
    (layout.pages / "open.md").write_text("````yaml get /v2/a\nopenapi: 3.1.0\n", encoding="utf-8")
    with pytest.raises(SpecBuildError, match=r"open\.md:1: the OpenAPI block is never closed"):
        build(layout)


def test_three_backtick_fence_is_accepted(layout: Layout) -> None:
    doc = document("get", "/v2/a", {"Price": price()})
    (layout.pages / "a.md").write_text(page_text("get /v2/a", doc, ticks=3), encoding="utf-8")
    register(layout, "get", "/v2/a")
    assert list(build(layout).spec["paths"]) == ["/v2/a"]


def test_cli_writes_sorted_json_and_reports_failure(layout: Layout, capsys: pytest.CaptureFixture[str]) -> None:
    add_page(layout, "a.md", "get", "/v2/a", {"Price": price()})
    assert main(["--openapi-dir", str(layout.root)]) == 0
    text = layout.spec.read_text(encoding="utf-8")
    assert text == json.dumps(json.loads(text), indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    write_decisions(layout, "10-x.yaml", [decision(at="responses/200/properties/nowhere", set={"x-a": 1})])
    assert main(["--openapi-dir", str(layout.root)]) == 1
    assert "10-x.yaml" in capsys.readouterr().err


def test_validator_gate_rejects_an_invalid_merge(layout: Layout) -> None:
    doc = document("get", "/v2/a", {"Price": price()})
    doc["paths"]["/v2/a"]["get"]["responses"]["200"]["example"] = {"x": 1}
    (layout.pages / "a.md").write_text(page_text("get /v2/a", doc), encoding="utf-8")
    register(layout, "get", "/v2/a")
    with pytest.raises(SpecBuildError, match="not valid OpenAPI"):
        build(layout)
