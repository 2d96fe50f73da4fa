from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.intent import Intent
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpchargeRequest")


@_attrs_define
class UpchargeRequest:
    """
    Attributes:
        intent (Intent): If your checkout flow requires the user to confirm their checkout on your site after being
            approved by Sezzle, use AUTH as your intent. If you prefer the checkout be captured immediately, use CAPTURE.
            Submit a capture request via the API or your Merchant Dashboard before the authorization expires.
            The authorization expiration window can be set from 30 minutes up to 7 days in your Merchant Dashboard Settings.
        upcharge_amount (None | Price | Unset):
    """

    intent: Intent
    upcharge_amount: None | Price | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        intent = self.intent.value

        upcharge_amount: dict[str, Any] | None | Unset
        if isinstance(self.upcharge_amount, Unset):
            upcharge_amount = UNSET
        elif isinstance(self.upcharge_amount, Price):
            upcharge_amount = self.upcharge_amount.to_dict()
        else:
            upcharge_amount = self.upcharge_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "intent": intent,
            }
        )
        if upcharge_amount is not UNSET:
            field_dict["upcharge_amount"] = upcharge_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        intent = Intent(d.pop("intent"))

        def _parse_upcharge_amount(data: object) -> None | Price | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                upcharge_amount_type_0 = Price.from_dict(data)

                return upcharge_amount_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Price | Unset, data)

        upcharge_amount = _parse_upcharge_amount(d.pop("upcharge_amount", UNSET))

        upcharge_request = cls(
            intent=intent,
            upcharge_amount=upcharge_amount,
        )

        upcharge_request.additional_properties = d
        return upcharge_request

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
