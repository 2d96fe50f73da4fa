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


def unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


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


def differences(left: Any, right: Any, at: str = "") -> list[str]:
    """The JSON pointers of every place where two fragments differ (the deepest differing node each)."""
    if type(left) is not type(right):
        return [at or "/"]
    if isinstance(left, dict):
        found: list[str] = []
        for key in list(left) + [key for key in right if key not in left]:
            here = at + "/" + escape(key)
            if key not in left or key not in right:
                found.append(here)
            else:
                found.extend(differences(left[key], right[key], here))
        return found
    if isinstance(left, list):
        found = []
        for index in range(max(len(left), len(right))):
            here = f"{at}/{index}"
            if index >= len(left) or index >= len(right):
                found.append(here)
            else:
                found.extend(differences(left[index], right[index], here))
        return found
    return [] if left == right else [at or "/"]


def first_difference(left: Any, right: Any, at: str = "") -> str | None:
    """The JSON pointer of the first place where two fragments differ, or None if they are equal."""
    found = differences(left, right, at)
    return found[0] if found else None
