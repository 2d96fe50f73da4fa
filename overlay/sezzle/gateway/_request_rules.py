"""The request rules, applied to every body before its operation runs.

The merged spec (and, for v1, our description of its pages) is the one statement of what Sezzle
accepts (:func:`sezzle._core.rules.rules`); the client's pre-send checks read the same rules, so the two
cannot disagree. The first violation is answered the way Sezzle answers it: a wrong JSON type or a
missing required field is a malformed request (400 ``bad_request``), any other broken rule is 422
``invalid``; ``location`` is the field at fault.

Sezzle reads JSON null in an optional field as absent, so a body is checked twice: as sent, and as read
with its nulls left out. The second catches rules that depend on a field being absent (an upcharge with
``upcharge_amount: null`` needs the amount at the top level).
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any

from sezzle._core.rules import rules
from sezzle._core.schema import Violation
from sezzle.gateway._checked_fields import parse_json_object
from sezzle.gateway._problem import Problem, bad_request, invalid

__all__ = ["check", "has_rules", "read_body", "without_nulls"]

MALFORMED = frozenset({"type", "required", "json", "depth"})
"""Keywords whose violation makes the request malformed (400) rather than a broken rule (422)."""


@functools.cache
def _operations() -> frozenset[str]:
    return frozenset(rules().operations())


def has_rules(operation: str) -> bool:
    """Whether ``operation`` (``POST /v2/session``) has a JSON body the rules state: every v2 one from
    the spec, and v1's from our description of its pages (``openapi/v1/requests.yaml``)."""
    return operation in _operations()


def refusal(violation: Violation, relocate: tuple[str, str] | None = None) -> Problem:
    """The Sezzle error for one violation; ``relocate`` rewrites a location prefix (old, new)."""
    location = violation.location
    message = violation.message
    if relocate is not None and location.startswith(relocate[0]):
        location = relocate[1] + location[len(relocate[0]) :]
        message = message.replace(violation.location, location, 1)
    if violation.keyword in MALFORMED:
        return bad_request(message, location or None)
    return invalid(message, location or None)


def check(operation: str, data: Any, relocate: tuple[str, str] | None = None) -> None:
    """Refuse ``data`` with its first violation of ``operation``'s body rules."""
    violations = rules().violations(operation, data)
    if violations:
        raise refusal(violations[0], relocate)


def without_nulls(value: Any) -> Any:
    """``value`` as Sezzle reads it: object members that are JSON null left out, at every depth."""
    if isinstance(value, Mapping):
        return {key: without_nulls(item) for key, item in value.items() if item is not None}
    if isinstance(value, list):
        return [without_nulls(item) for item in value]
    return value


def read_body(operation: str, body: bytes) -> dict[str, Any]:
    """The JSON object of a request for ``operation``, refused unless the spec's rules accept it.

    A body that is not JSON, or not a JSON object, is refused before any rule (400); an empty body
    reads as an empty object. Returns the object as read, nulls left out.
    """
    data = parse_json_object(body).data
    check(operation, data)
    read: dict[str, Any] = without_nulls(data)
    check(operation, read)
    return read
