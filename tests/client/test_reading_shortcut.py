"""The shortcut for answers that fit as they are reads exactly what the full walk reads.

``read_model`` first asks a predicate compiled from the model's annotations whether the answer fits with
nothing to set aside, and hands it straight to ``from_dict`` if so; otherwise it takes the full walk that
names misfits and keeps strays. These tests mutate a realistic order every way the predicate could get
wrong and check that both paths give the same model (with the same ``additional_properties``) or the same
error.
"""

from __future__ import annotations

import copy
import datetime
from typing import Any

import pytest
from dateutil.parser import isoparse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sezzle._core.reading import (
    _DATE,
    _DATE_TIME,
    Misfit,
    _fits_for,
    _parses,
    _parses_as,
    _read_with_strays,
    read_model,
)
from sezzle_api.models import Order, OrderTransaction, Session

GATEWAY = "https://sandbox.gateway.sezzle.com/v2/order/0b8e"


def _price(cents: int) -> dict[str, Any]:
    return {"amount_in_cents": cents, "currency": "USD"}


ADDRESS = {"name": "Ada", "street": "1 Main St", "city": "Minneapolis", "state": "MN", "postal_code": "55401"}
ORDER: dict[str, Any] = {
    "uuid": "0b8e",
    "links": [{"href": GATEWAY, "method": "GET", "rel": "self"}, {"href": GATEWAY + "/capture", "method": "POST"}],
    "intent": "AUTH",
    "reference_id": "cart-1042",
    "metadata": {"store_id": "s-17"},
    "order_amount": _price(12000),
    "authorization": {
        "authorization_amount": _price(12000),
        "approved": True,
        "expiration": "2026-12-01T23:51:25.383Z",
        "captures": [{"uuid": "c-1", "amount": _price(8000)}],
        "releases": [],
    },
    "checkout_status": "completed",
    "checkout_expiration": "2026-12-02T23:21:25+01:00",
    "items": [{"name": "Socks", "sku": None, "quantity": "2", "price": _price(2000)}],
    "customer": {"email": "ada@example.com", "dob": "1990-02-03", "billing_address": ADDRESS},
    "is_upcharge": False,
}

JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-3, 3)
    | st.floats(allow_nan=False, width=16)
    | st.sampled_from(["", "x", "AUTH", "completed", "2026-12-01", "2026-12-01T10:00:00Z", "2026-13-01T10:00:00Z"]),
    lambda inner: st.lists(inner, max_size=2) | st.dictionaries(st.sampled_from(["href", "uuid", "x"]), inner),
    max_leaves=4,
)


def _places(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _places(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _places(item, (*path, index))
    return found


PLACES = [place for place in _places(ORDER) if place]


def _mutated(changes: list[tuple[tuple[Any, ...], Any]]) -> dict[str, Any]:
    data = copy.deepcopy(ORDER)
    for place, new in changes:
        target: Any = data
        try:
            for part in place[:-1]:
                target = target[part]
            if new == "<delete>":
                del target[place[-1]]
            else:
                target[place[-1]] = new
        except (KeyError, IndexError, TypeError):
            continue  # an earlier change removed or replaced the place
    return data


def _outcome(model: type[Any], data: Any, read: Any) -> Any:
    try:
        return ("read", read(model, data))
    except Misfit as misfit:
        return ("misfit", str(misfit))
    except Exception as exc:
        return ("error", type(exc).__name__)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(PLACES), st.just("<delete>") | JSON), max_size=3))
def test_a_mutated_order_reads_the_same_either_way(changes: list[tuple[tuple[Any, ...], Any]]) -> None:
    data = _mutated(changes)
    assert _outcome(Order, data, read_model) == _outcome(Order, copy.deepcopy(data), _read_with_strays)


@pytest.mark.parametrize(
    ("model", "data"),
    [
        (Order, ORDER),
        (OrderTransaction, {"uuid": "c-1", "amount": _price(1)}),
        (Session, {"uuid": "s-1", "order": {"uuid": "o", "checkout_url": "https://c", "links": [], "intent": "AUTH"}}),
    ],
)
def test_answers_that_fit_take_the_shortcut_and_read_the_same(model: type[Any], data: dict[str, Any]) -> None:
    assert _fits_for(model)(data)
    assert read_model(model, data) == _read_with_strays(model, data)


def test_answers_that_need_the_walk_do_not_take_the_shortcut() -> None:
    with_stray = copy.deepcopy(ORDER)
    with_stray["customer"]["dob"] = "not a date"
    assert not _fits_for(Order)(with_stray)
    assert read_model(Order, with_stray).customer["dob"] == "not a date"  # type: ignore[index]
    unknown_status = {**ORDER, "checkout_status": "on_hold"}  # enums keep values Sezzle adds later
    assert read_model(Order, unknown_status) == _read_with_strays(Order, unknown_status)


@given(st.from_regex(_DATE_TIME, fullmatch=True))
def test_the_date_time_shortcut_agrees_with_isoparse(text: str) -> None:
    assert _parses_as(text, _DATE_TIME, datetime.datetime.fromisoformat) == _parses(text)


@given(st.from_regex(_DATE, fullmatch=True))
def test_the_date_shortcut_agrees_with_isoparse(text: str) -> None:
    assert _parses_as(text, _DATE, datetime.date.fromisoformat) == _parses(text)


@pytest.mark.parametrize(
    "text",
    ["2026-12-01T23:51:25.383Z", "2026-12-01T23:51:25-00:00", "2026-02-29T00:00:00Z", "2026-12-01T24:00:00Z"],
)
def test_date_time_edges_agree_with_isoparse(text: str) -> None:
    try:
        isoparse(text)
        expected = True
    except ValueError:
        expected = False
    assert _parses_as(text, _DATE_TIME, datetime.datetime.fromisoformat) == expected
