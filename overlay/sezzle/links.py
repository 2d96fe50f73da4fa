"""Follow the ``links`` Sezzle puts in its answers, through the client's own authenticated transport.

A link is sent to the client's own base URL, whatever host its ``href`` names: the bearer token never goes
anywhere else (Sezzle's examples show production hosts even in sandbox answers). Known routes are
parsed into their models and keep their retry rules, so following an order's ``capture`` link sends a
``Sezzle-Request-Id`` like ``client.orders.capture`` does.
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
import re
from collections.abc import Iterable, Mapping
from typing import Any

import attrs
import httpx

import sezzle_api.api
from sezzle._core.resource import AsyncResource, Resource, request_id
from sezzle._core.rules import checked_json, rules, to_json
from sezzle._core.sender import NOT_GIVEN, REQUEST_ID_HEADER, Call, NotGiven, TimeoutTypes, reader
from sezzle.approval import CustomerOrderResult, ReauthorizationResult
from sezzle.errors import InvalidInputError
from sezzle.retries import RetryPolicy
from sezzle.validation import path_id
from sezzle_api.models import Link
from sezzle_api.types import Answer, one


@attrs.frozen
class Route:
    """A known API route: how its answer reads and which retry policy it keeps."""

    method: str
    template: str
    pattern: re.Pattern[str]
    answer: Answer[Any]
    policy: RetryPolicy

    @property
    def operation(self) -> str:
        """The operation as the request rules name it: ``POST /v2/order/{order_uuid}/capture``."""
        return f"{self.method} {self.template}"


# Answers read into the client's richer models where it has them.
_MODELS: dict[str, type[Any]] = {
    "POST /v2/order/{order_uuid}/reauthorize": ReauthorizationResult,
    "POST /v2/customer/{customer_uuid}/order": CustomerOrderResult,
}


@functools.cache
def routes() -> tuple[Route, ...]:
    """Every operation of the spec, from its generated module (loaded on the first link followed)."""
    found = []
    for info in pkgutil.walk_packages(sezzle_api.api.__path__, "sezzle_api.api."):
        module = importlib.import_module(info.name)
        key = getattr(module, "KEY", None)
        if not isinstance(key, str):
            continue
        method, template = key.split(" ", 1)
        pattern = re.compile("^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template)) + "$")
        answer = one(_MODELS[key]) if key in _MODELS else module.ANSWER
        found.append(Route(method, template, pattern, answer, RetryPolicy(module.RETRY)))
    return tuple(found)


def _json_or_none(response: httpx.Response) -> Any:
    return response.json() if response.content.strip() else None


def find_link(links: Iterable[Link | Mapping[str, Any]] | Any, rel: str, method: str | None = None) -> Link:
    """The first link with this ``rel`` (and ``method``, if given); links from any answer work."""
    for item in links if isinstance(links, Iterable) else []:
        link = item if isinstance(item, Link) else Link.from_dict(dict(item))
        if str(link.rel) == rel and (method is None or str(link.method).upper() == method.upper()):
            return link
    raise InvalidInputError("links", f"no link with rel {rel!r}" + (f" and method {method.upper()}" if method else ""))


def _link_path(href: str) -> str:
    """The path of a link's ``href``, refused where it could not be sent or would leave the API's paths."""
    if len(href) > 2048:
        raise InvalidInputError("link.href", f"must be at most 2048 characters, got {len(href)}")
    try:
        path = httpx.URL(href).path
    except httpx.InvalidURL as error:
        raise InvalidInputError("link.href", f"is not a URL: {error}") from None
    if not path.startswith("/v"):
        raise InvalidInputError("link.href", f"is not a Sezzle API path: {path[:80]!r}")
    for segment in path.split("/")[1:]:
        path_id("link.href", segment)  # no '..', no empty segment, no control characters
    return path


def link_call(link: Link | Mapping[str, Any], body: Any = None, idempotency_key: str | None = None) -> Call[Any]:
    """The Call a link stands for: its path on the client's own base URL, parsed like the operation."""
    if not isinstance(link, Link):
        if not isinstance(link, Mapping) or not isinstance(link.get("href"), str):
            raise InvalidInputError("link", "must be a Link or a mapping with an href")
        link = Link.from_dict(dict(link))
    method = str(link.method).upper() if link.method else "GET"
    if not re.fullmatch(r"[A-Z]{1,16}", method):
        raise InvalidInputError("link.method", "must be an HTTP method such as GET or POST")
    path = _link_path(link.href)
    route = next((r for r in routes() if r.method == method and r.pattern.match(path)), None)
    json = None
    if body is not None:
        has_rules = route is not None and route.operation in rules().operations()
        json = checked_json(route.operation, body, "body") if route and has_rules else to_json(body, "body")
    if route is None:
        policy = RetryPolicy.IDEMPOTENT if method in ("GET", "DELETE") else RetryPolicy.UNSENT_ONLY
        return Call(method, path, _json_or_none, json=json, policy=policy)
    headers = {REQUEST_ID_HEADER: request_id(idempotency_key)} if route.policy is RetryPolicy.KEYED else {}
    return Call(method, path, reader(route.answer), json=json, headers=headers, policy=route.policy)


class AsyncLinks(AsyncResource):
    """Follow links from answers (``client.links``), through the client's own base URL and token."""

    async def follow(
        self, link: Link | Mapping[str, Any], body: Any = None, *, idempotency_key: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> object:  # fmt: skip
        """Send the request a link describes; known routes answer their model, others the decoded JSON.

        The answer's type depends on the link, so it is ``object``: narrow it with ``isinstance``.

        ```python
        result = await client.links.follow(find_link(order.links, "capture"), {"capture_amount": price("10.00")})
        if isinstance(result, OrderTransaction):
            print(result.uuid)
        ```
        """
        return await self._sender.request(
            link_call(link, body, idempotency_key), timeout=timeout, max_retries=max_retries
        )


# --- sync twin: written by `make generate` (scripts/unasync.py) from the async code above; do not edit ---


class Links(Resource):
    """Follow links from answers (``client.links``), through the client's own base URL and token."""

    def follow(
        self, link: Link | Mapping[str, Any], body: Any = None, *, idempotency_key: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> object:  # fmt: skip
        """Send the request a link describes; known routes answer their model, others the decoded JSON.

        The answer's type depends on the link, so it is ``object``: narrow it with ``isinstance``.

        ```python
        result = client.links.follow(find_link(order.links, "capture"), {"capture_amount": price("10.00")})
        if isinstance(result, OrderTransaction):
            print(result.uuid)
        ```
        """
        return self._sender.request(link_call(link, body, idempotency_key), timeout=timeout, max_retries=max_retries)


# --- end of sync twin ---
