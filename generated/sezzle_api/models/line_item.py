from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LineItem")


@_attrs_define
class LineItem:
    """Merchants who are in the Sports & Hobbies or Hunting & Fishing categories must define a category_path for each item
    in the order. Please talk with your account manager for further details.

        Attributes:
            name (str): The name of the item
            price (Price):
            quantity (int | str):
            category_path (None | str | Unset): The category path where the product is located. Use `>` only as the category
                delimiter, not as part of a product or category name. Example: Camping Gear & Supplies > Tents & Shelters.
            sku (None | str | Unset): The sku identifier
            brand (None | str | Unset): The products brand name as customers would recognize. Examples: Nike, Kelty, Brooks,
                Carhartt, Columbia
            global_trade_item_number (None | str | Unset): The products Global Trade Item Number (GTIN). Common types
                include UPC, ISBN, EAN. Exclude dashes and spaces.
            image_url (None | str | Unset): The fully qualified URL that shows the image
            manufacturer_part_number (None | str | Unset): The products Manufacturer Part Number (MPN) which together with
                brand can uniquely identify a product.
            product_url (None | str | Unset): The fully qualified URL that links directly to the product being purchased
    """

    name: str
    price: Price
    quantity: int | str
    category_path: None | str | Unset = UNSET
    sku: None | str | Unset = UNSET
    brand: None | str | Unset = UNSET
    global_trade_item_number: None | str | Unset = UNSET
    image_url: None | str | Unset = UNSET
    manufacturer_part_number: None | str | Unset = UNSET
    product_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        price = self.price.to_dict()

        quantity: int | str
        quantity = self.quantity

        category_path: None | str | Unset
        if isinstance(self.category_path, Unset):
            category_path = UNSET
        else:
            category_path = self.category_path

        sku: None | str | Unset
        if isinstance(self.sku, Unset):
            sku = UNSET
        else:
            sku = self.sku

        brand: None | str | Unset
        if isinstance(self.brand, Unset):
            brand = UNSET
        else:
            brand = self.brand

        global_trade_item_number: None | str | Unset
        if isinstance(self.global_trade_item_number, Unset):
            global_trade_item_number = UNSET
        else:
            global_trade_item_number = self.global_trade_item_number

        image_url: None | str | Unset
        if isinstance(self.image_url, Unset):
            image_url = UNSET
        else:
            image_url = self.image_url

        manufacturer_part_number: None | str | Unset
        if isinstance(self.manufacturer_part_number, Unset):
            manufacturer_part_number = UNSET
        else:
            manufacturer_part_number = self.manufacturer_part_number

        product_url: None | str | Unset
        if isinstance(self.product_url, Unset):
            product_url = UNSET
        else:
            product_url = self.product_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "price": price,
                "quantity": quantity,
            }
        )
        if category_path is not UNSET:
            field_dict["category_path"] = category_path
        if sku is not UNSET:
            field_dict["sku"] = sku
        if brand is not UNSET:
            field_dict["brand"] = brand
        if global_trade_item_number is not UNSET:
            field_dict["global_trade_item_number"] = global_trade_item_number
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if manufacturer_part_number is not UNSET:
            field_dict["manufacturer_part_number"] = manufacturer_part_number
        if product_url is not UNSET:
            field_dict["product_url"] = product_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        price = Price.from_dict(d.pop("price"))

        quantity: int | str = d.pop("quantity")

        category_path: None | str | Unset = d.pop("category_path", UNSET)

        sku: None | str | Unset = d.pop("sku", UNSET)

        brand: None | str | Unset = d.pop("brand", UNSET)

        global_trade_item_number: None | str | Unset = d.pop(
            "global_trade_item_number", UNSET
        )

        image_url: None | str | Unset = d.pop("image_url", UNSET)

        manufacturer_part_number: None | str | Unset = d.pop(
            "manufacturer_part_number", UNSET
        )

        product_url: None | str | Unset = d.pop("product_url", UNSET)

        line_item = cls(
            name=name,
            price=price,
            quantity=quantity,
            category_path=category_path,
            sku=sku,
            brand=brand,
            global_trade_item_number=global_trade_item_number,
            image_url=image_url,
            manufacturer_part_number=manufacturer_part_number,
            product_url=product_url,
        )

        line_item.additional_properties = d
        return line_item

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
