"""Every drift rule: a stable id, its class, and what it detects.

The class is judged from the point of view of code written against the generated package: a change
that makes such code fail (a request the API now rejects, a response the model no longer reads, an
import or attribute that disappears) is breaking; one that may surprise it without failing is a
warning; anything else is information.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum

import attrs


class Severity(StrEnum):
    BREAKING = "breaking"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """0 for the most severe class, so sorting by rank lists breaking changes first."""
        return _RANKS[self]


_RANKS = {Severity.BREAKING: 0, Severity.WARNING: 1, Severity.INFO: 2}


@attrs.frozen
class Rule:
    id: str
    severity: Severity
    summary: str


_B, _W, _I = Severity.BREAKING, Severity.WARNING, Severity.INFO

_ALL = (
    # Operations
    Rule("operation-added", _I, "a new operation"),
    Rule("operation-removed", _B, "an operation was removed"),
    Rule("operation-deprecated", _I, "an operation was marked deprecated"),
    Rule("operation-id-changed", _I, "an operationId changed without changing any generated name"),
    # Parameters (path, query, header, cookie)
    Rule("parameter-added-required", _B, "a new required parameter"),
    Rule("parameter-added-optional", _I, "a new optional parameter"),
    Rule("parameter-removed", _B, "a parameter was removed (its keyword argument goes away)"),
    Rule("parameter-became-required", _B, "an optional parameter became required"),
    Rule("parameter-became-optional", _I, "a required parameter became optional"),
    # Request bodies
    Rule("request-body-added-required", _B, "an operation now requires a request body"),
    Rule("request-body-added-optional", _I, "an operation now accepts an optional request body"),
    Rule("request-body-removed", _B, "an operation no longer takes a request body"),
    Rule("request-body-became-required", _B, "an optional request body became required"),
    Rule("request-body-became-optional", _I, "a required request body became optional"),
    Rule("request-media-type-added", _I, "a request body accepts a new media type"),
    Rule("request-media-type-removed", _B, "a request body no longer accepts a media type"),
    # Request schemas (bodies and parameters)
    Rule("request-property-added-required", _B, "a new required request property"),
    Rule("request-property-added-optional", _I, "a new optional request property"),
    Rule("request-property-removed", _B, "a request property was removed (its attribute goes away)"),
    Rule("request-property-became-required", _B, "an optional request property became required"),
    Rule("request-property-became-optional", _I, "a required request property became optional"),
    Rule("request-type-changed", _B, "the type of a request value changed (enum constraint included)"),
    Rule("request-format-changed", _B, "the format of a request value changed"),
    Rule("request-enum-value-added", _I, "a request enum accepts a new value"),
    Rule("request-enum-value-removed", _B, "a request enum no longer accepts a value"),
    Rule("request-became-nullable", _I, "a request value now accepts null"),
    Rule("request-became-non-nullable", _B, "a request value no longer accepts null"),
    Rule(
        "request-bound-tightened",
        _B,
        "a request minimum (value, length, items) rose or a maximum fell, or one was added",
    ),
    Rule("request-bound-loosened", _I, "a request minimum fell or a maximum rose, or one was removed"),
    Rule("request-pattern-added", _B, "a request value must now match a pattern"),
    Rule("request-pattern-changed", _W, "a request value must match another pattern"),
    Rule("request-pattern-removed", _I, "a request value no longer has to match a pattern"),
    Rule("request-default-changed", _W, "the default of an omitted request value changed"),
    Rule("request-default-added", _I, "an omitted request value now has a documented default"),
    Rule("request-default-removed", _I, "an omitted request value no longer has a documented default"),
    # Responses
    Rule("response-success-status-added", _W, "an operation has a new success status"),
    Rule("response-success-status-removed", _B, "an operation lost a success status"),
    Rule("response-error-status-added", _I, "an operation documents a new error status"),
    Rule("response-error-status-removed", _I, "an operation no longer documents an error status"),
    Rule("response-media-type-added", _I, "a response has a new media type"),
    Rule("response-media-type-removed", _B, "a response lost a media type"),
    Rule("response-property-added", _I, "a new response property"),
    Rule("response-property-removed", _B, "a response property was removed (its attribute goes away)"),
    Rule("response-property-became-optional", _B, "a required response property became optional"),
    Rule(
        "response-property-became-required",
        _W,
        "an optional response property became required (the generated reader fails when it is missing)",
    ),
    Rule("response-type-changed", _B, "the type of a response value changed (enum constraint included)"),
    Rule("response-format-changed", _B, "the format of a response value changed"),
    Rule("response-enum-value-added", _W, "a response enum has a new value (kept as an unknown member)"),
    Rule("response-enum-value-removed", _B, "a response enum lost a value (its member goes away)"),
    Rule("response-became-nullable", _W, "a response value may now be null"),
    Rule("response-became-non-nullable", _I, "a response value is no longer null"),
    Rule("schema-variants-changed", _W, "the number of oneOf/anyOf alternatives changed"),
    Rule("format-changed-same-type", _I, "a format changed without changing the generated Python type"),
    # Security and servers
    Rule("security-tightened", _B, "an operation's security accepts less than before"),
    Rule("security-relaxed", _I, "an operation's security accepts more than before"),
    Rule("security-scheme-changed", _B, "a security scheme's definition changed"),
    Rule("server-added", _I, "a new server URL"),
    Rule("server-removed", _B, "a server URL was removed"),
    # Generated Python names
    Rule("python-function-renamed", _B, "an operation's generated module and functions were renamed"),
    Rule("python-module-moved", _B, "an operation's generated module moved to another tag package"),
    Rule("python-argument-renamed", _B, "a generated keyword argument was renamed"),
    Rule("python-class-renamed", _B, "a generated model or enum class was renamed"),
    Rule("python-class-removed", _B, "a generated model or enum class goes away"),
    Rule("python-class-added", _I, "a new generated model or enum class"),
    Rule("python-attribute-renamed", _B, "a generated attribute was renamed"),
)

RULES: Mapping[str, Rule] = {rule.id: rule for rule in _ALL}


def severity_of(rule_id: str) -> Severity:
    return RULES[rule_id].severity
