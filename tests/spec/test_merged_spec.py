"""Properties of the committed merged spec itself."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from openapi_spec_validator import validate

SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi" / "sezzle-api.json"
SPEC = json.loads(SPEC_PATH.read_text(encoding="utf-8"))


def _walk(node: Any) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    if isinstance(node, dict):
        found.append(node)
        for value in node.values():
            found.extend(_walk(value))
    elif isinstance(node, list):
        for value in node:
            found.extend(_walk(value))
    return found


def test_merged_spec_is_valid_openapi() -> None:
    validate(SPEC)


def test_no_uuid_format_anywhere() -> None:
    # Sezzle's own example ids (12a34bc5-6de7-890f-g123-...) are not UUIDs.
    assert not [node for node in _walk(SPEC) if node.get("format") == "uuid"]


def test_card_expiry_example_stays_a_string_in_json() -> None:
    assert SPEC["components"]["schemas"]["CardData"]["example"]["expiration_date"] == "0228"


def test_readable_operation_ids() -> None:
    ids = {op["operationId"] for item in SPEC["paths"].values() for op in item.values()}
    assert {"create_session", "get_session", "create_card_session", "get_card_data"} <= ids


def test_no_example_beside_ref() -> None:
    assert not [node for node in _walk(SPEC) if "$ref" in node and "example" in node]
