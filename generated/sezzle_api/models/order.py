from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.checkout_status import CheckoutStatus
from ..models.intent import Intent
from ..types import UNSET, Unset

T = TypeVar("T", bound="Order")


@_attrs_define
class Order:
    """An order: its checkout, authorization and every amount moved on it

    Attributes:
        checkout_status (CheckoutStatus): The state of the checkout (not of capture): active (awaiting the shopper),
            completed, deleted (expired, deleted or released) or denied. Some doc pages say 'complete'; the client treats it
            as completed.
        links (list[Link]): Available API links prefilled with UUID with accompanying method
        order_amount (Price):
        uuid (str): The unique identifier for this response
        authorization (OrderAuthorization | Unset): The authorization details for the order
        checkout_expiration (datetime.datetime | Unset): When the checkout expires
        customer (CustomerDetails | Unset): What Sezzle knows of the shopper
        description (str | Unset): The merchant's description of the order
        intent (Intent | Unset): If your checkout flow requires the user to confirm their checkout on your site after
            being approved by Sezzle, use AUTH as your intent. If you prefer the checkout be captured immediately, use
            CAPTURE.
            Submit a capture request via the API or your Merchant Dashboard before the authorization expires.
            The authorization expiration window can be set from 30 minutes up to 7 days in your Merchant Dashboard Settings.
        is_upcharge (bool | Unset): Whether this order is an upcharge of another order
        items (list[LineItemBasic] | Unset): The items of the order (shown in Sezzle's examples)
        metadata (OrderMetadata | Unset): Custom data sent with the checkout
        parent_order_uuid (str | Unset): For an upcharge, the order it was made on
        reference_id (str | Unset): The merchant's reference for the order
        shipping_amount (Price | Unset):
        shipping_method (OrderShippingMethod | Unset):
        tax_amount (Price | Unset):
        upcharges (list[OrderTransaction] | Unset): Upcharge orders made on this order
    """

    checkout_status: CheckoutStatus
    links: list[Link]
    order_amount: Price
    uuid: str
    authorization: OrderAuthorization | Unset = UNSET
    checkout_expiration: datetime.datetime | Unset = UNSET
    customer: CustomerDetails | Unset = UNSET
    description: str | Unset = UNSET
    intent: Intent | Unset = UNSET
    is_upcharge: bool | Unset = UNSET
    items: list[LineItemBasic] | Unset = UNSET
    metadata: OrderMetadata | Unset = UNSET
    parent_order_uuid: str | Unset = UNSET
    reference_id: str | Unset = UNSET
    shipping_amount: Price | Unset = UNSET
    shipping_method: OrderShippingMethod | Unset = UNSET
    tax_amount: Price | Unset = UNSET
    upcharges: list[OrderTransaction] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        checkout_status = self.checkout_status.value

        links = []
        for links_item_data in self.links:
            links_item = links_item_data.to_dict()
            links.append(links_item)

        order_amount = self.order_amount.to_dict()

        uuid = self.uuid

        authorization: dict[str, Any] | Unset = UNSET
        if not isinstance(self.authorization, Unset):
            authorization = self.authorization.to_dict()

        checkout_expiration: str | Unset = UNSET
        if not isinstance(self.checkout_expiration, Unset):
            checkout_expiration = self.checkout_expiration.isoformat()

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        description = self.description

        intent: str | Unset = UNSET
        if not isinstance(self.intent, Unset):
            intent = self.intent.value

        is_upcharge = self.is_upcharge

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        parent_order_uuid = self.parent_order_uuid

        reference_id = self.reference_id

        shipping_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping_amount, Unset):
            shipping_amount = self.shipping_amount.to_dict()

        shipping_method: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping_method, Unset):
            shipping_method = self.shipping_method.to_dict()

        tax_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_amount, Unset):
            tax_amount = self.tax_amount.to_dict()

        upcharges: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.upcharges, Unset):
            upcharges = []
            for upcharges_item_data in self.upcharges:
                upcharges_item = upcharges_item_data.to_dict()
                upcharges.append(upcharges_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "checkout_status": checkout_status,
                "links": links,
                "order_amount": order_amount,
                "uuid": uuid,
            }
        )
        if authorization is not UNSET:
            field_dict["authorization"] = authorization
        if checkout_expiration is not UNSET:
            field_dict["checkout_expiration"] = checkout_expiration
        if customer is not UNSET:
            field_dict["customer"] = customer
        if description is not UNSET:
            field_dict["description"] = description
        if intent is not UNSET:
            field_dict["intent"] = intent
        if is_upcharge is not UNSET:
            field_dict["is_upcharge"] = is_upcharge
        if items is not UNSET:
            field_dict["items"] = items
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if parent_order_uuid is not UNSET:
            field_dict["parent_order_uuid"] = parent_order_uuid
        if reference_id is not UNSET:
            field_dict["reference_id"] = reference_id
        if shipping_amount is not UNSET:
            field_dict["shipping_amount"] = shipping_amount
        if shipping_method is not UNSET:
            field_dict["shipping_method"] = shipping_method
        if tax_amount is not UNSET:
            field_dict["tax_amount"] = tax_amount
        if upcharges is not UNSET:
            field_dict["upcharges"] = upcharges

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        checkout_status = CheckoutStatus(d.pop("checkout_status"))

        links = []
        _links = d.pop("links")
        for links_item_data in _links:
            links_item = Link.from_dict(links_item_data)

            links.append(links_item)

        order_amount = Price.from_dict(d.pop("order_amount"))

        uuid = d.pop("uuid")

        _authorization = d.pop("authorization", UNSET)
        authorization: OrderAuthorization | Unset
        if isinstance(_authorization, Unset):
            authorization = UNSET
        else:
            authorization = OrderAuthorization.from_dict(_authorization)

        _checkout_expiration = d.pop("checkout_expiration", UNSET)
        checkout_expiration: datetime.datetime | Unset
        if isinstance(_checkout_expiration, Unset):
            checkout_expiration = UNSET
        else:
            checkout_expiration = datetime.datetime.fromisoformat(_checkout_expiration)

        _customer = d.pop("customer", UNSET)
        customer: CustomerDetails | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = CustomerDetails.from_dict(_customer)

        description = d.pop("description", UNSET)

        _intent = d.pop("intent", UNSET)
        intent: Intent | Unset
        if isinstance(_intent, Unset):
            intent = UNSET
        else:
            intent = Intent(_intent)

        is_upcharge = d.pop("is_upcharge", UNSET)

        _items = d.pop("items", UNSET)
        items: list[LineItemBasic] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = LineItemBasic.from_dict(items_item_data)

                items.append(items_item)

        _metadata = d.pop("metadata", UNSET)
        metadata: OrderMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = OrderMetadata.from_dict(_metadata)

        parent_order_uuid = d.pop("parent_order_uuid", UNSET)

        reference_id = d.pop("reference_id", UNSET)

        _shipping_amount = d.pop("shipping_amount", UNSET)
        shipping_amount: Price | Unset
        if isinstance(_shipping_amount, Unset):
            shipping_amount = UNSET
        else:
            shipping_amount = Price.from_dict(_shipping_amount)

        _shipping_method = d.pop("shipping_method", UNSET)
        shipping_method: OrderShippingMethod | Unset
        if isinstance(_shipping_method, Unset):
            shipping_method = UNSET
        else:
            shipping_method = OrderShippingMethod.from_dict(_shipping_method)

        _tax_amount = d.pop("tax_amount", UNSET)
        tax_amount: Price | Unset
        if isinstance(_tax_amount, Unset):
            tax_amount = UNSET
        else:
            tax_amount = Price.from_dict(_tax_amount)

        _upcharges = d.pop("upcharges", UNSET)
        upcharges: list[OrderTransaction] | Unset = UNSET
        if _upcharges is not UNSET:
            upcharges = []
            for upcharges_item_data in _upcharges:
                upcharges_item = OrderTransaction.from_dict(upcharges_item_data)

                upcharges.append(upcharges_item)

        order = cls(
            checkout_status=checkout_status,
            links=links,
            order_amount=order_amount,
            uuid=uuid,
            authorization=authorization,
            checkout_expiration=checkout_expiration,
            customer=customer,
            description=description,
            intent=intent,
            is_upcharge=is_upcharge,
            items=items,
            metadata=metadata,
            parent_order_uuid=parent_order_uuid,
            reference_id=reference_id,
            shipping_amount=shipping_amount,
            shipping_method=shipping_method,
            tax_amount=tax_amount,
            upcharges=upcharges,
        )

        order.additional_properties = d
        return order

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


from ..models.customer_details import CustomerDetails
from ..models.line_item_basic import LineItemBasic
from ..models.link import Link
from ..models.order_authorization import OrderAuthorization
from ..models.order_metadata import OrderMetadata
from ..models.order_shipping_method import OrderShippingMethod
from ..models.order_transaction import OrderTransaction
from ..models.price import Price
