"""Matching a method and path to the operation that answers it."""

from __future__ import annotations

import functools
import re
import urllib.parse
from collections.abc import Callable, Sequence

import attrs

from sezzle.gateway._engine import Engine
from sezzle.gateway._exchange import Request, Response
from sezzle.gateway._problem import Problem, not_found
from sezzle.links import routes
from sezzle.retries import RetryPolicy

__all__ = ["Handler", "Route", "Router"]

Handler = Callable[[Engine, Request], Response]


@functools.cache
def _keyed() -> frozenset[str]:
    return frozenset(route.operation for route in routes() if route.policy is RetryPolicy.KEYED)


def _compile(template: str) -> re.Pattern[str]:
    pattern = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(template))
    return re.compile(pattern)


@attrs.frozen
class Route:
    method: str
    template: str
    handler: Handler = attrs.field(repr=False)
    authenticated: bool = True
    idempotent: bool = attrs.field(init=False)
    """Honours ``Sezzle-Request-Id``: where the spec has the operation take one (its generated module's rule)."""
    pattern: re.Pattern[str] = attrs.field(init=False, repr=False)

    @idempotent.default
    def _idempotent(self) -> bool:
        return self.operation in _keyed()

    @pattern.default
    def _pattern(self) -> re.Pattern[str]:
        return _compile(self.template)

    @property
    def operation(self) -> str:
        """The operation's key in the spec and its request rules: ``POST /v2/order/{order_uuid}/capture``."""
        return f"{self.method} {self.template}"


class Router:
    def __init__(self, routes: Sequence[Route]) -> None:
        self.routes = tuple(routes)

    def resolve(self, method: str, path: str) -> tuple[Route, dict[str, str]]:
        """The route and its path parameters; 404 for an unknown path, 405 for a known path's wrong method.

        As in OpenAPI, the most concrete path wins: ``/v2/session/card`` is never ``/v2/session/{uuid}``.
        """
        matches = [(route, match) for route in self.routes if (match := route.pattern.fullmatch(path)) is not None]
        if matches:
            fewest = min(route.template.count("{") for route, _ in matches)
            matches = [(route, match) for route, match in matches if route.template.count("{") == fewest]
        allowed: list[str] = []
        for route, match in matches:
            if route.method == method:
                return route, {name: urllib.parse.unquote(value) for name, value in match.groupdict().items()}
            allowed.append(route.method)
        if allowed:
            raise Problem(
                405,
                "method_not_allowed",
                f"{method} is not supported here; use {', '.join(allowed)}",
                headers={"Allow": ", ".join(allowed)},
            )
        raise not_found("no such endpoint")
