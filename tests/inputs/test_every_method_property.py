"""Every public client method, given anything: refused (InvalidInputError, nothing sent) or sent well-formed.

The methods are enumerated from the client's namespaces (v2, v1 and links), and each one's arguments
are drawn from its own annotations mixed with what callers get wrong: other types, None, huge or
non-ASCII text, control characters, Decimal, set and object(). The gateway (pytest-httpx) answers 400,
so an accepted call ends in the API's error; the property is about what the client lets out.
"""

from __future__ import annotations

import collections.abc
import datetime
import enum
import inspect
import json
import os
import re
import types
import typing
from collections.abc import Callable, Iterator
from typing import Any, Union

import attrs
import httpx
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from pytest_httpx import HTTPXMock

from sezzle import APIStatusError, InvalidInputError, Sezzle
from sezzle._core.sender import NotGiven
from sezzle.validation import field_hints
from tests.client.conftest import BASE, NO_WAIT, PRIVATE_KEY, PUBLIC_KEY, TOKEN, expires_in

EXAMPLES = int(os.environ.get("SEZZLE_PROPERTY_EXAMPLES", "60"))
V1_PATHS = [
    "/v1/checkouts",
    "/v1/checkouts/{reference}/complete",
    "/v1/configuration",
    "/v1/interest/activity",
    "/v1/interest/balance",
    "/v1/orders/{reference}",
    "/v1/orders/{reference}/refund",
    "/v1/settlements/details/{payout}",
    "/v1/settlements/summaries",
]
SEGMENT = r"(?!\.\.?(?:/|$))[^/?#\\\s]+"  # one path segment (percent-encoded) that cannot move the URL


def documented_paths() -> list[re.Pattern[str]]:
    with open("openapi/sezzle-api.json", encoding="utf-8") as spec:
        paths = list(json.load(spec)["paths"])
    return [re.compile(re.sub(r"\\\{[^}]+\\\}", lambda _: SEGMENT, re.escape(path))) for path in [*paths, *V1_PATHS]]


PATHS = documented_paths()


def namespaces(client: Sezzle) -> dict[str, object]:
    found: dict[str, object] = {}
    for name in ("sessions", "card_sessions", "orders", "customers", "tokens", "webhooks", "reports", "links"):
        found[name] = getattr(client, name)
    for name in ("configuration", "checkouts", "orders", "settlements", "interest"):
        found[f"v1.{name}"] = getattr(client.v1, name)
    return found


def public_methods() -> list[str]:
    client = Sezzle(PUBLIC_KEY, PRIVATE_KEY, base_url=BASE)
    names = []
    for space, namespace in namespaces(client).items():
        for name, member in inspect.getmembers(type(namespace)):
            if not name.startswith("_") and inspect.isfunction(member):
                names.append(f"{space}.{name}")
    return sorted(names)


METHODS = public_methods()

# What callers get wrong, whatever the parameter.
HUGE = "x" * 100_000
WRONG = st.one_of(
    st.none(),
    st.just(""),
    st.just(HUGE),
    st.sampled_from([".", "..", "a/b", "a?b", "a#b", "%2e%2e", "a b", "a\nb", "a\x00b", "\u0661\u0660\u0660", "1_000"]),
    st.text(max_size=12),
    st.text(st.characters(min_codepoint=128), min_size=1, max_size=8),
    st.text(st.characters(max_codepoint=31), min_size=1, max_size=4),
    st.decimals(allow_nan=True, allow_infinity=True),
    st.sets(st.integers(), max_size=2),
    st.builds(object),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(),
    st.booleans(),
    st.lists(st.one_of(st.integers(), st.none(), st.builds(object)), max_size=3),
    st.dictionaries(st.text(max_size=4), st.one_of(st.integers(), st.decimals(), st.sets(st.integers())), max_size=2),
    st.dates(),
    st.just(b"bytes"),
)
IDS = st.from_regex(r"[A-Za-z0-9_-]{1,24}", fullmatch=True)
JSON = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(-(10**6), 10**6), IDS),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(IDS, inner, max_size=3),
    max_leaves=6,
)


LINKS = st.one_of(
    st.sampled_from([f"{BASE}/v2/order/o-1", f"{BASE}/v2/order/o-1/capture", "/v2/customer/c-1", "/v2/webhooks"]),
    IDS.map(lambda text: f"{BASE}/v2/session/{text}"),
    st.text(max_size=30).map(lambda text: f"/v2/order/{text}"),
    st.sampled_from(["http://[", "/v2/../x", "/v2/order/\x00", "/v2/" + HUGE, "/v2/order/", "/elsewhere"]),
)


def strategy_for(hint: Any, depth: int = 0) -> st.SearchStrategy[Any]:
    """Values that fit ``hint`` (the argument the method asks for), roughly as a caller would pass them."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (Union, types.UnionType):
        return st.one_of(*(strategy_for(arg, depth) for arg in args))
    if hint is type(None):
        return st.none()
    if origin is typing.Literal:
        return st.sampled_from(args)
    if origin in (collections.abc.Sequence, list, tuple, collections.abc.Iterable):
        return st.lists(strategy_for(args[0] if args else Any, depth + 1), max_size=3)
    if origin in (collections.abc.Mapping, dict) or hint in (collections.abc.Mapping, dict):
        return st.dictionaries(IDS, JSON, max_size=3)
    if hint is str:
        return IDS
    if hint is bool:
        return st.booleans()
    if hint is int:
        return st.integers(-5, 10**6)
    if hint is float:
        return st.floats(0.1, 60)
    if hint is datetime.datetime:
        return st.datetimes(timezones=st.just(datetime.UTC))
    if hint is datetime.date:
        return st.dates(datetime.date(2019, 1, 1), datetime.date(2030, 1, 1))
    if hint is NotGiven:
        return st.just(NotGiven())
    if hint is httpx.Timeout:
        return st.just(httpx.Timeout(5.0))
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return st.sampled_from(list(hint))
    if isinstance(hint, type) and attrs.has(hint):
        if hint.__name__ == "Link":
            return st.fixed_dictionaries(
                {"href": LINKS, "method": st.sampled_from(["GET", "POST", "PATCH", "DELETE", "GET\n", ""])}
            )
        if hint.__name__ == "Price" or depth > 2:
            return st.fixed_dictionaries({"amount_in_cents": st.integers(100, 10**6), "currency": st.just("USD")})
        hints = field_hints(hint)
        fields = {
            field.name: strategy_for(hints[field.name], depth + 1)
            for field in attrs.fields(hint)
            if field.name != "additional_properties" and field.default is attrs.NOTHING
        }
        return st.fixed_dictionaries(fields)
    return JSON


def argument(hint: Any) -> st.SearchStrategy[Any]:
    return st.one_of(strategy_for(hint), strategy_for(hint), WRONG)


def method_of(client: Sezzle, dotted: str) -> Callable[..., Any]:
    space, name = dotted.rsplit(".", 1)
    return getattr(namespaces(client)[space], name)  # type: ignore[no-any-return]


def arguments_for(method: Callable[..., Any]) -> st.SearchStrategy[dict[str, Any]]:
    function = inspect.unwrap(method)
    hints = typing.get_type_hints(function)
    required: dict[str, st.SearchStrategy[Any]] = {}
    optional: dict[str, st.SearchStrategy[Any]] = {}
    fitting: dict[str, st.SearchStrategy[Any]] = {}
    fitting_optional: dict[str, st.SearchStrategy[Any]] = {}
    for name, parameter in inspect.signature(function).parameters.items():
        if name == "self" or parameter.kind in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD):
            continue
        hint = hints.get(name, Any)
        required_ = parameter.default is parameter.empty
        (fitting if required_ else fitting_optional)[name] = strategy_for(hint)
        (required if required_ else optional)[name] = argument(hint)
    # Half the calls fit the signature throughout (so calls get sent); the rest mix in wrong values.
    return st.one_of(
        st.fixed_dictionaries(fitting, optional=fitting_optional), st.fixed_dictionaries(required, optional=optional)
    )


def well_formed(request: httpx.Request, dotted: str) -> None:
    path = request.url.raw_path.split(b"?")[0].decode("ascii")
    if dotted.startswith("links."):
        assert path.startswith("/v"), path
    else:
        prefix = "/v1/" if dotted.startswith("v1.") else "/v2/"
        assert path.startswith(prefix), path
        assert any(pattern.fullmatch(path) for pattern in PATHS), f"{request.method} {path} is no documented path"
    request.url.query.decode("ascii")
    if request.content:
        assert request.headers["Content-Type"] == "application/json"
        json.loads(request.content)
    for value in request.headers.values():
        assert "\n" not in value
        assert "\r" not in value


def consume(result: Any) -> None:
    """Iterators (``iter_settlement_summaries``) send when iterated; reports stream until closed."""
    if isinstance(result, Iterator):
        next(result, None)
    close = getattr(result, "close", None)
    if callable(close):
        close()


@pytest.mark.parametrize("dotted", METHODS)
def test_any_input_is_refused_before_sending_or_sent_well_formed(httpx_mock: HTTPXMock, dotted: str) -> None:
    sent: list[httpx.Request] = []

    def gateway(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/authentication"):
            return httpx.Response(200, json={"token": TOKEN, "expiration_date": expires_in(7200)})
        sent.append(request)
        return httpx.Response(400, json={"message": "refused by the test gateway"})

    httpx_mock.add_callback(gateway, is_reusable=True, is_optional=True)
    client = Sezzle(PUBLIC_KEY, PRIVATE_KEY, base_url=BASE, max_retries=0, retry=NO_WAIT)
    method = method_of(client, dotted)

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(arguments_for(method))
    def check(arguments: dict[str, Any]) -> None:
        sent.clear()
        outcome: BaseException | None = None
        try:
            consume(method(**arguments))
        except (InvalidInputError, APIStatusError) as error:
            outcome = error  # anything else fails the test as it is
        if isinstance(outcome, InvalidInputError):
            assert sent == [], f"refused ({outcome}) after sending"
            assert outcome.field
            event("refused before sending")
            return
        if isinstance(outcome, APIStatusError):
            assert outcome.status_code == 400
        assert sent, "accepted without sending anything"
        event("sent")
        for request in sent:
            well_formed(request, dotted)

    check()
