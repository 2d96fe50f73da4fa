"""Secrets stay out of the frames a traceback with locals renders, and deep JSON never escapes bare."""

from __future__ import annotations

import traceback

import httpx
import pytest
from pytest_httpx import HTTPXMock

from sezzle import APIConnectionError, InvalidInputError
from sezzle.webhooks import compute_signature, construct_event
from tests.client.conftest import BASE, add_auth, make_client

TOKEN = "card-token-4f1c9e2b7a5d"


def test_a_failed_card_data_read_renders_no_token_with_its_locals(httpx_mock: HTTPXMock) -> None:
    add_auth(httpx_mock)
    httpx_mock.add_exception(httpx.ConnectError("refused"), url=f"{BASE}/v2/session/card/token/{TOKEN}")
    with pytest.raises(APIConnectionError) as failure:
        make_client(max_retries=0).card_sessions.get_card_data(TOKEN)
    rendered = "".join(traceback.TracebackException.from_exception(failure.value, capture_locals=True).format())
    assert "get_card_data" in rendered
    assert TOKEN not in rendered


def test_a_signed_body_that_nests_too_deeply_is_a_typed_error() -> None:
    key = "sz_pr_frames_0123456789abcdef"
    body = b"[" * 100_000 + b"]" * 100_000
    with pytest.raises(InvalidInputError, match="nests too deeply"):
        construct_event(body, {"Sezzle-Signature": compute_signature(body, key)}, [key])
