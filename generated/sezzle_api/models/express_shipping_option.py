from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExpressShippingOption")


@_attrs_define
class ExpressShippingOption:
    """
    Attributes:
        name (str):
        description (None | str | Unset):
        final_order_amount_in_cents (int | None | Unset):
        shipping_amount_in_cents (int | None | Unset):
        tax_amount_in_cents (int | None | Unset):
    """

    name: str
    description: None | str | Unset = UNSET
    final_order_amount_in_cents: int | None | Unset = UNSET
    shipping_amount_in_cents: int | None | Unset = UNSET
    tax_amount_in_cents: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        final_order_amount_in_cents: int | None | Unset
        if isinstance(self.final_order_amount_in_cents, Unset):
            final_order_amount_in_cents = UNSET
        else:
            final_order_amount_in_cents = self.final_order_amount_in_cents

        shipping_amount_in_cents: int | None | Unset
        if isinstance(self.shipping_amount_in_cents, Unset):
            shipping_amount_in_cents = UNSET
        else:
            shipping_amount_in_cents = self.shipping_amount_in_cents

        tax_amount_in_cents: int | None | Unset
        if isinstance(self.tax_amount_in_cents, Unset):
            tax_amount_in_cents = UNSET
        else:
            tax_amount_in_cents = self.tax_amount_in_cents

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if final_order_amount_in_cents is not UNSET:
            field_dict["final_order_amount_in_cents"] = final_order_amount_in_cents
        if shipping_amount_in_cents is not UNSET:
            field_dict["shipping_amount_in_cents"] = shipping_amount_in_cents
        if tax_amount_in_cents is not UNSET:
            field_dict["tax_amount_in_cents"] = tax_amount_in_cents

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        description: None | str | Unset = d.pop("description", UNSET)

        final_order_amount_in_cents: int | None | Unset = d.pop(
            "final_order_amount_in_cents", UNSET
        )

        shipping_amount_in_cents: int | None | Unset = d.pop(
            "shipping_amount_in_cents", UNSET
        )

        tax_amount_in_cents: int | None | Unset = d.pop("tax_amount_in_cents", UNSET)

        express_shipping_option = cls(
            name=name,
            description=description,
            final_order_amount_in_cents=final_order_amount_in_cents,
            shipping_amount_in_cents=shipping_amount_in_cents,
            tax_amount_in_cents=tax_amount_in_cents,
        )

        express_shipping_option.additional_properties = d
        return express_shipping_option

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
