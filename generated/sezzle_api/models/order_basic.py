from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.intent import Intent
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderBasic")


@_attrs_define
class OrderBasic:
    """
    Attributes:
        intent (Intent | Unset): If your checkout flow requires the user to confirm their checkout on your site after
            being approved by Sezzle, use AUTH as your intent. If you prefer the checkout be captured immediately, use
            CAPTURE.
            Submit a capture request via the API or your Merchant Dashboard before the authorization expires.
            The authorization expiration window can be set from 30 minutes up to 7 days in your Merchant Dashboard Settings.
        order_amount (Price | Unset):
        reference_id (str | Unset): The checkout or cart ID from the merchant, currently used for tracking only (must
            contain only alphanumeric characters, dashes (-), and underscores (_))
    """

    intent: Intent | Unset = UNSET
    order_amount: Price | Unset = UNSET
    reference_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        intent: str | Unset = UNSET
        if not isinstance(self.intent, Unset):
            intent = self.intent.value

        order_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order_amount, Unset):
            order_amount = self.order_amount.to_dict()

        reference_id = self.reference_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if intent is not UNSET:
            field_dict["intent"] = intent
        if order_amount is not UNSET:
            field_dict["order_amount"] = order_amount
        if reference_id is not UNSET:
            field_dict["reference_id"] = reference_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _intent = d.pop("intent", UNSET)
        intent: Intent | Unset
        if isinstance(_intent, Unset):
            intent = UNSET
        else:
            intent = Intent(_intent)

        _order_amount = d.pop("order_amount", UNSET)
        order_amount: Price | Unset
        if isinstance(_order_amount, Unset):
            order_amount = UNSET
        else:
            order_amount = Price.from_dict(_order_amount)

        reference_id = d.pop("reference_id", UNSET)

        order_basic = cls(
            intent=intent,
            order_amount=order_amount,
            reference_id=reference_id,
        )

        order_basic.additional_properties = d
        return order_basic

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


from ..models.price import Price
