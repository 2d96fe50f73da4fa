"""Read a JSON answer into a generated model without ever lying about its types or losing it.

The generated ``from_dict`` trusts the JSON: a string where cents should be ends up in an ``int`` field,
and a missing required field is a bare ``KeyError``. Before handing the data over, this module checks
every value against the model's own annotations (so the rules follow the spec) and decides per field:

- a **required** field (typed as present, e.g. ``order.uuid: str``) that is missing or does not fit
  its type makes the whole answer unreadable: the caller gets ``ResponseParseError`` holding the full
  response, so nothing the server said is lost;
- an **optional** field (``X | Unset``) that does not fit is left ``UNSET`` and its raw value is kept
  under the same key in the model's ``additional_properties`` (``model["dob"]``), so one odd cosmetic
  field never turns an accepted payment into an error.

A nested object that does not fit (a ``Link`` without ``href``) counts as a value that does not fit
the field holding it, so the same two rules apply one level up.

Most answers fit as they are, so each model's annotations are first compiled, once, into a predicate
that only says whether a value fits with nothing to set aside (``_fits``); such an answer goes straight
to ``from_dict``. Any other answer takes the full walk above, which names the misfit or keeps the strays:
the predicate is true only where that walk would hand ``from_dict`` an equal value and keep nothing.
"""

from __future__ import annotations

import datetime
import enum
import re
import types
import typing
from collections.abc import Callable, Mapping
from typing import Any, TypeVar, Union

import attrs

from sezzle.validation import field_hints
from sezzle_api.types import Unset

M = TypeVar("M")
Path = tuple[str | int, ...]


class Misfit(Exception):
    """A value that does not fit its declared type; ``where`` names it, and no value is ever shown."""

    def __init__(self, path: Path, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(f"{describe(path)} {problem}")


def describe(path: Path) -> str:
    """``("order", "links", 0, "href")`` as ``order.links[0].href``."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text or "the answer"


def _kind(value: Any) -> str:
    return "null" if value is None else type(value).__name__


def _union(value: Any, options: tuple[Any, ...], path: Path, strays: list[tuple[Path, Any]]) -> Any:
    if value is None and type(None) in options:
        return None
    candidates = [option for option in options if option not in (Unset, type(None))]
    first: Misfit | None = None
    for option in candidates:
        kept = len(strays)
        try:
            return _fit(value, option, path, strays)
        except Misfit as misfit:
            del strays[kept:]
            first = first or misfit
    raise first or Misfit(path, f"has an unexpected {_kind(value)}")


def _scalar(value: Any, hint: Any, path: Path) -> Any:
    if hint is bool:
        ok = isinstance(value, bool)
    elif hint is int:
        ok = isinstance(value, int) and not isinstance(value, bool)
    elif hint is float:
        ok = isinstance(value, int | float) and not isinstance(value, bool)
    elif hint is str:
        ok = isinstance(value, str)
    elif hint in (datetime.datetime, datetime.date):
        ok = isinstance(value, str) and _parses(value)
        if not ok:
            want = "a date-time" if hint is datetime.datetime else "a date"
            raise Misfit(path, f"must be {want} string, got {_kind(value)} that is not one")
    else:
        return value
    if not ok:
        raise Misfit(path, f"must be {getattr(hint, '__name__', hint)}, got {_kind(value)}")
    return value


def _parses(text: str) -> bool:
    try:
        from dateutil.parser import isoparse  # loaded by the first answer that needs it

        isoparse(text)
    except (ValueError, OverflowError):
        return False
    return True


def _fit(value: Any, hint: Any, path: Path, strays: list[tuple[Path, Any]]) -> Any:
    """``value`` cleaned for ``from_dict`` (misfitting optional fields removed and noted), or ``Misfit``."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (Union, types.UnionType):
        return _union(value, args, path, strays)
    if hint is Any:
        return value
    if origin is list:
        if not isinstance(value, list):
            raise Misfit(path, f"must be a list, got {_kind(value)}")
        return [_fit(item, args[0], (*path, index), strays) for index, item in enumerate(value)]
    if origin is dict:
        if not isinstance(value, Mapping):
            raise Misfit(path, f"must be an object, got {_kind(value)}")
        return value
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        try:
            hint(value)
        except ValueError:
            raise Misfit(path, f"must be one of {', '.join(str(m.value) for m in hint)}, got {_kind(value)}") from None
        return value
    if isinstance(hint, type) and attrs.has(hint):
        return _object(value, hint, path, strays)
    return _scalar(value, hint, path)


def _object(value: Any, model: type[Any], path: Path, strays: list[tuple[Path, Any]]) -> dict[str, Any]:
    if not isinstance(value, Mapping):
        raise Misfit(path, f"must be an object, got {_kind(value)}")
    cleaned = dict(value)
    hints = field_hints(model)
    for field in attrs.fields(model):
        if field.name == "additional_properties":
            continue
        where = (*path, field.name)
        required = field.default is attrs.NOTHING
        if field.name not in value:
            if required:
                raise Misfit(where, "is missing")
            continue
        kept = len(strays)
        try:
            cleaned[field.name] = _fit(value[field.name], hints[field.name], where, strays)
        except Misfit:
            if required:
                raise
            del strays[kept:]
            strays.append((where, cleaned.pop(field.name)))
    return cleaned


def _keep(result: Any, path: Path, raw: Any) -> None:
    target = result
    for part in path[:-1]:
        target = target[part] if isinstance(part, int) else getattr(target, part)
    target.additional_properties[path[-1]] = raw


Fits = Callable[[Any], bool]
_FITS: dict[Any, Fits] = {}

# The common spellings of a date-time and a date. Where one of these matches and the stdlib's C parser
# accepts the text, ``isoparse`` accepts it too (it is ~80 times slower); anything else asks ``isoparse``.
_DATE_TIME = re.compile(
    r"\d{4}-\d\d-\d\dT(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{1,6})?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)?"
)
_DATE = re.compile(r"\d{4}-\d\d-\d\d")


def _parses_as(text: str, pattern: re.Pattern[str], parse: Callable[[str], Any]) -> bool:
    if pattern.fullmatch(text):
        try:
            parse(text)
        except ValueError:
            pass
        else:
            return True
    return _parses(text)


def _fits_date_time(value: Any) -> bool:
    return isinstance(value, str) and _parses_as(value, _DATE_TIME, datetime.datetime.fromisoformat)


def _fits_date(value: Any) -> bool:
    return isinstance(value, str) and _parses_as(value, _DATE, datetime.date.fromisoformat)


def _fits_bool(value: Any) -> bool:
    return value is True or value is False


def _fits_int(value: Any) -> bool:
    return type(value) is int or (isinstance(value, int) and not isinstance(value, bool))


def _fits_float(value: Any) -> bool:
    kind = type(value)
    return kind is float or kind is int or (isinstance(value, int | float) and not isinstance(value, bool))


def _fits_str(value: Any) -> bool:
    return isinstance(value, str)


def _fits_any(value: Any) -> bool:
    return True


def _fits_mapping(value: Any) -> bool:
    return type(value) is dict or isinstance(value, Mapping)


_SCALARS: dict[Any, Fits] = {
    bool: _fits_bool,
    int: _fits_int,
    float: _fits_float,
    str: _fits_str,
    datetime.datetime: _fits_date_time,
    datetime.date: _fits_date,
}
# Members of a union that, when they do not fit, certainly fail with ``Misfit`` and keep nothing, so the
# full walk goes on to the next member exactly as the predicate does.
_PLAIN = (bool, int, float, str)


def _fits_union(options: tuple[Any, ...]) -> Fits:
    takes_none = type(None) in options
    candidates = [(option, _fits_for(option)) for option in options if option not in (Unset, type(None))]

    def fits(value: Any) -> bool:
        if value is None and takes_none:
            return True
        for option, fits_option in candidates:
            if fits_option(value):
                return True
            if option not in _PLAIN:
                return False  # the walk might take this member with strays, or fail otherwise: let it decide
        return False

    return fits


def _fits_list(item: Any) -> Fits:
    fits_item = _fits_for(item)

    def fits(value: Any) -> bool:
        return type(value) is list and all(map(fits_item, value))

    return fits


def _fits_enum(hint: type[enum.Enum]) -> Fits:
    members = hint._value2member_map_

    def fits(value: Any) -> bool:
        try:
            if value in members:
                return True
        except TypeError:
            return False
        try:
            hint(value)
        except Exception:
            return False
        return True

    return fits


def _fits_model(model: type[Any]) -> Fits:
    fields: list[tuple[str, bool, Fits]] = []

    def fits(value: Any) -> bool:
        if type(value) is not dict:
            return False
        if not fields:
            _model_fields(model, fields)
        for name, required, fits_field in fields:
            if name in value:
                if not fits_field(value[name]):
                    return False
            elif required:
                return False
        return True

    return fits


def _model_fields(model: type[Any], fields: list[tuple[str, bool, Fits]]) -> None:
    hints = field_hints(model)
    found = [
        (field.name, field.default is attrs.NOTHING, _fits_for(hints[field.name]))
        for field in attrs.fields(model)
        if field.name != "additional_properties"
    ]
    fields[:] = found or [("", False, _fits_any)]  # never empty, so a model without fields is not looked up again


def _fits_for(hint: Any) -> Fits:
    """The predicate for ``hint``: true only where ``_fit`` returns an equal value and sets nothing aside."""
    try:
        return _FITS[hint]
    except KeyError:
        pass
    except TypeError:  # an unhashable annotation: never seen in generated models, so no shortcut
        return lambda value: False
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    fits: Fits
    if origin in (Union, types.UnionType):
        fits = _fits_union(args)
    elif hint is Any:
        fits = _fits_any
    elif origin is list:
        fits = _fits_list(args[0])
    elif origin is dict:
        fits = _fits_mapping
    elif isinstance(hint, type) and issubclass(hint, enum.Enum):
        fits = _fits_enum(hint)
    elif isinstance(hint, type) and attrs.has(hint):
        fits = _fits_model(hint)
    else:
        fits = _SCALARS.get(hint, _fits_any)
    _FITS[hint] = fits
    return fits


def read_model(model: type[M], data: Any) -> M:
    """``model.from_dict(data)`` after the checks above; raises ``Misfit`` when the answer cannot be read."""
    if _fits_for(model)(data):
        result: M = model.from_dict(data)  # type: ignore[attr-defined]
        return result
    return _read_with_strays(model, data)


def _read_with_strays(model: type[M], data: Any) -> M:
    strays: list[tuple[Path, Any]] = []
    cleaned = _object(data, model, (), strays)
    result: M = model.from_dict(cleaned)  # type: ignore[attr-defined]
    for path, raw in strays:
        _keep(result, path, raw)
    return result
