"""The embedded gateway against the merged spec, driven by schemathesis from the spec alone.

Every operation of ``openapi/sezzle-api.json`` gets generated requests, valid and invalid, with every
schemathesis check on their answers: no server errors, documented statuses, media types, headers and
bodies, valid data accepted, invalid data refused, credentials enforced, undeclared methods refused.
Authentication goes through ``POST /v2/authentication`` with the gateway's keys. Generation is
deterministic and small (``MAX_EXAMPLES`` per operation), so a run takes seconds and never differs.

No operation and no check is excluded. The one adjustment to generated data: an http(s) ``url`` in a
body (webhook subscriptions and test events) is pointed at a loopback sink, each call at a path of its
own, because the gateway delivers webhooks there and tests never send traffic off this machine; the value
stays a valid, unique URL, so what is tested does not change.

A schemathesis failure is set aside (by a ``filter_failure`` hook) only when ``mismatches`` explains that
very exchange: a known mismatch, with the side that must change, reproduced and strictly expected to
fail in ``test_known_mismatches.py``; or a rule no schema can state (across two parameters, or across
requests), with the reason written down. Any other failure fails this test.
"""

from __future__ import annotations

import itertools
import urllib.parse
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import schemathesis
from schemathesis.core.failures import Failure

from sezzle.gateway import Gateway

from .mismatches import explained
from .spec import SPEC_PATH

MAX_EXAMPLES = 12

CONFIG: dict[str, Any] = {
    "generation": {
        "max-examples": MAX_EXAMPLES,
        "deterministic": True,
        # The bearer token is sent with every case (see ``credentials``); the ``ignored_auth`` check still
        # resends each authenticated success without it, and with a wrong one, and expects a refusal.
        "with-security-parameters": False,
    },
}


schema = schemathesis.openapi.from_path(SPEC_PATH, config=schemathesis.Config.from_dict(CONFIG))

SINK: dict[str, str] = {}
"""The loopback URL webhooks are pointed at while the test runs (schemathesis' call hooks are global)."""
CALLS = itertools.count()


@schemathesis.hook
def before_call(context: schemathesis.HookContext, case: schemathesis.Case, kwargs: dict[str, Any]) -> None:
    body = case.body
    if "url" not in SINK or not isinstance(body, dict):
        return
    if isinstance(body.get("url"), str) and body["url"].startswith(("http://", "https://")):
        # A path of its own per call: subscriptions must have unique URLs, and generated ones are unique.
        try:
            path = urllib.parse.urlsplit(body["url"]).path
        except ValueError:  # generated text that only starts like a URL, such as "http://["
            path = ""
        body["url"] = f"{SINK['url']}/{next(CALLS)}{path}"


@pytest.fixture(scope="module")
def conformance_gateway(webhook_sink: str) -> Iterator[Gateway]:
    """One gateway for every operation, so later operations meet the state earlier ones left."""
    with Gateway(webhook_retry_delays=()) as gateway:
        SINK["url"] = webhook_sink
        yield gateway
        del SINK["url"]
        gateway.wait_for_webhooks()
        assert all(delivery.url.startswith(webhook_sink) for delivery in gateway.webhook_deliveries)


@pytest.fixture(scope="module")
def credentials(conformance_gateway: Gateway) -> dict[str, str]:
    """A bearer token from ``POST /v2/authentication`` with the gateway's keys, sent with every case."""
    keys = {"public_key": conformance_gateway.public_key, "private_key": conformance_gateway.private_key}
    answer = httpx.post(f"{conformance_gateway.url}/v2/authentication", json=keys)
    answer.raise_for_status()
    return {"Authorization": f"Bearer {answer.json()['token']}"}


@schema.hook
def filter_failure(
    context: schemathesis.HookContext, failure: Failure, case: schemathesis.Case, response: schemathesis.Response
) -> bool:
    """Keep every failure but those a known mismatch explains (see ``mismatches``)."""
    return not explained(failure, case, response)


@schema.parametrize()
def test_the_gateway_conforms_to_the_spec(
    case: schemathesis.Case, conformance_gateway: Gateway, credentials: dict[str, str]
) -> None:
    case.call_and_validate(base_url=conformance_gateway.url, headers=credentials)
