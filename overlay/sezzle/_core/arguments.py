"""Every public method of a resource refuses arguments outside its own signature, before anything is sent.

The signature is the client's contract (``events: Sequence[WebhookEvent | str]``, ``offset: int | None``):
an argument of another type is a mistake the client can name, so it raises ``InvalidInputError`` for that
parameter instead of a bare ``TypeError`` from deep inside httpx, or a body the caller never meant. The
check is shallow where the value becomes a request body: a mapping or a model instance passes as it is,
and what it holds is checked by the operation's request rules (``sezzle._core.rules``), which judge only what
is certain. No rule of the API is restated here.
"""

from __future__ import annotations

import collections.abc
import datetime
import functools
import inspect
import itertools
import math
import types
import typing
from collections.abc import Callable, Iterable
from typing import Any, TypeVar, Union

from sezzle.errors import InvalidInputError

F = TypeVar("F", bound=Callable[..., Any])

_SEQUENCES = (collections.abc.Sequence, list, tuple)
_MAPPINGS = (collections.abc.Mapping, dict)


def _kind(value: Any) -> str:
    return "None" if value is None else type(value).__name__


_NAMES: dict[Any, str] = {
    type(None): "None",
    bool: "true or false",
    int: "an integer",
    float: "a number",
    str: "a string",
    datetime.date: "a date",
    datetime.datetime: "a datetime",
}


def _name(hint: Any) -> str:
    if hint in _NAMES:
        return _NAMES[hint]
    origin = typing.get_origin(hint)
    if origin in _SEQUENCES:
        return "a list"
    if origin in (collections.abc.Iterable, collections.abc.Collection):
        return "iterable"
    if origin in _MAPPINGS or hint in _MAPPINGS:
        return "a mapping"
    return f"a {getattr(hint, '__name__', str(hint))}"


def _fits(value: Any, hint: Any, field: str) -> None:
    """Raise ``InvalidInputError`` unless ``value`` has the Python type ``hint`` names (shallow for bodies)."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if hint is Any or isinstance(hint, TypeVar):
        return
    if origin in (Union, types.UnionType):
        problems: list[InvalidInputError] = []
        for option in args:
            try:
                _fits(value, option, field)
                return
            except InvalidInputError as problem:
                problems.append(problem)
        nested = [problem for problem in problems if problem.field != field]
        if len(nested) == 1:  # the value had the right container; one item inside it did not fit
            raise nested[0]
        if value is None:
            raise InvalidInputError(field, "is required")
        raise InvalidInputError(field, f"must be {' or '.join(_name(option) for option in args)}, got {_kind(value)}")
    if origin is typing.Literal:
        if value not in args:
            raise InvalidInputError(field, f"must be one of {', '.join(map(repr, args))}, got {_kind(value)}")
        return
    if hint is None or hint is type(None):
        if value is not None:
            raise InvalidInputError(field, f"must be None, got {_kind(value)}")
        return
    if origin in _SEQUENCES:
        if not isinstance(value, list | tuple):
            raise InvalidInputError(field, f"must be a list, got {_kind(value)}")
        item = args[0] if args else Any
        for index, element in enumerate(value):
            _fits(element, item, f"{field}[{index}]")
        return
    if origin in (collections.abc.Iterable, collections.abc.Collection):
        if not isinstance(value, collections.abc.Iterable):
            raise InvalidInputError(field, f"must be iterable, got {_kind(value)}")
        if isinstance(value, list | tuple) and args:
            for index, element in enumerate(value):
                _fits(element, args[0], f"{field}[{index}]")
        return
    if origin in _MAPPINGS or hint in _MAPPINGS:
        if not isinstance(value, collections.abc.Mapping):
            raise InvalidInputError(field, f"must be a mapping, got {_kind(value)}")
        return
    if hint is bool:
        ok = isinstance(value, bool)
    elif hint is int:
        ok = isinstance(value, int) and not isinstance(value, bool)
    elif hint is float:
        ok = isinstance(value, int | float) and not isinstance(value, bool)
        if ok and not math.isfinite(value):
            raise InvalidInputError(field, f"must be a finite number, got {value!r}")
    elif hint is datetime.datetime:
        ok = isinstance(value, datetime.datetime)
    elif hint is datetime.date:
        ok = isinstance(value, datetime.date)  # a datetime is the callee's to refuse, saying why
    elif isinstance(hint, type):  # a model, an enum, httpx.Timeout, NotGiven: an instance of it
        ok = isinstance(value, hint)
    else:
        ok = True  # an annotation this check does not read (a Protocol, a callable): the callee decides
    if not ok:
        raise InvalidInputError(field, "is required" if value is None else f"must be {_name(hint)}, got {_kind(value)}")


def _hints(function: Callable[..., Any]) -> dict[str, Any]:
    hints = typing.get_type_hints(function)
    hints.pop("return", None)
    return hints


class _Given:
    """A call's arguments, shown by no repr (a traceback with locals renders each frame's values)."""

    __slots__ = ("args", "kwargs")

    def __init__(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
        self.args, self.kwargs = args, kwargs

    def __repr__(self) -> str:
        return "<arguments>"


def checked(function: F) -> F:
    """``function``, refusing arguments its annotations do not allow with ``InvalidInputError``.

    Its signature and annotations are read on the first call, not when the class is made, so importing
    the client does not pay for the methods a process never calls.
    """
    resolved: list[tuple[inspect.Signature, dict[str, Any], tuple[str, ...]]] = []

    def check(args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
        if not resolved:
            signature = inspect.signature(function)
            positional = tuple(
                name
                for name, parameter in signature.parameters.items()
                if parameter.kind in (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
            )
            resolved.append((signature, _hints(function), positional))
        signature, hints, positional = resolved[0]
        given: Iterable[tuple[str, Any]]
        if len(args) <= len(positional) and not kwargs.keys() - signature.parameters.keys():
            # the usual call: no binding needed (args never outnumber the positional parameters here)
            given = itertools.chain(zip(positional, args, strict=False), kwargs.items())
        else:
            try:
                given = signature.bind(*args, **kwargs).arguments.items()
            except TypeError:
                return  # a call that does not fit the signature at all raises Python's own TypeError
        for name, value in given:
            if name in hints and signature.parameters[name].kind not in (
                inspect.Parameter.VAR_POSITIONAL,
                inspect.Parameter.VAR_KEYWORD,
            ):
                _fits(value, hints[name], name)

    if inspect.iscoroutinefunction(function):

        @functools.wraps(function)
        async def awaited(*args: Any, **kwargs: Any) -> Any:
            check(args, kwargs)
            given = _Given(args, kwargs)
            del args, kwargs  # arguments may be secrets (a card token): tracebacks render frame locals
            return await function(*given.args, **given.kwargs)

        return typing.cast(F, awaited)

    @functools.wraps(function)
    def called(*args: Any, **kwargs: Any) -> Any:
        check(args, kwargs)
        given = _Given(args, kwargs)
        del args, kwargs  # arguments may be secrets (a card token): tracebacks render frame locals
        return function(*given.args, **given.kwargs)

    return typing.cast(F, called)


def check_public_methods(cls: type[Any]) -> None:
    """Wrap every public method ``cls`` defines with ``checked`` (called from ``__init_subclass__``)."""
    for name, member in list(vars(cls).items()):
        if name.startswith("_") or not inspect.isfunction(member):
            continue
        setattr(cls, name, checked(member))
