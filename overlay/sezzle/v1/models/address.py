from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ._support import UNSET, AdditionalProperties, Unset, emit, take

T = TypeVar("T", bound="Address")


@_attrs_define
class Address(AdditionalProperties[Any]):
    """A billing or shipping address.

    Attributes:
        name (str | Unset): The name on the address
        street (str | Unset): The street and number of the address
        street2 (str | Unset): The apt or unit
        city (str | Unset): The city
        state (str | Unset): The 2 character state code
        postal_code (str | Unset): The postal delivery code
        country_code (str | Unset): The 2 character country code
        phone_number (str | Unset): The phone number at the delivery location
    """

    name: str | Unset = UNSET
    street: str | Unset = UNSET
    street2: str | Unset = UNSET
    city: str | Unset = UNSET
    state: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    country_code: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data, in the shape Sezzle uses; unknown fields are kept."""
        return emit(
            dict(self.additional_properties),
            name=self.name,
            street=self.street,
            street2=self.street2,
            city=self.city,
            state=self.state,
            postal_code=self.postal_code,
            country_code=self.country_code,
            phone_number=self.phone_number,
        )

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the model from decoded JSON; unknown fields go to ``additional_properties``."""
        d = dict(src_dict)
        address = cls(
            name=take(d, "name"),
            street=take(d, "street"),
            street2=take(d, "street2"),
            city=take(d, "city"),
            state=take(d, "state"),
            postal_code=take(d, "postal_code"),
            country_code=take(d, "country_code"),
            phone_number=take(d, "phone_number"),
        )
        address.additional_properties = d
        return address
