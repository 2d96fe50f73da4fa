"""What every store shares: lease and retention checks, safe names, claim tokens and error wrapping."""

from __future__ import annotations

import re
import secrets
import threading
from datetime import timedelta

from sezzle.errors import ConfigurationError

__all__ = [
    "DEFAULT_LEASE",
    "DEFAULT_RETENTION",
    "HeldClaims",
    "check_name",
    "describe",
    "seconds",
]

DEFAULT_LEASE = 300.0
"""Seconds a claim holds an event while its handler runs; a handler must finish well within it."""

DEFAULT_RETENTION = 7 * 24 * 3600.0
"""Seconds a handled event is remembered: longer than Sezzle's retries (about five days)."""

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,62}")


def seconds(value: float | timedelta, name: str) -> float:
    """A positive number of seconds from seconds or a timedelta."""
    number = value.total_seconds() if isinstance(value, timedelta) else value
    if isinstance(number, bool) or not isinstance(number, int | float) or not number > 0:
        raise ConfigurationError(f"{name} must be a positive number of seconds or a timedelta, got {value!r}")
    return float(number)


def check_name(value: str, what: str) -> str:
    """A table name or key prefix that is safe to put into SQL or a key as it is."""
    if not isinstance(value, str) or not _NAME.fullmatch(value):
        raise ConfigurationError(f"{what} must be letters, digits and _ (at most 63, not starting with a digit)")
    return value


def describe(error: BaseException) -> str:
    """A one-line account of a driver error: its type and first line, which carry no passwords."""
    original = getattr(error, "orig", None) or error
    text = str(original).strip().splitlines()
    first = text[0] if text else ""
    return f"{type(original).__name__}: {first}" if first else type(original).__name__


class HeldClaims:
    """The random token of each claim this store instance holds, so a release removes only its own claim.

    A token is recorded only once its claim succeeded: of concurrent claims of one uuid in this process,
    the losers never touch the winner's token.
    """

    def __init__(self) -> None:
        self._tokens: dict[str, str] = {}
        self._lock = threading.Lock()

    @staticmethod
    def new() -> str:
        return secrets.token_hex(16)

    def hold(self, uuid: str, token: str) -> None:
        with self._lock:
            self._tokens[uuid] = token

    def kept(self, uuid: str, token: str, claimed: bool) -> bool:
        """``claimed``, once ``token`` is recorded as this store's claim of ``uuid`` if it is True."""
        if claimed:
            self.hold(uuid, token)
        return claimed

    def get(self, uuid: str) -> str | None:
        with self._lock:
            return self._tokens.get(uuid)

    def forget(self, uuid: str, token: str | None = None) -> None:
        with self._lock:
            if token is None or self._tokens.get(uuid) == token:
                self._tokens.pop(uuid, None)

    def __len__(self) -> int:
        with self._lock:
            return len(self._tokens)
