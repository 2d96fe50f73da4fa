"""Reading delivery bodies into typed events, and keeping whatever is not known yet."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sezzle.errors import InvalidInputError
from sezzle.webhooks import (
    EVENT_TYPES,
    CustomerTokenizedEvent,
    DisputeClosedCustomerWinEvent,
    DisputeClosedMerchantWinEvent,
    DisputeClosedNeutralEvent,
    DisputeDeadlineApproachingEvent,
    DisputeEvent,
    DisputeMerchantInputRequestedEvent,
    Event,
    OrderAuthorizedEvent,
    OrderCapturedEvent,
    OrderEvent,
    OrderEventSource,
    OrderRefundedEvent,
    UnknownEvent,
    parse_event,
)
from sezzle_api.models import Price
from tests.webhooks.payloads import (
    CUSTOMER_UUID,
    EVENT_UUID,
    ORDER_UUID,
    TOKEN,
    dispute,
    encode,
    envelope,
    order,
    tokenized,
)

AMOUNT_PROBLEM = "data.authorization.authorization_amount.amount_in_cents: expected an integer number of cents, got "

DOCUMENTED_EVENTS = {
    "customer.tokenized",
    "order.authorized",
    "order.captured",
    "order.refunded",
    "dispute.merchant_input_requested",
    "dispute.deadline_approaching",
    "dispute.closed.customer_win",
    "dispute.closed.merchant_win",
    "dispute.closed.neutral",
}


def test_every_documented_event_has_a_class() -> None:
    assert set(EVENT_TYPES) == DOCUMENTED_EVENTS
    for name, cls in EVENT_TYPES.items():
        assert tuple([name]) == cls.EVENT_NAMES


class TestEnvelope:
    def test_fields(self) -> None:
        event = parse_event(encode(order()))
        assert event.uuid == EVENT_UUID
        assert event.event == "order.captured"
        assert event.data_type == "order"
        assert event.created_at == datetime(2022, 3, 16, 17, 53, 14, 675812, tzinfo=UTC)

    def test_timestamps_keep_microseconds_and_offsets(self) -> None:
        payload = order() | {"created_at": "2022-03-16T12:53:14.000001-05:00"}
        created = parse_event(payload).created_at
        assert created.microsecond == 1
        assert created.utcoffset() == timedelta(hours=-5)
        assert created == datetime(2022, 3, 16, 17, 53, 14, 1, tzinfo=UTC)

    def test_nanoseconds_are_cut_to_microseconds(self) -> None:
        created = parse_event(order() | {"created_at": "2022-03-16T17:53:14.675812999Z"}).created_at
        assert created.microsecond == 675812

    def test_a_time_without_offset_is_utc(self) -> None:
        created = parse_event(order() | {"created_at": "2022-03-16T17:53:14.5"}).created_at
        assert created.tzinfo is not None
        assert created.utcoffset() == timedelta(0)

    def test_unknown_envelope_fields_are_kept(self) -> None:
        event = parse_event(order() | {"attempt": 3, "livemode": False})
        assert event.additional_properties == {"attempt": 3, "livemode": False}
        assert event["attempt"] == 3
        assert "livemode" in event
        assert event.to_dict()["attempt"] == 3

    def test_mapping_and_bytes_give_the_same_event(self) -> None:
        payload = tokenized()
        assert parse_event(payload) == parse_event(encode(payload)) == parse_event(bytearray(encode(payload)))

    @pytest.mark.parametrize(
        ("change", "field"),
        [
            pytest.param({"uuid": None}, "uuid", id="no uuid"),
            pytest.param({"uuid": ""}, "uuid", id="empty uuid"),
            pytest.param({"uuid": 7}, "uuid", id="numeric uuid"),
            pytest.param({"event": None}, "event", id="no event"),
            pytest.param({"event": ["order.captured"]}, "event", id="event not text"),
            pytest.param({"created_at": None}, "created_at", id="no created_at"),
            pytest.param({"created_at": "yesterday"}, "created_at", id="created_at not a date"),
            pytest.param({"created_at": 1647452994}, "created_at", id="created_at a number"),
            pytest.param({"data_type": None}, "data_type", id="no data_type"),
        ],
    )
    def test_an_unusable_envelope_names_the_field(self, change: dict[str, Any], field: str) -> None:
        payload = {name: value for name, value in (order() | change).items() if value is not None}
        with pytest.raises(InvalidInputError) as caught:
            parse_event(payload)
        assert caught.value.field == field

    @pytest.mark.parametrize(
        ("body", "problem"),
        [
            pytest.param(b"", "not JSON", id="empty"),
            pytest.param(b"{", "not JSON at line 1", id="truncated"),
            pytest.param(b"\xff\xfe\xfa", "not", id="not text"),
            pytest.param(b"[]", "JSON object", id="array"),
            pytest.param(b'"order.captured"', "JSON object", id="string"),
            pytest.param(b"null", "JSON object", id="null"),
        ],
    )
    def test_a_body_that_is_not_a_json_object(self, body: bytes, problem: str) -> None:
        with pytest.raises(InvalidInputError, match=problem) as caught:
            parse_event(body)
        assert caught.value.field == "body"

    def test_text_body_is_refused(self) -> None:
        with pytest.raises(InvalidInputError, match="bytes"):
            parse_event(json.dumps(order()))  # type: ignore[arg-type]


class TestCustomerTokenized:
    @pytest.mark.parametrize("data_type", ["tokenize", "customer"])
    def test_both_data_types_are_read(self, data_type: str) -> None:
        event = parse_event(encode(tokenized(data_type)))
        assert isinstance(event, CustomerTokenizedEvent)
        assert event.data_type == data_type
        assert event.data.token == TOKEN
        assert event.data.expiration == datetime(2022, 3, 16, 18, 23, 14, 675812, tzinfo=UTC)
        assert event.data.customer.uuid == CUSTOMER_UUID
        assert event.data.customer.created_at == datetime(2022, 3, 16, 17, 53, 14, 1000, tzinfo=UTC)
        assert event.data.customer.expiration == datetime(2023, 3, 16, 17, 53, 14, tzinfo=UTC)

    def test_without_customer_the_event_is_kept_untyped(self) -> None:
        payload = tokenized()
        del payload["data"]["customer"]
        event = parse_event(payload)
        assert type(event) is UnknownEvent
        assert event.problem == "data.customer: is missing"
        assert event.data == payload["data"]


@pytest.mark.parametrize(
    ("name", "cls"),
    [
        ("order.authorized", OrderAuthorizedEvent),
        ("order.captured", OrderCapturedEvent),
        ("order.refunded", OrderRefundedEvent),
    ],
)
def test_order_events(name: str, cls: type[OrderEvent]) -> None:
    event = parse_event(encode(order(name, source="dashboard")))
    assert type(event) is cls
    assert isinstance(event, OrderEvent)
    assert event.data.uuid == ORDER_UUID
    assert event.data.source is OrderEventSource.DASHBOARD
    authorization = event.data.authorization
    assert authorization is not None
    assert authorization.uuid == "9d8c7b6a-5f4e-3d2c-1b0a-998877665544"
    assert authorization.created_at == datetime(2022, 3, 16, 17, 50, 1, 123456, tzinfo=UTC)
    assert authorization.approved is True
    assert authorization.authorization_amount == Price(amount_in_cents=12999, currency="USD")
    assert authorization.amount == Price(amount_in_cents=12999, currency="USD")


class TestOrderData:
    def test_source_values(self) -> None:
        gateway = parse_event(order(source="gateway"))
        assert isinstance(gateway, OrderEvent)
        assert gateway.data.source is OrderEventSource.GATEWAY
        assert gateway.data.source.is_known

    def test_a_new_source_is_kept(self) -> None:
        event = parse_event(order(source="batch"))
        assert isinstance(event, OrderEvent)
        assert event.data.source == "batch"
        assert event.data.source is not None
        assert not event.data.source.is_known
        assert event.to_dict()["data"]["source"] == "batch"

    def test_source_and_authorization_may_be_absent(self) -> None:
        event = parse_event(envelope("order.authorized", "order", {"uuid": ORDER_UUID}))
        assert isinstance(event, OrderAuthorizedEvent)
        assert event.data.source is None
        assert event.data.authorization is None

    def test_unknown_fields_are_kept_at_every_level(self) -> None:
        payload = order(captures=[{"uuid": "c1", "amount": {"amount_in_cents": 100, "currency": "USD"}}])
        payload["data"]["reference_id"] = "ord-123"
        payload["data"]["authorization"]["authorization_amount"]["note"] = "x"
        event = parse_event(payload)
        assert isinstance(event, OrderEvent)
        assert event.data["reference_id"] == "ord-123"
        assert event.data.authorization is not None
        assert event.data.authorization["captures"][0]["uuid"] == "c1"
        assert event.data.authorization.authorization_amount is not None
        assert event.data.authorization.authorization_amount["note"] == "x"

    @pytest.mark.parametrize(
        "authorization",
        [
            pytest.param({"amount": {"amount_in_cents": 4500, "currency": "CAD"}}, id="Price named amount"),
            pytest.param({"amount_in_cents": 4500, "currency_code": "CAD"}, id="flat fields"),
        ],
    )
    def test_amount_is_found_however_it_is_written(self, authorization: dict[str, Any]) -> None:
        payload = order()
        payload["data"]["authorization"] = authorization
        event = parse_event(payload)
        assert isinstance(event, OrderEvent)
        assert event.data.authorization is not None
        assert event.data.authorization.authorization_amount is None
        assert event.data.authorization.amount == Price(amount_in_cents=4500, currency="CAD")
        assert event.to_dict()["data"]["authorization"] == authorization

    def test_no_amount(self) -> None:
        payload = order()
        payload["data"]["authorization"] = {"approved": False, "amount_in_cents": "45.00", "currency_code": "CAD"}
        event = parse_event(payload)
        assert isinstance(event, OrderEvent)
        assert event.data.authorization is not None
        assert event.data.authorization.amount is None

    @pytest.mark.parametrize(
        ("change", "problem"),
        [
            pytest.param(
                {"amount_in_cents": "12999"},
                AMOUNT_PROBLEM + "a string",
                id="amount as text",
            ),
            pytest.param(
                {"amount_in_cents": 129.99},
                AMOUNT_PROBLEM + "a number",
                id="amount as a float",
            ),
            pytest.param(
                {"amount_in_cents": True},
                AMOUNT_PROBLEM + "a boolean",
                id="amount as a boolean",
            ),
            pytest.param(
                {"currency": None}, "data.authorization.authorization_amount.currency: is missing", id="no currency"
            ),
        ],
    )
    def test_a_known_event_with_data_it_cannot_type_is_kept_whole(self, change: dict[str, Any], problem: str) -> None:
        payload = order()
        payload["data"]["authorization"]["authorization_amount"] |= change
        event = parse_event(encode(payload))
        assert type(event) is UnknownEvent
        assert event.event == "order.captured"
        assert event.problem == problem
        assert event.data == json.loads(encode(payload))["data"]

    def test_data_that_is_not_an_object(self) -> None:
        event = parse_event(envelope("order.captured", "order", [ORDER_UUID]))
        assert type(event) is UnknownEvent
        assert event.problem == "data: expected a JSON object, got an array"
        assert event.data == [ORDER_UUID]


DISPUTES = {
    "dispute.merchant_input_requested": DisputeMerchantInputRequestedEvent,
    "dispute.deadline_approaching": DisputeDeadlineApproachingEvent,
    "dispute.closed.customer_win": DisputeClosedCustomerWinEvent,
    "dispute.closed.merchant_win": DisputeClosedMerchantWinEvent,
    "dispute.closed.neutral": DisputeClosedNeutralEvent,
}


@pytest.mark.parametrize(("name", "cls"), DISPUTES.items(), ids=DISPUTES)
def test_dispute_events(name: str, cls: type[DisputeEvent]) -> None:
    event = parse_event(encode(dispute(name)))
    assert type(event) is cls
    assert isinstance(event, DisputeEvent)
    assert event.data.order_uuid == ORDER_UUID
    assert event.data["reason"] == "item_not_received"
    assert event.data["amount"] == {"amount_in_cents": 500, "currency": "USD"}
    assert event.to_dict()["data"] == dispute(name)["data"]


def test_a_dispute_without_order_uuid_is_kept_whole() -> None:
    event = parse_event(envelope("dispute.closed.neutral", "dispute", {"uuid": ORDER_UUID}))
    assert type(event) is UnknownEvent
    assert event.problem == "data.order_uuid: is missing"
    assert event.data == {"uuid": ORDER_UUID}


class TestUnknown:
    def test_a_new_event_name_keeps_its_whole_payload(self) -> None:
        data = {"uuid": ORDER_UUID, "release": {"amount": {"amount_in_cents": 100, "currency": "USD"}}, "n": [1, None]}
        event = parse_event(encode(envelope("order.released", "order", data, extra="kept")))
        assert type(event) is UnknownEvent
        assert event.problem is None
        assert event.event == "order.released"
        assert event.data == data
        assert event["extra"] == "kept"

    def test_a_new_data_type_for_a_known_event(self) -> None:
        event = parse_event(order() | {"data_type": "order_v3"})
        assert type(event) is UnknownEvent
        assert event.problem is None
        assert event.data_type == "order_v3"
        assert event.data["uuid"] == ORDER_UUID

    def test_the_documented_data_type_of_another_event(self) -> None:
        event = parse_event(tokenized() | {"data_type": "order"})
        assert type(event) is UnknownEvent

    def test_data_may_be_absent_or_any_json(self) -> None:
        payload = order("payout.sent")
        del payload["data"]
        assert parse_event(payload).data is None
        assert parse_event(payload | {"data": "text"}).data == "text"


@pytest.mark.parametrize(
    "payload",
    [tokenized(), order("order.authorized"), order("order.refunded", source="x"), dispute(), order("new.event")],
    ids=["tokenized", "authorized", "refunded", "dispute", "unknown"],
)
def test_to_dict_reads_back_to_the_same_event(payload: dict[str, Any]) -> None:
    event = parse_event(payload)
    again = parse_event(json.loads(json.dumps(event.to_dict())))
    assert again == event
    assert type(again) is type(event)


def test_strict_reading_of_one_class_names_the_mismatch() -> None:
    with pytest.raises(InvalidInputError) as caught:
        OrderCapturedEvent.from_dict(order("order.refunded"))
    assert caught.value.field == "event"
    with pytest.raises(InvalidInputError) as caught:
        OrderCapturedEvent.from_dict(order() | {"data_type": "dispute"})
    assert caught.value.field == "data_type"
    with pytest.raises(InvalidInputError) as caught:
        OrderCapturedEvent.from_dict(envelope("order.captured", "order", {}))
    assert caught.value.field == "data.uuid"
    assert OrderEvent.from_dict(order("order.refunded")).data.uuid == ORDER_UUID


def test_events_are_immutable() -> None:
    event = parse_event(order())
    with pytest.raises(AttributeError):
        event.uuid = "other"  # type: ignore[misc]


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3),
    max_leaves=12,
)


@settings(max_examples=300, deadline=None)
@given(
    name=st.sampled_from(sorted(DOCUMENTED_EVENTS)) | st.text(min_size=1, max_size=20).filter(str.strip),
    data_type=st.sampled_from(["order", "customer", "tokenize", "dispute"]) | st.text(max_size=10),
    data=json_values | st.fixed_dictionaries({"uuid": st.text(max_size=5)}, optional={"source": json_values}),
    offset=st.integers(-14 * 60, 14 * 60),
)
def test_any_well_formed_envelope_becomes_an_event(name: str, data_type: str, data: Any, offset: int) -> None:
    created = datetime(2024, 2, 29, 23, 59, 59, 999999, tzinfo=timezone(timedelta(minutes=offset)))
    payload = {
        "uuid": EVENT_UUID,
        "created_at": created.isoformat(),
        "event": name,
        "data_type": data_type,
        "data": data,
    }
    event = parse_event(encode(payload))
    assert isinstance(event, Event)
    assert (event.uuid, event.event, event.data_type, event.created_at) == (EVENT_UUID, name, data_type, created)
    if isinstance(event, UnknownEvent):
        assert event.data == data
    else:
        assert type(event) is EVENT_TYPES[name]
        assert event.to_dict()["data"] == data


def test_an_explicit_null_in_event_data_is_written_back_as_sent() -> None:
    payload = {
        "uuid": EVENT_UUID,
        "created_at": "2024-02-29T23:59:59+00:00",
        "event": "order.authorized",
        "data_type": "order",
        "data": {"uuid": "0", "source": None},
    }
    event = parse_event(encode(payload))
    assert isinstance(event, OrderAuthorizedEvent)
    assert event.data.source is None
    assert event.to_dict()["data"] == {"uuid": "0", "source": None}
