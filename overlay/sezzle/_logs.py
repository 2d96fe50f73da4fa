"""``SEZZLE_LOG=debug`` or ``SEZZLE_LOG=info``: see what the client does without writing logging code.

Like ``OPENAI_LOG`` in openai-python: when the variable is set at import time, the ``sezzle`` logger
gets a handler writing to stderr at that level. ``info`` shows retries; ``debug`` adds one line per
attempt (method, path, status, attempt, elapsed, debug_uuid, request id). No line carries a key,
bearer token or card data, and card tokens in paths are hidden. Without the variable the package
only adds a ``NullHandler``, leaving logging to the application.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Mapping

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
