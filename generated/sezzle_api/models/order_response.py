from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.intent import Intent
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderResponse")


@_attrs_define
class OrderResponse:
    """
    Attributes:
        checkout_url (str): The URL to which the shopper should be directed to complete their order with Sezzle
        links (list[Link]):
        uuid (str): The unique identifier for the order details provided by the merchant
        intent (Intent | Unset): If your checkout flow requires the user to confirm their checkout on your site after
            being approved by Sezzle, use AUTH as your intent. If you prefer the checkout be captured immediately, use
            CAPTURE.
            Submit a capture request via the API or your Merchant Dashboard before the authorization expires.
            The authorization expiration window can be set from 30 minutes up to 7 days in your Merchant Dashboard Settings.
    """

    checkout_url: str
    links: list[Link]
    uuid: str
    intent: Intent | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        checkout_url = self.checkout_url

        links = []
        for links_item_data in self.links:
            links_item = links_item_data.to_dict()
            links.append(links_item)

        uuid = self.uuid

        intent: str | Unset = UNSET
        if not isinstance(self.intent, Unset):
            intent = self.intent.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "checkout_url": checkout_url,
                "links": links,
                "uuid": uuid,
            }
        )
        if intent is not UNSET:
            field_dict["intent"] = intent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        checkout_url = d.pop("checkout_url")

        links = []
        _links = d.pop("links")
        for links_item_data in _links:
            links_item = Link.from_dict(links_item_data)

            links.append(links_item)

        uuid = d.pop("uuid")

        _intent = d.pop("intent", UNSET)
        intent: Intent | Unset
        if isinstance(_intent, Unset):
            intent = UNSET
        else:
            intent = Intent(_intent)

        order_response = cls(
            checkout_url=checkout_url,
            links=links,
            uuid=uuid,
            intent=intent,
        )

        order_response.additional_properties = d
        return order_response

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
