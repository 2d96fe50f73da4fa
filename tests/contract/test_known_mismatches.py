"""Each known mismatch, reproduced on its own: the conforming behaviour is asserted and expected to fail, strictly.

A test first checks the side that is right (what the gateway does, or what the spec says), so a change
there fails loudly; only the last check, on the side that must change, raises ``StillMismatched``,
which is the one failure expected. When that side is fixed the test passes, pytest reports it as a
strict xfail that passed, the mismatch is deleted from ``mismatches.KNOWN``, and the test moves to
``test_pinned_cases.py`` without its mark.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from sezzle.gateway import Gateway

from . import mismatches
from .mismatches import Mismatch
from .spec import Contract

SCHEMAS = ("components", "schemas")


class StillMismatched(AssertionError):
    """The side that must change has not changed yet."""


def known(mismatch: Mismatch) -> pytest.MarkDecorator:
    return pytest.mark.xfail(raises=StillMismatched, strict=True, reason=f"{mismatch.side}: {mismatch.detail}")


def still(conforms: bool, mismatch: Mismatch) -> None:
    if not conforms:
        raise StillMismatched(mismatch.name)


@pytest.fixture
def http(gateway: Gateway) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=gateway.url) as client:
        token = client.post(
            "/v2/authentication", json={"public_key": gateway.public_key, "private_key": gateway.private_key}
        ).json()["token"]
        client.headers["Authorization"] = f"Bearer {token}"
        yield client


def error_at(response: httpx.Response) -> str | None:
    body: Any = response.json()
    return body[0].get("location") if isinstance(body, list) and body else None


def session(**extra: Any) -> dict[str, Any]:
    return {
        "cancel_url": {"href": "https://shop.test/cart"},
        "complete_url": {"href": "https://shop.test/done"},
        "order": {
            "intent": "AUTH",
            "reference_id": "cart-1",
            "description": "Cart 1",
            "order_amount": {"amount_in_cents": 1000, "currency": "USD"},
        },
        **extra,
    }


# The spec must change; each test first shows the gateway's refusal the spec should state.


@known(mismatches.SESSION_NEEDS_ORDER)
def test_the_spec_states_that_a_session_needs_an_order_or_a_tokenization(
    http: httpx.Client, contract: Contract
) -> None:
    urls_only = {key: value for key, value in session().items() if key != "order"}
    assert http.post("/v2/session", json=urls_only).status_code == 422
    still(not contract.accepts((*SCHEMAS, "SessionRequest"), urls_only), mismatches.SESSION_NEEDS_ORDER)


@known(mismatches.POSITIVE_AMOUNTS)
def test_the_spec_states_that_moving_money_takes_a_positive_amount(http: httpx.Client, contract: Contract) -> None:
    zero = {"amount_in_cents": 0, "currency": "USD"}
    answer = http.post("/v2/order/o-1/capture", json={"capture_amount": zero})
    assert (answer.status_code, error_at(answer)) == (422, "capture_amount.amount_in_cents")
    still(not contract.accepts((*SCHEMAS, "CaptureRequest"), {"capture_amount": zero}), mismatches.POSITIVE_AMOUNTS)


@known(mismatches.ORDER_MINIMUM)
def test_the_spec_states_the_order_minimum(http: httpx.Client, contract: Contract) -> None:
    small = session()
    small["order"]["order_amount"] = {"amount_in_cents": 99, "currency": "USD"}
    assert error_at(http.post("/v2/session", json=small)) == "order.order_amount.amount_in_cents"
    still(not contract.accepts((*SCHEMAS, "SessionRequest"), small), mismatches.ORDER_MINIMUM)


def test_every_known_mismatch_is_reproduced_here() -> None:
    source = Path(__file__).read_text(encoding="utf-8")
    missing = [m.name for m in mismatches.KNOWN if f"@known(mismatches.{_constant(m)})" not in source]
    assert missing == []


def _constant(mismatch: Mismatch) -> str:
    return next(name for name, value in vars(mismatches).items() if value is mismatch)
