"""The committed spec against a copy with realistic edits: the exact report, in every format."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from scripts.drift import Report, compare, load
from scripts.drift.render import FORMATS
from scripts.drift.spec import Spec, check

ROOT = Path(__file__).resolve().parents[2]


def members_with(schema: dict[str, Any], name: str) -> dict[str, Any]:
    """The schema, or the allOf member of it, that declares property ``name``."""
    for member in [schema, *schema.get("allOf", [])]:
        if name in member.get("properties", {}):
            found: dict[str, Any] = member
            return found
    raise AssertionError(f"no property {name}")


@pytest.fixture(scope="module")
def committed() -> Spec:
    return load(ROOT / "openapi" / "sezzle-api.json")


@pytest.fixture(scope="module")
def report(committed: Spec) -> Report:
    edited = copy.deepcopy(dict(committed.document))
    schemas = edited["components"]["schemas"]
    del schemas["CardData"]["properties"]["last_name"]  # a field removed from a response
    card_request = schemas["CardSessionRequest"]  # a new required request field
    members_with(card_request, "origin")["properties"]["return_url"] = {"type": "string"}
    card_request["required"].append("return_url")
    schemas["Locale"]["enum"].append("es-US")  # an enum value added
    return compare(committed, check(edited, "edited"))


TEXT = """\
API drift: 2 breaking, 0 warnings, 1 info

breaking:
  request-property-added-required at /components/schemas/CardSessionRequest/allOf/1/properties/return_url
    new required request property `CardSessionRequest.return_url` (attribute `CardSessionRequest.return_url`)
    operations: POST /v2/session/card
  response-property-removed at /components/schemas/CardData/properties/last_name
    response property `CardData.last_name` was removed (attribute `CardData.last_name` goes away)
    operations: GET /v2/session/card/token/{token}

info:
  request-enum-value-added at /components/schemas/Locale/enum
    request `Locale` accepts a new value "es-US"
    operations: POST /v2/session
"""

MARKDOWN = """\
## API drift: 2 breaking, 0 warnings, 1 info

### Breaking

| Rule | Change | Where | Operations |
| --- | --- | --- | --- |
| `request-property-added-required` | new required request property `CardSessionRequest.return_url` \
(attribute `CardSessionRequest.return_url`) | `/components/schemas/CardSessionRequest/allOf/1/properties/return_url` \
| `POST /v2/session/card` |
| `response-property-removed` | response property `CardData.last_name` was removed \
(attribute `CardData.last_name` goes away) | `/components/schemas/CardData/properties/last_name` \
| `GET /v2/session/card/token/{token}` |

### Info

| Rule | Change | Where | Operations |
| --- | --- | --- | --- |
| `request-enum-value-added` | request `Locale` accepts a new value "es-US" | `/components/schemas/Locale/enum` \
| `POST /v2/session` |
"""

JSON = {
    "summary": {"breaking": 2, "warning": 0, "info": 1},
    "findings": [
        {
            "rule": "request-property-added-required",
            "class": "breaking",
            "pointer": "/components/schemas/CardSessionRequest/allOf/1/properties/return_url",
            "message": "new required request property `CardSessionRequest.return_url` "
            "(attribute `CardSessionRequest.return_url`)",
            "operations": ["POST /v2/session/card"],
            "before": None,
            "after": "return_url",
        },
        {
            "rule": "response-property-removed",
            "class": "breaking",
            "pointer": "/components/schemas/CardData/properties/last_name",
            "message": "response property `CardData.last_name` was removed (attribute `CardData.last_name` goes away)",
            "operations": ["GET /v2/session/card/token/{token}"],
            "before": "last_name",
            "after": None,
        },
        {
            "rule": "request-enum-value-added",
            "class": "info",
            "pointer": "/components/schemas/Locale/enum",
            "message": 'request `Locale` accepts a new value "es-US"',
            "operations": ["POST /v2/session"],
            "before": None,
            "after": "es-US",
        },
    ],
}


def test_text_report(report: Report) -> None:
    assert FORMATS["text"](report) == TEXT


def test_markdown_report(report: Report) -> None:
    assert FORMATS["markdown"](report) == MARKDOWN


def test_json_report(report: Report) -> None:
    rendered = FORMATS["json"](report)
    assert json.loads(rendered) == JSON
    assert list(json.loads(rendered)) == ["summary", "findings"]


def test_committed_spec_against_itself_has_no_findings(committed: Spec) -> None:
    report = compare(committed, committed)
    assert report.findings == ()
    assert FORMATS["text"](report) == "API drift: no changes\n"
