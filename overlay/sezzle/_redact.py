"""Keep secrets out of logs, reprs and exception text."""

from __future__ import annotations

import re

# A card-data token in a URL path unlocks a card number and CVV: never show it.
_CARD_TOKEN_PATH = re.compile(r"(/session/card/token/)[^/?#]+")


def redact_path(path: str) -> str:
    """The path with any single-use card-data token hidden."""
    return _CARD_TOKEN_PATH.sub(r"\1…", path)


def mask_card_number(pan: str | None) -> str | None:
    """Only the last four digits of a card number."""
    if pan is None:
        return None
    return "…" + pan[-4:] if len(pan) > 4 else "…"
