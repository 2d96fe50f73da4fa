"""Settlement and interest reports, built from what actually happened."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import httpx
import pytest

from sezzle.errors import InvalidInputError
from sezzle.gateway import Gateway

from .conftest import authorized_order, bearer, error_of, price

SUMMARY_COLUMNS = [
    "total_order_amount",
    "total_capture_amount",
    "total_refund_amount",
    "total_fee_amount",
    "total_returned_fee_amount",
    "total_chargeback_amount",
    "total_chargeback_reversal_amount",
    "total_interest_transfer_amount",
    "total_correction_amount",
    "total_referral_revenue_transfer_amount",
    "total_bank_account_withdrawals",
    "total_bank_account_withdrawal_reversals",
    "forex_fees",
    "net_settlement_amount",
    "payment_uuid",
    "settlement_currency",
    "payout_date",
    "payout_status",
    "final_payout_amount",
    "payout_currency",
]
LINE_COLUMNS = [
    "type",
    "order_capture_date",
    "order_created_at",
    "event_date",
    "order_uuid",
    "customer_order_id",
    "external_reference_id",
    "order_amount",
    "amount",
    "posting_currency",
    "type_code",
    "chargeback_code",
    "sezzle_order_id",
    "product_type",
    "mid",
    "card_network_auth_ref",
]


def settled_payout(client: httpx.Client, gateway: Gateway, auth: dict[str, str]) -> tuple[str, str]:
    """A payout holding a 40.00 capture (order of 100.00, metadata store=north) and a 10.00 refund."""
    order_uuid = authorized_order(client, auth, gateway, metadata={"store": "north", "till": "3"})
    client.post(f"/v2/order/{order_uuid}/capture", headers=auth, json={"capture_amount": price(4_000)})
    client.post(f"/v2/order/{order_uuid}/refund", headers=auth, json=price(1_000))
    return gateway.settle(), order_uuid


def test_settlement_details_csv(client: httpx.Client, gateway: Gateway, auth: dict[str, str]) -> None:
    payout_uuid, order_uuid = settled_payout(client, gateway, auth)

    answer = client.get(f"/v2/settlements/details/{payout_uuid}", headers=auth, params={"metadata": "store,missing"})

    assert answer.status_code == 200
    assert answer.headers["content-type"] == "text/csv"
    rows = list(csv.reader(io.StringIO(answer.text)))
    assert rows[0] == SUMMARY_COLUMNS
    summary = dict(zip(rows[0], rows[1], strict=True))
    assert rows[2] == [*LINE_COLUMNS, "store", "missing"]
    lines = [dict(zip(rows[2], row, strict=True)) for row in rows[3:]]
    assert [(line["type"], line["type_code"], line["amount"]) for line in lines] == [
        ("ORDER", "001", "40.00"),
        ("FEE", "003", "-2.70"),
        ("REFUND", "002", "-10.00"),
        ("RETURNED_FEE", "004", "0.60"),
    ]
    assert {line["order_uuid"] for line in lines} == {order_uuid}
    assert {line["store"] for line in lines} == {"north"}
    assert {line["missing"] for line in lines} == {""}
    assert {line["order_amount"] for line in lines} == {"100.00"}
    assert lines[0]["event_date"] == "2026-03-02 12:00:00 +0000 UTC"
    assert summary["payment_uuid"] == payout_uuid
    assert summary["payout_date"] == "2026-03-02 12:00:00 +0000 UTC"
    assert summary["total_order_amount"] == "100.00"
    assert summary["total_capture_amount"] == "40.00"
    assert summary["total_refund_amount"] == "-10.00"
    assert summary["total_fee_amount"] == "-2.70"
    net = sum(Decimal(line["amount"]) for line in lines)
    assert Decimal(summary["net_settlement_amount"]) == net == Decimal(summary["final_payout_amount"])


def test_settlement_summaries(client: httpx.Client, gateway: Gateway, auth: dict[str, str]) -> None:
    payout_uuid, _ = settled_payout(client, gateway, auth)

    answer = client.get("/v2/settlements/summaries", headers=auth, params={"start-date": "2026-03-01"})
    before = client.get(
        "/v2/settlements/summaries", headers=auth, params={"start-date": "2026-02-01", "end-date": "2026-03-01"}
    )
    other_currency = client.get(
        "/v2/settlements/summaries", headers=auth, params={"start-date": "2026-03-01", "currency-code": "CAD"}
    )

    assert answer.status_code == 200
    assert answer.json() == [
        {
            "uuid": payout_uuid,
            "payout_currency": "USD",
            "payout_date": "2026-03-02T12:00:00.000Z",
            "net_settlement_amount": 27.9,
            "forex_fees": 0,
            "status": "Complete",
        }
    ]
    assert before.json() == []
    assert other_currency.json() == []


def test_summaries_come_in_pages_of_20(client: httpx.Client, gateway: Gateway, auth: dict[str, str]) -> None:
    payouts = [gateway.settle() for _ in range(23)]

    first = client.get("/v2/settlements/summaries", headers=auth, params={"start-date": "2026-03-02"}).json()
    rest = client.get("/v2/settlements/summaries", headers=auth, params={"start-date": "2026-03-02", "offset": 20})

    assert [entry["uuid"] for entry in first] == payouts[:20]
    assert [entry["uuid"] for entry in rest.json()] == payouts[20:]


def test_each_payout_settles_only_what_was_not_settled_before(
    client: httpx.Client, gateway: Gateway, auth: dict[str, str]
) -> None:
    first, _ = settled_payout(client, gateway, auth)

    second = gateway.settle()

    assert [len(payout.entries) for payout in gateway.state.payouts] == [4, 0]
    assert gateway.state.payouts[1].uuid == second != first
    assert gateway.state.unsettled == []


def test_a_daily_payout_holds_that_days_events(client: httpx.Client, gateway: Gateway, auth: dict[str, str]) -> None:
    first = authorized_order(client, auth, gateway, intent="CAPTURE", reference_id="day_1")
    gateway.clock.advance(timedelta(days=1))
    authorized_order(client, bearer(client, gateway), gateway, intent="CAPTURE", reference_id="day_2")

    payout_uuid = gateway.settle(day=date(2026, 3, 2))

    (payout,) = gateway.state.payouts
    assert payout.uuid == payout_uuid
    assert {entry.order_uuid for entry in payout.entries} == {first}
    assert payout.payout_date == datetime(2026, 3, 3, 0, 5, tzinfo=UTC)
    assert {entry.reference_id for entry in gateway.state.unsettled} == {"day_2"}


@pytest.mark.parametrize(
    ("params", "location"),
    [
        ({}, "start-date"),
        ({"start-date": "03/02/2026"}, "start-date"),
        ({"start-date": "2026-03-01", "offset": "-1"}, "offset"),
    ],
)
def test_report_parameters_are_checked(
    client: httpx.Client, auth: dict[str, str], params: dict[str, str], location: str
) -> None:
    answer = client.get("/v2/settlements/summaries", headers=auth, params=params)

    assert answer.status_code == 400
    assert error_of(answer)["location"] == location


def test_an_unknown_payout_is_404(client: httpx.Client, auth: dict[str, str]) -> None:
    assert client.get("/v2/settlements/details/nope", headers=auth).status_code == 404


def test_interest_balance_and_activity(client: httpx.Client, gateway: Gateway, auth: dict[str, str]) -> None:
    gateway.interest.record("INTEREST_ACCRUAL", "12.34567")
    gateway.interest.record("INTEREST_WITHDRAWAL", Decimal("-2.0000"))

    balance = client.get("/v2/interest/balance", headers=auth)
    activity = client.get("/v2/interest/activity", headers=auth, params={"start-date": "2026-03-01"})

    assert balance.json() == {"interest_balance": 10.3457}
    assert activity.headers["content-type"] == "text/csv"
    assert list(csv.reader(io.StringIO(activity.text))) == [
        ["type", "event_date", "interest_account_change_amount", "interest_account_balance_after_change"],
        ["INTEREST_ACCRUAL", "2026-03-02 12:00:00 +0000 UTC", "12.3457", "12.3457"],
        ["INTEREST_WITHDRAWAL", "2026-03-02 12:00:00 +0000 UTC", "-2.0000", "10.3457"],
    ]
    with pytest.raises(InvalidInputError):
        gateway.interest.record("INTEREST_BONUS", 1)
