"""What the hardening tests share: the secrets an answer may hold, and checks that never print them."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from tests.client.conftest import PRIVATE_KEY, TOKEN

PAN = "4111111111111111"
PAN_SPACED = "4111 1111 1111 1111"
CVV = "987"
CARD_TOKEN = "tok-card-SECRET-0042"
ORDER = "5b4a62f3-40c6-4f3a-8b60-9d6d2a5c1e0b"
SECRETS = {"private key": PRIVATE_KEY, "bearer token": TOKEN, "card number": PAN, "spaced card number": PAN_SPACED}


def leaked(text: str, *, card_token: bool = False) -> list[str]:
    """The names (never the values) of the secrets ``text`` shows."""
    found = [name for name, secret in SECRETS.items() if secret in text]
    if f"'{CVV}'" in text or f'"{CVV}"' in text or f"={CVV}" in text:
        found.append("CVV")
    if card_token and CARD_TOKEN in text:
        found.append("card-data token")
    return found


def no_leak(where: str, text: str, *, card_token: bool = False) -> None:
    """Fail naming the secret and the place, without showing the text (it holds the secret)."""
    found = leaked(text, card_token=card_token)
    if found:
        raise AssertionError(f"{', '.join(found)} shown in {where}")


def rendered(error: BaseException) -> str:
    """Everything a program could print about an error: its text, repr and traceback with every frame's locals."""
    lines = traceback.TracebackException.from_exception(error, capture_locals=True).format()
    return "\n".join([str(error), repr(error), *lines])


class Recorder(logging.Handler):
    """Keeps every record's rendered text."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


@contextmanager
def every_log() -> Iterator[Recorder]:
    """A DEBUG handler on the root logger and on every logger there is, each at DEBUG, for the duration.

    The root logger's other handlers (pytest's capture among them) are set aside meanwhile, so a failing
    test cannot print a line that holds a secret.
    """
    recorder = Recorder()
    root = logging.getLogger()
    loggers = [root, *(logging.getLogger(name) for name in list(logging.root.manager.loggerDict))]
    saved = [(logger, logger.level) for logger in loggers]
    others = list(root.handlers)
    for handler in others:
        root.removeHandler(handler)
    for logger in loggers:
        logger.setLevel(logging.DEBUG)
        if logger is not root and not logger.propagate:
            logger.addHandler(recorder)
    root.addHandler(recorder)
    try:
        yield recorder
    finally:
        for logger, level in saved:
            logger.setLevel(level)
            if recorder in logger.handlers:
                logger.removeHandler(recorder)
        for handler in others:
            root.addHandler(handler)


def failure_of(call: Callable[[], object]) -> BaseException:
    """The exception ``call`` raised; its traceback starts here, in a frame whose locals hold no secret."""
    try:
        call()
    except Exception as error:
        return error
    raise AssertionError("the call succeeded")


def shown(error: BaseException) -> str:
    """An error's text, repr and plain traceback (no locals)."""
    return "\n".join([str(error), repr(error), *traceback.TracebackException.from_exception(error).format()])


def says(text: str, expected: str) -> None:
    """Fail if ``text`` lacks ``expected``, without showing ``text`` (it may hold a secret)."""
    if expected not in text:
        raise AssertionError(f"{expected!r} is not in the text")
