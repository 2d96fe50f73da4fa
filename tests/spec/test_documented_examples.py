"""Every example documented on the vendored pages goes through the generated code and lands in the right place."""

from __future__ import annotations

from typing import Any

import pytest

from sezzle_api.models import CardData, CreatedSession, ErrorV2, Intent, LinkRel, Session, SessionRequest
from tests.spec.examples import Example, all_examples, operation_module, request_model
from tests.spec.reading import read_answer
from tests.spec.walk import to_plain, unmodelled

EXAMPLES = all_examples()
REQUESTS = [example for example in EXAMPLES if example.kind == "request"]
RESPONSES = [example for example in EXAMPLES if example.kind == "response"]

# Data a page's example carries outside its own schema. Each is a defect of the example, kept where the
# parser put it (never dropped) and listed here so that any other stray field fails the test.
OUTSIDE_SCHEMA: dict[tuple[str, str], set[str]] = {
    # The GET session example nests 'tokenize' inside 'order'; the schema has it beside 'order'.
    ("get-v2-session-session-uuid.md", "response 200"): {"order.tokenize"},
}


def parse(example: Example) -> Any:
    module = operation_module(example.method, example.path)
    return read_answer(module, example.status or 200, example.value)


def test_every_page_has_examples() -> None:
    assert len(EXAMPLES) == 38
    assert {example.page for example in REQUESTS} == {"post-v2-session.md", "post-v2-session-card.md"}


@pytest.mark.parametrize("example", REQUESTS, ids=lambda example: example.id)
def test_request_example_builds_model_and_serializes_back(example: Example) -> None:
    model = request_model(example.method, example.path).from_dict(example.value)
    assert model.to_dict() == example.value
    assert unmodelled(model) == {}


@pytest.mark.parametrize("example", RESPONSES, ids=lambda example: example.id)
def test_response_example_parses_to_its_values(example: Example) -> None:
    parsed = parse(example)
    assert parsed is not None, "the operation's parser does not know this status"
    assert to_plain(parsed) == example.value
    status = f"response {example.status}"
    assert set(unmodelled(parsed)) == OUTSIDE_SCHEMA.get((example.page, status), set())


@pytest.mark.parametrize("example", [e for e in RESPONSES if e.status and e.status >= 400], ids=lambda e: e.id)
def test_error_examples_become_error_models(example: Example) -> None:
    parsed = parse(example)
    errors = parsed if isinstance(parsed, list) else [parsed]
    assert errors
    assert all(isinstance(error, ErrorV2) for error in errors)
    documented = example.value if isinstance(example.value, list) else [example.value]
    assert [error.code for error in errors] == [item["code"] for item in documented]
    assert [error.message for error in errors] == [item["message"] for item in documented]


def _only(examples: list[Example], page: str, status: int | None = None) -> Any:
    (match,) = [e for e in examples if e.page == page and e.status == status and "$ref" not in e.where]
    return match


def test_session_request_values_are_typed() -> None:
    example = _only(REQUESTS, "post-v2-session.md")
    model = SessionRequest.from_dict(example.value)
    assert model.customer.dob == "1990-02-25"  # kept as sent: integrations send other forms too
    assert model.customer.billing_address.phone_number == "5555045294"
    assert model.order.intent is Intent.CAPTURE
    assert model.order.order_amount.amount_in_cents == 10000
    assert model.order.items[0].price.currency == "USD"
    assert model.order.metadata.additional_properties == {
        "location_id": "123",
        "store_name": "Downtown Minneapolis",
        "store_manager": "Jane Doe",
    }


def test_created_session_values_are_typed() -> None:
    parsed = parse(_only(RESPONSES, "post-v2-session.md", 201))
    assert isinstance(parsed, CreatedSession)
    assert parsed.order.uuid == "12a34bc5-6de7-890f-g123-4hi1238jk902"
    assert [link.rel for link in parsed.order.links] == [
        LinkRel.SELF,
        LinkRel.SELF,
        LinkRel.RELEASE,
        LinkRel.CAPTURE,
        LinkRel.REFUND,
    ]


def test_get_session_example_keeps_misplaced_tokenize_where_it_was_sent() -> None:
    example = _only(RESPONSES, "get-v2-session-session-uuid.md", 200)
    parsed = parse(example)
    assert isinstance(parsed, Session)
    assert parsed.order.intent is Intent.CAPTURE
    assert parsed.order.additional_properties["tokenize"] == example.value["order"]["tokenize"]
    assert not parsed.tokenize  # UNSET: the example has no top-level tokenize


def test_card_data_expiration_stays_a_four_digit_string() -> None:
    parsed = parse(_only(RESPONSES, "get-v2-session-card-token-token.md", 200))
    assert isinstance(parsed, CardData)
    assert parsed.expiration_date == "0228"
