from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

T = TypeVar("T", bound="CardData")


@_attrs_define
class CardData:
    """
    Example:
        {'cvv_number': '123', 'expiration_date': '0228', 'first_name': 'John', 'last_name': 'Doe', 'pan': '1234'}

    Attributes:
        cvv_number (str): Sezzle Virtual Card security code
        expiration_date (str): The expiration month and two-digit year of the virtual card, MMYY (for example 0228)
        pan (str): The 16-digit virtual card number
        first_name (str | Unset): Customer's first name
        last_name (str | Unset): Customer's last name
    """

    cvv_number: str
    expiration_date: str
    pan: str
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """Secrets stay out of logs: the card number shows its last four digits; CVV, key and token nothing."""
        parts = []
        for attribute in _attrs_fields(type(self)):
            value = getattr(self, attribute.name)
            if attribute.name == "pan" and isinstance(value, str):
                value = "…" + value[-4:]
            elif attribute.name in (
                "cvv_number",
                "private_key",
                "token",
            ) and isinstance(value, str):
                value = "***"
            elif attribute.name == "additional_properties":
                value = sorted(value)
            parts.append(f"{attribute.name}={value!r}")
        return f"{type(self).__name__}({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        cvv_number = self.cvv_number

        expiration_date = self.expiration_date

        pan = self.pan

        first_name = self.first_name

        last_name = self.last_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cvv_number": cvv_number,
                "expiration_date": expiration_date,
                "pan": pan,
            }
        )
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cvv_number = d.pop("cvv_number")

        expiration_date = d.pop("expiration_date")

        pan = d.pop("pan")

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        card_data = cls(
            cvv_number=cvv_number,
            expiration_date=expiration_date,
            pan=pan,
            first_name=first_name,
            last_name=last_name,
        )

        card_data.additional_properties = d
        return card_data

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
