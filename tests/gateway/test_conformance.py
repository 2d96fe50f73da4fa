"""Every answer in a full run is one the project's OpenAPI spec declares, with a body its schema accepts."""

from __future__ import annotations

import json
import re
import urllib.parse
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from sezzle.gateway import Clock, Gateway

from .conftest import START, price, session_body

SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi" / "sezzle-api.json"
SPEC: dict[str, Any] = json.loads(SPEC_PATH.read_text(encoding="utf-8"))
SPEC_URI = "urn:sezzle-spec"
REGISTRY = Registry().with_resource(SPEC_URI, Resource.from_contents(SPEC, default_specification=DRAFT202012))


def _pointer(*parts: str) -> str:
    return "/" + "/".join(part.replace("~", "~0").replace("/", "~1") for part in parts)


def _template(path: str) -> str:
    template: str
    for template in SPEC["paths"]:
        if re.fullmatch(re.sub(r"\\\{\w+\\\}", "[^/]+", re.escape(template)), path):
            return template
    raise AssertionError(f"{path} is not in the spec")


def _check(response: httpx.Response) -> None:
    method = response.request.method.lower()
    template = _template(response.request.url.path)
    responses = SPEC["paths"][template][method]["responses"]
    status = str(response.status_code)
    assert status in responses, f"{method.upper()} {template} answered {status}, which the spec does not declare"
    declared = responses[status]
    pointer: tuple[str, ...] = ("paths", template, method, "responses", status)
    if "$ref" in declared:
        name: str = declared["$ref"].rsplit("/", 1)[1]
        declared, pointer = SPEC["components"]["responses"][name], ("components", "responses", name)
    content = declared.get("content", {})
    if not content:
        assert response.content == b"", f"{method.upper()} {template} {status} should have no body"
        return
    media = "application/json" if "application/json" in content else next(iter(content))
    assert response.headers["content-type"].split(";")[0] == media
    if media != "application/json":
        return
    where = urllib.parse.quote(_pointer(*pointer, "content", media, "schema"))
    validator = Draft202012Validator({"$ref": f"{SPEC_URI}#{where}"}, registry=REGISTRY)
    problems = [f"{list(error.absolute_path)}: {error.message}" for error in validator.iter_errors(response.json())]
    assert not problems, f"{method.upper()} {template} {status}: {problems}"


@pytest.fixture
def checked() -> Iterator[tuple[Gateway, httpx.Client, list[httpx.Response]]]:
    seen: list[httpx.Response] = []

    def keep(response: httpx.Response) -> None:
        response.read()
        seen.append(response)

    with (
        Gateway(clock=Clock(START, frozen=True), webhook_retry_delays=()) as gw,
        httpx.Client(base_url=gw.url, verify=False, event_hooks={"response": [keep]}) as http,
    ):
        yield gw, http, seen


def test_a_full_run_matches_the_spec(checked: tuple[Gateway, httpx.Client, list[httpx.Response]]) -> None:
    gateway, http, seen = checked
    keys = {"public_key": gateway.public_key, "private_key": gateway.private_key}
    http.post("/v2/authentication", json={**keys, "private_key": "wrong"})
    http.post("/v2/authentication", json={"public_key": "x"})
    auth = {"Authorization": "Bearer " + http.post("/v2/authentication", json=keys).json()["token"]}
    http.get("/v2/customer", headers={"Authorization": "Bearer nope"})

    # A checkout, with tokenization, and every order operation.
    body = session_body(
        metadata={"store": "north"}, items=[{"name": "w", "sku": "s", "quantity": 1, **{"price": price(10_000)}}]
    )
    body["customer"] = {"tokenize": True, "email": "ada@example.com", "first_name": "Ada"}
    session = http.post("/v2/session", headers=auth, json=body).json()
    http.post("/v2/session", headers=auth, json={"cancel_url": {}})
    http.post("/v2/session", headers=auth, json=session_body(cents=5))
    http.get(f"/v2/session/{session['uuid']}", headers=auth)
    http.get("/v2/session/unknown", headers=auth)
    order = session["order"]["uuid"]
    token = session["tokenize"]["token"]
    http.get(f"/v2/token/{token}/session", headers=auth)
    customer = gateway.shopper.accept_tokenization(token)
    http.get(f"/v2/token/{token}/session", headers=auth)
    http.get(f"/v2/order/{order}", headers=auth)
    gateway.shopper.complete_checkout(order)
    http.patch(f"/v2/order/{order}", headers=auth, json={"reference_id": "ord_9"})
    http.post(f"/v2/order/{order}/capture", headers=auth, json={"capture_amount": price(6_000)})
    http.post(f"/v2/order/{order}/capture", headers=auth, json={"capture_amount": price(60_000)})
    http.post(f"/v2/order/{order}/refund", headers=auth, json=price(1_000))
    http.post(f"/v2/order/{order}/release", headers=auth, json=price(1_000))
    http.post(f"/v2/order/{order}/upcharge", headers=auth, json={"intent": "CAPTURE", "upcharge_amount": price(500)})
    http.get(f"/v2/order/{order}", headers=auth)
    http.get("/v2/order/unknown", headers=auth)
    other = http.post("/v2/session", headers=auth, json=session_body()).json()["order"]["uuid"]
    http.delete(f"/v2/order/{other}/checkout", headers=auth)
    http.delete(f"/v2/order/{order}/checkout", headers=auth)
    gateway.clock.advance(timedelta(minutes=31))
    http.post(f"/v2/order/{order}/reauthorize", headers=auth, json=price(2_000))

    # The tokenized customer.
    http.get("/v2/customer", headers=auth)
    http.get(f"/v2/customer/{customer}", headers=auth)
    http.post(f"/v2/customer/{customer}/preapprove", headers=auth, json=price(1_000))
    http.post(
        f"/v2/customer/{customer}/order",
        headers=auth,
        json={"intent": "CAPTURE", "reference_id": "sub_1", "order_amount": price(700)},
    )
    http.post(f"/v2/customer/{customer}/order", headers=auth, json={"intent": "AUTH"})
    http.delete(f"/v2/customer/{customer}", headers=auth)
    http.get(f"/v2/customer/{customer}", headers=auth)

    # Webhook subscriptions.
    created = http.post(
        "/v2/webhooks", headers=auth, json={"url": "http://127.0.0.1:9/h", "events": ["order.captured"]}
    )
    hook = created.json()["uuid"]
    http.post("/v2/webhooks", headers=auth, json={"url": "http://127.0.0.1:9/h", "events": ["order.captured"]})
    http.get("/v2/webhooks", headers=auth)
    http.get(f"/v2/webhooks/{hook}", headers=auth)
    http.patch(f"/v2/webhooks/{hook}", headers=auth, json={"url": "http://127.0.0.1:9/g", "events": ["order.refunded"]})
    http.post("/v2/webhooks/test", headers=auth, json={"event": "order.refunded"})
    http.delete(f"/v2/webhooks/{hook}", headers=auth)

    # Reports.
    payout = gateway.settle()
    gateway.interest.record("INTEREST_ACCRUAL", "1.5")
    http.get("/v2/settlements/summaries", headers=auth, params={"start-date": "2026-03-01"})
    http.get("/v2/settlements/summaries", headers=auth)
    http.get(f"/v2/settlements/details/{payout}", headers=auth)
    http.get("/v2/interest/balance", headers=auth)
    http.get("/v2/interest/activity", headers=auth, params={"start-date": "2026-03-01"})

    # Virtual cards.
    card = http.post(
        "/v2/session/card",
        headers=auth,
        json={"origin": "https://shop.example", "mode": "iframe", "merchant_reference_id": "c1", **price(900)},
    ).json()
    http.patch(f"/v2/session/{card['uuid']}/card", headers=auth, json={"order_id": "A1"})
    card_token = gateway.shopper.complete_card_session(card["uuid"])
    http.get(f"/v2/session/card/token/{card_token}", headers=auth)
    http.get(f"/v2/session/card/token/{card_token}", headers=auth)

    statuses = {response.status_code for response in seen}
    assert statuses >= {200, 201, 204, 400, 401, 404, 422}
    for response in seen:
        _check(response)
