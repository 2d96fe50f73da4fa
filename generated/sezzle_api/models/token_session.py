from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

T = TypeVar("T", bound="TokenSession")


@_attrs_define
class TokenSession:
    """
    Attributes:
        expiration (datetime.datetime):
        links (list[Link]): Available API links prefilled with UUID with accompanying method
        token (str):
        customer (TokenSessionCustomer | Unset): Present once the shopper accepted tokenization
    """

    expiration: datetime.datetime
    links: list[Link]
    token: str
    customer: TokenSessionCustomer | Unset = UNSET
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

        links = []
        for links_item_data in self.links:
            links_item = links_item_data.to_dict()
            links.append(links_item)

        token = self.token

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "expiration": expiration,
                "links": links,
                "token": token,
            }
        )
        if customer is not UNSET:
            field_dict["customer"] = customer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        expiration = datetime.datetime.fromisoformat(d.pop("expiration"))

        links = []
        _links = d.pop("links")
        for links_item_data in _links:
            links_item = Link.from_dict(links_item_data)

            links.append(links_item)

        token = d.pop("token")

        _customer = d.pop("customer", UNSET)
        customer: TokenSessionCustomer | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = TokenSessionCustomer.from_dict(_customer)

        token_session = cls(
            expiration=expiration,
            links=links,
            token=token,
            customer=customer,
        )

        token_session.additional_properties = d
        return token_session

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
from ..models.token_session_customer import TokenSessionCustomer
