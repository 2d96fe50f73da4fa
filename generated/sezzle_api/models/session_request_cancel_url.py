from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.session_request_cancel_url_method import SessionRequestCancelUrlMethod
from ..types import UNSET, Unset

T = TypeVar("T", bound="SessionRequestCancelUrl")


@_attrs_define
class SessionRequestCancelUrl:
    """The HTTP request information used to redirect the customer in the case of a cancellation

    Attributes:
        href (str): The URL used when redirecting a customer upon order cancellation
        method (SessionRequestCancelUrlMethod | Unset): The HTTP request method used when redirecting a customer.
            Currently only the GET method is supported. If omitted, will default to GET.
    """

    href: str
    method: SessionRequestCancelUrlMethod | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        href = self.href

        method: str | Unset = UNSET
        if not isinstance(self.method, Unset):
            method = self.method.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "href": href,
            }
        )
        if method is not UNSET:
            field_dict["method"] = method

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        href = d.pop("href")

        _method = d.pop("method", UNSET)
        method: SessionRequestCancelUrlMethod | Unset
        if isinstance(_method, Unset):
            method = UNSET
        else:
            method = SessionRequestCancelUrlMethod(_method)

        session_request_cancel_url = cls(
            href=href,
            method=method,
        )

        session_request_cancel_url.additional_properties = d
        return session_request_cancel_url

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
