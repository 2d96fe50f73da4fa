"""``Secret``: text that is sent as it is but never shown, in a repr, a message or a traceback's locals.

A ``Secret`` is a ``str`` (so a JSON body or an HMAC key takes it as the text it holds) whose ``repr``,
``str`` and ``format`` are masked. Error reporters that record the locals of every frame a traceback
passes through (``traceback.TracebackException(..., capture_locals=True)``, Sentry and the like) then
show ``Secret('***')`` wherever the key travels. Operations on it (``strip``, ``+``) give plain text,
so code holding one keeps it whole and hands it over only where it is used.
"""

from __future__ import annotations

from typing import Any


class Secret(str):
    """A secret string: itself to ``json``, ``==``, ``encode`` and ``hmac``; ``Secret('***')`` to ``repr``."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "Secret('***')"

    def __str__(self) -> str:
        return "***"

    def __format__(self, format_spec: str) -> str:
        return format("***", format_spec)

    def __reduce__(self) -> tuple[Any, ...]:
        return (Secret, (self.reveal(),))

    def reveal(self) -> str:
        """The text itself, as a plain ``str``: only where it is used (a request body, an HMAC key)."""
        return str.__str__(self)

    def secret_bytes(self) -> bytes:
        """The bytes of the key: UTF-8, and bytes given as bytes come back exactly (see ``Secret.of``)."""
        return self.encode("utf-8", "surrogateescape")

    @classmethod
    def of(cls, value: str | bytes | bytearray) -> Secret:
        """``value`` as a ``Secret``; bytes are kept exactly (undecodable ones as surrogate escapes)."""
        if isinstance(value, Secret):
            return value
        if isinstance(value, bytes | bytearray):
            return cls(bytes(value).decode("utf-8", "surrogateescape"))
        return cls(value)


def hidden(value: Any) -> Any:
    """``value`` with any text in it (itself, or the items of a list or tuple) held as ``Secret``."""
    if isinstance(value, str | bytes | bytearray):
        return Secret.of(value)
    if isinstance(value, list | tuple):
        return [Secret.of(item) if isinstance(item, str | bytes | bytearray) else item for item in value]
    return value
