"""Reading v1 JSON answers into the v1 models.

Numbers are read as ``Decimal`` where the models keep amounts exactly (``5183.4624`` must not become
a float). Calls that may already have moved money read an empty 2xx body as an empty model rather
than failing after the fact.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any, TypeVar

import httpx

from sezzle.errors import ResponseParseError
from sezzle.v1.models._model import Model

T = TypeVar("T")
M = TypeVar("M", bound=Model)


class _Unexpected(Exception):
    """A JSON value of another kind than the answer has."""


def _parse(response: httpx.Response, read: Callable[[Any], T], empty: Any = None) -> T:
    """``read`` applied to the JSON body, or to ``empty`` (when given) for an empty body."""
    if empty is not None and not response.content.strip():
        data = empty
    else:
        try:
            data = json.loads(response.content, parse_float=Decimal)
        except ValueError:
            raise ResponseParseError(response, "the body is not JSON") from None
    try:
        return read(data)
    except _Unexpected as unexpected:
        raise ResponseParseError(response, str(unexpected)) from None
    except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as exc:
        raise ResponseParseError(response, f"{type(exc).__name__}: {str(exc)[:200]}") from exc


def _object(data: Any) -> Mapping[str, Any]:
    if not isinstance(data, Mapping):
        raise _Unexpected(f"expected a JSON object, got {type(data).__name__}")
    return data


def _array(data: Any) -> list[Any]:
    if not isinstance(data, list):
        raise _Unexpected(f"expected a JSON array, got {type(data).__name__}")
    return data


def model(cls: type[M]) -> Callable[[httpx.Response], M]:
    """A JSON object answer as ``cls``."""
    return lambda response: _parse(response, lambda data: cls.from_dict(_object(data)))


def model_or_empty(cls: type[M]) -> Callable[[httpx.Response], M]:
    """A JSON object answer as ``cls``; an empty body as ``cls`` with nothing set."""
    return lambda response: _parse(response, lambda data: cls.from_dict(_object(data)), empty={})


def models(cls: type[M]) -> Callable[[httpx.Response], list[M]]:
    """A JSON array answer as a list of ``cls``; an empty body or a null as an empty list."""

    def read(data: Any) -> list[M]:
        return [cls.from_dict(_object(item)) for item in _array([] if data is None else data)]

    return lambda response: _parse(response, read, empty=[])


CSV = {"Accept": "text/csv"}
"""The headers of the calls that answer a CSV report."""


def unread(response: httpx.Response) -> httpx.Response:
    """A streamed answer, left for a report to read as it arrives."""
    return response
