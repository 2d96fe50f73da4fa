from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SessionRequest")


@_attrs_define
class SessionRequest:
    """
    Attributes:
        cancel_url (SessionRequestCancelUrl): The HTTP request information used to redirect the customer in the case of
            a cancellation
        complete_url (SessionRequestCompleteUrl): The HTTP request information used to redirect the customer upon
            completion of the session
        customer (SessionRequestCustomer | Unset): Customer details for this session. To optimize checkout and boost
            conversion, it is recommended to include as much customer information as possible.
        order (SessionRequestOrder | Unset): Order ID, amount, and capture intent. Order details optional.
    """

    cancel_url: SessionRequestCancelUrl
    complete_url: SessionRequestCompleteUrl
    customer: SessionRequestCustomer | Unset = UNSET
    order: SessionRequestOrder | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cancel_url = self.cancel_url.to_dict()

        complete_url = self.complete_url.to_dict()

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        order: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order, Unset):
            order = self.order.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cancel_url": cancel_url,
                "complete_url": complete_url,
            }
        )
        if customer is not UNSET:
            field_dict["customer"] = customer
        if order is not UNSET:
            field_dict["order"] = order

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cancel_url = SessionRequestCancelUrl.from_dict(d.pop("cancel_url"))

        complete_url = SessionRequestCompleteUrl.from_dict(d.pop("complete_url"))

        _customer = d.pop("customer", UNSET)
        customer: SessionRequestCustomer | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = SessionRequestCustomer.from_dict(_customer)

        _order = d.pop("order", UNSET)
        order: SessionRequestOrder | Unset
        if isinstance(_order, Unset):
            order = UNSET
        else:
            order = SessionRequestOrder.from_dict(_order)

        session_request = cls(
            cancel_url=cancel_url,
            complete_url=complete_url,
            customer=customer,
            order=order,
        )

        session_request.additional_properties = d
        return session_request

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


from ..models.session_request_cancel_url import SessionRequestCancelUrl
from ..models.session_request_complete_url import SessionRequestCompleteUrl
from ..models.session_request_customer import SessionRequestCustomer
from ..models.session_request_order import SessionRequestOrder
