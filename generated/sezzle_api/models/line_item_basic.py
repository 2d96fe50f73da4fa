from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LineItemBasic")


@_attrs_define
class LineItemBasic:
    """Merchants who are in the Sports & Hobbies or Hunting & Fishing categories must define a category_path for each item
    in the order. Please talk with your account manager for further details.

        Attributes:
            category_path (None | str | Unset): The category path where the product is located. Use `>` only as the category
                delimiter, not as part of a product or category name. Example: Camping Gear & Supplies > Tents & Shelters.
            name (str | Unset): The name of the item
            price (Price | Unset):
            quantity (int | str | Unset):
            sku (None | str | Unset): The sku identifier
    """

    category_path: None | str | Unset = UNSET
    name: str | Unset = UNSET
    price: Price | Unset = UNSET
    quantity: int | str | Unset = UNSET
    sku: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category_path: None | str | Unset
        if isinstance(self.category_path, Unset):
            category_path = UNSET
        else:
            category_path = self.category_path

        name = self.name

        price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price, Unset):
            price = self.price.to_dict()

        quantity: int | str | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        sku: None | str | Unset
        if isinstance(self.sku, Unset):
            sku = UNSET
        else:
            sku = self.sku

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if category_path is not UNSET:
            field_dict["category_path"] = category_path
        if name is not UNSET:
            field_dict["name"] = name
        if price is not UNSET:
            field_dict["price"] = price
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if sku is not UNSET:
            field_dict["sku"] = sku

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        category_path: None | str | Unset = d.pop("category_path", UNSET)

        name = d.pop("name", UNSET)

        _price = d.pop("price", UNSET)
        price: Price | Unset
        if isinstance(_price, Unset):
            price = UNSET
        else:
            price = Price.from_dict(_price)

        quantity: int | str | Unset = d.pop("quantity", UNSET)

        sku: None | str | Unset = d.pop("sku", UNSET)

        line_item_basic = cls(
            category_path=category_path,
            name=name,
            price=price,
            quantity=quantity,
            sku=sku,
        )

        line_item_basic.additional_properties = d
        return line_item_basic

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
