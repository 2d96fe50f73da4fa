"""Read an answer as the spec describes it: a success the way the client does (the operation's
``ANSWER``), an error body into the spec's error model (a list of ``ErrorV2``, or one)."""

from __future__ import annotations

from types import ModuleType
from typing import Any

import httpx

from sezzle._core.sender import reader
from sezzle_api.models import ErrorV2


def read_answer(module: ModuleType, status: int, body: Any) -> Any:
    response = httpx.Response(status, json=body, request=httpx.Request("GET", "https://gateway.test/"))
    if 200 <= status < 300:
        return reader(module.ANSWER)(response)
    return [ErrorV2.from_dict(item) for item in body] if isinstance(body, list) else ErrorV2.from_dict(body)
