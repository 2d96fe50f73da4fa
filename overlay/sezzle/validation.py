"""Check Python values against generated model annotations, and keep path ids from moving the URL.

Types and required fields come from the generated models themselves (their attrs fields and
annotations); no rule of the API is restated here (request rules come from the spec, see ``_rules``).
"""

from __future__ import annotations

import datetime
import enum
import sys
import types
import typing
from collections.abc import Mapping
from typing import Any, Union

import attrs

import sezzle_api.models
from sezzle.errors import InvalidInputError
from sezzle_api.types import Unset

_HINTS: dict[type[Any], dict[str, Any]] = {}


def field_hints(model: type[Any]) -> dict[str, Any]:
    """Resolved field annotations of a generated model, worked out once per model.

    A generated model's module imports every model it nests, so its own names resolve its annotations;
    a name found nowhere there is looked up in the whole models package (which loads every model).
    """
    hints = _HINTS.get(model)
    if hints is None:
        namespace: dict[str, Any] = {}
        for cls in reversed(model.__mro__):  # a subclass (``ReauthorizationResult``) reads its bases' names too
            namespace.update(vars(sys.modules[cls.__module__]))
        try:
            hints = typing.get_type_hints(model, globalns=namespace)
        except NameError:
            everything = {name: getattr(sezzle_api.models, name) for name in sezzle_api.models.__all__}
            hints = typing.get_type_hints(model, globalns={**everything, **namespace})
        _HINTS[model] = hints
    return hints


def _kind(value: Any) -> str:
    return "None" if value is None else type(value).__name__


def _name(hint: Any) -> str:
    return getattr(hint, "__name__", str(hint))


def _check_model(value: Any, model: type[Any], field: str) -> None:
    fields = [item for item in attrs.fields(model) if item.name != "additional_properties"]
    hints = field_hints(model)
    prefix = f"{field}." if field else ""
    if isinstance(value, model):
        for item in fields:
            check(getattr(value, item.name), hints[item.name], prefix + item.name)
        return
    if not isinstance(value, Mapping):
        raise InvalidInputError(field or model.__name__, f"must be a {model.__name__} or a mapping, got {_kind(value)}")
    for item in fields:
        if item.name in value:
            check(value[item.name], hints[item.name], prefix + item.name)
        elif item.default is attrs.NOTHING:
            raise InvalidInputError(prefix + item.name, "is required")


def check(value: Any, hint: Any, field: str) -> None:
    """Raise ``InvalidInputError`` unless ``value`` fits the annotation ``hint``."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (Union, types.UnionType):
        if isinstance(value, Unset) and Unset in args:
            return
        if value is None and type(None) in args:
            return
        options = [arg for arg in args if arg not in (Unset, type(None))]
        failures: list[InvalidInputError] = []
        for option in options:
            try:
                check(value, option, field)
                return
            except InvalidInputError as failure:
                failures.append(failure)
        if len(failures) == 1:
            raise failures[0]
        raise InvalidInputError(field, "must be one of " + ", ".join(_name(option) for option in options))
    if hint is Any:
        return
    if origin is list:
        if not isinstance(value, list | tuple):
            raise InvalidInputError(field, f"must be a list, got {_kind(value)}")
        for index, item in enumerate(value):
            check(item, args[0], f"{field}[{index}]")
        return
    if origin is dict:
        if not isinstance(value, Mapping):
            raise InvalidInputError(field, f"must be a mapping, got {_kind(value)}")
        return
    if hint is bool:
        if not isinstance(value, bool):
            raise InvalidInputError(field, f"must be true or false, got {_kind(value)}")
    elif hint is int:
        if isinstance(value, bool) or not isinstance(value, int):
            detail = f" {value!r}" if isinstance(value, float) else ""
            raise InvalidInputError(field, f"must be an integer, got {_kind(value)}{detail}")
    elif hint is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise InvalidInputError(field, f"must be a number, got {_kind(value)}")
    elif hint is str:
        if not isinstance(value, str):
            raise InvalidInputError(field, f"must be a string, got {_kind(value)}")
    elif hint is datetime.datetime:
        if not isinstance(value, datetime.datetime) or value.tzinfo is None:
            raise InvalidInputError(field, "must be a timezone-aware datetime")
    elif hint is datetime.date:
        if not isinstance(value, datetime.date) or isinstance(value, datetime.datetime):
            raise InvalidInputError(field, f"must be a date, got {_kind(value)}")
    elif isinstance(hint, type) and issubclass(hint, enum.Enum):
        allowed = [member.value for member in hint]
        raw = value.value if isinstance(value, hint) else value
        if raw not in allowed:
            raise InvalidInputError(field, f"must be one of {', '.join(map(str, allowed))}, got {raw!r}")
    elif isinstance(hint, type) and attrs.has(hint):
        _check_model(value, hint, field)


MAX_PATH_ID = 255  # longer than any id Sezzle issues or any reference it accepts


def path_id(field: str, value: str) -> str:
    """A path parameter: a non-empty string that cannot change the URL's shape.

    ``.`` and ``..`` would be normalized away (``orders.capture("..")`` would post to ``/v2/capture``),
    and the characters below would end or escape the segment.
    """
    if not isinstance(value, str) or not value.strip():
        raise InvalidInputError(field, "must be a non-empty string")
    if value in (".", ".."):
        raise InvalidInputError(field, "must not be '.' or '..' (it would move the URL)")
    if len(value) > MAX_PATH_ID:
        raise InvalidInputError(field, f"must be at most {MAX_PATH_ID} characters, got {len(value)}")
    if any(char in value for char in "/?#%\\") or any(char.isspace() or not char.isprintable() for char in value):
        raise InvalidInputError(field, "must not contain '/', '?', '#', '%', '\\', whitespace or control characters")
    return value


MAX_QUERY_TEXT = 2048  # longer than any value Sezzle's query parameters take; URLs past ~8 kB are refused


def query_text(field: str, value: str) -> str:
    """A text query parameter: a string short enough that the URL holding it can be sent."""
    if not isinstance(value, str):
        raise InvalidInputError(field, f"must be a string, got {_kind(value)}")
    if len(value) > MAX_QUERY_TEXT:
        raise InvalidInputError(field, f"must be at most {MAX_QUERY_TEXT} characters, got {len(value)}")
    return value
