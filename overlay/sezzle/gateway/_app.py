"""From request to response: faults, authentication, idempotency, the operation, and the record of it.

A v2 operation with a JSON body first has it checked against the spec's request rules
(``_request_rules``), so no endpoint states a rule of its own.

Refusals answer in the shape of the API the path belongs to: v2's error array, or v1's error object.
"""

from __future__ import annotations

import http
import logging
import threading

import attrs

from sezzle.gateway._engine import Engine
from sezzle.gateway._exchange import Request, Response
from sezzle.gateway._faults import Fault
from sezzle.gateway._idempotency import REQUEST_ID_HEADER
from sezzle.gateway._problem import Problem
from sezzle.gateway._recorder import RecordedRequest, redact_body, redact_headers
from sezzle.gateway._render import CONTROL_PREFIX
from sezzle.gateway._request_rules import has_rules, read_body
from sezzle.gateway._router import Route, Router
from sezzle.gateway._v1errors import problem_response

__all__ = ["Application"]

logger = logging.getLogger("sezzle.gateway")


def _failure(fault: Fault, path: str) -> Response:
    code = http.HTTPStatus(fault.status).phrase.lower().replace(" ", "_").replace("-", "_")
    problem = Problem(fault.status, code, "injected failure: the gateway did not handle this request")
    headers = {"Retry-After": f"{fault.retry_after:g}"} if fault.retry_after is not None else None
    return problem_response(path, problem, headers)


class Application:
    """Answers one request; returns None when the connection must be dropped without an answer."""

    def __init__(self, engine: Engine, api: Router, control: Router, stopping: threading.Event) -> None:
        self.engine = engine
        self.api = api
        self.control = control
        self.stopping = stopping

    def handle(self, request: Request) -> Response | None:
        if request.path == CONTROL_PREFIX or request.path.startswith(CONTROL_PREFIX + "/"):
            return self._control(request)
        arrived = self.engine.now()
        fault = self.engine.faults.take(request.method, request.path)
        if fault is not None and fault.kind == "delay":
            self.stopping.wait(fault.seconds)
        replayed = False
        if fault is not None and fault.kind == "fail":
            response, template = _failure(fault, request.path), "(injected failure)"
        else:
            response, template, replayed = self._api(request)
        dropped = fault is not None and fault.kind == "drop"
        self.engine.requests.add(
            RecordedRequest(
                method=request.method,
                path=request.path,
                query=request.query,
                headers=redact_headers(request.headers),
                request_id=request.header(REQUEST_ID_HEADER),
                at=arrived,
                status=None if dropped else response.status,
                fault=fault.kind if fault else None,
                replayed=replayed,
                body=redact_body(request.path, request.body),
            )
        )
        logger.debug(
            "%s %s -> %s%s",
            request.method,
            template,
            "dropped" if dropped else response.status,
            " (replayed)" if replayed else "",
        )
        return None if dropped else response

    def _api(self, request: Request) -> tuple[Response, str, bool]:
        try:
            route, params = self.api.resolve(request.method, request.path)
        except Problem as problem:
            return problem_response(request.path, problem), "(no route)", False
        request = attrs.evolve(request, params=params)
        with self.engine.lock:
            try:
                if route.authenticated:
                    self.engine.check_authorization(request.header("authorization"))
                key = request.header(REQUEST_ID_HEADER) if route.idempotent else None
                if key:
                    stored = self.engine.idempotency.recall(key, request.method, request.path, request.body)
                    if stored is not None:
                        return stored.with_header("Idempotent-Replayed", "true"), route.template, True
                response = self._run(route, request)
                if key and response.status < 500:
                    self.engine.idempotency.remember(key, request.method, request.path, request.body, response)
            except Problem as problem:
                response = problem_response(request.path, problem)
        return response, route.template, False

    def _run(self, route: Route, request: Request) -> Response:
        try:
            if has_rules(route.operation):
                request = attrs.evolve(request, content=read_body(route.operation, request.body))
            return route.handler(self.engine, request)
        except Problem as problem:
            return problem_response(request.path, problem)
        except Exception:
            logger.exception("internal error answering %s %s", request.method, route.template)
            return problem_response(request.path, Problem(500, "internal_server_error", "internal error"))

    def _control(self, request: Request) -> Response:
        try:
            route, params = self.control.resolve(request.method, request.path)
            with self.engine.lock:
                return route.handler(self.engine, attrs.evolve(request, params=params))
        except Problem as problem:
            return Response.problem(problem)
