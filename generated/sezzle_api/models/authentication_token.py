from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

T = TypeVar("T", bound="AuthenticationToken")


@_attrs_define
class AuthenticationToken:
    """
    Attributes:
        token (str): The bearer token for the Authorization header of other requests
        expiration_date (datetime.datetime | Unset): When the token expires (120 minutes after it was issued)
        merchant_uuid (str | Unset): The merchant UUID for the account
    """

    token: str
    expiration_date: datetime.datetime | Unset = UNSET
    merchant_uuid: str | Unset = UNSET
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
        token = self.token

        expiration_date: str | Unset = UNSET
        if not isinstance(self.expiration_date, Unset):
            expiration_date = self.expiration_date.isoformat()

        merchant_uuid = self.merchant_uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
            }
        )
        if expiration_date is not UNSET:
            field_dict["expiration_date"] = expiration_date
        if merchant_uuid is not UNSET:
            field_dict["merchant_uuid"] = merchant_uuid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        token = d.pop("token")

        _expiration_date = d.pop("expiration_date", UNSET)
        expiration_date: datetime.datetime | Unset
        if isinstance(_expiration_date, Unset):
            expiration_date = UNSET
        else:
            expiration_date = datetime.datetime.fromisoformat(_expiration_date)

        merchant_uuid = d.pop("merchant_uuid", UNSET)

        authentication_token = cls(
            token=token,
            expiration_date=expiration_date,
            merchant_uuid=merchant_uuid,
        )

        authentication_token.additional_properties = d
        return authentication_token

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
