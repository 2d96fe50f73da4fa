"""A refusal the gateway answers with: status, Sezzle error code, message and the field at fault."""

from __future__ import annotations

from typing import Any

from sezzle.gateway._wire import new_uuid

__all__ = ["Problem", "bad_request", "invalid", "not_found", "refused", "unauthorized"]


class Problem(Exception):
    """Raised inside request handling; the server turns it into a Sezzle v2 error response.

    It never leaves the gateway as an HTTP-client error: callers of the Python API see
    :class:`sezzle.errors.InvalidInputError` instead.
    """

    def __init__(
        self, status: int, code: str, message: str, location: str | None = None, headers: dict[str, str] | None = None
    ) -> None:
        self.status = status
        self.code = code
        self.message = message
        self.location = location
        self.headers = headers or {}
        """Headers the answer must carry, such as ``Allow`` on a 405."""
        super().__init__(f"{code}: {message}" + (f" (at {location})" if location else ""))

    def body(self) -> list[dict[str, Any]]:
        """The v2 error array, with a fresh ``debug_uuid`` for this occurrence."""
        error: dict[str, Any] = {"code": self.code, "message": self.message}
        if self.location:
            error["location"] = self.location
        error["debug_uuid"] = new_uuid()
        return [error]


def bad_request(message: str, location: str | None = None) -> Problem:
    """400: the request is malformed (not JSON, a field missing or of the wrong JSON type)."""
    return Problem(400, "bad_request", message, location)


def unauthorized(message: str = "authorization not accepted") -> Problem:
    return Problem(401, "unauthorized", message)


def not_found(message: str = "not found", location: str | None = None) -> Problem:
    return Problem(404, "record_not_found", message, location)


def invalid(message: str, location: str | None = None) -> Problem:
    """422 ``invalid``: a well-formed value that breaks a field rule."""
    return Problem(422, "invalid", message, location)


def refused(code: str, message: str, location: str | None = None) -> Problem:
    """422 with a specific code: the request is valid but the resource's state does not allow it."""
    return Problem(422, code, message, location)
