"""v1 settlement and interest reports: the shared ledger and interest account in v1's columns."""

from __future__ import annotations

import csv
import io
from datetime import date

import httpx
import pytest

from sezzle.gateway import Gateway

from .conftest import bearer
from .test_v1_support import completed_checkout, usd, v1_bearer, v1_error

SUMMARY_COLUMNS = [
    "total_order_amount",
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
]
LINE_COLUMNS = [
    "type",
    "order_capture_date",
    "order_created_at",
    "event_date",
    "order_uuid",
    "customer_order_id",
    "external_reference_id",
    "amount",
    "posting_currency",
    "type_code",
    "chargeback_code",
    "sezzle_order_id",
]


@pytest.fixture
def v1_auth(client: httpx.Client, gateway: Gateway) -> dict[str, str]:
    return v1_bearer(client, gateway)


def settled(client: httpx.Client, gateway: Gateway, auth: dict[str, str]) -> tuple[str, str]:
    """A payout of a 129.99 capture (metadata location_id=123) and a 5.00 refund; the payout and order uuids."""
    checkout_uuid = completed_checkout(client, auth, gateway)
    client.post("/v1/orders/Ref123456789/refund", headers=auth, json={"amount": usd(500)})
    return gateway.settle(), checkout_uuid


def test_settlement_details_csv_has_v1_columns(client: httpx.Client, gateway: Gateway, v1_auth: dict[str, str]) -> None:
    payout_uuid, checkout_uuid = settled(client, gateway, v1_auth)

    answer = client.get(
        f"/v1/settlements/details/{payout_uuid}", headers=v1_auth, params={"metadata": "location_id,missing"}
    )

    assert answer.status_code == 200
    assert answer.headers["content-type"] == "text/csv"
    rows = list(csv.reader(io.StringIO(answer.text)))
    assert rows[0] == SUMMARY_COLUMNS
    assert rows[2] == [*LINE_COLUMNS, "location_id"]
    summary = dict(zip(rows[0], rows[1], strict=True))
    lines = [dict(zip(rows[2], row, strict=True)) for row in rows[3:]]
    assert [(line["type"], line["type_code"], line["amount"]) for line in lines] == [
        ("ORDER", "001", "129.99"),
        ("FEE", "003", "-8.10"),
        ("REFUND", "002", "-5.00"),
        ("RETURNED_FEE", "004", "0.30"),
    ]
    assert summary["total_order_amount"] == "129.99"
    assert summary["total_refund_amount"] == "-5.00"
    assert summary["total_fee_amount"] == "-8.10"
    assert summary["net_settlement_amount"] == "117.19"
    assert summary["payment_uuid"] == payout_uuid
    assert summary["payout_date"] == "2026-03-02 12:00:00 +0000 UTC"
    order_line = lines[0]
    assert order_line["order_uuid"] == checkout_uuid
    assert order_line["external_reference_id"] == "Ref123456789"
    assert order_line["order_capture_date"] == order_line["event_date"] == "2026-03-02T12:00:00Z"
    assert order_line["posting_currency"] == "USD"
    assert order_line["location_id"] == "123"
    assert (
        order_line["sezzle_order_id"]
        == client.get("/v1/orders/Ref123456789", headers=v1_auth).json()["sezzle_order_id"]
    )


def test_v2_details_of_the_same_payout_keep_v2_columns(
    client: httpx.Client, gateway: Gateway, v1_auth: dict[str, str]
) -> None:
    payout_uuid, _ = settled(client, gateway, v1_auth)

    rows = list(csv.reader(io.StringIO(client.get(f"/v2/settlements/details/{payout_uuid}", headers=v1_auth).text)))

    assert "total_capture_amount" in rows[0]
    assert "order_amount" in rows[2]
    assert (
        "order_amount"
        not in list(
            csv.reader(io.StringIO(client.get(f"/v1/settlements/details/{payout_uuid}", headers=v1_auth).text))
        )[2]
    )


def test_settlement_summaries_are_the_shared_payouts(
    client: httpx.Client, gateway: Gateway, v1_auth: dict[str, str]
) -> None:
    payout_uuid, _ = settled(client, gateway, v1_auth)

    answer = client.get("/v1/settlements/summaries", headers=v1_auth, params={"start-date": "2026-03-01"})

    assert answer.status_code == 200
    assert answer.json() == [
        {
            "uuid": payout_uuid,
            "payout_currency": "USD",
            "payout_date": "2026-03-02T12:00:00.000Z",
            "net_settlement_amount": 117.19,
            "forex_fees": 0,
            "status": "Complete",
        }
    ]
    assert (
        answer.json()
        == client.get(
            "/v2/settlements/summaries", headers=bearer(client, gateway), params={"start-date": "2026-03-01"}
        ).json()
    )


@pytest.mark.parametrize(
    ("path", "params", "status", "error_id", "named"),
    [
        ("/v1/settlements/summaries", {}, 400, "bad_request", "start-date"),
        ("/v1/settlements/summaries", {"start-date": "03/01/2026"}, 400, "bad_request", "start-date"),
        (
            "/v1/settlements/summaries",
            {"start-date": "2026-03-02", "end-date": "2026-03-01"},
            400,
            "bad_request",
            "end-date",
        ),
        ("/v1/settlements/summaries", {"start-date": "2026-03-01", "offset": "-1"}, 400, "bad_request", "offset"),
        ("/v1/interest/activity", {}, 400, "bad_request", "start-date"),
        ("/v1/interest/balance", {"currency-code": "usd"}, 400, "bad_request", "currency-code"),
        ("/v1/settlements/details/no-such-payout", {}, 404, "not_found", "payout"),
    ],
)
def test_report_requests_breaking_a_rule_get_v1_errors(
    client: httpx.Client,
    v1_auth: dict[str, str],
    path: str,
    params: dict[str, str],
    status: int,
    error_id: str,
    named: str,
) -> None:
    answer = client.get(path, headers=v1_auth, params=params)

    assert answer.status_code == status
    error = v1_error(answer)
    assert error["id"] == error_id
    assert named in error["message"]


def test_interest_balance_and_activity_share_the_account(
    client: httpx.Client, gateway: Gateway, v1_auth: dict[str, str]
) -> None:
    gateway.interest.record("INTEREST_ACCRUAL", "1.0702")
    gateway.interest.record("INTEREST_WITHDRAWAL", "-0.5")
    gateway.interest.record("INTEREST_ACCRUAL", "9", currency="CAD")

    balance = client.get("/v1/interest/balance", headers=v1_auth)
    activity = client.get("/v1/interest/activity", headers=v1_auth, params={"start-date": "2026-03-01"})

    assert balance.json() == {"interest_balance": 0.5702}
    assert balance.json() == client.get("/v2/interest/balance", headers=v1_auth).json()
    assert activity.headers["content-type"] == "text/csv"
    assert list(csv.reader(io.StringIO(activity.text))) == [
        ["type", "event_date", "interest_account_change_amount", "interest_account_balance_after_change"],
        ["INTEREST_ACCRUAL", "2026-03-02T12:00:00Z", "1.0702", "1.0702"],
        ["INTEREST_WITHDRAWAL", "2026-03-02T12:00:00Z", "-0.5000", "0.5702"],
    ]
    cad = client.get("/v1/interest/balance", headers=v1_auth, params={"currency-code": "CAD"})
    assert cad.json() == {"interest_balance": 9.0}


def test_a_days_payout_is_found_by_its_date(client: httpx.Client, gateway: Gateway, v1_auth: dict[str, str]) -> None:
    completed_checkout(client, v1_auth, gateway)
    payout_uuid = gateway.settle(day=date(2026, 3, 2))

    found = client.get(
        "/v1/settlements/summaries", headers=v1_auth, params={"start-date": "2026-03-03", "end-date": "2026-03-03"}
    ).json()

    assert [payout["uuid"] for payout in found] == [payout_uuid]
