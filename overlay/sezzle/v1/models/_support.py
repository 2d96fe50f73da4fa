"""What every v1 model shares: access to unknown fields, and reading and writing JSON values.

v1 has no machine-readable schema, so the models read the page's examples generously: a JSON null
reads like an absent field, timestamps without an offset are UTC (Sezzle reports in UTC), and
amounts that are not whole cents are kept exactly as ``Decimal``.
"""

from __future__ import annotations

import datetime
import enum
import json
from collections.abc import Callable, Mapping
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from dateutil.parser import isoparse

from sezzle_api.types import UNSET, Unset

V = TypeVar("V")
M = TypeVar("M")
E = TypeVar("E", bound=enum.Enum)


class AdditionalProperties(Generic[V]):
    """Fields the gateway sent that the model does not declare, reached like the generated models'."""

    __slots__ = ()
    if TYPE_CHECKING:  # declared by each model; hidden at runtime from type-hint readers such as validation
        additional_properties: dict[str, V]

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> V:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: V) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def wire(value: Any) -> Any:
    """A model field in its JSON form."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, list):
        return [wire(item) for item in value]
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime.datetime):
        text = value.isoformat()
        return text[:-6] + "Z" if text.endswith("+00:00") else text  # UTC written as Sezzle writes it
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


def emit(field_dict: dict[str, Any], **fields: Any) -> dict[str, Any]:
    """``field_dict`` with every field that is set, in the order given, after the unknown fields."""
    for key, value in fields.items():
        if not isinstance(value, Unset):
            field_dict[key] = wire(value)
    return field_dict


def take(d: dict[str, Any], key: str) -> Any:
    """An optional field; a JSON null reads as absent."""
    value = d.pop(key, UNSET)
    return UNSET if value is None else value


def take_model(d: dict[str, Any], key: str, read: Callable[[Mapping[str, Any]], M]) -> M | Unset:
    value = take(d, key)
    return UNSET if isinstance(value, Unset) else read(value)


def take_models(d: dict[str, Any], key: str, read: Callable[[Mapping[str, Any]], M]) -> list[M] | Unset:
    value = take(d, key)
    if isinstance(value, Unset):
        return UNSET
    if not isinstance(value, list):
        raise TypeError(f"{key} must be a JSON array, got {type(value).__name__}")
    return [read(item) for item in value]


def take_enum(d: dict[str, Any], key: str, cls: type[E]) -> E | Unset:
    value = take(d, key)
    return UNSET if isinstance(value, Unset) else cls(value)


def read_datetime(value: Any) -> datetime.datetime:
    """An aware datetime from ISO 8601 text (nanoseconds are cut to microseconds); no offset means UTC."""
    moment = value if isinstance(value, datetime.datetime) else isoparse(value)
    if moment.tzinfo is None or moment.utcoffset() == datetime.timedelta(0):
        return moment.replace(tzinfo=datetime.UTC)
    return moment


def take_datetime(d: dict[str, Any], key: str) -> datetime.datetime | Unset:
    value = take(d, key)
    return UNSET if isinstance(value, Unset) else read_datetime(value)


def read_decimal(value: Any) -> Decimal:
    """An exact amount from a JSON number (already a ``Decimal`` when the body was read that way) or text."""
    if isinstance(value, bool) or not isinstance(value, Decimal | int | float | str):
        raise TypeError(f"expected a number, got {type(value).__name__}")
    try:
        amount = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    except InvalidOperation:
        raise ValueError(f"{value!r} is not a number") from None
    if not amount.is_finite():
        raise ValueError(f"{value!r} is not a finite number")
    return amount


def take_decimal(d: dict[str, Any], key: str) -> Decimal | Unset:
    value = take(d, key)
    return UNSET if isinstance(value, Unset) else read_decimal(value)


def metadata_text(value: Any) -> str:
    """A metadata value as text: Sezzle stores strings, but has been seen answering numbers (``123``)."""
    return value if isinstance(value, str) else json.dumps(value, default=str)


__all__ = [
    "UNSET",
    "AdditionalProperties",
    "Unset",
    "emit",
    "metadata_text",
    "read_datetime",
    "read_decimal",
    "take",
    "take_datetime",
    "take_decimal",
    "take_enum",
    "take_model",
    "take_models",
    "wire",
]
