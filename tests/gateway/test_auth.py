"""Bearer tokens: issued for the right keys only, required everywhere else, expiring on the simulated clock."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

import httpx
import pytest

from sezzle.gateway import Clock, Gateway

from .conftest import START, bearer, error_of

RFC3339_MS = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$")


def test_right_keys_get_a_token_that_expires_after_the_lifetime(client: httpx.Client, gateway: Gateway) -> None:
    answer = client.post(
        "/v2/authentication", json={"public_key": gateway.public_key, "private_key": gateway.private_key}
    )

    assert answer.status_code == 201
    body = answer.json()
    assert set(body) == {"token", "expiration_date", "merchant_uuid"}
    assert RFC3339_MS.match(body["expiration_date"])
    assert datetime.fromisoformat(body["expiration_date"]) == START + timedelta(minutes=120)
    assert body["merchant_uuid"] == gateway.merchant_uuid


@pytest.mark.parametrize(
    "keys",
    [
        {"public_key": "sz_pub_test", "private_key": "wrong"},
        {"public_key": "wrong", "private_key": "sz_pr_test"},
    ],
)
def test_wrong_keys_are_refused_with_401(client: httpx.Client, keys: dict[str, str]) -> None:
    answer = client.post("/v2/authentication", json=keys)

    assert answer.status_code == 401
    assert error_of(answer)["code"] == "unauthorized"


def test_a_missing_key_is_a_bad_request_naming_the_field(client: httpx.Client) -> None:
    answer = client.post("/v2/authentication", json={"public_key": "sz_pub_test"})

    assert answer.status_code == 400
    error = error_of(answer)
    assert error["code"] == "bad_request"
    assert error["location"] == "private_key"


def test_custom_keys_replace_the_defaults() -> None:
    with Gateway(public_key="pub_1", private_key="priv_1") as gw, httpx.Client(base_url=gw.url, verify=False) as http:
        assert http.post("/v2/authentication", json={"public_key": "pub_1", "private_key": "priv_1"}).status_code == 201
        refused = http.post("/v2/authentication", json={"public_key": "sz_pub_test", "private_key": "sz_pr_test"})
        assert refused.status_code == 401


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer not-a-token"}, {"Authorization": "Basic abc"}],
    ids=["missing", "unknown", "other-scheme"],
)
def test_other_routes_need_a_valid_bearer_token(client: httpx.Client, headers: dict[str, str]) -> None:
    answer = client.get("/v2/customer", headers=headers)

    assert answer.status_code == 401
    assert error_of(answer)["code"] == "unauthorized"


def test_a_raw_token_without_the_bearer_scheme_is_refused(client: httpx.Client, gateway: Gateway) -> None:
    token = bearer(client, gateway)["Authorization"].removeprefix("Bearer ")

    assert client.get("/v2/customer", headers={"Authorization": token}).status_code == 401


def test_tokens_expire_on_the_simulated_clock(client: httpx.Client, gateway: Gateway) -> None:
    auth = bearer(client, gateway)
    gateway.clock.advance(timedelta(minutes=120) - timedelta(seconds=1))
    assert client.get("/v2/customer", headers=auth).status_code == 200

    gateway.clock.advance(1)
    expired = client.get("/v2/customer", headers=auth)

    assert expired.status_code == 401
    assert "expired" in error_of(expired)["message"]
    assert client.get("/v2/customer", headers=bearer(client, gateway)).status_code == 200


def test_token_lifetime_is_configurable() -> None:
    with (
        Gateway(token_lifetime=60, clock=Clock(START, frozen=True)) as gw,
        httpx.Client(base_url=gw.url, verify=False) as http,
    ):
        auth = bearer(http, gw)
        gw.clock.advance(60)
        assert http.get("/v2/customer", headers=auth).status_code == 401


def test_several_tokens_are_valid_at_once(client: httpx.Client, gateway: Gateway) -> None:
    first, second = bearer(client, gateway), bearer(client, gateway)

    assert first != second
    assert client.get("/v2/customer", headers=first).status_code == 200
    assert client.get("/v2/customer", headers=second).status_code == 200
