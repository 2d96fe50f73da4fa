from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

T = TypeVar("T", bound="AuthenticationRequest")


@_attrs_define
class AuthenticationRequest:
    """
    Attributes:
        private_key (str): Your API private key, from the dashboard of the same environment
        public_key (str): Your API public key, from the dashboard of the same environment
    """

    private_key: str
    public_key: str
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
        private_key = self.private_key

        public_key = self.public_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "private_key": private_key,
                "public_key": public_key,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        private_key = d.pop("private_key")

        public_key = d.pop("public_key")

        authentication_request = cls(
            private_key=private_key,
            public_key=public_key,
        )

        authentication_request.additional_properties = d
        return authentication_request

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
