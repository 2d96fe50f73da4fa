"""Where the gateway and the spec disagree, as found by the contract tests: what, where, and which side must change.

Each entry recognises exactly the schemathesis failures it explains (failure code, operation, and what
was sent and answered), so any other failure still fails ``test_gateway_conforms``. Each is also
reproduced by a plain test in ``test_known_mismatches.py`` that asserts the conforming behaviour and is
expected to fail, strictly: once the named side is fixed that test passes, pytest reports it, the entry
is deleted here and the test moves to ``test_pinned_cases.py`` without its mark.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

import attrs
from schemathesis import Case, Response
from schemathesis.core.failures import Failure

Observed = Callable[[Failure, Case, Response], bool]


@attrs.frozen
class Mismatch:
    name: str
    side: str
    """``gateway`` or ``spec``: what must change."""
    detail: str
    """What disagrees, where, and the fix."""
    codes: frozenset[str]
    """The schemathesis failure codes it shows up as."""
    observed: Observed = attrs.field(repr=False)
    """Whether an exchange shows this mismatch."""

    def explains(self, failure: Failure, case: Case, response: Response) -> bool:
        return failure.code in self.codes and self.observed(failure, case, response)


def _errors(response: Response) -> list[dict[str, Any]]:
    try:
        body = json.loads(response.content)
    except ValueError:
        return []
    return [item for item in body if isinstance(item, dict)] if isinstance(body, list) else []


def _refused_at(response: Response, status: int, *locations: str) -> bool:
    return response.status_code == status and any(error.get("location") in locations for error in _errors(response))


def _label(case: Case) -> str:
    return f"{case.operation.method.upper()} {case.operation.path}"


def _refused_for(response: Response, status: int, ending: tuple[str, ...], words: str) -> bool:
    return response.status_code == status and any(
        str(error.get("location", "")).endswith(ending) and words in str(error.get("message", ""))
        for error in _errors(response)
    )


_INCORRECT_TYPE = re.compile(r"in body - ([\w -]+?(?: -> [\w -]+?)*): Incorrect type")


def _null_named_in(failure: Failure, case: Case) -> bool:
    """The failure names a body field whose wrong type is a JSON null."""
    match = _INCORRECT_TYPE.search(str(failure))
    if match is None:
        return False
    node: Any = case.body
    for key in match.group(1).split(" -> "):
        node = node.get(key, ...) if isinstance(node, dict) else ...
    return node is None


KNOWN: tuple[Mismatch, ...] = ()

BEYOND_SCHEMA = (
    Mismatch(
        "date-range-order",
        "neither",
        "start-date and end-date are each valid dates, but an end-date before the start-date is refused: a rule "
        "across two parameters, which JSON Schema cannot state, so schemathesis takes the pair for valid data. "
        "Not a mismatch; the spec's parameter descriptions say it.",
        frozenset({"ST202"}),
        lambda failure, case, response: (
            response.status_code in (400, 422)
            and any(str(error.get("location")) == "end-date" for error in _errors(response))
        ),
    ),
    Mismatch(
        "one-currency-per-order",
        "neither",
        "every amount of one order (order, shipping, tax, items, discounts; captures and refunds later) must be in the "
        "order's currency, and the gateway refuses others (422 currency_mismatch): a rule comparing two fields' "
        "values, which JSON Schema cannot state. Not a mismatch.",
        frozenset({"ST202"}),
        lambda failure, case, response: (
            response.status_code == 422 and any(error.get("code") == "currency_mismatch" for error in _errors(response))
        ),
    ),
    Mismatch(
        "idempotency-key-reused",
        "neither",
        "a Sezzle-Request-Id already used for a different request is refused (422 idempotency_key_reused): a rule "
        "across requests, which no schema can state. Not a mismatch: it is how idempotency keys work.",
        frozenset({"ST202"}),
        lambda failure, case, response: (
            response.status_code == 422
            and any(error.get("code") == "idempotency_key_reused" for error in _errors(response))
        ),
    ),
)
"""Refusals of data the schema calls valid that no schema could call invalid: never failures, with the reason."""


def explained(failure: Failure, case: Case, response: Response) -> bool:
    return any(mismatch.explains(failure, case, response) for mismatch in (*KNOWN, *BEYOND_SCHEMA))
