"""What every v1 model is: attrs fields whose annotations say how each is read from JSON and written back.

v1 has no machine-readable schema, so ``sezzle.v1.models`` is its description: each model lists its
fields with their types, and this module reads and writes them by type. ``X | Unset`` is optional
(a JSON null reads like an absent field); a nested model or a list of them is read by its own
``from_dict``; an enum keeps values Sezzle adds later; a ``datetime`` is aware, and UTC when the text
has no offset (Sezzle reports in UTC); a ``Decimal`` keeps an amount exactly (``5183.4624``).
"""

from __future__ import annotations

import datetime
import enum
import json
import types
import typing
from collections.abc import Callable, Mapping
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar, cast

import attrs
from dateutil.parser import isoparse

from sezzle.webhooks._open_enum import OpenStrEnum
from sezzle_api.types import UNSET, Unset

V = TypeVar("V")


class AdditionalProperties(Generic[V]):
    """Fields the gateway sent that the model does not declare, reached like the generated models'."""

    __slots__ = ()
    if TYPE_CHECKING:  # declared by each model; hidden at runtime from type-hint readers such as validation
        additional_properties: dict[str, V]

    @property
    def additional_keys(self) -> list[str]:
        """The names of the fields the model does not declare."""
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> V:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: V) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


@attrs.define
class Model(AdditionalProperties[Any]):
    """A v1 JSON object: its declared fields (an ``attrs`` class) and the unknown ones it was sent."""

    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data, in the shape Sezzle uses; unknown fields are kept."""
        data = dict(self.additional_properties)
        for name, _, _ in _fields(type(self)):
            value = getattr(self, name)
            if not isinstance(value, Unset):
                data[name] = wire(value)
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the model from decoded JSON; unknown fields go to ``additional_properties``."""
        d = dict(src_dict)
        values: dict[str, Any] = {}
        for name, required, read in _fields(cls):
            value = d.pop(name) if required else d.pop(name, None)
            values[name] = read(value) if value is not None else None if required else UNSET
        model = cast(Callable[..., Self], cls)(**values)
        model.additional_properties = d
        return model


def unknown_last(cls: type, fields: list[attrs.Attribute[Any]]) -> list[attrs.Attribute[Any]]:
    """A model's fields in their declared order, then ``additional_properties`` (as its repr shows them)."""
    return sorted(fields, key=lambda field: field.name == "additional_properties")


class OpenEnum(OpenStrEnum):
    """A v1 enum that keeps a value Sezzle added later instead of failing the response (``is_known``)."""


Reader = Callable[[Any], Any]


_FIELDS: dict[type[Model], list[tuple[str, bool, Reader]]] = {}


def _fields(cls: type[Model]) -> list[tuple[str, bool, Reader]]:
    """Each declared field of ``cls``: its name, whether it is required, and how its JSON value reads."""
    if cls not in _FIELDS:
        hints = typing.get_type_hints(cls)
        fields = []
        for field in attrs.fields(cls):
            if field.name != "additional_properties":
                hint = hints[field.name]
                kinds = typing.get_args(hint) if isinstance(hint, types.UnionType) else (hint,)
                (kind,) = (option for option in kinds if option is not Unset)
                fields.append((field.name, Unset not in kinds, _reader(field.name, kind)))
        _FIELDS[cls] = fields
    return _FIELDS[cls]


def _reader(name: str, kind: Any) -> Reader:
    if typing.get_origin(kind) is list:
        (item,) = typing.get_args(kind)
        read = _reader(name, item)
        return lambda value: [read(entry) for entry in _array(name, value)]
    if kind is datetime.datetime:
        return read_datetime
    if kind is Decimal:
        return read_decimal
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return kind
    return cast(Reader, getattr(kind, "from_dict", lambda value: value))  # a model, or a JSON scalar as given


def _array(name: str, value: Any) -> list[Any]:
    if not isinstance(value, list):
        raise TypeError(f"{name} must be a JSON array, got {type(value).__name__}")
    return value


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


def read_datetime(value: Any) -> datetime.datetime:
    """An aware datetime from ISO 8601 text (nanoseconds are cut to microseconds); no offset means UTC."""
    moment = value if isinstance(value, datetime.datetime) else isoparse(value)
    if moment.tzinfo is None or moment.utcoffset() == datetime.timedelta(0):
        return moment.replace(tzinfo=datetime.UTC)
    return moment


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


def metadata_text(value: Any) -> str:
    """A metadata value as text: Sezzle stores strings, but has been seen answering numbers (``123``)."""
    return value if isinstance(value, str) else json.dumps(value, default=str)
