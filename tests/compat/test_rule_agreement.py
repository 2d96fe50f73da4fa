"""The client and the gateway judge requests by one set of rules, so they cannot disagree.

Over bodies real integrations send, with their money fields replaced by any JSON value (whole cents
in and out of range, floats, text, booleans, null) and unknown keys added: a body the client accepts
the gateway accepts (its request reading is ``rules().violations``), and a body the gateway refuses
for a reason the client checks is refused by the client first, naming the same field.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sezzle import InvalidInputError
from sezzle._core.rules import MONEY, checked_json, rules
from tests.compat.corpus import load_corpus

BODIES = [(f"{e.method} {e.path}", e.body) for e in load_corpus() if e.api == "v2" and "amount-string" not in e.traits]


def money_paths(data: Any, schema: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Where the client's rules say money, in this body."""
    if not isinstance(schema, dict):
        return
    if schema.get(MONEY):
        yield path
    for keyword in ("allOf", "anyOf", "oneOf"):
        for member in schema.get(keyword) or []:
            yield from money_paths(data, member, path)
    if isinstance(data, dict):
        for name, sub in (schema.get("properties") or {}).items():
            if name in data:
                yield from money_paths(data[name], sub, (*path, name))
    elif isinstance(data, list) and isinstance(schema.get("items"), dict):
        for index, item in enumerate(data):
            yield from money_paths(item, schema["items"], (*path, index))


def dotted(path: tuple[Any, ...]) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


MONEY_VALUES = st.one_of(
    st.integers(min_value=-(2**33), max_value=2**33),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=6),
    st.booleans(),
    st.none(),
)


@st.composite
def mutated(draw: st.DrawFn) -> tuple[str, Any, set[str]]:
    operation, body = draw(st.sampled_from(BODIES))
    body = copy.deepcopy(body)
    paths = sorted(set(money_paths(body, rules().client_schema(operation))), key=str)
    changed: set[str] = set()
    for path in draw(st.lists(st.sampled_from(paths), max_size=3, unique=True)) if paths else []:
        node = body
        for part in path[:-1]:
            node = node[part]
        node[path[-1]] = draw(MONEY_VALUES)
        changed.add(dotted(path))
    if draw(st.booleans()):
        body[draw(st.text(min_size=1, max_size=8))] = draw(st.one_of(st.none(), st.integers(), st.text(max_size=4)))
    return operation, body, changed


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_client_and_gateway_agree(case: tuple[str, Any, set[str]]) -> None:
    operation, body, changed = case
    refused = rules().violations(operation, body)
    failure: InvalidInputError | None = None
    try:
        checked_json(operation, body)
    except InvalidInputError as error:
        failure = error
    if failure is None:
        assert refused == []  # accepted by the client: accepted by the gateway
        return
    # The client refuses only money that was changed, and where the gateway refuses it too, it names the
    # same field; a float or text that happens to be integral (100.0) the gateway reads, the client does not.
    assert failure.field in changed
    assert {v.location for v in refused} & {failure.field} or isinstance(
        _value(body, failure.field), bool | float | str
    )


def _value(body: Any, field: str) -> Any:
    node = body
    for part in field.replace("[", ".").replace("]", "").split("."):
        node = node[int(part)] if isinstance(node, list) else node[part]
    return node
