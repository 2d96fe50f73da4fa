"""Virtual-card sessions and the single-use card-data token."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import httpx
import pytest

from sezzle.errors import InvalidInputError
from sezzle.gateway import Gateway

from .conftest import bearer, error_of


def card_session_body(**changes: Any) -> dict[str, Any]:
    return {
        "origin": "https://shop.example",
        "mode": "iframe",
        "merchant_reference_id": "cart-42",
        "amount_in_cents": 1_000,
        "currency": "USD",
        "card_response_format": "token",
        "customer": {"first_name": "Ada", "last_name": "Lovelace", "email": "ada@example.com"},
        **changes,
    }


def card_session(client: httpx.Client, auth: dict[str, str]) -> str:
    answer = client.post("/v2/session/card", headers=auth, json=card_session_body())
    assert answer.status_code == 201
    session_uuid: str = answer.json()["uuid"]
    return session_uuid


def test_create_a_card_session(client: httpx.Client, gateway: Gateway, auth: dict[str, str]) -> None:
    answer = client.post("/v2/session/card", headers=auth, json=card_session_body())

    assert answer.status_code == 201
    assert set(answer.json()) == {"uuid", "dashboard_url"}
    assert answer.json()["dashboard_url"].startswith(gateway.url)


@pytest.mark.parametrize(
    ("changes", "status", "location"),
    [
        ({"origin": None}, 400, "origin"),
        ({"mode": "window"}, 422, "mode"),
        ({"amount_in_cents": "10"}, 400, "amount_in_cents"),
        ({"merchant_reference_id": "cart 42"}, 422, "merchant_reference_id"),
    ],
)
def test_card_session_validation(
    client: httpx.Client, auth: dict[str, str], changes: dict[str, Any], status: int, location: str
) -> None:
    answer = client.post("/v2/session/card", headers=auth, json=card_session_body(**changes))

    assert answer.status_code == status
    assert error_of(answer)["location"] == location


def test_set_the_merchant_order_id(client: httpx.Client, auth: dict[str, str]) -> None:
    session_uuid = card_session(client, auth)

    answer = client.patch(f"/v2/session/{session_uuid}/card", headers=auth, json={"order_id": "A-100"})
    missing = client.patch(f"/v2/session/{session_uuid}/card", headers=auth, json={})
    unknown = client.patch("/v2/session/nope/card", headers=auth, json={"order_id": "A-100"})

    assert answer.status_code == 204
    assert (missing.status_code, error_of(missing)["location"]) == (400, "order_id")
    assert unknown.status_code == 404


def test_card_data_can_be_read_once(client: httpx.Client, gateway: Gateway, auth: dict[str, str]) -> None:
    token = gateway.shopper.complete_card_session(card_session(client, auth))

    first = client.get(f"/v2/session/card/token/{token}", headers=auth)
    second = client.get(f"/v2/session/card/token/{token}", headers=auth)

    assert first.status_code == 200
    card = first.json()
    assert set(card) == {"pan", "cvv_number", "expiration_date", "first_name", "last_name"}
    assert card["pan"].isdigit()
    assert len(card["pan"]) == 16
    assert card["expiration_date"] == "0329"
    assert (card["first_name"], card["last_name"]) == ("Ada", "Lovelace")
    assert second.status_code == 404
    assert error_of(second)["code"] == "record_not_found"


def test_card_data_expires(client: httpx.Client, gateway: Gateway, auth: dict[str, str]) -> None:
    token = gateway.shopper.complete_card_session(card_session(client, auth))
    gateway.clock.advance(timedelta(hours=24))

    assert client.get(f"/v2/session/card/token/{token}", headers=bearer(client, gateway)).status_code == 404


def test_a_card_session_completes_once(client: httpx.Client, gateway: Gateway, auth: dict[str, str]) -> None:
    session_uuid = card_session(client, auth)
    gateway.shopper.complete_card_session(session_uuid)

    with pytest.raises(InvalidInputError, match="already_completed"):
        gateway.shopper.complete_card_session(session_uuid)
