"""Find where parsed data landed: every additional_properties entry in a parsed model tree."""

from __future__ import annotations

import re
from typing import Any

import attrs
from dateutil.parser import isoparse


def unmodelled(value: Any, at: str = "") -> dict[str, Any]:
    """Map of dotted paths to values that the parser kept in ``additional_properties``."""
    found: dict[str, Any] = {}
    if isinstance(value, list):
        for index, item in enumerate(value):
            found.update(unmodelled(item, f"{at}[{index}]"))
    elif attrs.has(type(value)):
        declared = [field for field in attrs.fields(type(value)) if field.name != "additional_properties"]
        if not declared:  # a map model (such as metadata): its keys are its data
            return found
        for key, extra in getattr(value, "additional_properties", {}).items():
            found[f"{at}.{key}".lstrip(".")] = extra
        for field in attrs.fields(type(value)):
            if field.name != "additional_properties":
                found.update(unmodelled(getattr(value, field.name), f"{at}.{field.name}"))
    return found


def to_plain(value: Any) -> Any:
    if isinstance(value, list):
        return [to_plain(item) for item in value]
    return value.to_dict() if hasattr(value, "to_dict") else value


_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}")


def same_values(value: Any) -> Any:
    """The value with date-time strings turned into datetimes, so '...000Z' equals '...+00:00'."""
    if isinstance(value, dict):
        return {key: same_values(item) for key, item in value.items()}
    if isinstance(value, list):
        return [same_values(item) for item in value]
    if isinstance(value, str) and _DATETIME.match(value):
        return isoparse(value)
    return value
