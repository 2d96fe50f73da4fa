"""Reading v1 JSON answers into the v1 models.

Numbers are read as ``Decimal`` where the models keep amounts exactly (``5183.4624`` must not become
a float). Calls that may already have moved money read an empty 2xx body as an empty model rather
than failing after the fact.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any, Protocol, TypeVar

import httpx

from sezzle.errors import ResponseParseError

T_co = TypeVar("T_co", covariant=True)


class Readable(Protocol[T_co]):
    """A model class: ``from_dict`` reads one JSON object into it."""

    def from_dict(self, src_dict: Mapping[str, Any], /) -> T_co: ...


def _json(response: httpx.Response) -> Any:
    try:
        return json.loads(response.content, parse_float=Decimal)
    except ValueError:
        raise ResponseParseError(response, "the body is not JSON") from None


def _reading(response: httpx.Response, read: Callable[[], T_co]) -> T_co:
    try:
        return read()
    except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as exc:
        raise ResponseParseError(response, f"{type(exc).__name__}: {str(exc)[:200]}") from exc


def _object(response: httpx.Response, data: Any) -> Mapping[str, Any]:
    if not isinstance(data, Mapping):
        raise ResponseParseError(response, f"expected a JSON object, got {type(data).__name__}")
    return data


def model(cls: Readable[T_co]) -> Callable[[httpx.Response], T_co]:
    """A JSON object answer as ``cls``."""

    def parse(response: httpx.Response) -> T_co:
        data = _object(response, _json(response))
        return _reading(response, lambda: cls.from_dict(data))

    return parse


def model_or_empty(cls: Readable[T_co]) -> Callable[[httpx.Response], T_co]:
    """A JSON object answer as ``cls``; an empty body as ``cls`` with nothing set."""
    read = model(cls)

    def parse(response: httpx.Response) -> T_co:
        if not response.content.strip():
            return _reading(response, lambda: cls.from_dict({}))
        return read(response)

    return parse


def models(cls: Readable[T_co]) -> Callable[[httpx.Response], list[T_co]]:
    """A JSON array answer as a list of ``cls``; an empty body or a null as an empty list."""

    def parse(response: httpx.Response) -> list[T_co]:
        data = _json(response) if response.content.strip() else None
        if data is None:
            return []
        if not isinstance(data, list):
            raise ResponseParseError(response, f"expected a JSON array, got {type(data).__name__}")
        return _reading(response, lambda: [cls.from_dict(_object(response, item)) for item in data])

    return parse


CSV = {"Accept": "text/csv"}
"""The headers of the calls that answer a CSV report."""


def unread(response: httpx.Response) -> httpx.Response:
    """A streamed answer, left for a report to read as it arrives."""
    return response
