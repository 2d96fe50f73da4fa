from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Address")


@_attrs_define
class Address:
    """
    Attributes:
        city (str): The city
        country_code (str): The 2 character country code
        postal_code (str): The postal delivery code
        state (str): The 2 character state code
        street (str): The street and number of the address
        name (str | Unset): The name on the address
        street2 (str | Unset): The apt or unit
    """

    city: str
    country_code: str
    postal_code: str
    state: str
    street: str
    name: str | Unset = UNSET
    street2: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        city = self.city

        country_code = self.country_code

        postal_code = self.postal_code

        state = self.state

        street = self.street

        name = self.name

        street2 = self.street2

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

        address = cls(
            city=city,
            country_code=country_code,
            postal_code=postal_code,
            state=state,
            street=street,
            name=name,
            street2=street2,
        )

        address.additional_properties = d
        return address

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
