from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TokenizedCustomer")


@_attrs_define
class TokenizedCustomer:
    """A tokenized customer

    Attributes:
        links (list[Link]): Available API links prefilled with UUID with accompanying method
        uuid (str): The unique identifier for this response
        billing_address (ShopperAddress | Unset): An address as Sezzle answers it (any field may be missing)
        dob (datetime.date | Unset): The customer's date of birth
        email (str | Unset): The customer's email address
        first_name (str | Unset): The customer's first name
        last_name (str | Unset): The customer's last name
        phone (str | Unset): The customer's phone number
        shipping_address (ShopperAddress | Unset): An address as Sezzle answers it (any field may be missing)
        token_expiration (datetime.datetime | Unset): When the customer's token expires
    """

    links: list[Link]
    uuid: str
    billing_address: ShopperAddress | Unset = UNSET
    dob: datetime.date | Unset = UNSET
    email: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    phone: str | Unset = UNSET
    shipping_address: ShopperAddress | Unset = UNSET
    token_expiration: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        links = []
        for links_item_data in self.links:
            links_item = links_item_data.to_dict()
            links.append(links_item)

        uuid = self.uuid

        billing_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_address, Unset):
            billing_address = self.billing_address.to_dict()

        dob: str | Unset = UNSET
        if not isinstance(self.dob, Unset):
            dob = self.dob.isoformat()

        email = self.email

        first_name = self.first_name

        last_name = self.last_name

        phone = self.phone

        shipping_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping_address, Unset):
            shipping_address = self.shipping_address.to_dict()

        token_expiration: str | Unset = UNSET
        if not isinstance(self.token_expiration, Unset):
            token_expiration = self.token_expiration.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "links": links,
                "uuid": uuid,
            }
        )
        if billing_address is not UNSET:
            field_dict["billing_address"] = billing_address
        if dob is not UNSET:
            field_dict["dob"] = dob
        if email is not UNSET:
            field_dict["email"] = email
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if shipping_address is not UNSET:
            field_dict["shipping_address"] = shipping_address
        if token_expiration is not UNSET:
            field_dict["token_expiration"] = token_expiration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        links = []
        _links = d.pop("links")
        for links_item_data in _links:
            links_item = Link.from_dict(links_item_data)

            links.append(links_item)

        uuid = d.pop("uuid")

        _billing_address = d.pop("billing_address", UNSET)
        billing_address: ShopperAddress | Unset
        if isinstance(_billing_address, Unset):
            billing_address = UNSET
        else:
            billing_address = ShopperAddress.from_dict(_billing_address)

        _dob = d.pop("dob", UNSET)
        dob: datetime.date | Unset
        if isinstance(_dob, Unset):
            dob = UNSET
        else:
            dob = datetime.date.fromisoformat(_dob)

        email = d.pop("email", UNSET)

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        phone = d.pop("phone", UNSET)

        _shipping_address = d.pop("shipping_address", UNSET)
        shipping_address: ShopperAddress | Unset
        if isinstance(_shipping_address, Unset):
            shipping_address = UNSET
        else:
            shipping_address = ShopperAddress.from_dict(_shipping_address)

        _token_expiration = d.pop("token_expiration", UNSET)
        token_expiration: datetime.datetime | Unset
        if isinstance(_token_expiration, Unset):
            token_expiration = UNSET
        else:
            token_expiration = datetime.datetime.fromisoformat(_token_expiration)

        tokenized_customer = cls(
            links=links,
            uuid=uuid,
            billing_address=billing_address,
            dob=dob,
            email=email,
            first_name=first_name,
            last_name=last_name,
            phone=phone,
            shipping_address=shipping_address,
            token_expiration=token_expiration,
        )

        tokenized_customer.additional_properties = d
        return tokenized_customer

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
from ..models.shopper_address import ShopperAddress
