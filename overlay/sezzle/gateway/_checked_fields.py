"""Reading request JSON field by field, checking each rule by hand, for requests no spec states.

v1's pages are its only statement of rules, and the control API under ``/__gateway__`` is the gateway's
own, so their readers check types and rules themselves; v2 bodies are checked against the merged spec
instead (:mod:`sezzle.gateway._request_rules`) and read with :mod:`sezzle.gateway._fields`.

Wrong JSON types and missing required fields are malformed requests (400); values of the right type
that break a rule, such as a negative amount, are refused with 422 ``invalid``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Mapping
from datetime import datetime
from typing import Any

from sezzle.gateway._problem import bad_request, invalid
from sezzle.gateway._wire import Money

__all__ = ["Fields", "parse_json_object"]

_CURRENCY = re.compile(r"^[A-Z]{3}$")
_REFERENCE_ID = re.compile(r"^[A-Za-z0-9_-]{1,255}$")
_INT32_MAX = 2**31 - 1


def parse_json_object(body: bytes) -> Fields:
    """The request body as an object; an empty body reads as an empty object."""
    if not body.strip():
        return Fields({})
    try:
        data = json.loads(body)
    except ValueError:
        raise bad_request("the request body is not valid JSON") from None
    if not isinstance(data, dict):
        raise bad_request("the request body must be a JSON object")
    return Fields(data)


def _type_name(value: Any) -> str:
    return {bool: "boolean", int: "integer", float: "number", str: "string", list: "array", dict: "object"}.get(
        type(value), "null" if value is None else type(value).__name__
    )


class Fields:
    """One JSON object being read, and where it sits in the request (``order.order_amount``)."""

    def __init__(self, data: Mapping[str, Any], location: str = "") -> None:
        self.data = data
        self.location = location

    def where(self, name: str) -> str:
        return f"{self.location}.{name}" if self.location else name

    def has(self, name: str) -> bool:
        return self.data.get(name) is not None

    def _get(self, name: str, expected: type | tuple[type, ...], label: str, *, required: bool) -> Any:
        value = self.data.get(name)
        if value is None and name in self.data:
            raise bad_request(f"{self.where(name)} must not be null", self.where(name))
        if value is None:
            if required:
                raise bad_request(f"{self.where(name)} is required", self.where(name))
            return None
        if isinstance(value, bool) and bool not in (expected if isinstance(expected, tuple) else (expected,)):
            raise bad_request(f"{self.where(name)} must be {label}, not boolean", self.where(name))
        if not isinstance(value, expected):
            raise bad_request(f"{self.where(name)} must be {label}, not {_type_name(value)}", self.where(name))
        return value

    def require_str(self, name: str, *, allow_empty: bool = False) -> str:
        value: str = self._get(name, str, "a string", required=True)
        if not allow_empty and not value:
            raise invalid(f"{self.where(name)} must not be empty", self.where(name))
        return value

    def optional_str(self, name: str) -> str | None:
        value: str | None = self._get(name, str, "a string", required=False)
        return value

    def optional_bool(self, name: str, default: bool = False) -> bool:
        value: bool | None = self._get(name, bool, "a boolean", required=False)
        return default if value is None else value

    def _integer(self, name: str, *, required: bool) -> int | None:
        # JSON has one number type: 721.0 is the integer 721 (as JSON Schema's "integer" says); 7.5 is not.
        value: int | float | None = self._get(name, (int, float), "an integer", required=required)
        if isinstance(value, float):
            if not value.is_integer():
                raise bad_request(f"{self.where(name)} must be an integer, not {value!r}", self.where(name))
            return int(value)
        return value

    def require_int(self, name: str) -> int:
        value = self._integer(name, required=True)
        assert value is not None  # required
        return value

    def optional_int(self, name: str) -> int | None:
        return self._integer(name, required=False)

    def optional_number(self, name: str) -> float | None:
        value: int | float | None = self._get(name, (int, float), "a number", required=False)
        return None if value is None else float(value)

    def require_number(self, name: str) -> float:
        value: int | float = self._get(name, (int, float), "a number", required=True)
        return float(value)

    def require_object(self, name: str) -> Fields:
        value: dict[str, Any] = self._get(name, dict, "an object", required=True)
        return Fields(value, self.where(name))

    def optional_object(self, name: str) -> Fields | None:
        value: dict[str, Any] | None = self._get(name, dict, "an object", required=False)
        return None if value is None else Fields(value, self.where(name))

    def optional_list(self, name: str) -> list[Any] | None:
        value: list[Any] | None = self._get(name, list, "an array", required=False)
        return value

    def require_list(self, name: str) -> list[Any]:
        value: list[Any] = self._get(name, list, "an array", required=True)
        return value

    def require_choice(self, name: str, choices: Collection[str]) -> str:
        value = self._get(name, str, "a string", required=True)
        return self._choice(name, value, choices)

    def optional_choice(self, name: str, choices: Collection[str]) -> str | None:
        value = self._get(name, str, "a string", required=False)
        return None if value is None else self._choice(name, value, choices)

    def _choice(self, name: str, value: str, choices: Collection[str]) -> str:
        if value not in choices:
            raise invalid(f"{self.where(name)} must be one of {', '.join(sorted(choices))}", self.where(name))
        return value

    def optional_reference_id(self, name: str) -> str | None:
        value = self.optional_str(name)
        return None if value is None else self._reference_id(name, value)

    def require_reference_id(self, name: str) -> str:
        return self._reference_id(name, self.require_str(name))

    def _reference_id(self, name: str, value: str) -> str:
        if not _REFERENCE_ID.match(value):
            where = self.where(name)
            raise invalid(f"{where} may hold only letters, digits, '-' and '_' (at most 255)", where)
        return value

    def optional_str_map(self, name: str) -> dict[str, str]:
        value: dict[str, Any] | None = self._get(name, dict, "an object", required=False)
        if value is None:
            return {}
        for key, item in value.items():
            if not isinstance(item, str):
                where = f"{self.where(name)}.{key}"
                raise bad_request(f"{where} must be a string, not {_type_name(item)}", where)
        return dict(value)

    def optional_datetime(self, name: str) -> datetime | None:
        text = self.optional_str(name)
        if text is None:
            return None
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            raise bad_request(f"{self.where(name)} must be an RFC 3339 date-time", self.where(name)) from None
        if moment.tzinfo is None:
            raise bad_request(f"{self.where(name)} must carry a time zone offset or Z", self.where(name))
        return moment

    def as_price(self, *, positive: bool = True) -> Money:
        """This object read as a Price: ``amount_in_cents`` and a three-letter ``currency``."""
        cents = self.require_int("amount_in_cents")
        currency = self._get("currency", str, "a string", required=True)
        if not _CURRENCY.match(currency):
            raise invalid(
                f"{self.where('currency')} must be a three-letter ISO 4217 code in capitals", self.where("currency")
            )
        if cents > _INT32_MAX or cents < -_INT32_MAX:
            raise invalid(f"{self.where('amount_in_cents')} is out of range", self.where("amount_in_cents"))
        if positive and cents <= 0:
            raise invalid(f"{self.where('amount_in_cents')} must be greater than 0", self.where("amount_in_cents"))
        if not positive and cents < 0:
            raise invalid(f"{self.where('amount_in_cents')} must not be negative", self.where("amount_in_cents"))
        return Money(cents, currency)

    def require_price(self, name: str, *, positive: bool = True) -> Money:
        return self.require_object(name).as_price(positive=positive)

    def optional_price(self, name: str, *, positive: bool = False) -> Money | None:
        nested = self.optional_object(name)
        return None if nested is None else nested.as_price(positive=positive)
