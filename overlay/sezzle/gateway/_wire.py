"""How values look on the wire: timestamps, money, identifiers and links, as Sezzle writes them."""

from __future__ import annotations

import json
import secrets
import string
import uuid
from datetime import UTC, datetime
from typing import Any

import attrs

from sezzle.money import to_decimal

__all__ = [
    "Money",
    "csv_amount",
    "csv_time",
    "dashboard_id",
    "dumps",
    "link",
    "new_uuid",
    "rfc3339",
    "rfc3339_micro",
]


@attrs.frozen
class Money:
    """An amount in minor units of a currency, like Sezzle's Price object."""

    cents: int
    currency: str

    def to_json(self) -> dict[str, Any]:
        """The amount as a Sezzle ``Price`` object."""
        return {"amount_in_cents": self.cents, "currency": self.currency}


def new_uuid() -> str:
    return str(uuid.uuid4())


_DASHBOARD_ALPHABET = string.ascii_lowercase + string.digits


def dashboard_id() -> str:
    """A dashboard-style order id such as ``bm99f-31vu1-kg00e-rae1g``."""
    return "-".join("".join(secrets.choice(_DASHBOARD_ALPHABET) for _ in range(5)) for _ in range(4))


def rfc3339(moment: datetime) -> str:
    """RFC 3339 in UTC with milliseconds and ``Z``, the form the v2 API answers with."""
    moment = moment.astimezone(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def rfc3339_micro(moment: datetime) -> str:
    """RFC 3339 in UTC with microseconds, as webhook envelopes carry it."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def csv_time(moment: datetime) -> str:
    """The report timestamp form, for example ``2019-11-02 00:05:00 +0000 UTC``."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S +0000 UTC")


def csv_amount(cents: int, currency: str) -> str:
    """Minor units as a decimal amount in the currency's own places, for example ``703.20`` or ``-0.30``."""
    return str(to_decimal(cents, currency))


def link(base_url: str, path: str, method: str, rel: str) -> dict[str, str]:
    return {"href": f"{base_url}{path}", "method": method, "rel": rel}


def dumps(value: Any) -> bytes:
    """Compact JSON bytes; the exact bytes are what a webhook signature covers."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode()
