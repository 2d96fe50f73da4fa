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
        forex_fees (float | Unset):
        net_settlement_amount (float | Unset):
        payout_currency (str | Unset):
        payout_date (datetime.datetime | Unset):
        status (str | Unset): For example Complete
        uuid (str | Unset): The payout UUID
    """

    forex_fees: float | Unset = UNSET
    net_settlement_amount: float | Unset = UNSET
    payout_currency: str | Unset = UNSET
    payout_date: datetime.datetime | Unset = UNSET
    status: str | Unset = UNSET
    uuid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        forex_fees = self.forex_fees

        net_settlement_amount = self.net_settlement_amount

        payout_currency = self.payout_currency

        payout_date: str | Unset = UNSET
        if not isinstance(self.payout_date, Unset):
            payout_date = self.payout_date.isoformat()

        status = self.status

        uuid = self.uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if forex_fees is not UNSET:
            field_dict["forex_fees"] = forex_fees
        if net_settlement_amount is not UNSET:
            field_dict["net_settlement_amount"] = net_settlement_amount
        if payout_currency is not UNSET:
            field_dict["payout_currency"] = payout_currency
        if payout_date is not UNSET:
            field_dict["payout_date"] = payout_date
        if status is not UNSET:
            field_dict["status"] = status
        if uuid is not UNSET:
            field_dict["uuid"] = uuid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        forex_fees = d.pop("forex_fees", UNSET)

        net_settlement_amount = d.pop("net_settlement_amount", UNSET)

        payout_currency = d.pop("payout_currency", UNSET)

        _payout_date = d.pop("payout_date", UNSET)
        payout_date: datetime.datetime | Unset
        if isinstance(_payout_date, Unset):
            payout_date = UNSET
        else:
            payout_date = datetime.datetime.fromisoformat(_payout_date)

        status = d.pop("status", UNSET)

        uuid = d.pop("uuid", UNSET)

        payout_summary = cls(
            forex_fees=forex_fees,
            net_settlement_amount=net_settlement_amount,
            payout_currency=payout_currency,
            payout_date=payout_date,
            status=status,
            uuid=uuid,
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
