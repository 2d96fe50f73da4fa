from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SessionRequestCustomer")


@_attrs_define
class SessionRequestCustomer:
    """Customer details for this session. To optimize checkout and boost conversion, it is recommended to include as much
    customer information as possible.

        Attributes:
            email (None | str | Unset): The customer's email address
            first_name (None | str | Unset): The customer's first name
            last_name (None | str | Unset): The customer's last name
            phone (None | str | Unset): The customer's phone number
            billing_address (AddressV2 | None | Unset): The customer's billing address
            dob (None | str | Unset): The customer's date of birth in YYYY-MM-DD format (parameter is input only)
            recurring (bool | None | Unset): Indicates whether the tokenization is part of a recurring subscription.
                  true - The token is associated with a subscription and will be reused for future charges.
                  false - The token is for a one-time use, such as Pre-order or Single Tokenization.
            recurring_metadata (SessionRequestCustomerRecurringMetadata | Unset):
            shipping_address (AddressV2 | None | Unset): The customer's shipping address.
                Merchants enrolled in Sezzle's Long Term Lending program (as well as general integrations) must send a Customer
                object that includes, at a minimum, a complete and valid shipping_address object. Post office box (i.e., P. O.
                Box) addresses are not accepted for this purpose. For more details, please contact your account manager.
            tokenize (bool | None | Unset): Tokenizing a customer allows you to authorize future transactions on their
                behalf. If omitted, will default to false.
                To create an order and tokenize a customer in a single session, set customer.tokenize to true and provide an
                order object. The user will be prompted to accept tokenization during checkout.
    """

    email: None | str | Unset = UNSET
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    billing_address: AddressV2 | None | Unset = UNSET
    dob: None | str | Unset = UNSET
    recurring: bool | None | Unset = UNSET
    recurring_metadata: SessionRequestCustomerRecurringMetadata | Unset = UNSET
    shipping_address: AddressV2 | None | Unset = UNSET
    tokenize: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        billing_address: dict[str, Any] | None | Unset
        if isinstance(self.billing_address, Unset):
            billing_address = UNSET
        elif isinstance(self.billing_address, AddressV2):
            billing_address = self.billing_address.to_dict()
        else:
            billing_address = self.billing_address

        dob: None | str | Unset
        if isinstance(self.dob, Unset):
            dob = UNSET
        else:
            dob = self.dob

        recurring: bool | None | Unset
        if isinstance(self.recurring, Unset):
            recurring = UNSET
        else:
            recurring = self.recurring

        recurring_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.recurring_metadata, Unset):
            recurring_metadata = self.recurring_metadata.to_dict()

        shipping_address: dict[str, Any] | None | Unset
        if isinstance(self.shipping_address, Unset):
            shipping_address = UNSET
        elif isinstance(self.shipping_address, AddressV2):
            shipping_address = self.shipping_address.to_dict()
        else:
            shipping_address = self.shipping_address

        tokenize: bool | None | Unset
        if isinstance(self.tokenize, Unset):
            tokenize = UNSET
        else:
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
        d = dict(src_dict)
        email: None | str | Unset = d.pop("email", UNSET)

        first_name: None | str | Unset = d.pop("first_name", UNSET)

        last_name: None | str | Unset = d.pop("last_name", UNSET)

        phone: None | str | Unset = d.pop("phone", UNSET)

        def _parse_billing_address(data: object) -> AddressV2 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                billing_address_type_0 = AddressV2.from_dict(data)

                return billing_address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AddressV2 | None | Unset, data)

        billing_address = _parse_billing_address(d.pop("billing_address", UNSET))

        dob: None | str | Unset = d.pop("dob", UNSET)

        recurring: bool | None | Unset = d.pop("recurring", UNSET)

        _recurring_metadata = d.pop("recurring_metadata", UNSET)
        recurring_metadata: SessionRequestCustomerRecurringMetadata | Unset
        if isinstance(_recurring_metadata, Unset):
            recurring_metadata = UNSET
        else:
            recurring_metadata = SessionRequestCustomerRecurringMetadata.from_dict(
                _recurring_metadata
            )

        def _parse_shipping_address(data: object) -> AddressV2 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                shipping_address_type_0 = AddressV2.from_dict(data)

                return shipping_address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AddressV2 | None | Unset, data)

        shipping_address = _parse_shipping_address(d.pop("shipping_address", UNSET))

        tokenize: bool | None | Unset = d.pop("tokenize", UNSET)

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


from ..models.address_v2 import AddressV2
from ..models.session_request_customer_recurring_metadata import (
    SessionRequestCustomerRecurringMetadata,
)
