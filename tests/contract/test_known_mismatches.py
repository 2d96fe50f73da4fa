"""Each known mismatch (none at present), reproduced on its own, its conforming behaviour strictly expected to fail.

A test first checks the side that is right (what the gateway does, or what the spec says), so a change
there fails loudly; only the last check, on the side that must change, raises ``StillMismatched``,
which is the one failure expected. When that side is fixed the test passes, pytest reports it as a
strict xfail that passed, the mismatch is deleted from ``mismatches.KNOWN``, and the test moves to
``test_pinned_cases.py`` without its mark.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from . import mismatches
from .mismatches import Mismatch


class StillMismatched(AssertionError):
    """The side that must change has not changed yet."""


def known(mismatch: Mismatch) -> pytest.MarkDecorator:
    return pytest.mark.xfail(raises=StillMismatched, strict=True, reason=f"{mismatch.side}: {mismatch.detail}")


def still(conforms: bool, mismatch: Mismatch) -> None:
    if not conforms:
        raise StillMismatched(mismatch.name)


def test_every_known_mismatch_is_reproduced_here() -> None:
    source = Path(__file__).read_text(encoding="utf-8")
    missing = [m.name for m in mismatches.KNOWN if f"@known(mismatches.{_constant(m)})" not in source]
    assert missing == []


def _constant(mismatch: Mismatch) -> str:
    return next(name for name, value in vars(mismatches).items() if value is mismatch)
