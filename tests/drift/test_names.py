"""The names the drift report speaks of are the ones the generator really produces.

The oracle is the generator's own parser, run on the committed spec and on every spec of the rule
corpus: every model and enum class, every endpoint module, every keyword argument and enum member.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData

from scripts.drift import NamingRules, load
from scripts.drift.classes import generated_classes
from scripts.drift.operations import operations, parameters
from scripts.drift.spec import Spec, check
from scripts.generate import CONFIG
from tests.drift.corpus import CASES

ROOT = Path(__file__).resolve().parents[2]
NAMES = NamingRules.from_config()


def parsed(spec: Spec) -> GeneratorData:
    config = Config.from_sources(
        ConfigFile.load_from_path(CONFIG), MetaType.NONE, Path("spec.json"), "utf-8", True, None
    )
    data = GeneratorData.from_dict(dict(spec.document), config=config)
    assert isinstance(data, GeneratorData)
    return data


def oracle(spec: Spec) -> dict[str, Any]:
    data = parsed(spec)
    endpoints = [
        endpoint for collection in data.endpoint_collections_by_tag.values() for endpoint in collection.endpoints
    ]
    return {
        "classes": {model.class_info.name for model in data.models} | {enum.class_info.name for enum in data.enums},
        "modules": {
            f"{NAMES.package}.api.{tag}.{endpoint.name}"
            for tag, collection in data.endpoint_collections_by_tag.items()
            for endpoint in collection.endpoints
        },
        "arguments": {
            (endpoint.name, parameter.name.get_untrusted_value(), parameter.python_name)
            for endpoint in endpoints
            for parameter in [*endpoint.path_parameters, *endpoint.query_parameters, *endpoint.header_parameters]
        },
    }


def ours(spec: Spec) -> dict[str, Any]:
    found = operations(spec).values()
    arguments = set()
    for operation in found:
        listed = parameters(spec, operation).values()
        names = NAMES.arguments([(parameter.location, parameter.name) for parameter in listed])
        endpoint = NAMES.operation(operation.node, operation.method, operation.path)
        arguments |= {(endpoint, name, python) for (_, name), python in names.items()}
    return {
        "classes": set(generated_classes(spec, NAMES)),
        "modules": {NAMES.module(operation.node, operation.method, operation.path) for operation in found},
        "arguments": arguments,
    }


def corpus_specs() -> list[tuple[str, dict[str, Any]]]:
    specs: list[tuple[str, dict[str, Any]]] = []
    for case in CASES:
        old, new = case.specs()
        specs += [(f"{case.id}-old", old), (f"{case.id}-new", new)]
    return specs


def test_committed_spec_names_match_the_generator() -> None:
    spec = load(ROOT / "openapi" / "sezzle-api.json")
    assert ours(spec) == oracle(spec)


@pytest.mark.parametrize(("name", "document"), corpus_specs(), ids=[name for name, _ in corpus_specs()])
def test_corpus_spec_names_match_the_generator(name: str, document: dict[str, Any]) -> None:
    spec = check(document, name)
    assert ours(spec) == oracle(spec)


def test_committed_package_has_exactly_the_classes_and_modules_named() -> None:
    spec = load(ROOT / "openapi" / "sezzle-api.json")
    package = ROOT / "generated" / NAMES.package
    exported = (package / "models" / "__init__.py").read_text(encoding="utf-8")
    assert all(f'"{name}"' in exported for name in generated_classes(spec, NAMES))
    modules = {
        f"{NAMES.package}.api.{path.parent.name}.{path.stem}"
        for path in (package / "api").glob("*/*.py")
        if path.stem != "__init__"
    }
    assert modules == {NAMES.module(op.node, op.method, op.path) for op in operations(spec).values()}


def test_enum_members_are_the_generators() -> None:
    assert NAMES.enum_members(["4-pay-biweekly", "self", "fr-CA"]) == {
        "4-pay-biweekly": "VALUE_0",
        "self": "SELF",
        "fr-CA": "FR_CA",
    }
    assert NAMES.enum_members([1, -2]) == {1: "VALUE_1", -2: "VALUE_NEGATIVE_2"}


def test_clashing_argument_names_get_their_location() -> None:
    assert NAMES.arguments([("path", "id"), ("query", "id"), ("query", "url")]) == {
        ("path", "id"): "id_path",
        ("query", "id"): "id_query",
        ("query", "url"): "url_query",
    }
