from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from sezzle_api.models.price import Price

from ._support import UNSET, AdditionalProperties, Unset, emit, take, take_model

T = TypeVar("T", bound="Discount")


@_attrs_define
class Discount(AdditionalProperties[Any]):
    """A discount applied to the checkout; it must already be included in the checkout's total.

    Attributes:
        name (str | Unset): The description of the discount
        amount (Price | Unset): How much the discount takes off
    """

    name: str | Unset = UNSET
    amount: Price | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data, in the shape Sezzle uses; unknown fields are kept."""
        return emit(dict(self.additional_properties), name=self.name, amount=self.amount)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the model from decoded JSON; unknown fields go to ``additional_properties``."""
        d = dict(src_dict)
        discount = cls(name=take(d, "name"), amount=take_model(d, "amount", Price.from_dict))
        discount.additional_properties = d
        return discount
