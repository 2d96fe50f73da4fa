"""The generated operation modules: one typed request description each, all of them used.

Each module of ``sezzle_api.api`` holds ``request`` (and the constants it answers with); nothing else
is generated that nothing calls. The retry rule of an operation that takes a ``Sezzle-Request-Id`` is
KEYED because the spec says so, and the resource methods send that header on every call.
"""

from __future__ import annotations

import functools
import importlib
import inspect
import json
import pkgutil
import re
from pathlib import Path
from types import ModuleType

import pytest

import sezzle_api.api
from sezzle._core.sender import prepare
from sezzle_api.types import Operation

ROOT = Path(__file__).resolve().parents[2]
SPEC = json.loads((ROOT / "openapi" / "sezzle-api.json").read_text(encoding="utf-8"))


def operation_modules() -> list[ModuleType]:
    found = []
    for info in pkgutil.walk_packages(sezzle_api.api.__path__, "sezzle_api.api."):
        module = importlib.import_module(info.name)
        if hasattr(module, "KEY"):
            found.append(module)
    return found


MODULES = operation_modules()


def spec_operations() -> set[str]:
    return {
        f"{method.upper()} {path}"
        for path, item in SPEC["paths"].items()
        for method in item
        if method in {"get", "post", "put", "patch", "delete"}
    }


def test_every_operation_of_the_spec_has_one_module() -> None:
    assert sorted(module.KEY for module in MODULES) == sorted(spec_operations())


@pytest.mark.parametrize("module", MODULES, ids=lambda module: module.__name__.rsplit(".", 1)[1])
def test_a_module_holds_only_its_request_description(module: ModuleType) -> None:
    functions = [
        name
        for name, value in vars(module).items()
        if inspect.isfunction(value) and value.__module__ == module.__name__
    ]
    assert functions == ["request"]


@functools.cache
def _callers() -> str:
    """The code that builds requests: the overlay and the generated resource classes."""
    sources = [path.read_text(encoding="utf-8") for path in (ROOT / "overlay" / "sezzle").rglob("*.py")]
    sources += [
        path.read_text(encoding="utf-8") for path in (ROOT / "generated" / "sezzle_api" / "api").glob("*/__init__.py")
    ]
    return "\n".join(sources)


@pytest.mark.parametrize("module", MODULES, ids=lambda module: module.__name__.rsplit(".", 1)[1])
def test_every_request_description_is_used(module: ModuleType) -> None:
    name = module.__name__.rsplit(".", 1)[1]
    assert re.search(rf"\b{name}\.request\(", _callers()), f"nothing calls {module.__name__}.request"


@pytest.mark.parametrize("module", MODULES, ids=lambda module: module.__name__.rsplit(".", 1)[1])
def test_keyed_exactly_where_the_spec_takes_a_request_id(module: ModuleType) -> None:
    method, path = module.KEY.split(" ", 1)
    operation = SPEC["paths"][path][method.lower()]
    parameters = [
        SPEC["components"]["parameters"][p["$ref"].rsplit("/", 1)[1]] if "$ref" in p else p
        for p in operation.get("parameters", [])
    ]
    takes_key = any(p["in"] == "header" and p["name"] == "Sezzle-Request-Id" for p in parameters)
    assert (module.RETRY == "keyed") == takes_key
    if takes_key:
        assert "sezzle_request_id" in inspect.signature(module.request).parameters


def test_a_description_prepares_into_the_call_the_sender_sends() -> None:
    from sezzle_api.api.orders import capture_order

    operation = capture_order.request(
        "ord/1", body={"capture_amount": {"amount_in_cents": 500, "currency": "USD"}}, sezzle_request_id="k-1"
    )
    assert isinstance(operation, Operation)
    call = prepare(operation)
    assert (call.method, call.path) == ("POST", "/v2/order/ord%2F1/capture")
    assert call.json == {"capture_amount": {"amount_in_cents": 500, "currency": "USD"}}
    assert call.headers == {"Sezzle-Request-Id": "k-1"}
    assert call.policy.value == "keyed"
    assert repr(operation) == "Operation(key='POST /v2/order/{order_uuid}/capture')"  # no id, body or key


def test_a_body_is_checked_by_the_operations_rules_when_prepared() -> None:
    from sezzle.errors import InvalidInputError
    from sezzle_api.api.orders import capture_order

    operation = capture_order.request(
        "ord-1", body={"capture_amount": {"amount_in_cents": 5.0, "currency": "USD"}}, sezzle_request_id="k-1"
    )
    with pytest.raises(InvalidInputError) as refused:
        prepare(operation)
    assert refused.value.field == "capture_amount.amount_in_cents"


def test_a_csv_report_is_streamed_with_its_content_type() -> None:
    from sezzle_api.api.reports import get_settlement_details

    call = prepare(get_settlement_details.request("payout-1"))
    assert call.stream
    assert call.headers == {"Accept": "text/csv"}
