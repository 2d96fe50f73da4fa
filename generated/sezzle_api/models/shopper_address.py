from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ShopperAddress")


@_attrs_define
class ShopperAddress:
    """An address as Sezzle answers it (any field may be missing)

    Attributes:
        city (str | Unset):
        country_code (str | Unset):
        name (str | Unset):
        phone (str | Unset):
        phone_number (str | Unset): The name Sezzle's examples use for phone
        postal_code (str | Unset):
        state (str | Unset):
        street (str | Unset):
        street2 (str | Unset):
    """

    city: str | Unset = UNSET
    country_code: str | Unset = UNSET
    name: str | Unset = UNSET
    phone: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    state: str | Unset = UNSET
    street: str | Unset = UNSET
    street2: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        city = self.city

        country_code = self.country_code

        name = self.name

        phone = self.phone

        phone_number = self.phone_number

        postal_code = self.postal_code

        state = self.state

        street = self.street

        street2 = self.street2

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if city is not UNSET:
            field_dict["city"] = city
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if name is not UNSET:
            field_dict["name"] = name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if postal_code is not UNSET:
            field_dict["postal_code"] = postal_code
        if state is not UNSET:
            field_dict["state"] = state
        if street is not UNSET:
            field_dict["street"] = street
        if street2 is not UNSET:
            field_dict["street2"] = street2

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        city = d.pop("city", UNSET)

        country_code = d.pop("country_code", UNSET)

        name = d.pop("name", UNSET)

        phone = d.pop("phone", UNSET)

        phone_number = d.pop("phone_number", UNSET)

        postal_code = d.pop("postal_code", UNSET)

        state = d.pop("state", UNSET)

        street = d.pop("street", UNSET)

        street2 = d.pop("street2", UNSET)

        shopper_address = cls(
            city=city,
            country_code=country_code,
            name=name,
            phone=phone,
            phone_number=phone_number,
            postal_code=postal_code,
            state=state,
            street=street,
            street2=street2,
        )

        shopper_address.additional_properties = d
        return shopper_address

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
