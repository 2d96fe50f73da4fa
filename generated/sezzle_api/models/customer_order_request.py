from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.installment_plan import InstallmentPlan
from ..models.intent import Intent
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerOrderRequest")


@_attrs_define
class CustomerOrderRequest:
    """
    Attributes:
        intent (Intent): If your checkout flow requires the user to confirm their checkout on your site after being
            approved by Sezzle, use AUTH as your intent. If you prefer the checkout be captured immediately, use CAPTURE.
            Submit a capture request via the API or your Merchant Dashboard before the authorization expires.
            The authorization expiration window can be set from 30 minutes up to 7 days in your Merchant Dashboard Settings.
        order_amount (Price):
        reference_id (str): The merchant's reference for the order (letters, digits, '-' and '_')
        financing_options (list[InstallmentPlan] | None | Unset):
    """

    intent: Intent
    order_amount: Price
    reference_id: str
    financing_options: list[InstallmentPlan] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        intent = self.intent.value

        order_amount = self.order_amount.to_dict()

        reference_id = self.reference_id

        financing_options: list[str] | None | Unset
        if isinstance(self.financing_options, Unset):
            financing_options = UNSET
        elif isinstance(self.financing_options, list):
            financing_options = []
            for financing_options_type_0_item_data in self.financing_options:
                financing_options_type_0_item = financing_options_type_0_item_data.value
                financing_options.append(financing_options_type_0_item)

        else:
            financing_options = self.financing_options

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "intent": intent,
                "order_amount": order_amount,
                "reference_id": reference_id,
            }
        )
        if financing_options is not UNSET:
            field_dict["financing_options"] = financing_options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        intent = Intent(d.pop("intent"))

        order_amount = Price.from_dict(d.pop("order_amount"))

        reference_id = d.pop("reference_id")

        def _parse_financing_options(
            data: object,
        ) -> list[InstallmentPlan] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                financing_options_type_0 = []
                _financing_options_type_0 = data
                for financing_options_type_0_item_data in _financing_options_type_0:
                    financing_options_type_0_item = InstallmentPlan(
                        financing_options_type_0_item_data
                    )

                    financing_options_type_0.append(financing_options_type_0_item)

                return financing_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[InstallmentPlan] | None | Unset, data)

        financing_options = _parse_financing_options(d.pop("financing_options", UNSET))

        customer_order_request = cls(
            intent=intent,
            order_amount=order_amount,
            reference_id=reference_id,
            financing_options=financing_options,
        )

        customer_order_request.additional_properties = d
        return customer_order_request

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
