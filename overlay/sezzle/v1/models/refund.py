from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from sezzle_api.models.price import Price

from ._support import UNSET, AdditionalProperties, Unset, emit, take, take_datetime, take_model

T = TypeVar("T", bound="Refund")


@_attrs_define
class Refund(AdditionalProperties[Any]):
    """A refund: the answer to a refund request, and each entry of an order's ``refunds``.

    Attributes:
        amount (Price | Unset): How much was refunded
        refund_id (str | Unset): The merchant's id of the refund
        refund_reason (str | Unset): Why the order was refunded
        is_full_refund (bool | Unset): Whether the whole order was refunded
        order_reference_id (str | Unset): The merchant's reference of the refunded order
        created_at (datetime.datetime | Unset): When the refund was made
    """

    amount: Price | Unset = UNSET
    refund_id: str | Unset = UNSET
    refund_reason: str | Unset = UNSET
    is_full_refund: bool | Unset = UNSET
    order_reference_id: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data, in the shape Sezzle uses; unknown fields are kept."""
        return emit(
            dict(self.additional_properties),
            amount=self.amount,
            refund_id=self.refund_id,
            refund_reason=self.refund_reason,
            is_full_refund=self.is_full_refund,
            order_reference_id=self.order_reference_id,
            created_at=self.created_at,
        )

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the model from decoded JSON; unknown fields go to ``additional_properties``."""
        d = dict(src_dict)
        refund = cls(
            amount=take_model(d, "amount", Price.from_dict),
            refund_id=take(d, "refund_id"),
            refund_reason=take(d, "refund_reason"),
            is_full_refund=take(d, "is_full_refund"),
            order_reference_id=take(d, "order_reference_id"),
            created_at=take_datetime(d, "created_at"),
        )
        refund.additional_properties = d
        return refund
