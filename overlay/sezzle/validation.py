"""The generated models' field types (for reading answers), and path ids and query texts that cannot move the URL.

No rule of the API is restated here: request rules come from the spec (``sezzle._core.rules``), and the
types of a public method's arguments from its signature (``sezzle._core.arguments``).
"""

from __future__ import annotations

import sys
import typing
from typing import Any

import sezzle_api.models
from sezzle.errors import InvalidInputError

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
        raise InvalidInputError(field, f"must be a string, got {'None' if value is None else type(value).__name__}")
    if len(value) > MAX_QUERY_TEXT:
        raise InvalidInputError(field, f"must be at most {MAX_QUERY_TEXT} characters, got {len(value)}")
    return value
