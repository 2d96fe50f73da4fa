"""Keep secrets out of logs, reprs and exception text."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable

import httpx

# A card-data token in a URL path unlocks a card number and CVV: never show it. The token ends where a
# path segment, a query or the text around a URL in a log line does.
_CARD_TOKEN_PATH = re.compile(r"(/session/card/token/)[^/?#\s\"'<>]+")

# A card number: 12 to 19 digits in a row, or in groups split by single spaces or dashes.
_CARD_NUMBER = re.compile(r"(?<![0-9])[0-9](?:[ -]?[0-9]){11,18}(?![0-9])")

# Shorter values would mask ordinary words in a message; no key or token is this short.
_MIN_SECRET = 6


def redact_path(path: str) -> str:
    """The path (or any text holding a URL) with any single-use card-data token hidden."""
    return _CARD_TOKEN_PATH.sub(r"\1…", path)


def _last_four(match: re.Match[str]) -> str:
    digits = re.sub(r"[ -]", "", match.group(0))
    return "…" + digits[-4:]


def mask_text(text: str, secrets: Iterable[str] = ()) -> str:
    """``text`` with each of ``secrets``, card-data tokens in paths and card-number-shaped digit runs hidden."""
    for secret in sorted({s for s in secrets if len(s) >= _MIN_SECRET}, key=len, reverse=True):
        text = text.replace(secret, "***")
    return _CARD_NUMBER.sub(_last_four, redact_path(text))


def request_secrets(request: httpx.Request | None) -> tuple[str, ...]:
    """The secrets a request carried: its bearer token, and the private key an authentication body holds."""
    if request is None:
        return ()
    found: list[str] = []
    authorization = request.headers.get("Authorization", "")
    scheme, _, credentials = authorization.partition(" ")
    if credentials.strip():
        found.append(credentials.strip())
    elif scheme:
        found.append(scheme)
    try:
        content = request.content
    except httpx.RequestNotRead:
        return tuple(found)
    if b"private_key" in content:
        try:
            body = json.loads(content)
        except (ValueError, RecursionError):
            body = None
        if isinstance(body, dict) and isinstance(body.get("private_key"), str):
            found.append(body["private_key"])
    return tuple(found)


class RedactedRequest(httpx.Request):
    """An ``httpx.Request`` whose repr hides a card-data token in its URL (it is still sent as given)."""

    def __repr__(self) -> str:
        return f"<Request({self.method!r}, {redact_path(str(self.url))!r})>"
