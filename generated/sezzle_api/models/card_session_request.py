from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.checkout_mode import CheckoutMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="CardSessionRequest")


@_attrs_define
class CardSessionRequest:
    """
    Attributes:
        amount_in_cents (int): The amount in cents
        currency (str): The 3 character currency code as defined by ISO 4217
        merchant_reference_id (str): The checkout or cart ID from the merchant, currently used for tracking only (must
            contain only alphanumeric characters, dashes (-), and underscores (_))
        mode (CheckoutMode): The mode for the order checkout. Defaults to redirect if not provided. If iframe or popup
            is provided, then the cancel and complete URLs must include the origin of the parent window.
        origin (str): The window origin of the host
        card_response_format (None | str | Unset): Value of token required to use tokenization
        customer (Customer | None | Unset): The customer for this session
        items (list[LineItem] | None | Unset):
    """

    amount_in_cents: int
    currency: str
    merchant_reference_id: str
    mode: CheckoutMode
    origin: str
    card_response_format: None | str | Unset = UNSET
    customer: Customer | None | Unset = UNSET
    items: list[LineItem] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount_in_cents = self.amount_in_cents

        currency = self.currency

        merchant_reference_id = self.merchant_reference_id

        mode = self.mode.value

        origin = self.origin

        card_response_format: None | str | Unset
        if isinstance(self.card_response_format, Unset):
            card_response_format = UNSET
        else:
            card_response_format = self.card_response_format

        customer: dict[str, Any] | None | Unset
        if isinstance(self.customer, Unset):
            customer = UNSET
        elif isinstance(self.customer, Customer):
            customer = self.customer.to_dict()
        else:
            customer = self.customer

        items: list[dict[str, Any]] | None | Unset
        if isinstance(self.items, Unset):
            items = UNSET
        elif isinstance(self.items, list):
            items = []
            for items_type_0_item_data in self.items:
                items_type_0_item = items_type_0_item_data.to_dict()
                items.append(items_type_0_item)

        else:
            items = self.items

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount_in_cents": amount_in_cents,
                "currency": currency,
                "merchant_reference_id": merchant_reference_id,
                "mode": mode,
                "origin": origin,
            }
        )
        if card_response_format is not UNSET:
            field_dict["card_response_format"] = card_response_format
        if customer is not UNSET:
            field_dict["customer"] = customer
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount_in_cents = d.pop("amount_in_cents")

        currency = d.pop("currency")

        merchant_reference_id = d.pop("merchant_reference_id")

        mode = CheckoutMode(d.pop("mode"))

        origin = d.pop("origin")

        card_response_format: None | str | Unset = d.pop("card_response_format", UNSET)

        def _parse_customer(data: object) -> Customer | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                customer_type_0 = Customer.from_dict(data)

                return customer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Customer | None | Unset, data)

        customer = _parse_customer(d.pop("customer", UNSET))

        def _parse_items(data: object) -> list[LineItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                items_type_0 = []
                _items_type_0 = data
                for items_type_0_item_data in _items_type_0:
                    items_type_0_item = LineItem.from_dict(items_type_0_item_data)

                    items_type_0.append(items_type_0_item)

                return items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[LineItem] | None | Unset, data)

        items = _parse_items(d.pop("items", UNSET))

        card_session_request = cls(
            amount_in_cents=amount_in_cents,
            currency=currency,
            merchant_reference_id=merchant_reference_id,
            mode=mode,
            origin=origin,
            card_response_format=card_response_format,
            customer=customer,
            items=items,
        )

        card_session_request.additional_properties = d
        return card_session_request

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


from ..models.customer import Customer
from ..models.line_item import LineItem
