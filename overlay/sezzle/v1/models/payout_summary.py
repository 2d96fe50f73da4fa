from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ._support import UNSET, AdditionalProperties, Unset, emit, take, take_datetime, take_decimal

T = TypeVar("T", bound="PayoutSummary")


@_attrs_define
class PayoutSummary(AdditionalProperties[Any]):
    """One payout, from ``GET /v1/settlements/summaries``; its line items are in the settlement details.

    Amounts are kept exactly as the gateway wrote them: Sezzle does not state their unit (its
    example, ``9370``, reads like cents, while the settlement-details report writes currency units).

    Attributes:
        uuid (str | Unset): The payout's id, for ``settlements.details``
        payout_currency (str | Unset): The currency the payout was sent in
        payout_date (datetime.datetime | Unset): When the payout was sent
        net_settlement_amount (Decimal | Unset): The net amount of the payout
        forex_fees (Decimal | Unset): The foreign exchange fees of the payout
        status (str | Unset): Where the payout stands, for example Complete
    """

    uuid: str | Unset = UNSET
    payout_currency: str | Unset = UNSET
    payout_date: datetime.datetime | Unset = UNSET
    net_settlement_amount: Decimal | Unset = UNSET
    forex_fees: Decimal | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data, in the shape Sezzle uses; unknown fields are kept."""
        return emit(
            dict(self.additional_properties),
            uuid=self.uuid,
            payout_currency=self.payout_currency,
            payout_date=self.payout_date,
            net_settlement_amount=self.net_settlement_amount,
            forex_fees=self.forex_fees,
            status=self.status,
        )

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the model from decoded JSON; unknown fields go to ``additional_properties``."""
        d = dict(src_dict)
        payout_summary = cls(
            uuid=take(d, "uuid"),
            payout_currency=take(d, "payout_currency"),
            payout_date=take_datetime(d, "payout_date"),
            net_settlement_amount=take_decimal(d, "net_settlement_amount"),
            forex_fees=take_decimal(d, "forex_fees"),
            status=take(d, "status"),
        )
        payout_summary.additional_properties = d
        return payout_summary
