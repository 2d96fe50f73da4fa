"""``SEZZLE_LOG=debug`` or ``SEZZLE_LOG=info``: see what the client does without writing logging code.

Like ``OPENAI_LOG`` in openai-python: when the variable is set at import time, the ``sezzle`` logger
gets a handler writing to stderr at that level. ``info`` shows retries; ``debug`` adds one line per
attempt (method, path, status, attempt, elapsed, debug_uuid, request id). No line carries a key,
bearer token or card data, and card tokens in paths are hidden, in httpx's own request lines too
(``RedactingFilter``). Without the variable the package
only adds a ``NullHandler``, leaving logging to the application.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Mapping

from sezzle._core.redact import redact_path

LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}
FORMAT = "[%(asctime)s %(levelname)s %(name)s] %(message)s"


def setup_logging(environ: Mapping[str, str] = os.environ) -> logging.Handler | None:
    """Apply ``SEZZLE_LOG``; returns the handler it added, or None when the variable is unset or unknown."""
    logger = logging.getLogger("sezzle")
    if not any(isinstance(handler, logging.NullHandler) for handler in logger.handlers):
        logger.addHandler(logging.NullHandler())
    level = LEVELS.get(environ.get("SEZZLE_LOG", "").strip().lower())
    if level is None:
        return None
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.setLevel(level)
    logger.addHandler(handler)
    logger.setLevel(level)
    return handler


class RedactingFilter(logging.Filter):
    """Rewrites a log line so a card-data token in a URL it holds is hidden (httpx logs each request's URL)."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Always keeps the record; only its text changes, and only when it held a card-data token."""
        try:
            message = record.getMessage()
        except (TypeError, ValueError):  # a record whose arguments do not fit its format: leave it as it is
            return True
        hidden = redact_path(message)
        if hidden != message:
            record.msg, record.args = hidden, None
        return True


def install_httpx_filter() -> None:
    """Put ``RedactingFilter`` on httpx's logger once; every client does this when it is made."""
    logger = logging.getLogger("httpx")
    if not any(isinstance(existing, RedactingFilter) for existing in logger.filters):
        logger.addFilter(RedactingFilter())
