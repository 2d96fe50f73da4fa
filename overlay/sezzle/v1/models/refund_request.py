from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from sezzle_api.models.price import Price

from ._support import UNSET, AdditionalProperties, Unset, emit, take, take_model

T = TypeVar("T", bound="RefundRequest")


@_attrs_define
class RefundRequest(AdditionalProperties[Any]):
    """The body of ``POST /v1/orders/{order_reference_id}/refund``.

    Attributes:
        refund_id (str | Unset): The merchant's id for the refund; must be unique to the merchant
        amount (Price | Unset): How much to refund: more than 0, at most the order total, in the
            order's or the shopper's currency; optional when ``is_full_refund`` is true
        refund_reason (str | Unset): A reason for the refund
        is_full_refund (bool | Unset): Refund the whole order, whatever ``amount`` says (false when omitted)
    """

    refund_id: str | Unset = UNSET
    amount: Price | Unset = UNSET
    refund_reason: str | Unset = UNSET
    is_full_refund: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data, in the shape Sezzle uses; unknown fields are kept."""
        return emit(
            dict(self.additional_properties),
            refund_id=self.refund_id,
            amount=self.amount,
            refund_reason=self.refund_reason,
            is_full_refund=self.is_full_refund,
        )

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the model from decoded JSON; unknown fields go to ``additional_properties``."""
        d = dict(src_dict)
        refund_request = cls(
            refund_id=take(d, "refund_id"),
            amount=take_model(d, "amount", Price.from_dict),
            refund_reason=take(d, "refund_reason"),
            is_full_refund=take(d, "is_full_refund"),
        )
        refund_request.additional_properties = d
        return refund_request
