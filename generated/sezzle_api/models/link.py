from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.link_method import LinkMethod
from ..models.link_rel import LinkRel
from ..types import UNSET, Unset

T = TypeVar("T", bound="Link")


@_attrs_define
class Link:
    """
    Attributes:
        href (str): The fully qualified URL for the API endpoint
        method (LinkMethod | Unset): The HTTP method to use when calling this API endpoint
        rel (LinkRel | Unset): The relationship type indicating the purpose of this link (e.g., 'self' for the current
            resource, 'create' for creating a new resource, 'list' for listing resources)
    """

    href: str
    method: LinkMethod | Unset = UNSET
    rel: LinkRel | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        href = self.href

        method: str | Unset = UNSET
        if not isinstance(self.method, Unset):
            method = self.method.value

        rel: str | Unset = UNSET
        if not isinstance(self.rel, Unset):
            rel = self.rel.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "href": href,
            }
        )
        if method is not UNSET:
            field_dict["method"] = method
        if rel is not UNSET:
            field_dict["rel"] = rel

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        href = d.pop("href")

        _method = d.pop("method", UNSET)
        method: LinkMethod | Unset
        if isinstance(_method, Unset):
            method = UNSET
        else:
            method = LinkMethod(_method)

        _rel = d.pop("rel", UNSET)
        rel: LinkRel | Unset
        if isinstance(_rel, Unset):
            rel = UNSET
        else:
            rel = LinkRel(_rel)

        link = cls(
            href=href,
            method=method,
            rel=rel,
        )

        link.additional_properties = d
        return link

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
