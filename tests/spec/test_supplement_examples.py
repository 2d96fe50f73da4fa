"""Examples in our supplements, and the answers Sezzle's docs show for those operations, parse where they should."""

from __future__ import annotations

import datetime
from typing import Any

import pytest

from sezzle_api.api.orders import get_order
from sezzle_api.api.reports import get_interest_balance, list_settlement_summaries
from sezzle_api.api.webhooks import create_webhook, list_webhooks
from sezzle_api.models import CheckoutStatus, LinkRel, Order, WebhookEvent
from tests.spec.examples import Example, operation_module, request_model, supplement_examples
from tests.spec.reading import read_answer
from tests.spec.walk import same_values, to_plain, unmodelled

EXAMPLES = supplement_examples()


def parse(module: Any, status: int, body: Any) -> Any:
    return read_answer(module, status, body)


def test_supplements_carry_examples() -> None:
    assert len([e for e in EXAMPLES if e.kind == "request"]) >= 10
    assert len([e for e in EXAMPLES if e.kind == "response"]) >= 20


@pytest.mark.parametrize("example", [e for e in EXAMPLES if e.kind == "request"], ids=lambda e: e.id)
def test_request_examples_round_trip(example: Example) -> None:
    model = request_model(example.method, example.path).from_dict(example.value)
    assert model.to_dict() == example.value
    assert unmodelled(model) == {}


@pytest.mark.parametrize("example", [e for e in EXAMPLES if e.kind == "response"], ids=lambda e: e.id)
def test_response_examples_parse(example: Example) -> None:
    parsed = parse(operation_module(example.method, example.path), example.status or 200, example.value)
    assert same_values(to_plain(parsed)) == same_values(example.value)
    assert unmodelled(parsed) == {}


# The GET order answer as Sezzle's docs show it, with the fields the spec lacks (items, tax, shipping).
DOCS_ORDER = {
    "uuid": "12a34bc5-6de7-890f-g123-4hi1238jk902",
    "links": [
        {
            "href": "https://gateway.sezzle.com/v2/order/12a34bc5-6de7-890f-g123-4hi1238jk902",
            "method": "GET",
            "rel": "self",
        }
    ],
    "intent": "AUTH",
    "reference_id": "ord_12345",
    "description": "sezzle-store - #12749253509255",
    "checkout_expiration": "2020-04-27T14:46:59.000Z",
    "checkout_status": "completed",
    "metadata": {"location_id": "123", "store_name": "Downtown Minneapolis"},
    "order_amount": {"amount_in_cents": 10000, "currency": "USD"},
    "customer": {
        "email": "john.doe@sezzle.com",
        "first_name": "John",
        "last_name": "Doe",
        "phone": "5555045294",
        "dob": "1990-02-25",
        "billing_address": {
            "name": "John Doe",
            "street": "123 W Lake St",
            "city": "Minneapolis",
            "state": "MN",
            "postal_code": "55408",
            "country_code": "US",
            "phone_number": "5555045294",
        },
    },
    "authorization": {
        "authorization_amount": {"amount_in_cents": 10000, "currency": "USD"},
        "approved": True,
        "expiration": "2020-04-27T14:46:59.000Z",
        "financing_option": "4-pay-biweekly",
        "sezzle_order_id": "d1a6c-soq9b-j96fj-14700",
        "captures": [{"uuid": "cap-1", "amount": {"amount_in_cents": 5000, "currency": "USD"}}],
        "refunds": [{"uuid": "ref-1", "amount": {"amount_in_cents": 1000, "currency": "USD"}}],
        "releases": [],
    },
    "items": [
        {"name": "widget", "sku": "sku123456", "quantity": 1, "price": {"amount_in_cents": 1000, "currency": "USD"}}
    ],
    "tax_amount": {"amount_in_cents": 1000, "currency": "USD"},
    "shipping_amount": {"amount_in_cents": 1000, "currency": "USD"},
    "shipping_method": {"name": "Ground", "description": "3-5 business days"},
}


def test_docs_order_example_lands_in_typed_fields() -> None:
    order = parse(get_order, 200, DOCS_ORDER)
    assert isinstance(order, Order)
    assert same_values(to_plain(order)) == same_values(DOCS_ORDER)
    assert unmodelled(order) == {}
    assert order.checkout_status is CheckoutStatus.COMPLETED
    assert order.customer.dob == datetime.date(1990, 2, 25)
    assert order.customer.billing_address.phone_number == "5555045294"
    assert order.authorization.captures[0].amount.amount_in_cents == 5000
    assert order.authorization.sezzle_order_id == "d1a6c-soq9b-j96fj-14700"
    assert order.items[0].sku == "sku123456"
    assert order.shipping_method.name == "Ground"


def test_docs_complete_status_variant_parses() -> None:
    order = parse(get_order, 200, {**DOCS_ORDER, "checkout_status": "complete"})
    assert order.checkout_status == "complete"
    assert not order.checkout_status.is_known


def test_webhook_answers_from_the_docs() -> None:
    created = parse(create_webhook, 200, {"uuid": "747cf28a-bb5c-46a8-a288-d9b006fd6113", "links": []})
    assert created.uuid == "747cf28a-bb5c-46a8-a288-d9b006fd6113"
    listed = parse(
        list_webhooks,
        200,
        [
            {
                "uuid": "747cf28a-bb5c-46a8-a288-d9b006fd6113",
                "url": "https://example.com/webhooks",
                "events": ["customer.tokenized", "dispute.closed.neutral"],
                "links": [
                    {"href": "https://sandbox.gateway.sezzle.com/v2/webhooks", "rel": "create", "method": "POST"},
                    {"href": "https://sandbox.gateway.sezzle.com/v2/webhooks", "rel": "list", "method": "GET"},
                ],
            }
        ],
    )
    assert listed[0].events == [WebhookEvent.CUSTOMER_TOKENIZED, WebhookEvent.DISPUTE_CLOSED_NEUTRAL]
    assert [link.rel for link in listed[0].links] == [LinkRel.CREATE, LinkRel.LIST]


def test_report_answers_from_the_docs() -> None:
    summaries = parse(
        list_settlement_summaries,
        200,
        [
            {
                "uuid": "b7916fbe-f30a-4435-b411-124634287a8ca",
                "payout_currency": "USD",
                "payout_date": "2019-12-09T15:52:33Z",
                "net_settlement_amount": 9370,
                "forex_fees": 0,
                "status": "Complete",
            },
        ],
    )
    assert summaries[0].uuid == "b7916fbe-f30a-4435-b411-124634287a8ca"
    assert summaries[0].payout_date == datetime.datetime(2019, 12, 9, 15, 52, 33, tzinfo=datetime.UTC)
    assert summaries[0].net_settlement_amount == 9370
    assert parse(get_interest_balance, 200, {"interest_balance": 5183.4624}).interest_balance == 5183.4624


def test_single_error_object_on_delete_customer() -> None:
    from sezzle_api.api.customers import delete_customer
    from sezzle_api.models import ErrorV2

    for status, code in ((400, "bad_request"), (401, "unauthorized"), (404, "record_not_found")):
        parsed = parse(delete_customer, status, {"code": code, "message": "x"})
        assert isinstance(parsed, ErrorV2)
        assert parsed.code == code
