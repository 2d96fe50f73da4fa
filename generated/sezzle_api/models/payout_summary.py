from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PayoutSummary")


@_attrs_define
class PayoutSummary:
    """
    Attributes:
        net_settlement_amount (float):
        payout_currency (str):
        payout_date (datetime.datetime):
        status (str): For example Complete
        uuid (str): The payout UUID
        forex_fees (float | Unset):
    """

    net_settlement_amount: float
    payout_currency: str
    payout_date: datetime.datetime
    status: str
    uuid: str
    forex_fees: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        net_settlement_amount = self.net_settlement_amount

        payout_currency = self.payout_currency

        payout_date = self.payout_date.isoformat()

        status = self.status

        uuid = self.uuid

        forex_fees = self.forex_fees

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "net_settlement_amount": net_settlement_amount,
                "payout_currency": payout_currency,
                "payout_date": payout_date,
                "status": status,
                "uuid": uuid,
            }
        )
        if forex_fees is not UNSET:
            field_dict["forex_fees"] = forex_fees

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        net_settlement_amount = d.pop("net_settlement_amount")

        payout_currency = d.pop("payout_currency")

        payout_date = datetime.datetime.fromisoformat(d.pop("payout_date"))

        status = d.pop("status")

        uuid = d.pop("uuid")

        forex_fees = d.pop("forex_fees", UNSET)

        payout_summary = cls(
            net_settlement_amount=net_settlement_amount,
            payout_currency=payout_currency,
            payout_date=payout_date,
            status=status,
            uuid=uuid,
            forex_fees=forex_fees,
        )

        payout_summary.additional_properties = d
        return payout_summary

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
