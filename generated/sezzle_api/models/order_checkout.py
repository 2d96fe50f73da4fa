from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.checkout_mode import CheckoutMode
from ..models.installment_plan import InstallmentPlan
from ..models.locale import Locale
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.discount import Discount
    from ..models.notification import Notification
    from ..models.price import Price


T = TypeVar("T", bound="OrderCheckout")


@_attrs_define
class OrderCheckout:
    """
    Attributes:
        checkout_financing_options (list[InstallmentPlan] | Unset): The financing options of the checkout. Only one
            option can be included.
        checkout_mode (CheckoutMode | Unset): The mode for the order checkout. Defaults to redirect if not provided. If
            iframe or popup is provided, then the cancel and complete URLs must include the origin of the parent window.
        discounts (list[Discount] | Unset): The discounts applied to this order. Must be included in total
        locale (Locale | Unset): Localizes the checkout. Accepted values are en-US (English, United States), en-CA
            (English, Canada) and fr-CA (French, Canada). Defaults to en-US if not provided.
        requires_shipping_info (bool | Unset): Flag to indicate if you would like us to collect shipping information for
            this checkout from the customer. If omitted, defaults to false.
        send_checkout_url (Notification | Unset):
        shipping_amount (Price | Unset):
        tax_amount (Price | Unset):
    """

    checkout_financing_options: list[InstallmentPlan] | Unset = UNSET
    checkout_mode: CheckoutMode | Unset = UNSET
    discounts: list[Discount] | Unset = UNSET
    locale: Locale | Unset = UNSET
    requires_shipping_info: bool | Unset = UNSET
    send_checkout_url: Notification | Unset = UNSET
    shipping_amount: Price | Unset = UNSET
    tax_amount: Price | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        checkout_financing_options: list[str] | Unset = UNSET
        if not isinstance(self.checkout_financing_options, Unset):
            checkout_financing_options = []
            for checkout_financing_options_item_data in self.checkout_financing_options:
                checkout_financing_options_item = (
                    checkout_financing_options_item_data.value
                )
                checkout_financing_options.append(checkout_financing_options_item)

        checkout_mode: str | Unset = UNSET
        if not isinstance(self.checkout_mode, Unset):
            checkout_mode = self.checkout_mode.value

        discounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.discounts, Unset):
            discounts = []
            for discounts_item_data in self.discounts:
                discounts_item = discounts_item_data.to_dict()
                discounts.append(discounts_item)

        locale: str | Unset = UNSET
        if not isinstance(self.locale, Unset):
            locale = self.locale.value

        requires_shipping_info = self.requires_shipping_info

        send_checkout_url: dict[str, Any] | Unset = UNSET
        if not isinstance(self.send_checkout_url, Unset):
            send_checkout_url = self.send_checkout_url.to_dict()

        shipping_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping_amount, Unset):
            shipping_amount = self.shipping_amount.to_dict()

        tax_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_amount, Unset):
            tax_amount = self.tax_amount.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
        from ..models.discount import Discount  # noqa: PLC0415
        from ..models.notification import Notification  # noqa: PLC0415
        from ..models.price import Price  # noqa: PLC0415

        d = dict(src_dict)
        _checkout_financing_options = d.pop("checkout_financing_options", UNSET)
        checkout_financing_options: list[InstallmentPlan] | Unset = UNSET
        if _checkout_financing_options is not UNSET:
            checkout_financing_options = []
            for checkout_financing_options_item_data in _checkout_financing_options:
                checkout_financing_options_item = InstallmentPlan(
                    checkout_financing_options_item_data
                )

                checkout_financing_options.append(checkout_financing_options_item)

        _checkout_mode = d.pop("checkout_mode", UNSET)
        checkout_mode: CheckoutMode | Unset
        if isinstance(_checkout_mode, Unset):
            checkout_mode = UNSET
        else:
            checkout_mode = CheckoutMode(_checkout_mode)

        _discounts = d.pop("discounts", UNSET)
        discounts: list[Discount] | Unset = UNSET
        if _discounts is not UNSET:
            discounts = []
            for discounts_item_data in _discounts:
                discounts_item = Discount.from_dict(discounts_item_data)

                discounts.append(discounts_item)

        _locale = d.pop("locale", UNSET)
        locale: Locale | Unset
        if isinstance(_locale, Unset):
            locale = UNSET
        else:
            locale = Locale(_locale)

        requires_shipping_info = d.pop("requires_shipping_info", UNSET)

        _send_checkout_url = d.pop("send_checkout_url", UNSET)
        send_checkout_url: Notification | Unset
        if isinstance(_send_checkout_url, Unset):
            send_checkout_url = UNSET
        else:
            send_checkout_url = Notification.from_dict(_send_checkout_url)

        _shipping_amount = d.pop("shipping_amount", UNSET)
        shipping_amount: Price | Unset
        if isinstance(_shipping_amount, Unset):
            shipping_amount = UNSET
        else:
            shipping_amount = Price.from_dict(_shipping_amount)

        _tax_amount = d.pop("tax_amount", UNSET)
        tax_amount: Price | Unset
        if isinstance(_tax_amount, Unset):
            tax_amount = UNSET
        else:
            tax_amount = Price.from_dict(_tax_amount)

        order_checkout = cls(
            checkout_financing_options=checkout_financing_options,
            checkout_mode=checkout_mode,
            discounts=discounts,
            locale=locale,
            requires_shipping_info=requires_shipping_info,
            send_checkout_url=send_checkout_url,
            shipping_amount=shipping_amount,
            tax_amount=tax_amount,
        )

        order_checkout.additional_properties = d
        return order_checkout

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
