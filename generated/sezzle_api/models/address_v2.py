from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AddressV2")


@_attrs_define
class AddressV2:
    """
    Attributes:
        city (str): The city
        country_code (str): The 2 character country code
        postal_code (str): The postal delivery code
        state (str): The 2 character state code
        street (str): The street and number of the address
        name (str | Unset): The name on the address
        street2 (str | Unset): The apt or unit
        phone (str | Unset): The phone number at the delivery location
        phone_number (str | Unset): The phone number at the delivery location (the name Sezzle's examples use)
    """

    city: str
    country_code: str
    postal_code: str
    state: str
    street: str
    name: str | Unset = UNSET
    street2: str | Unset = UNSET
    phone: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        city = self.city

        country_code = self.country_code

        postal_code = self.postal_code

        state = self.state

        street = self.street

        name = self.name

        street2 = self.street2

        phone = self.phone

        phone_number = self.phone_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "city": city,
                "country_code": country_code,
                "postal_code": postal_code,
                "state": state,
                "street": street,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if street2 is not UNSET:
            field_dict["street2"] = street2
        if phone is not UNSET:
            field_dict["phone"] = phone
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        city = d.pop("city")

        country_code = d.pop("country_code")

        postal_code = d.pop("postal_code")

        state = d.pop("state")

        street = d.pop("street")

        name = d.pop("name", UNSET)

        street2 = d.pop("street2", UNSET)

        phone = d.pop("phone", UNSET)

        phone_number = d.pop("phone_number", UNSET)

        address_v2 = cls(
            city=city,
            country_code=country_code,
            postal_code=postal_code,
            state=state,
            street=street,
            name=name,
            street2=street2,
            phone=phone,
            phone_number=phone_number,
        )

        address_v2.additional_properties = d
        return address_v2

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
