"""Line type codes: the documented ones, and tolerance of codes this version does not know."""

from __future__ import annotations

from decimal import Decimal

import pytest

from sezzle.reports import LineType, SettlementLineItem

DOCUMENTED = {
    "ORDER": "001",
    "REFUND": "002",
    "FEE": "003",
    "RETURNED_FEE": "004",
    "CHARGEBACK": "005",
    "CHARGEBACK_REVERSAL": "006",
    "CORRECTION": "007",
    "INTEREST_TRANSFER": "008",
    "REFERRAL_REVENUE_TRANSFER": "009",
    "BANK_ACCOUNT_WITHDRAWAL": "010",
    "BANK_ACCOUNT_WITHDRAWAL_REVERSAL": "011",
    "MONTHLY_FEE": "013",
    "MONTHLY_FEE_REFUND": "014",
}


def test_every_documented_code() -> None:
    assert {member.name: member.value for member in LineType} == DOCUMENTED
    for name, code in DOCUMENTED.items():
        assert LineType.lookup(code) is LineType[name]
        assert LineType[name] == code


@pytest.mark.parametrize(("code", "name"), [("012", "SOMETHING_NEW"), ("099", ""), ("", "NEW_KIND"), ("abc", "")])
def test_unknown_codes_are_tolerated(code: str, name: str) -> None:
    item = SettlementLineItem(type=name, type_code=code, amount=Decimal("1.00"))
    assert item.line_type is None
    assert (item.type, item.type_code) == (name, code)


def test_codes_that_lost_their_leading_zeros_and_codes_left_empty() -> None:
    assert LineType.lookup("3") is LineType.FEE
    assert LineType.lookup(" 13 ") is LineType.MONTHLY_FEE
    assert LineType.lookup("", "chargeback_reversal") is LineType.CHARGEBACK_REVERSAL
    assert LineType.lookup("002", "ORDER") is LineType.REFUND  # the code decides
