"""Reading v1 answers: JSON into the v1 models, and CSV reports left to stream.

Numbers are read as ``Decimal`` where the models keep amounts exactly (``5183.4624`` must not become
a float). Calls that may already have moved money read an empty 2xx body as an empty model rather
than failing after the fact.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any, TypeVar

import httpx

from sezzle._core.sender import Call
from sezzle.errors import ResponseParseError
from sezzle.v1.models._model import Model

T = TypeVar("T")
M = TypeVar("M", bound=Model)


def _parse(response: httpx.Response, read: Callable[[Any], T], empty: Any = None) -> T:
    """``read`` applied to the JSON body, or to ``empty`` (when given) for an empty body."""
    try:
        blank = empty is not None and not response.content.strip()
        data = empty if blank else json.loads(response.content, parse_float=Decimal)
    except ValueError:
        raise ResponseParseError(response, "the body is not JSON") from None
    try:
        return read(data)
    except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as exc:
        raise ResponseParseError(response, f"{type(exc).__name__}: {str(exc)[:200]}") from exc


def _one(cls: type[M], data: Any) -> M:
    if not isinstance(data, Mapping):
        raise TypeError(f"expected a JSON object, got {type(data).__name__}")
    return cls.from_dict(data)


def _many(cls: type[M], data: Any) -> list[M]:
    if not isinstance(data, list | None):
        raise TypeError(f"expected a JSON array, got {type(data).__name__}")
    return [_one(cls, item) for item in data or []]


def model(cls: type[M]) -> Callable[[httpx.Response], M]:
    """A JSON object answer as ``cls``."""
    return lambda response: _parse(response, functools.partial(_one, cls))


def model_or_empty(cls: type[M]) -> Callable[[httpx.Response], M]:
    """A JSON object answer as ``cls``; an empty body as ``cls`` with nothing set."""
    return lambda response: _parse(response, functools.partial(_one, cls), empty={})


def models(cls: type[M]) -> Callable[[httpx.Response], list[M]]:
    """A JSON array answer as a list of ``cls``; an empty body or a null as an empty list."""
    return lambda response: _parse(response, functools.partial(_many, cls), empty=[])


def report_call(path: str, params: Mapping[str, str]) -> Call[httpx.Response]:
    """The call of a CSV report: its answer streams, left for the report to read as it arrives."""
    return Call("GET", path, _unread, params=params or None, headers={"Accept": "text/csv"}, stream=True)


def _unread(response: httpx.Response) -> httpx.Response:
    return response
