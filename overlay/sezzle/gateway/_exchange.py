"""The request and response values handlers work with, independent of the socket server."""

from __future__ import annotations

import urllib.parse
from collections.abc import Mapping
from typing import Any

import attrs

from sezzle.gateway import _checked_fields, _fields
from sezzle.gateway._problem import Problem
from sezzle.gateway._wire import dumps

__all__ = ["Request", "Response"]


@attrs.frozen
class Request:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    """Lowercase names."""
    body: bytes = attrs.field(repr=False)
    params: dict[str, str] = attrs.field(factory=dict)
    """Path parameters of the matched route."""
    content: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """The JSON body once the spec's rules accepted it (v2 operations with a body), nulls left out."""

    def read(self) -> _fields.Fields:
        """The v2 body the spec's rules accepted, read without rules of its own."""
        return _fields.Fields(self.content if self.content is not None else {})

    def fields(self) -> _checked_fields.Fields:
        """The body read with hand-checked rules, for what no spec states (v1, the control API)."""
        return _checked_fields.parse_json_object(self.body)

    def form(self) -> dict[str, str]:
        return {key: values[-1] for key, values in urllib.parse.parse_qs(self.body.decode("utf-8", "replace")).items()}

    def header(self, name: str) -> str | None:
        return self.headers.get(name.lower())

    def query_value(self, name: str) -> str | None:
        values = self.query.get(name)
        return values[-1] if values else None


@attrs.frozen
class Response:
    status: int
    body: bytes = b""
    headers: tuple[tuple[str, str], ...] = ()

    @classmethod
    def json(cls, status: int, value: Any, headers: Mapping[str, str] | None = None) -> Response:
        extra = tuple((headers or {}).items())
        return cls(status, dumps(value), (("Content-Type", "application/json"), *extra))

    @classmethod
    def empty(cls, status: int = 204) -> Response:
        return cls(status)

    @classmethod
    def text(cls, status: int, text: str, content_type: str) -> Response:
        return cls(status, text.encode(), (("Content-Type", content_type),))

    @classmethod
    def redirect(cls, location: str) -> Response:
        return cls(303, b"", (("Location", location),))

    @classmethod
    def problem(cls, problem: Problem, headers: Mapping[str, str] | None = None) -> Response:
        return cls.json(problem.status, problem.body(), {**problem.headers, **(headers or {})})

    def with_header(self, name: str, value: str) -> Response:
        return attrs.evolve(self, headers=(*self.headers, (name, value)))
