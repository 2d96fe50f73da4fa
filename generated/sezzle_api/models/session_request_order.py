from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.checkout_mode import CheckoutMode
from ..models.installment_plan import InstallmentPlan
from ..models.intent import Intent
from ..models.locale import Locale
from ..types import UNSET, Unset

T = TypeVar("T", bound="SessionRequestOrder")


@_attrs_define
class SessionRequestOrder:
    """Order ID, amount, and capture intent. Order details optional.

    Attributes:
        intent (Intent): If your checkout flow requires the user to confirm their checkout on your site after being
            approved by Sezzle, use AUTH as your intent. If you prefer the checkout be captured immediately, use CAPTURE.
            Submit a capture request via the API or your Merchant Dashboard before the authorization expires.
            The authorization expiration window can be set from 30 minutes up to 7 days in your Merchant Dashboard Settings.
        order_amount (Price):
        reference_id (str): The checkout or cart ID from the merchant, currently used for tracking only (must contain
            only alphanumeric characters, dashes (-), and underscores (_))
        description (str): Your description for this order
        items (list[LineItem] | None | Unset): The items being purchased
        metadata (OrderDetailMetadata | Unset): Object for any custom data you want to submit with the checkout. You are
            not limited to the key-value pairs shown in the example, and you may use any key-value pairs you like
        checkout_financing_options (list[InstallmentPlan] | None | Unset): The financing options of the checkout. Only
            one option can be included.
        checkout_mode (CheckoutMode | None | Unset):
        discounts (list[Discount] | None | Unset): The discounts applied to this order. Must be included in total
        locale (Locale | None | Unset):
        requires_shipping_info (bool | None | Unset): Flag to indicate if you would like us to collect shipping
            information for this checkout from the customer. If omitted, defaults to false.
        send_checkout_url (None | Notification | Unset): A Notification object for sending checkout URL to the customer
        shipping_amount (None | Price | Unset): The shipping fees applied to this order. Must be included in the total
        tax_amount (None | Price | Unset): The taxes applied to this order. Must be included in the total
    """

    intent: Intent
    order_amount: Price
    reference_id: str
    description: str
    items: list[LineItem] | None | Unset = UNSET
    metadata: OrderDetailMetadata | Unset = UNSET
    checkout_financing_options: list[InstallmentPlan] | None | Unset = UNSET
    checkout_mode: CheckoutMode | None | Unset = UNSET
    discounts: list[Discount] | None | Unset = UNSET
    locale: Locale | None | Unset = UNSET
    requires_shipping_info: bool | None | Unset = UNSET
    send_checkout_url: None | Notification | Unset = UNSET
    shipping_amount: None | Price | Unset = UNSET
    tax_amount: None | Price | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        intent = self.intent.value

        order_amount = self.order_amount.to_dict()

        reference_id = self.reference_id

        description = self.description

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

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        checkout_financing_options: list[str] | None | Unset
        if isinstance(self.checkout_financing_options, Unset):
            checkout_financing_options = UNSET
        elif isinstance(self.checkout_financing_options, list):
            checkout_financing_options = []
            for (
                checkout_financing_options_type_0_item_data
            ) in self.checkout_financing_options:
                checkout_financing_options_type_0_item = (
                    checkout_financing_options_type_0_item_data.value
                )
                checkout_financing_options.append(
                    checkout_financing_options_type_0_item
                )

        else:
            checkout_financing_options = self.checkout_financing_options

        checkout_mode: None | str | Unset
        if isinstance(self.checkout_mode, Unset):
            checkout_mode = UNSET
        elif isinstance(self.checkout_mode, CheckoutMode):
            checkout_mode = self.checkout_mode.value
        else:
            checkout_mode = self.checkout_mode

        discounts: list[dict[str, Any]] | None | Unset
        if isinstance(self.discounts, Unset):
            discounts = UNSET
        elif isinstance(self.discounts, list):
            discounts = []
            for discounts_type_0_item_data in self.discounts:
                discounts_type_0_item = discounts_type_0_item_data.to_dict()
                discounts.append(discounts_type_0_item)

        else:
            discounts = self.discounts

        locale: None | str | Unset
        if isinstance(self.locale, Unset):
            locale = UNSET
        elif isinstance(self.locale, Locale):
            locale = self.locale.value
        else:
            locale = self.locale

        requires_shipping_info: bool | None | Unset
        if isinstance(self.requires_shipping_info, Unset):
            requires_shipping_info = UNSET
        else:
            requires_shipping_info = self.requires_shipping_info

        send_checkout_url: dict[str, Any] | None | Unset
        if isinstance(self.send_checkout_url, Unset):
            send_checkout_url = UNSET
        elif isinstance(self.send_checkout_url, Notification):
            send_checkout_url = self.send_checkout_url.to_dict()
        else:
            send_checkout_url = self.send_checkout_url

        shipping_amount: dict[str, Any] | None | Unset
        if isinstance(self.shipping_amount, Unset):
            shipping_amount = UNSET
        elif isinstance(self.shipping_amount, Price):
            shipping_amount = self.shipping_amount.to_dict()
        else:
            shipping_amount = self.shipping_amount

        tax_amount: dict[str, Any] | None | Unset
        if isinstance(self.tax_amount, Unset):
            tax_amount = UNSET
        elif isinstance(self.tax_amount, Price):
            tax_amount = self.tax_amount.to_dict()
        else:
            tax_amount = self.tax_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "intent": intent,
                "order_amount": order_amount,
                "reference_id": reference_id,
                "description": description,
            }
        )
        if items is not UNSET:
            field_dict["items"] = items
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if checkout_financing_options is not UNSET:
            field_dict["checkout_financing_options"] = checkout_financing_options
        if checkout_mode is not UNSET:
            field_dict["checkout_mode"] = checkout_mode
        if discounts is not UNSET:
            field_dict["discounts"] = discounts
        if locale is not UNSET:
            field_dict["locale"] = locale
        if requires_shipping_info is not UNSET:
            field_dict["requires_shipping_info"] = requires_shipping_info
        if send_checkout_url is not UNSET:
            field_dict["send_checkout_url"] = send_checkout_url
        if shipping_amount is not UNSET:
            field_dict["shipping_amount"] = shipping_amount
        if tax_amount is not UNSET:
            field_dict["tax_amount"] = tax_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        intent = Intent(d.pop("intent"))

        order_amount = Price.from_dict(d.pop("order_amount"))

        reference_id = d.pop("reference_id")

        description = d.pop("description")

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

        _metadata = d.pop("metadata", UNSET)
        metadata: OrderDetailMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = OrderDetailMetadata.from_dict(_metadata)

        def _parse_checkout_financing_options(
            data: object,
        ) -> list[InstallmentPlan] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                checkout_financing_options_type_0 = []
                _checkout_financing_options_type_0 = data
                for (
                    checkout_financing_options_type_0_item_data
                ) in _checkout_financing_options_type_0:
                    checkout_financing_options_type_0_item = InstallmentPlan(
                        checkout_financing_options_type_0_item_data
                    )

                    checkout_financing_options_type_0.append(
                        checkout_financing_options_type_0_item
                    )

                return checkout_financing_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[InstallmentPlan] | None | Unset, data)

        checkout_financing_options = _parse_checkout_financing_options(
            d.pop("checkout_financing_options", UNSET)
        )

        def _parse_checkout_mode(data: object) -> CheckoutMode | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                checkout_mode_type_0 = CheckoutMode(data)

                return checkout_mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CheckoutMode | None | Unset, data)

        checkout_mode = _parse_checkout_mode(d.pop("checkout_mode", UNSET))

        def _parse_discounts(data: object) -> list[Discount] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                discounts_type_0 = []
                _discounts_type_0 = data
                for discounts_type_0_item_data in _discounts_type_0:
                    discounts_type_0_item = Discount.from_dict(
                        discounts_type_0_item_data
                    )

                    discounts_type_0.append(discounts_type_0_item)

                return discounts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Discount] | None | Unset, data)

        discounts = _parse_discounts(d.pop("discounts", UNSET))

        def _parse_locale(data: object) -> Locale | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                locale_type_0 = Locale(data)

                return locale_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Locale | None | Unset, data)

        locale = _parse_locale(d.pop("locale", UNSET))

        requires_shipping_info: bool | None | Unset = d.pop(
            "requires_shipping_info", UNSET
        )

        def _parse_send_checkout_url(data: object) -> None | Notification | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                send_checkout_url_type_0 = Notification.from_dict(data)

                return send_checkout_url_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Notification | Unset, data)

        send_checkout_url = _parse_send_checkout_url(d.pop("send_checkout_url", UNSET))

        def _parse_shipping_amount(data: object) -> None | Price | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                shipping_amount_type_0 = Price.from_dict(data)

                return shipping_amount_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Price | Unset, data)

        shipping_amount = _parse_shipping_amount(d.pop("shipping_amount", UNSET))

        def _parse_tax_amount(data: object) -> None | Price | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tax_amount_type_0 = Price.from_dict(data)

                return tax_amount_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Price | Unset, data)

        tax_amount = _parse_tax_amount(d.pop("tax_amount", UNSET))

        session_request_order = cls(
            intent=intent,
            order_amount=order_amount,
            reference_id=reference_id,
            description=description,
            items=items,
            metadata=metadata,
            checkout_financing_options=checkout_financing_options,
            checkout_mode=checkout_mode,
            discounts=discounts,
            locale=locale,
            requires_shipping_info=requires_shipping_info,
            send_checkout_url=send_checkout_url,
            shipping_amount=shipping_amount,
            tax_amount=tax_amount,
        )

        session_request_order.additional_properties = d
        return session_request_order

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


from ..models.discount import Discount
from ..models.line_item import LineItem
from ..models.notification import Notification
from ..models.order_detail_metadata import OrderDetailMetadata
from ..models.price import Price
