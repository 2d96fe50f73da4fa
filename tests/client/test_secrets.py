"""A full flow at DEBUG never shows the private key, bearer token, card number or CVV anywhere."""

from __future__ import annotations

import logging

import httpx
import pytest
from pytest_httpx import HTTPXMock

from sezzle import APIStatusError, CardTokenMaybeSpentError
from tests.client.conftest import BASE, CREATED, PRIVATE_KEY, SESSION_ARGS, TOKEN, add_auth, make_client

PAN = "4111111111111111"
CVV = "987"
CARD = {"pan": PAN, "cvv_number": CVV, "expiration_date": "0228", "first_name": "Ada", "last_name": "Lovelace"}
SECRETS = (PRIVATE_KEY, TOKEN, PAN, CVV)


def leaks(text: str) -> list[str]:
    # The CVV is short: check it only as a quoted value, which is how it would appear in a repr.
    found = [secret for secret in (PRIVATE_KEY, TOKEN, PAN) if secret in text]
    return found + ([CVV] if f"'{CVV}'" in text or f'"{CVV}"' in text else [])


def test_full_flow_at_debug_leaks_nothing(httpx_mock: HTTPXMock, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    add_auth(httpx_mock)
    httpx_mock.add_response(method="POST", url=f"{BASE}/v2/session", status_code=201, json=CREATED)
    httpx_mock.add_response(
        url=f"{BASE}/v2/session/sess-1", status_code=500, json=[{"code": "oops", "debug_uuid": "d-9"}]
    )
    httpx_mock.add_response(url=f"{BASE}/v2/session/sess-1", json={"uuid": "sess-1", "links": []})
    httpx_mock.add_response(
        method="POST",
        url=f"{BASE}/v2/session/card",
        status_code=201,
        json={"uuid": "cs-1", "dashboard_url": "https://d"},
    )
    httpx_mock.add_response(url=f"{BASE}/v2/session/card/token/tok-card-1", json=CARD)
    httpx_mock.add_response(
        url=f"{BASE}/v2/session/card/token/tok-card-1", status_code=404, json={"code": "record_not_found"}
    )
    httpx_mock.add_exception(httpx.ReadTimeout("slow"), url=f"{BASE}/v2/session/card/token/tok-card-2")

    texts: list[str] = []
    client = make_client()
    texts.append(repr(client))
    created = client.sessions.create(**SESSION_ARGS)
    texts += [repr(created), repr(client.sessions.get("sess-1"))]
    card_session = client.card_sessions.create(
        origin="https://shop.test", mode="iframe", merchant_reference_id="cart-1", amount_in_cents=1000, currency="USD"
    )
    texts.append(repr(card_session))
    card = client.card_sessions.get_card_data("tok-card-1")
    texts += [repr(card), str(card)]
    assert card.pan == PAN
    assert card.cvv_number == CVV
    assert "…1111" in repr(card)
    for token in ("tok-card-1", "tok-card-2"):
        with pytest.raises((APIStatusError, CardTokenMaybeSpentError)) as failure:
            client.card_sessions.get_card_data(token)
        texts += [str(failure.value), repr(failure.value)]
    texts += [repr(client._tokens), repr(client._tokens._token), repr(client._config.keys), repr(client._sender.auth)]

    sezzle_lines = [record for record in caplog.records if record.name == "sezzle"]
    attempts = [record for record in sezzle_lines if record.levelno == logging.DEBUG]
    assert len(attempts) == 8  # one per attempt: auth, create, get x2, card session, card data x3
    retries = [record.getMessage() for record in sezzle_lines if record.levelno == logging.INFO]
    assert retries == ["GET /v2/session/sess-1 -> 500; retrying in 0.00s"]
    assert any("debug_uuid=d-9" in record.getMessage() for record in sezzle_lines)
    everything = "\n".join(texts + [record.getMessage() for record in caplog.records])
    assert leaks(everything) == []
    assert "tok-card" not in "\n".join(record.getMessage() for record in sezzle_lines)


def test_debug_line_fields(httpx_mock: HTTPXMock, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="sezzle")
    add_auth(httpx_mock)
    httpx_mock.add_response(url=f"{BASE}/v2/session/sess-1", json={"uuid": "sess-1", "links": []})
    make_client().sessions.get("sess-1")
    line = [record.getMessage() for record in caplog.records if record.name == "sezzle"][-1]
    assert line.startswith("GET /v2/session/sess-1 -> 200 attempt=1 elapsed=")


def test_generated_models_hide_secrets_in_reprs() -> None:
    from sezzle_api.models import AuthenticationRequest, AuthenticationToken, CardData

    texts = [
        repr(AuthenticationRequest(public_key="sz_pub_visible", private_key=PRIVATE_KEY)),
        repr(AuthenticationToken(token=TOKEN)),
        repr(CardData(pan=PAN, cvv_number=CVV, expiration_date="0228")),
    ]
    assert leaks("\n".join(texts)) == []
    assert "sz_pub_visible" in texts[0]
    assert "…1111" in texts[2]
