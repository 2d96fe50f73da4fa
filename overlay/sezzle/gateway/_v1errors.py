"""v1's error object ``{status, id, message}``, and how refusals made by shared code read in it.

Handlers raise the same :class:`Problem` as v2; what differs is the answer. On a ``/v1`` path:

- 422 ``invalid`` (a value breaking a field rule) becomes 400 ``bad_request``: v1 answers every
  input problem with 400, and its message names the field.
- 404 ``record_not_found`` becomes 404 ``not_found``.
- Any other 422 (the order's state forbids the operation) becomes 409 with the same id, like v1's
  own ``checkout_expired``.

Everything else (400, 401, 405, 409, 5xx) keeps its status and code.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sezzle.gateway._exchange import Response
from sezzle.gateway._problem import Problem

__all__ = ["V1_PREFIX", "conflict", "is_v1", "problem_response", "v1_error"]

V1_PREFIX = "/v1"


def is_v1(path: str) -> bool:
    return path == V1_PREFIX or path.startswith(V1_PREFIX + "/")


def conflict(error_id: str, message: str) -> Problem:
    """409: the request is valid, but the checkout or order is not in a state that allows it."""
    return Problem(409, error_id, message)


def v1_error(problem: Problem) -> tuple[int, dict[str, Any]]:
    """The status and v1 body a refusal answers with."""
    status, error_id = problem.status, problem.code
    if error_id == "record_not_found":
        error_id = "not_found"
    elif status == 422 and error_id == "invalid":
        status, error_id = 400, "bad_request"
    elif status == 422:
        status = 409
    return status, {"status": status, "id": error_id, "message": problem.message}


def problem_response(path: str, problem: Problem, headers: Mapping[str, str] | None = None) -> Response:
    """The answer to a refusal of a request for ``path``: v1's error object on v1 paths, else v2's array."""
    if not is_v1(path):
        return Response.problem(problem, headers)
    status, body = v1_error(problem)
    return Response.json(status, body, {**problem.headers, **(headers or {})})
