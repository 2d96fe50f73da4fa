"""JSON pointers and structural comparison of OpenAPI fragments."""

from __future__ import annotations

from typing import Any

# Keys that only document; two definitions differing only here mean the same thing.
DOC_KEYS = frozenset({"description", "summary", "example", "examples"})
# Keys whose value maps user-chosen names to definitions: a property called ``description`` is
# structure, not documentation.
NAME_MAPS = frozenset(
    {
        "properties",
        "patternProperties",
        "$defs",
        "definitions",
        "dependentSchemas",
        "content",
        "headers",
        "links",
        "callbacks",
        "encoding",
        "variables",
        "responses",
        "mapping",
    }
)


def escape(token: object) -> str:
    return str(token).replace("~", "~0").replace("/", "~1")


def pointer(*tokens: object) -> str:
    return "".join("/" + escape(token) for token in tokens)


def strip_docs(node: Any, in_name_map: bool = False) -> Any:
    """The structure of a fragment: the same fragment with documentation keys removed."""
    if isinstance(node, dict):
        return {
            key: strip_docs(value, in_name_map=not in_name_map and key in NAME_MAPS)
            for key, value in node.items()
            if in_name_map or key not in DOC_KEYS
        }
    if isinstance(node, list):
        return [strip_docs(item) for item in node]
    return node


def first_difference(left: Any, right: Any, at: str = "") -> str | None:
    """The JSON pointer of the first place where two fragments differ, or None if they are equal."""
    if type(left) is not type(right):
        return at or "/"
    if isinstance(left, dict):
        keys = list(left) + [key for key in right if key not in left]
        for key in keys:
            here = at + "/" + escape(key)
            if key not in left or key not in right:
                return here
            found = first_difference(left[key], right[key], here)
            if found is not None:
                return found
        return None
    if isinstance(left, list):
        for index in range(max(len(left), len(right))):
            here = f"{at}/{index}"
            if index >= len(left) or index >= len(right):
                return here
            found = first_difference(left[index], right[index], here)
            if found is not None:
                return found
        return None
    return None if left == right else (at or "/")
