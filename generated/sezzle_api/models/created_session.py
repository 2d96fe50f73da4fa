from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreatedSession")


@_attrs_define
class CreatedSession:
    """
    Attributes:
        uuid (str): The unique identifier for this response
        links (list[Link] | Unset): Available API links prefilled with UUID with accompanying method
        order (SessionOrderResponse | Unset):
        tokenize (SessionTokenResponse | Unset):
    """

    uuid: str
    links: list[Link] | Unset = UNSET
    order: SessionOrderResponse | Unset = UNSET
    tokenize: SessionTokenResponse | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = []
            for links_item_data in self.links:
                links_item = links_item_data.to_dict()
                links.append(links_item)

        order: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order, Unset):
            order = self.order.to_dict()

        tokenize: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tokenize, Unset):
            tokenize = self.tokenize.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
            }
        )
        if links is not UNSET:
            field_dict["links"] = links
        if order is not UNSET:
            field_dict["order"] = order
        if tokenize is not UNSET:
            field_dict["tokenize"] = tokenize

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        uuid = d.pop("uuid")

        _links = d.pop("links", UNSET)
        links: list[Link] | Unset = UNSET
        if _links is not UNSET:
            links = []
            for links_item_data in _links:
                links_item = Link.from_dict(links_item_data)

                links.append(links_item)

        _order = d.pop("order", UNSET)
        order: SessionOrderResponse | Unset
        if isinstance(_order, Unset):
            order = UNSET
        else:
            order = SessionOrderResponse.from_dict(_order)

        _tokenize = d.pop("tokenize", UNSET)
        tokenize: SessionTokenResponse | Unset
        if isinstance(_tokenize, Unset):
            tokenize = UNSET
        else:
            tokenize = SessionTokenResponse.from_dict(_tokenize)

        created_session = cls(
            uuid=uuid,
            links=links,
            order=order,
            tokenize=tokenize,
        )

        created_session.additional_properties = d
        return created_session

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
from ..models.session_order_response import SessionOrderResponse
from ..models.session_token_response import SessionTokenResponse
