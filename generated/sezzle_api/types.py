"""Shared types: ``UNSET``, and the description of one request that an operation module answers."""

from collections.abc import Mapping
from typing import Generic, Literal, Protocol, TypeVar, cast

from attrs import field, frozen


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

T = TypeVar("T")
M = TypeVar("M")

Retry = Literal["idempotent", "keyed", "unsent-only", "never-resend"]
"""When a request may be sent again: ``keyed`` where the operation takes a ``Sezzle-Request-Id``."""


class CheckedBody(Protocol):
    """A body already checked against the operation's rules and in its JSON form, ready to send."""

    @property
    def data(self) -> object: ...


@frozen
class Answer(Generic[T]):
    """How a successful answer reads: one ``model``, a list of them (``many``), or no body (``model`` None).

    ``empty`` is true where the operation may also succeed without a body (the answer is then None).
    """

    model: type[object] | None
    many: bool = False
    empty: bool = False


def one(model: type[M]) -> Answer[M]:
    return cast(Answer[M], Answer(model))


def many(model: type[M]) -> Answer[list[M]]:
    return cast(Answer[list[M]], Answer(model, many=True))


def one_or_none(model: type[M]) -> Answer[M | None]:
    return cast(Answer[M | None], Answer(model, empty=True))


def nothing() -> Answer[None]:
    return cast(Answer[None], Answer(None, empty=True))


@frozen
class Operation(Generic[T]):
    """One request, ready for a sender: what goes on the wire and how its answer reads.

    ``key`` names the operation (``"POST /v2/order/{order_uuid}/capture"``): request rules and logs use it.
    ``body`` is the JSON body as given (a model or JSON data), or None. Its repr shows only the key: the
    path, body and headers may hold card tokens, keys and personal details.
    """

    key: str
    method: str = field(repr=False)
    path: str = field(repr=False)
    answer: Answer[T] = field(repr=False)
    retry: Retry = field(repr=False)
    body: object = field(default=None, repr=False)
    params: Mapping[str, str | int | float | bool] | None = field(
        default=None, repr=False
    )
    headers: Mapping[str, str] | None = field(default=None, repr=False)
    accept: str = field(default="application/json", repr=False)
    authenticated: bool = field(default=True, repr=False)


__all__ = [
    "UNSET",
    "Answer",
    "CheckedBody",
    "Operation",
    "Retry",
    "Unset",
    "many",
    "nothing",
    "one",
    "one_or_none",
]
