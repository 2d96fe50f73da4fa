"""Read JSON objects field by field, naming the exact path of anything that does not fit.

Error text names the field and what kind of value was there, never the value itself: webhook
payloads carry customer tokens.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from enum import Enum
from typing import Any, TypeVar

from sezzle.errors import InvalidInputError
from sezzle_api.models import Price

T = TypeVar("T")

_JSON_KINDS: tuple[tuple[type, str], ...] = (
    (bool, "a boolean"),
    (int, "a number"),
    (float, "a number"),
    (str, "a string"),
    (Mapping, "an object"),
    (list, "an array"),
)


def kind(value: object) -> str:
    """The JSON kind of a value, for error text."""
    if value is None:
        return "null"
    return next((name for cls, name in _JSON_KINDS if isinstance(value, cls)), type(value).__name__)


class KeepsUnknownFields:
    """Read access to the fields this package does not model, the way the generated models give it."""

    __slots__ = ()
    additional_properties: dict[str, Any]

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: object) -> bool:
        return key in self.additional_properties

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties)


class ObjectReader:
    """Takes the fields of one JSON object; whatever is not taken is kept as its additional properties."""

    def __init__(self, value: object, path: str) -> None:
        if not isinstance(value, Mapping):
            raise InvalidInputError(path or "body", f"expected a JSON object, got {kind(value)}")
        self._fields: dict[str, Any] = dict(value)
        self._path = path

    def where(self, name: str) -> str:
        return f"{self._path}.{name}" if self._path else name

    def required(self, name: str, read: Callable[[Any, str], T]) -> T:
        value = self._fields.pop(name, None)
        if value is None:
            raise InvalidInputError(self.where(name), "is missing")
        return read(value, self.where(name))

    def optional(self, name: str, read: Callable[[Any, str], T]) -> T | None:
        if name in self._fields and self._fields[name] is None:
            return None  # an explicit null stays among the rest, so the payload is written back as it came
        value = self._fields.pop(name, None)
        return None if value is None else read(value, self.where(name))

    def raw(self, name: str) -> Any:
        return self._fields.pop(name, None)

    def rest(self) -> dict[str, Any]:
        return self._fields


def text(value: object, path: str) -> str:
    if not isinstance(value, str):
        raise InvalidInputError(path, f"expected a string, got {kind(value)}")
    return value


def identifier(value: object, path: str) -> str:
    """A non-empty string: an empty id could not tell one event or order from another."""
    result = text(value, path)
    if not result.strip():
        raise InvalidInputError(path, "is empty")
    return result


def boolean(value: object, path: str) -> bool:
    if not isinstance(value, bool):
        raise InvalidInputError(path, f"expected a boolean, got {kind(value)}")
    return value


def cents(value: object, path: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidInputError(path, f"expected an integer number of cents, got {kind(value)}")
    return value


def timestamp(value: object, path: str) -> datetime:
    """An ISO-8601 date-time; digits past microseconds are dropped and a time without offset is UTC."""
    try:
        parsed = datetime.fromisoformat(text(value, path))
    except ValueError:
        raise InvalidInputError(path, "is not an ISO-8601 date-time") from None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


def price(value: object, path: str) -> Price:
    reader = ObjectReader(value, path)
    result = Price(
        amount_in_cents=reader.required("amount_in_cents", cents), currency=reader.required("currency", text)
    )
    result.additional_properties = reader.rest()
    return result


def fill(out: dict[str, Any], **fields: Any) -> dict[str, Any]:
    """Add the fields that have a value, written the way they are sent on the wire."""
    for name, value in fields.items():
        if value is None:
            continue
        if isinstance(value, datetime):
            value = value.isoformat()
        elif isinstance(value, Enum):
            value = value.value
        elif hasattr(value, "to_dict"):
            value = value.to_dict()
        out[name] = value
    return out


def load_object(payload: bytes | bytearray | memoryview | Mapping[str, Any]) -> Mapping[str, Any]:
    """The JSON object a body holds; a mapping is taken as already decoded."""
    if isinstance(payload, Mapping):
        return payload
    if not isinstance(payload, bytes | bytearray | memoryview):
        raise InvalidInputError("body", f"expected the raw request body as bytes, got {type(payload).__name__}")
    try:
        decoded = json.loads(bytes(payload))
    except UnicodeDecodeError:
        raise InvalidInputError("body", "is not UTF-8 text") from None
    except RecursionError:
        raise InvalidInputError("body", "nests too deeply to be an event") from None
    except ValueError as error:
        where = f" at line {error.lineno} column {error.colno}" if isinstance(error, json.JSONDecodeError) else ""
        raise InvalidInputError("body", f"is not JSON{where}") from None
    if not isinstance(decoded, Mapping):
        raise InvalidInputError("body", "expected a JSON object")
    return decoded
