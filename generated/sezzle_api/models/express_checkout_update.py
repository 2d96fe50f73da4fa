from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExpressCheckoutUpdate")


@_attrs_define
class ExpressCheckoutUpdate:
    """Both documented bodies: the fields they share are required, the rest optional

    Attributes:
        address_uuid (str): The shipping address the shopper chose
        currency_code (str): The ISO 4217 currency of the amounts
        amount_in_cents (int | None | Unset): The final order amount
        checkout_uuid (None | str | Unset):
        shipping_amount_in_cents (int | None | Unset):
        shipping_options (list[ExpressShippingOption] | None | Unset):
        tax_amount_in_cents (int | None | Unset):
    """

    address_uuid: str
    currency_code: str
    amount_in_cents: int | None | Unset = UNSET
    checkout_uuid: None | str | Unset = UNSET
    shipping_amount_in_cents: int | None | Unset = UNSET
    shipping_options: list[ExpressShippingOption] | None | Unset = UNSET
    tax_amount_in_cents: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address_uuid = self.address_uuid

        currency_code = self.currency_code

        amount_in_cents: int | None | Unset
        if isinstance(self.amount_in_cents, Unset):
            amount_in_cents = UNSET
        else:
            amount_in_cents = self.amount_in_cents

        checkout_uuid: None | str | Unset
        if isinstance(self.checkout_uuid, Unset):
            checkout_uuid = UNSET
        else:
            checkout_uuid = self.checkout_uuid

        shipping_amount_in_cents: int | None | Unset
        if isinstance(self.shipping_amount_in_cents, Unset):
            shipping_amount_in_cents = UNSET
        else:
            shipping_amount_in_cents = self.shipping_amount_in_cents

        shipping_options: list[dict[str, Any]] | None | Unset
        if isinstance(self.shipping_options, Unset):
            shipping_options = UNSET
        elif isinstance(self.shipping_options, list):
            shipping_options = []
            for shipping_options_type_0_item_data in self.shipping_options:
                shipping_options_type_0_item = (
                    shipping_options_type_0_item_data.to_dict()
                )
                shipping_options.append(shipping_options_type_0_item)

        else:
            shipping_options = self.shipping_options

        tax_amount_in_cents: int | None | Unset
        if isinstance(self.tax_amount_in_cents, Unset):
            tax_amount_in_cents = UNSET
        else:
            tax_amount_in_cents = self.tax_amount_in_cents

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address_uuid": address_uuid,
                "currency_code": currency_code,
            }
        )
        if amount_in_cents is not UNSET:
            field_dict["amount_in_cents"] = amount_in_cents
        if checkout_uuid is not UNSET:
            field_dict["checkout_uuid"] = checkout_uuid
        if shipping_amount_in_cents is not UNSET:
            field_dict["shipping_amount_in_cents"] = shipping_amount_in_cents
        if shipping_options is not UNSET:
            field_dict["shipping_options"] = shipping_options
        if tax_amount_in_cents is not UNSET:
            field_dict["tax_amount_in_cents"] = tax_amount_in_cents

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        address_uuid = d.pop("address_uuid")

        currency_code = d.pop("currency_code")

        amount_in_cents: int | None | Unset = d.pop("amount_in_cents", UNSET)

        checkout_uuid: None | str | Unset = d.pop("checkout_uuid", UNSET)

        shipping_amount_in_cents: int | None | Unset = d.pop(
            "shipping_amount_in_cents", UNSET
        )

        def _parse_shipping_options(
            data: object,
        ) -> list[ExpressShippingOption] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                shipping_options_type_0 = []
                _shipping_options_type_0 = data
                for shipping_options_type_0_item_data in _shipping_options_type_0:
                    shipping_options_type_0_item = ExpressShippingOption.from_dict(
                        shipping_options_type_0_item_data
                    )

                    shipping_options_type_0.append(shipping_options_type_0_item)

                return shipping_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ExpressShippingOption] | None | Unset, data)

        shipping_options = _parse_shipping_options(d.pop("shipping_options", UNSET))

        tax_amount_in_cents: int | None | Unset = d.pop("tax_amount_in_cents", UNSET)

        express_checkout_update = cls(
            address_uuid=address_uuid,
            currency_code=currency_code,
            amount_in_cents=amount_in_cents,
            checkout_uuid=checkout_uuid,
            shipping_amount_in_cents=shipping_amount_in_cents,
            shipping_options=shipping_options,
            tax_amount_in_cents=tax_amount_in_cents,
        )

        express_checkout_update.additional_properties = d
        return express_checkout_update

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


from ..models.express_shipping_option import ExpressShippingOption
