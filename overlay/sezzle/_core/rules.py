"""Request rules, read from the one place they are stated: the merged spec.

``sezzle_api/request_rules.json`` is written with the generated package from the spec (our decisions
included). Per operation (``POST /v2/session``) it holds the JSON body's schema, which the simulated
gateway enforces as Sezzle would, and the client's part of it: what is certain before sending (money
as whole cents, within what the API can hold and the operation's stated bounds). The client refuses
only that, so a body the client sends is never refused for a reason the client could have known, and
a body the gateway refuses for such a reason was refused by the client first, naming the same field.
"""

from __future__ import annotations

import datetime
import enum
import functools
import json
import math
from collections.abc import Mapping
from importlib import resources
from typing import Any

from sezzle._core.schema import SchemaSet, Violation
from sezzle.errors import InvalidInputError

MONEY = "x-sezzle-money"
_JSON_SCALARS = (str, int, bool, type(None))


class Rules:
    """The request rules of every operation with a JSON body."""

    def __init__(self, table: Mapping[str, Any]) -> None:
        self._operations: Mapping[str, Any] = table["operations"]
        self.schemas = SchemaSet({"components": table["components"]})

    def operations(self) -> list[str]:
        return sorted(self._operations)

    def body_schema(self, operation: str) -> Mapping[str, Any]:
        """What Sezzle accepts as the body of ``operation`` (``METHOD /path`` as in the spec)."""
        return self._entry(operation)["body"]  # type: ignore[no-any-return]

    def body_required(self, operation: str) -> bool:
        return bool(self._entry(operation)["body_required"])

    def client_schema(self, operation: str) -> Mapping[str, Any]:
        """The part of ``body_schema`` the client checks before sending."""
        return self._entry(operation)["client"]  # type: ignore[no-any-return]

    def violations(self, operation: str, body: Any, location: str = "") -> list[Violation]:
        """Every way ``body`` breaks what Sezzle accepts for ``operation``."""
        return self.schemas.validate(body, self.body_schema(operation), location)

    def _entry(self, operation: str) -> Mapping[str, Any]:
        try:
            return self._operations[operation]  # type: ignore[no-any-return]
        except KeyError:
            raise KeyError(f"no request rules for {operation}: the operation has no JSON body") from None


@functools.cache
def rules() -> Rules:
    """The rules shipped with the generated package (read once, on first use)."""
    text = resources.files("sezzle_api").joinpath("request_rules.json").read_text(encoding="utf-8")
    return Rules(json.loads(text))


def to_json(value: Any, field: str = "") -> Any:
    """``value`` as JSON data, exactly as given: generated models become their dicts, enums their
    values, dates ISO text; nulls and unknown keys stay. Anything JSON cannot hold is refused."""
    where = field or "body"
    if isinstance(value, enum.Enum):
        return to_json(value.value, field)
    if isinstance(value, _JSON_SCALARS):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise InvalidInputError(where, f"must be a finite number, got {value!r}")
        return value
    if isinstance(value, datetime.datetime):
        if value.tzinfo is None:
            raise InvalidInputError(where, "must be a timezone-aware datetime")
        return value.isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict) and hasattr(type(value), "__attrs_attrs__"):
        return to_json(to_dict(), field)
    if isinstance(value, Mapping):
        result: dict[str, Any] = {}
        for key, item in value.items():
            if not isinstance(key, str):
                raise InvalidInputError(where, f"has a key that is not a string: {type(key).__name__}")
            result[key] = to_json(item, f"{field}.{key}" if field else key)
        return result
    if isinstance(value, list | tuple):
        return [to_json(item, f"{where}[{index}]") for index, item in enumerate(value)]
    raise InvalidInputError(where, f"is not a JSON value ({type(value).__name__})")


def _money(data: Any, schema: Any, location: str, schemas: SchemaSet) -> None:
    """Whole cents where the spec says money: an int, never a float, a bool or text."""
    if not isinstance(schema, Mapping):
        return
    if schema.get(MONEY) and data is not None and (isinstance(data, bool) or not isinstance(data, int)):
        shown = repr(data) if isinstance(data, int | float) else type(data).__name__
        raise InvalidInputError(location or "body", f"must be whole cents as an int, got {shown}")
    for keyword in ("allOf", "anyOf", "oneOf"):
        for member in schema.get(keyword) or []:
            _money(data, member, location, schemas)
    if isinstance(data, Mapping):
        for name, sub in (schema.get("properties") or {}).items():
            if name in data:
                _money(data[name], sub, f"{location}.{name}" if location else name, schemas)
    elif isinstance(data, list) and isinstance(schema.get("items"), Mapping):
        for index, item in enumerate(data):
            _money(item, schema["items"], f"{location}[{index}]", schemas)


class JsonBody:
    """A request body as it goes on the wire, checked (``sezzle_api.types.CheckedBody``)."""

    __slots__ = ("data",)

    def __init__(self, data: Any) -> None:
        self.data = data

    def __repr__(self) -> str:
        return "JsonBody(...)"  # bodies carry keys, card data and personal details


def request_body(operation: str, value: Any, field: str = "") -> JsonBody:
    """The body to send for ``operation``: ``value`` as given, refused only where it is certainly wrong.

    ``field`` names ``value`` in errors when it is one argument of the call (``amount``).
    """
    return JsonBody(checked_json(operation, value, field))


def checked_json(operation: str, value: Any, field: str = "") -> Any:
    """``value`` as JSON data, checked against what the client knows of ``operation``'s body."""
    data = to_json(value, field)
    table = rules()
    schema = table.client_schema(operation)
    _money(data, schema, field, table.schemas)
    violation = table.schemas.first(data, schema, field)
    if violation is not None:
        raise InvalidInputError(violation.location or field or "body", _problem(violation))
    return data


def _problem(violation: Violation) -> str:
    """The violation's message without its leading location (``InvalidInputError`` shows the field)."""
    message = violation.message
    prefix = f"{violation.location} "
    return message[len(prefix) :] if violation.location and message.startswith(prefix) else message
