from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.intent import Intent
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpchargedOrder")


@_attrs_define
class UpchargedOrder:
    """The order created by an upcharge. Sezzle's full spec returns the whole order; its doc page shows only the uuid: both
    parse.

        Attributes:
            uuid (str): The unique identifier for this response
            authorization (OrderAuthorization | Unset): The authorization details for the order
            description (str | Unset): The merchant's description of the order
            intent (Intent | Unset): If your checkout flow requires the user to confirm their checkout on your site after
                being approved by Sezzle, use AUTH as your intent. If you prefer the checkout be captured immediately, use
                CAPTURE.
                Submit a capture request via the API or your Merchant Dashboard before the authorization expires.
                The authorization expiration window can be set from 30 minutes up to 7 days in your Merchant Dashboard Settings.
            links (list[Link] | Unset): Available API links prefilled with UUID with accompanying method
            metadata (UpchargedOrderMetadata | Unset): Custom data sent with the checkout
            order_amount (Price | Unset):
            reference_id (str | Unset): The merchant's reference for the order
    """

    uuid: str
    authorization: OrderAuthorization | Unset = UNSET
    description: str | Unset = UNSET
    intent: Intent | Unset = UNSET
    links: list[Link] | Unset = UNSET
    metadata: UpchargedOrderMetadata | Unset = UNSET
    order_amount: Price | Unset = UNSET
    reference_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        authorization: dict[str, Any] | Unset = UNSET
        if not isinstance(self.authorization, Unset):
            authorization = self.authorization.to_dict()

        description = self.description

        intent: str | Unset = UNSET
        if not isinstance(self.intent, Unset):
            intent = self.intent.value

        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = []
            for links_item_data in self.links:
                links_item = links_item_data.to_dict()
                links.append(links_item)

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        order_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order_amount, Unset):
            order_amount = self.order_amount.to_dict()

        reference_id = self.reference_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
            }
        )
        if authorization is not UNSET:
            field_dict["authorization"] = authorization
        if description is not UNSET:
            field_dict["description"] = description
        if intent is not UNSET:
            field_dict["intent"] = intent
        if links is not UNSET:
            field_dict["links"] = links
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if order_amount is not UNSET:
            field_dict["order_amount"] = order_amount
        if reference_id is not UNSET:
            field_dict["reference_id"] = reference_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        uuid = d.pop("uuid")

        _authorization = d.pop("authorization", UNSET)
        authorization: OrderAuthorization | Unset
        if isinstance(_authorization, Unset):
            authorization = UNSET
        else:
            authorization = OrderAuthorization.from_dict(_authorization)

        description = d.pop("description", UNSET)

        _intent = d.pop("intent", UNSET)
        intent: Intent | Unset
        if isinstance(_intent, Unset):
            intent = UNSET
        else:
            intent = Intent(_intent)

        _links = d.pop("links", UNSET)
        links: list[Link] | Unset = UNSET
        if _links is not UNSET:
            links = []
            for links_item_data in _links:
                links_item = Link.from_dict(links_item_data)

                links.append(links_item)

        _metadata = d.pop("metadata", UNSET)
        metadata: UpchargedOrderMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = UpchargedOrderMetadata.from_dict(_metadata)

        _order_amount = d.pop("order_amount", UNSET)
        order_amount: Price | Unset
        if isinstance(_order_amount, Unset):
            order_amount = UNSET
        else:
            order_amount = Price.from_dict(_order_amount)

        reference_id = d.pop("reference_id", UNSET)

        upcharged_order = cls(
            uuid=uuid,
            authorization=authorization,
            description=description,
            intent=intent,
            links=links,
            metadata=metadata,
            order_amount=order_amount,
            reference_id=reference_id,
        )

        upcharged_order.additional_properties = d
        return upcharged_order

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
from ..models.order_authorization import OrderAuthorization
from ..models.price import Price
from ..models.upcharged_order_metadata import UpchargedOrderMetadata
