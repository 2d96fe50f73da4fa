"""Checking the path and query values of v1 calls before anything is sent; the per-call options' types."""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable
from urllib.parse import quote

from sezzle._core.sender import NotGiven, TimeoutTypes
from sezzle.errors import InvalidInputError
from sezzle.validation import path_id, query_text

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

DateInput = datetime.date | str
Timeout = TimeoutTypes | NotGiven
Retries = int | NotGiven


def reference_id(value: str) -> str:
    """A merchant order reference for a URL path: any text that cannot move the URL (Sezzle judges the rest)."""
    return quote(path_id("order_reference_id", value), safe="")


def payout_path_id(value: str) -> str:
    return quote(path_id("payout_uuid", value), safe="")


def day(value: DateInput, field: str) -> datetime.date:
    """A calendar day, from a ``date`` or ``yyyy-mm-dd`` text (a datetime would silently lose its time)."""
    if isinstance(value, datetime.datetime):
        raise InvalidInputError(field, "must be a date, not a datetime (the report works in whole UTC days)")
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, str) and _DATE.match(value):
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            raise InvalidInputError(field, f"is not a real date: {value!r}") from None
    raise InvalidInputError(field, f"must be a date or 'yyyy-mm-dd' text, got {value!r}")


def currency(value: str) -> str:
    return query_text("currency_code", value)


def report_params(
    start_date: DateInput | None,
    end_date: DateInput | None,
    offset: int | None,
    currency_code: str | None,
) -> dict[str, str]:
    """The query of the dated reports: ``start-date`` (required), ``end-date``, ``offset``, ``currency-code``."""
    if start_date is None:
        raise InvalidInputError("start_date", "is required")
    start = day(start_date, "start_date")
    params = {"start-date": start.isoformat()}
    if end_date is not None:
        end = day(end_date, "end_date")
        if end < start:
            raise InvalidInputError("end_date", f"must not be before start_date ({end} < {start})")
        params["end-date"] = end.isoformat()
    if offset is not None:
        if offset < 0:
            raise InvalidInputError("offset", f"must not be negative, got {offset}")
        params["offset"] = str(offset)
    if currency_code is not None:
        params["currency-code"] = currency(currency_code)
    return params


def metadata_keys(keys: Iterable[str] | None) -> dict[str, str]:
    """The settlement-details ``metadata`` query: the metadata keys to add as report columns, comma-separated."""
    if keys is None:
        return {}
    if isinstance(keys, str):
        keys = [keys]
    chosen = list(keys)
    for index, key in enumerate(chosen):
        if not isinstance(key, str) or not key.strip():
            raise InvalidInputError(f"metadata[{index}]", "must be a non-empty string")
        if "," in key:
            raise InvalidInputError(
                f"metadata[{index}]", f"must not contain ',' (keys are sent comma-separated): {key!r}"
            )
    return {"metadata": query_text("metadata", ",".join(chosen))} if chosen else {}
