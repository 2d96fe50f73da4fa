"""Every JSON and CSV example of Sezzle's v1 reference page, through the v1 namespace.

Request examples must go out byte for byte as the page writes them (same keys, same order); response
examples must read into the documented values.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import httpx
import pytest
from pytest_httpx import HTTPXMock

from sezzle import BadRequestError, ConflictError
from sezzle.reports import LineType
from sezzle.v1 import (
    Checkout,
    CheckoutExpiredError,
    Locale,
    Order,
    OrderWebhookEvent,
    parse_order_webhook,
)
from sezzle_api.types import Unset
from tests.v1 import page
from tests.v1.conftest import BASE, V1_AUTH_URL, add_v1_auth, make_v1

CHECKOUTS = f"{BASE}/v1/checkouts"
ORDER = f"{BASE}/v1/orders/Ref123456789"


def wire(value: Any) -> bytes:
    """A JSON body as httpx sends it: compact, keys in the order given."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode()


def sent(httpx_mock: HTTPXMock, path: str) -> httpx.Request:
    (request,) = [request for request in httpx_mock.get_requests() if request.url.path == path]
    return request


def test_every_json_example_of_the_page_is_covered() -> None:
    assert page.all_json_examples() == page.JSON_EXAMPLES


def test_authentication_request_and_response(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(method="POST", url=V1_AUTH_URL, status_code=201, json=page.AUTH_RESPONSE)
    httpx_mock.add_response(method="POST", url=f"{BASE}/v1/configuration")
    v1 = make_v1(public_key=page.AUTH_REQUEST["public_key"], private_key=page.AUTH_REQUEST["private_key"])
    v1.configuration.update(webhook_url="https://yourdomain.com/webhook")
    auth = sent(httpx_mock, "/v1/authentication")
    assert auth.content == wire(page.AUTH_REQUEST)
    assert "Authorization" not in auth.headers
    # "Authorization: Bearer authToken" on the calls that follow.
    assert sent(httpx_mock, "/v1/configuration").headers["Authorization"] == f"Bearer {page.AUTH_RESPONSE['token']}"


def test_configuration_request(httpx_mock: HTTPXMock) -> None:
    add_v1_auth(httpx_mock)
    httpx_mock.add_response(method="POST", url=f"{BASE}/v1/configuration", status_code=200)
    make_v1().configuration.update(webhook_url=page.CONFIGURATION_REQUEST["webhook_url"])
    assert sent(httpx_mock, "/v1/configuration").content == wire(page.CONFIGURATION_REQUEST)


def test_checkout_request_from_a_mapping_and_from_keywords(httpx_mock: HTTPXMock) -> None:
    add_v1_auth(httpx_mock)
    httpx_mock.add_response(method="POST", url=CHECKOUTS, json=page.CHECKOUT_RESPONSE, is_reusable=True)
    v1 = make_v1()
    v1.checkouts.create(page.CHECKOUT_REQUEST)
    v1.checkouts.create(**page.CHECKOUT_REQUEST)
    v1.checkouts.create(Checkout.from_dict(page.CHECKOUT_REQUEST))
    bodies = [request.content for request in httpx_mock.get_requests() if request.url.path == "/v1/checkouts"]
    assert bodies == [wire(page.CHECKOUT_REQUEST)] * 3


def test_checkout_model_reads_every_field_of_the_request_example() -> None:
    checkout = Checkout.from_dict(page.CHECKOUT_REQUEST)
    assert checkout.amount_in_cents == 12999
    assert not isinstance(checkout.customer_details, Unset)
    assert checkout.customer_details.email == "john.doe@sezzle.com"
    assert not isinstance(checkout.billing_address, Unset)
    assert checkout.billing_address.phone_number == "5555045294"
    assert not isinstance(checkout.shipping_address, Unset)
    assert checkout.shipping_address.street2 == "Unit 104"
    assert checkout.requires_shipping_info is False
    assert not isinstance(checkout.items, Unset)
    assert not isinstance(checkout.items[0].price, Unset)
    assert checkout.items[0].price.amount_in_cents == 1000
    assert not isinstance(checkout.discounts, Unset)
    assert checkout.discounts[0].name == "20% off"
    assert not isinstance(checkout.tax_amount, Unset)
    assert checkout.tax_amount.currency == "USD"
    assert not isinstance(checkout.metadata, Unset)
    assert checkout.metadata["store_manager"] == "Jane Doe"
    assert checkout.additional_properties == {}
    assert checkout.to_dict() == page.CHECKOUT_REQUEST


def test_checkout_response(httpx_mock: HTTPXMock) -> None:
    add_v1_auth(httpx_mock)
    httpx_mock.add_response(method="POST", url=CHECKOUTS, json=page.CHECKOUT_RESPONSE)
    created = make_v1().checkouts.create(page.CHECKOUT_REQUEST)
    assert created.checkout_uuid == "<checkout_id>"
    assert created.checkout_url == "https://checkout.sezzle.com/?id=<checkout_id>"


def test_complete_echoes_the_checkout(httpx_mock: HTTPXMock) -> None:
    add_v1_auth(httpx_mock)
    echo = {**page.CHECKOUT_REQUEST, "merchant_completes": True, "locale": "en-US"}
    httpx_mock.add_response(method="POST", url=f"{CHECKOUTS}/Ref123456789/complete", json=echo)
    completed = make_v1().checkouts.complete("Ref123456789")
    assert completed.order_reference_id == "Ref123456789"
    assert completed.amount_in_cents == 12999
    assert completed.merchant_completes is True
    assert completed.locale is Locale.EN_US
    assert not isinstance(completed.shipping_amount, Unset)
    assert completed.shipping_amount.amount_in_cents == 1000
    assert completed.to_dict() == echo
    assert sent(httpx_mock, "/v1/checkouts/Ref123456789/complete").content == b""


def test_checkout_rejection_is_a_typed_checkout_expired_error(httpx_mock: HTTPXMock) -> None:
    add_v1_auth(httpx_mock)
    url = f"{CHECKOUTS}/Ref123456789/complete"
    httpx_mock.add_response(method="POST", url=url, status_code=409, json=page.CHECKOUT_REJECTION)
    with pytest.raises(CheckoutExpiredError) as failure:
        make_v1().checkouts.complete("Ref123456789")
    error = failure.value
    assert isinstance(error, ConflictError)
    assert error.status_code == 409
    assert error.code == "checkout_expired"
    assert error.message == "checkout not completed within time limit"
    assert "checkout_expired" in str(error)


def test_order_details_response(httpx_mock: HTTPXMock) -> None:
    add_v1_auth(httpx_mock)
    httpx_mock.add_response(url=ORDER, json=page.ORDER_DETAILS)
    order = make_v1().orders.get("Ref123456789")
    assert order.created_at == datetime(2018, 11, 2, 20, 9, 59, tzinfo=UTC)
    assert order.captured_at == datetime(2018, 11, 2, 20, 18, 50, tzinfo=UTC)
    assert order.capture_expiration == datetime(2018, 11, 2, 20, 48, 45, tzinfo=UTC)
    assert (order.amount_in_cents, order.usd_amount_in_cents, order.customer_amount_in_cents) == (20000,) * 3
    assert (order.currency_code, order.customer_currency_code, order.reference_id) == ("USD", "USD", "Ref123456789")
    assert not isinstance(order.customer, Unset)
    assert order.customer.phone == "5555045294"
    assert not isinstance(order.shipping_address, Unset)
    assert order.shipping_address.phone_number == "5555045294"
    assert not isinstance(order.billing_address, Unset)
    assert order.billing_address.postal_code == "55408"
    assert not isinstance(order.refunds, Unset)
    (refund,) = order.refunds
    assert not isinstance(refund.amount, Unset)
    assert refund.amount.amount_in_cents == 10000
    assert refund.created_at == datetime(2018, 11, 2, 20, 9, 59, tzinfo=UTC)
    assert (refund.is_full_refund, refund.refund_id, refund.refund_reason) == (False, "52b2O9Lv-8", "broken")
    assert refund.order_reference_id == "Ref123456789"
    assert not isinstance(order.metadata, Unset)
    assert order.metadata.additional_properties == page.ORDER_DETAILS["metadata"]
    assert not isinstance(order.items, Unset)
    assert order.items[0].sku == "sku123456"
    assert order.to_dict() == page.ORDER_DETAILS


def test_order_metadata_answered_as_a_number_reads_as_text() -> None:
    # Other renders of the page show "location_id": 123; metadata is documented as strings.
    order = Order.from_dict({**page.ORDER_DETAILS, "metadata": {"location_id": 123, "store_name": "Downtown"}})
    assert not isinstance(order.metadata, Unset)
    assert order.metadata["location_id"] == "123"


def test_refund_request(httpx_mock: HTTPXMock) -> None:
    add_v1_auth(httpx_mock)
    answer = {**page.REFUND_REQUEST}
    httpx_mock.add_response(method="POST", url=f"{ORDER}/refund", json=answer)
    example = page.REFUND_REQUEST
    refund = make_v1().orders.refund(
        "Ref123456789", example["amount"], refund_id=example["refund_id"], refund_reason=example["refund_reason"]
    )
    assert sent(httpx_mock, "/v1/orders/Ref123456789/refund").content == wire(example)
    assert refund.refund_id == "41a2O9Lv-7"
    assert not isinstance(refund.amount, Unset)
    assert refund.amount.amount_in_cents == 500


def test_settlement_summaries_response(httpx_mock: HTTPXMock) -> None:
    add_v1_auth(httpx_mock)
    httpx_mock.add_response(
        url=f"{BASE}/v1/settlements/summaries?start-date=2019-12-01",
        content=page.SETTLEMENT_SUMMARIES_TEXT.encode(),
        headers={"Content-Type": "application/json"},
    )
    first, second = make_v1().settlements.summaries("2019-12-01")
    assert first.uuid == "b7916fbe-f30a-4435-b411-124634287a8ca"  # not a valid UUID, kept as written
    assert second.uuid == "c51343hba-d54b-5641-e341-15235523b3at"
    assert first.payout_currency == "USD"
    assert first.payout_date == datetime(2019, 12, 9, 15, 52, 33, tzinfo=UTC)
    assert (first.net_settlement_amount, second.net_settlement_amount) == (Decimal(9370), Decimal(23470))
    assert isinstance(first.net_settlement_amount, Decimal)
    assert first.forex_fees == Decimal(0)
    assert first.status == second.status == "Complete"


def csv_rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


def test_settlement_details_csv(httpx_mock: HTTPXMock) -> None:
    add_v1_auth(httpx_mock)
    httpx_mock.add_response(
        url=f"{BASE}/v1/settlements/details/a5c13qt1-4126-41d3-2fq8-9ca431f51431",
        content=page.SETTLEMENT_DETAILS_CSV.encode(),
        headers={"Content-Type": "text/csv"},
    )
    rows = csv_rows(page.SETTLEMENT_DETAILS_CSV)
    summary_row = dict(zip(rows[0], rows[1], strict=True))
    items = rows[3:]
    with make_v1().settlements.details("a5c13qt1-4126-41d3-2fq8-9ca431f51431") as report:
        summary = report.summary
        line_items = list(report.line_items)

    assert summary.total_order_amount == Decimal("703.20")
    assert summary.total_returned_fee_amount == Decimal("0.30")  # written ".30"
    assert summary.total_interest_transfer_amount == Decimal("-4.30")
    assert summary.total_bank_account_withdrawal_reversals == Decimal("-100.00")
    assert summary.net_settlement_amount == Decimal("693.61")
    assert summary.payment_uuid == "a5c13qt1-4126-41d3-2fq8-9ca431f51431"
    assert summary.settlement_currency == "USD"
    assert summary.payout_date == datetime(2019, 11, 2, 0, 5, tzinfo=UTC)
    assert summary.payout_status == "Complete"
    # v1 reports lack the v2-only columns.
    assert (summary.total_capture_amount, summary.final_payout_amount, summary.payout_currency) == (None, None, None)
    for name in ("total_refund_amount", "total_fee_amount", "total_chargeback_amount", "forex_fees"):
        assert getattr(summary, name) == Decimal(summary_row[name])

    assert report.line_item_columns == tuple(rows[2])
    assert len(line_items) == len(items) == 16
    assert [item.type for item in line_items] == [row[0] for row in items]
    assert [item.type_code for item in line_items] == [row[9] for row in items]
    assert [item.amount for item in line_items] == [Decimal(row[7]) for row in items]
    assert all(item.line_type is not None and item.line_type.name == item.type for item in line_items)
    assert {item.line_type for item in line_items} == {
        LineType.ORDER,
        LineType.FEE,
        LineType.REFUND,
        LineType.RETURNED_FEE,
        LineType.CORRECTION,
        LineType.INTEREST_TRANSFER,
        LineType.REFERRAL_REVENUE_TRANSFER,
        LineType.BANK_ACCOUNT_WITHDRAWAL,
        LineType.BANK_ACCOUNT_WITHDRAWAL_REVERSAL,
    }
    first = line_items[0]
    assert first.order_capture_date == datetime(2019, 11, 1, 19, 9, 50, tzinfo=UTC)
    assert first.event_date == datetime(2019, 10, 22, 19, 9, 50, tzinfo=UTC)
    assert (first.order_uuid, first.customer_order_id, first.external_reference_id) == (
        "bm99f-31vu1-kg00e-rae1g",
        "1",
        "12345",
    )
    assert first.sezzle_order_id == "66d78e86-fd96-4266-9217-b769c102a0a0"
    assert first.posting_currency == "USD"
    assert first.order_amount is None  # a v2-only column
    # The transfer rows are one cell short of the header: the missing sezzle_order_id reads as empty.
    correction = line_items[10]
    assert (correction.type, correction.amount, correction.event_date) == (
        "CORRECTION",
        Decimal("-1.29"),
        datetime(2019, 11, 1, 17, 0, 1, tzinfo=UTC),
    )
    assert (correction.order_uuid, correction.posting_currency, correction.sezzle_order_id) == (None, None, None)
    assert report.http_response.is_closed


def test_interest_balance_response(httpx_mock: HTTPXMock) -> None:
    add_v1_auth(httpx_mock)
    httpx_mock.add_response(
        url=f"{BASE}/v1/interest/balance",
        content=page.INTEREST_BALANCE_TEXT.encode(),
        headers={"Content-Type": "application/json"},
    )
    balance = make_v1().interest.balance()
    assert balance.interest_balance == Decimal("5183.4624")  # exact: no float on the way
    assert isinstance(balance.interest_balance, Decimal)


def test_interest_activity_csv(httpx_mock: HTTPXMock) -> None:
    add_v1_auth(httpx_mock)
    httpx_mock.add_response(
        url=f"{BASE}/v1/interest/activity?start-date=2019-12-01",
        content=page.INTEREST_ACTIVITY_CSV.encode(),
        headers={"Content-Type": "text/csv"},
    )
    rows = csv_rows(page.INTEREST_ACTIVITY_CSV)
    with make_v1().interest.activity("2019-12-01") as report:
        activity = list(report.rows)
    assert report.columns == tuple(rows[0])
    assert [row.type for row in activity] == [row[0] for row in rows[1:]]
    assert [row.interest_account_change_amount for row in activity] == [Decimal(row[2]) for row in rows[1:]]
    assert [row.interest_account_balance_after_change for row in activity] == [Decimal(row[3]) for row in rows[1:]]
    assert activity[1].interest_account_change_amount == Decimal("-26.1000")
    assert activity[1].event_date == datetime(2019, 12, 21, 19, 20, tzinfo=UTC)
    assert activity[-1].interest_account_balance_after_change == Decimal("5183.4624")


def test_order_webhook_is_read_from_the_v1_namespace() -> None:
    webhook = parse_order_webhook(page.ORDER_WEBHOOK_TEXT.encode())
    assert webhook.event is OrderWebhookEvent.ORDER_COMPLETE
    assert webhook.object_uuid == "Ref123456789"
    assert webhook.refund_amount is not None
    assert webhook.refund_amount.amount_in_cents == 500
    assert webhook.time == datetime(2017, 10, 19, 0, 33, 10, 548372, tzinfo=UTC)


def test_error_object_becomes_a_typed_error(httpx_mock: HTTPXMock) -> None:
    add_v1_auth(httpx_mock)
    httpx_mock.add_response(url=ORDER, status_code=400, json=page.ERROR)
    with pytest.raises(BadRequestError) as failure:
        make_v1().orders.get("Ref123456789")
    assert failure.value.status_code == page.ERROR["status"]
    assert failure.value.code == "error_id"
    assert failure.value.message == "Descriptive message"
    assert not isinstance(failure.value, CheckoutExpiredError)
