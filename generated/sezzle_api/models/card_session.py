from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CardSession")


@_attrs_define
class CardSession:
    """
    Attributes:
        dashboard_url (str): The dashboard_url is a URL which the customer should be redirected to. Upon accepting the
            agreements there will be a postMessage returned for the payload of the card data.
        uuid (str): The unique identifier for this session
    """

    dashboard_url: str
    uuid: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dashboard_url = self.dashboard_url

        uuid = self.uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dashboard_url": dashboard_url,
                "uuid": uuid,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dashboard_url = d.pop("dashboard_url")

        uuid = d.pop("uuid")

        card_session = cls(
            dashboard_url=dashboard_url,
            uuid=uuid,
        )

        card_session.additional_properties = d
        return card_session

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
