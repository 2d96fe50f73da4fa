from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.session_request_complete_url_method import SessionRequestCompleteUrlMethod
from ..types import UNSET, Unset

T = TypeVar("T", bound="SessionRequestCompleteUrl")


@_attrs_define
class SessionRequestCompleteUrl:
    """The HTTP request information used to redirect the customer upon completion of the session

    Attributes:
        href (str): The URL used when redirecting a customer upon order completion
        method (None | SessionRequestCompleteUrlMethod | Unset): The HTTP request method used when redirecting a
            customer. Currently only the GET method is supported. If omitted, will default to GET.
    """

    href: str
    method: None | SessionRequestCompleteUrlMethod | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        href = self.href

        method: None | str | Unset
        if isinstance(self.method, Unset):
            method = UNSET
        elif isinstance(self.method, SessionRequestCompleteUrlMethod):
            method = self.method.value
        else:
            method = self.method

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

        def _parse_method(
            data: object,
        ) -> None | SessionRequestCompleteUrlMethod | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                method_type_0 = SessionRequestCompleteUrlMethod(data)

                return method_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SessionRequestCompleteUrlMethod | Unset, data)

        method = _parse_method(d.pop("method", UNSET))

        session_request_complete_url = cls(
            href=href,
            method=method,
        )

        session_request_complete_url.additional_properties = d
        return session_request_complete_url

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
