from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ._support import UNSET, AdditionalProperties, Unset, emit, take

T = TypeVar("T", bound="CustomerDetails")


@_attrs_define
class CustomerDetails(AdditionalProperties[Any]):
    """The shopper: sent with a checkout, answered as an order's ``customer``.

    Attributes:
        first_name (str | Unset): The user's first name
        last_name (str | Unset): The user's last name
        email (str | Unset): The user's email address
        phone (str | Unset): The user's phone number
    """

    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    email: str | Unset = UNSET
    phone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data, in the shape Sezzle uses; unknown fields are kept."""
        return emit(
            dict(self.additional_properties),
            first_name=self.first_name,
            last_name=self.last_name,
            email=self.email,
            phone=self.phone,
        )

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the model from decoded JSON; unknown fields go to ``additional_properties``."""
        d = dict(src_dict)
        customer_details = cls(
            first_name=take(d, "first_name"),
            last_name=take(d, "last_name"),
            email=take(d, "email"),
            phone=take(d, "phone"),
        )
        customer_details.additional_properties = d
        return customer_details
