"""Responses with values or fields added after generation still parse and keep what was sent."""

from __future__ import annotations

from sezzle_api.api.session import get_session
from sezzle_api.models import Intent, LinkRel, Session, SessionRequest
from tests.spec.reading import read_answer


def test_unknown_enum_value_and_field_parse_and_keep_their_values() -> None:
    body = {
        "uuid": "s-1",
        "links": [{"href": "https://gateway.test/v2/x", "method": "PUT", "rel": "archive"}],
        "order": {
            "uuid": "o-1",
            "checkout_url": "https://checkout.test/?id=o-1",
            "links": [],
            "intent": "INSTALLMENTS",
            "loyalty_tier": "gold",
        },
        "risk_score": 12,
    }
    parsed = read_answer(get_session, 200, body)
    assert isinstance(parsed, Session)
    assert parsed.order.intent == "INSTALLMENTS"
    assert isinstance(parsed.order.intent, Intent)
    assert not parsed.order.intent.is_known
    assert parsed.links[0].rel == "archive"
    assert parsed.links[0].method == "PUT"
    assert parsed.order.additional_properties == {"loyalty_tier": "gold"}
    assert parsed.additional_properties == {"risk_score": 12}
    assert parsed.to_dict() == body


def test_known_enum_values_are_the_members() -> None:
    assert Intent("AUTH") is Intent.AUTH
    assert Intent.AUTH.is_known
    assert LinkRel("token") is LinkRel.TOKEN
    assert "INSTALLMENTS" not in [member.value for member in Intent]


def test_requests_stay_typed() -> None:
    request = SessionRequest.from_dict(
        {
            "cancel_url": {"href": "https://shop.test/cancel"},
            "complete_url": {"href": "https://shop.test/done"},
            "order": {
                "intent": "AUTH",
                "reference_id": "r1",
                "description": "d",
                "order_amount": {"amount_in_cents": 100, "currency": "USD"},
            },
        }
    )
    assert request.order.intent is Intent.AUTH
    assert request.to_dict()["order"]["intent"] == "AUTH"
