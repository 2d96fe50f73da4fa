from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address_v2 import AddressV2
    from ..models.session_request_customer_recurring_metadata import (
        SessionRequestCustomerRecurringMetadata,
    )


T = TypeVar("T", bound="SessionRequestCustomer")


@_attrs_define
class SessionRequestCustomer:
    """Customer details for this session. To optimize checkout and boost conversion, it is recommended to include as much
    customer information as possible.

        Attributes:
            email (str | Unset): The customer's email address
            first_name (str | Unset): The customer's first name
            last_name (str | Unset): The customer's last name
            phone (str | Unset): The customer's phone number
            billing_address (AddressV2 | Unset):
            dob (datetime.date | Unset): The customer's date of birth in YYYY-MM-DD format (parameter is input only)
            recurring (bool | Unset): Indicates whether the tokenization is part of a recurring subscription.
                  true - The token is associated with a subscription and will be reused for future charges.
                  false - The token is for a one-time use, such as Pre-order or Single Tokenization.
            recurring_metadata (SessionRequestCustomerRecurringMetadata | Unset):
            shipping_address (AddressV2 | Unset):
            tokenize (bool | Unset): Tokenizing a customer allows you to authorize future transactions on their behalf. If
                omitted, will default to false.
                To create an order and tokenize a customer in a single session, set customer.tokenize to true and provide an
                order object. The user will be prompted to accept tokenization during checkout.
    """

    email: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    phone: str | Unset = UNSET
    billing_address: AddressV2 | Unset = UNSET
    dob: datetime.date | Unset = UNSET
    recurring: bool | Unset = UNSET
    recurring_metadata: SessionRequestCustomerRecurringMetadata | Unset = UNSET
    shipping_address: AddressV2 | Unset = UNSET
    tokenize: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        first_name = self.first_name

        last_name = self.last_name

        phone = self.phone

        billing_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_address, Unset):
            billing_address = self.billing_address.to_dict()

        dob: str | Unset = UNSET
        if not isinstance(self.dob, Unset):
            dob = self.dob.isoformat()

        recurring = self.recurring

        recurring_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.recurring_metadata, Unset):
            recurring_metadata = self.recurring_metadata.to_dict()

        shipping_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping_address, Unset):
            shipping_address = self.shipping_address.to_dict()

        tokenize = self.tokenize

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if billing_address is not UNSET:
            field_dict["billing_address"] = billing_address
        if dob is not UNSET:
            field_dict["dob"] = dob
        if recurring is not UNSET:
            field_dict["recurring"] = recurring
        if recurring_metadata is not UNSET:
            field_dict["recurring_metadata"] = recurring_metadata
        if shipping_address is not UNSET:
            field_dict["shipping_address"] = shipping_address
        if tokenize is not UNSET:
            field_dict["tokenize"] = tokenize

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.address_v2 import AddressV2  # noqa: PLC0415
        from ..models.session_request_customer_recurring_metadata import (
            SessionRequestCustomerRecurringMetadata,  # noqa: PLC0415
        )

        d = dict(src_dict)
        email = d.pop("email", UNSET)

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        phone = d.pop("phone", UNSET)

        _billing_address = d.pop("billing_address", UNSET)
        billing_address: AddressV2 | Unset
        if isinstance(_billing_address, Unset):
            billing_address = UNSET
        else:
            billing_address = AddressV2.from_dict(_billing_address)

        _dob = d.pop("dob", UNSET)
        dob: datetime.date | Unset
        if isinstance(_dob, Unset):
            dob = UNSET
        else:
            dob = datetime.date.fromisoformat(_dob)

        recurring = d.pop("recurring", UNSET)

        _recurring_metadata = d.pop("recurring_metadata", UNSET)
        recurring_metadata: SessionRequestCustomerRecurringMetadata | Unset
        if isinstance(_recurring_metadata, Unset):
            recurring_metadata = UNSET
        else:
            recurring_metadata = SessionRequestCustomerRecurringMetadata.from_dict(
                _recurring_metadata
            )

        _shipping_address = d.pop("shipping_address", UNSET)
        shipping_address: AddressV2 | Unset
        if isinstance(_shipping_address, Unset):
            shipping_address = UNSET
        else:
            shipping_address = AddressV2.from_dict(_shipping_address)

        tokenize = d.pop("tokenize", UNSET)

        session_request_customer = cls(
            email=email,
            first_name=first_name,
            last_name=last_name,
            phone=phone,
            billing_address=billing_address,
            dob=dob,
            recurring=recurring,
            recurring_metadata=recurring_metadata,
            shipping_address=shipping_address,
            tokenize=tokenize,
        )

        session_request_customer.additional_properties = d
        return session_request_customer

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
