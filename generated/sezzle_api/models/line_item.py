from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.price import Price


T = TypeVar("T", bound="LineItem")


@_attrs_define
class LineItem:
    """Merchants who are in the Sports & Hobbies or Hunting & Fishing categories must define a category_path for each item
    in the order. Please talk with your account manager for further details.

        Attributes:
            name (str): The name of the item
            price (Price):
            quantity (int): The quantity purchased
            sku (str): The sku identifier
            category_path (str | Unset): The category path where the product is located. Use `>` only as the category
                delimiter, not as part of a product or category name. Example: Camping Gear & Supplies > Tents & Shelters.
            brand (str | Unset): The products brand name as customers would recognize. Examples: Nike, Kelty, Brooks,
                Carhartt, Columbia
            global_trade_item_number (str | Unset): The products Global Trade Item Number (GTIN). Common types include UPC,
                ISBN, EAN. Exclude dashes and spaces.
            image_url (str | Unset): The fully qualified URL that shows the image
            manufacturer_part_number (str | Unset): The products Manufacturer Part Number (MPN) which together with brand
                can uniquely identify a product.
            product_url (str | Unset): The fully qualified URL that links directly to the product being purchased
    """

    name: str
    price: Price
    quantity: int
    sku: str
    category_path: str | Unset = UNSET
    brand: str | Unset = UNSET
    global_trade_item_number: str | Unset = UNSET
    image_url: str | Unset = UNSET
    manufacturer_part_number: str | Unset = UNSET
    product_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        price = self.price.to_dict()

        quantity = self.quantity

        sku = self.sku

        category_path = self.category_path

        brand = self.brand

        global_trade_item_number = self.global_trade_item_number

        image_url = self.image_url

        manufacturer_part_number = self.manufacturer_part_number

        product_url = self.product_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "price": price,
                "quantity": quantity,
                "sku": sku,
            }
        )
        if category_path is not UNSET:
            field_dict["category_path"] = category_path
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
        from ..models.price import Price  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        price = Price.from_dict(d.pop("price"))

        quantity = d.pop("quantity")

        sku = d.pop("sku")

        category_path = d.pop("category_path", UNSET)

        brand = d.pop("brand", UNSET)

        global_trade_item_number = d.pop("global_trade_item_number", UNSET)

        image_url = d.pop("image_url", UNSET)

        manufacturer_part_number = d.pop("manufacturer_part_number", UNSET)

        product_url = d.pop("product_url", UNSET)

        line_item = cls(
            name=name,
            price=price,
            quantity=quantity,
            sku=sku,
            category_path=category_path,
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
