from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

T = TypeVar("T", bound="SessionTokenize")


@_attrs_define
class SessionTokenize:
    """
    Attributes:
        expiration (datetime.datetime): The expiration of the request token in ISO 8601 date/time format.
        token (str): This token represents the merchant request to tokenize a customer. This token can only be used one
            time. Once a user accepts/denies tokenization, this token and its approval URL will be obsolete.
        approval_url (str | Unset): The URL for the user to accept tokenization. This URL does not create an order, it
            is only used for tokenizing a customer.
        links (list[Link] | Unset): Available API links prefilled with the token
    """

    expiration: datetime.datetime
    token: str
    approval_url: str | Unset = UNSET
    links: list[Link] | Unset = UNSET
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
        expiration = self.expiration.isoformat()

        token = self.token

        approval_url = self.approval_url

        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = []
            for links_item_data in self.links:
                links_item = links_item_data.to_dict()
                links.append(links_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "expiration": expiration,
                "token": token,
            }
        )
        if approval_url is not UNSET:
            field_dict["approval_url"] = approval_url
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        expiration = datetime.datetime.fromisoformat(d.pop("expiration"))

        token = d.pop("token")

        approval_url = d.pop("approval_url", UNSET)

        _links = d.pop("links", UNSET)
        links: list[Link] | Unset = UNSET
        if _links is not UNSET:
            links = []
            for links_item_data in _links:
                links_item = Link.from_dict(links_item_data)

                links.append(links_item)

        session_tokenize = cls(
            expiration=expiration,
            token=token,
            approval_url=approval_url,
            links=links,
        )

        session_tokenize.additional_properties = d
        return session_tokenize

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


from ..models.link import Link
