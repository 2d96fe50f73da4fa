from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from sezzle_api.models.price import Price

from ._support import UNSET, AdditionalProperties, Unset, emit, take, take_model

T = TypeVar("T", bound="Item")


@_attrs_define
class Item(AdditionalProperties[Any]):
    """One line of the cart.

    Attributes:
        name (str | Unset): The name of the item
        sku (str | Unset): The sku identifier
        quantity (int | Unset): The quantity purchased
        price (Price | Unset): The price of one unit
    """

    name: str | Unset = UNSET
    sku: str | Unset = UNSET
    quantity: int | Unset = UNSET
    price: Price | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data, in the shape Sezzle uses; unknown fields are kept."""
        return emit(
            dict(self.additional_properties), name=self.name, sku=self.sku, quantity=self.quantity, price=self.price
        )

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the model from decoded JSON; unknown fields go to ``additional_properties``."""
        d = dict(src_dict)
        item = cls(
            name=take(d, "name"),
            sku=take(d, "sku"),
            quantity=take(d, "quantity"),
            price=take_model(d, "price", Price.from_dict),
        )
        item.additional_properties = d
        return item
