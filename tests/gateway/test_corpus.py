"""What real integrations send is what the gateway accepts: every v2 corpus body, posted raw.

Each entry gets the state its operation needs (an order authorized or captured for enough, an
authorization that has expired, a tokenized customer), then its body goes out byte for byte as the
integration builds it, with real ids in the path. The one body the spec still refuses (an amount as a
string) must be refused where it is wrong.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import httpx
import pytest

from sezzle.gateway import Gateway
from tests.compat.corpus import CorpusEntry, load_corpus

from .conftest import authorized_order, error_of, new_order, session_body
from .test_conformance import _check as check_against_spec

V2_ENTRIES = [entry for entry in load_corpus() if entry.api == "v2"]
REFUSED = "amount-string"


def _cents(entry: CorpusEntry) -> int:
    """The amount the entry moves, so the state set up for it holds enough."""
    body = entry.body
    for key in ("capture_amount", "upcharge_amount", "order_amount"):
        nested = body.get(key)
        if isinstance(nested, dict):
            return int(nested["amount_in_cents"])
    return int(body.get("amount_in_cents", 100))


def _currency(entry: CorpusEntry) -> str:
    body = entry.body
    nested = body.get("capture_amount") or body.get("upcharge_amount") or body
    return str(nested.get("currency", "USD"))


def _tokenized_customer(client: httpx.Client, gateway: Gateway, auth: dict[str, str]) -> str:
    body = session_body()
    del body["order"]
    body["customer"] = {"tokenize": True}
    token = client.post("/v2/session", headers=auth, json=body).json()["tokenize"]["token"]
    return gateway.shopper.accept_tokenization(token)


Setup = Callable[[httpx.Client, Gateway, dict[str, str], CorpusEntry], dict[str, str]]


def _nothing(client: httpx.Client, gateway: Gateway, auth: dict[str, str], entry: CorpusEntry) -> dict[str, str]:
    return {}


def _open_order(client: httpx.Client, gateway: Gateway, auth: dict[str, str], entry: CorpusEntry) -> dict[str, str]:
    return {"order_uuid": new_order(client, auth)}


def _authorized(client: httpx.Client, gateway: Gateway, auth: dict[str, str], entry: CorpusEntry) -> dict[str, str]:
    # Ten times the amount: room for any capture or release, and for an upcharge within 15 %.
    cents = max(_cents(entry) * 10, 100)
    return {"order_uuid": authorized_order(client, auth, gateway, cents=cents, currency=_currency(entry))}


def _captured(client: httpx.Client, gateway: Gateway, auth: dict[str, str], entry: CorpusEntry) -> dict[str, str]:
    cents = max(_cents(entry), 100)
    order_uuid = authorized_order(client, auth, gateway, intent="CAPTURE", cents=cents, currency=_currency(entry))
    return {"order_uuid": order_uuid}


def _expired(client: httpx.Client, gateway: Gateway, auth: dict[str, str], entry: CorpusEntry) -> dict[str, str]:
    ids = _authorized(client, gateway, auth, entry)
    gateway.clock.advance(timedelta(minutes=31))
    return ids


def _customer(client: httpx.Client, gateway: Gateway, auth: dict[str, str], entry: CorpusEntry) -> dict[str, str]:
    return {"customer_uuid": _tokenized_customer(client, gateway, auth)}


SETUPS: dict[tuple[str, str], Setup] = {
    ("POST", "/v2/session"): _nothing,
    ("POST", "/v2/webhooks"): _nothing,
    ("PATCH", "/v2/order/{order_uuid}"): _open_order,
    ("POST", "/v2/order/{order_uuid}/capture"): _authorized,
    ("POST", "/v2/order/{order_uuid}/release"): _authorized,
    ("POST", "/v2/order/{order_uuid}/upcharge"): _authorized,
    ("POST", "/v2/order/{order_uuid}/refund"): _captured,
    ("POST", "/v2/order/{order_uuid}/reauthorize"): _expired,
    ("POST", "/v2/customer/{customer_uuid}/order"): _customer,
    ("POST", "/v2/customer/{customer_uuid}/preapprove"): _customer,
}


def _send(client: httpx.Client, gateway: Gateway, entry: CorpusEntry) -> tuple[httpx.Response, dict[str, str]]:
    """Set up what the entry needs, then send its body raw, with a bearer token that is still valid."""
    auth = {"Authorization": "Bearer " + _token(client, gateway)}
    ids = SETUPS[(entry.method, entry.path)](client, gateway, auth, entry)
    headers = {**entry.headers, "Authorization": "Bearer " + _token(client, gateway)}
    headers["Content-Type"] = "application/json"
    content = json.dumps(entry.body).encode()
    return client.request(entry.method, entry.url_path(**ids), headers=headers, content=content), ids


def _token(client: httpx.Client, gateway: Gateway) -> str:
    keys = {"public_key": gateway.public_key, "private_key": gateway.private_key}
    token: str = client.post("/v2/authentication", json=keys).json()["token"]
    return token


def test_the_corpus_covers_every_operation_it_is_set_up_for() -> None:
    assert {(entry.method, entry.path) for entry in V2_ENTRIES} <= set(SETUPS)
    assert [entry.id for entry in V2_ENTRIES if REFUSED in entry.traits] == ["sezzle-docs/capture-amount-string"]


@pytest.mark.parametrize("entry", [e for e in V2_ENTRIES if REFUSED not in e.traits], ids=lambda entry: entry.id)
def test_every_body_integrations_send_is_accepted(client: httpx.Client, gateway: Gateway, entry: CorpusEntry) -> None:
    answer, _ = _send(client, gateway, entry)

    assert 200 <= answer.status_code < 300, answer.text


@pytest.mark.parametrize(
    "entry", [e for e in V2_ENTRIES if e.path == "/v2/session" and "order" in e.body], ids=lambda entry: entry.id
)
def test_the_orders_those_sessions_create_read_back_as_the_spec_describes(
    client: httpx.Client, gateway: Gateway, entry: CorpusEntry
) -> None:
    created, _ = _send(client, gateway, entry)
    order_uuid = created.json()["order"]["uuid"]

    answer = client.get(f"/v2/order/{order_uuid}", headers={"Authorization": "Bearer " + _token(client, gateway)})

    assert answer.status_code == 200
    check_against_spec(answer)


@pytest.mark.parametrize("entry", [e for e in V2_ENTRIES if REFUSED in e.traits], ids=lambda entry: entry.id)
def test_an_amount_sent_as_text_is_refused_where_it_is(
    client: httpx.Client, gateway: Gateway, entry: CorpusEntry
) -> None:
    answer, ids = _send(client, gateway, entry)

    assert answer.status_code == 400
    error: dict[str, Any] = error_of(answer)
    assert (error["code"], error["location"]) == ("bad_request", "capture_amount.amount_in_cents")
    assert gateway.state.order(ids["order_uuid"]).captured_cents == 0
