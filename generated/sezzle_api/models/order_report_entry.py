from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderReportEntry")


@_attrs_define
class OrderReportEntry:
    """
    Attributes:
        created_at (datetime.datetime):
        order_amount_in_cents (int): The order amount
        order_platform_uuid (str): The order UUID the API uses
        order_uuid (str): The short dashboard-style order id
        captured_amount_in_cents (int | Unset): Captured so far
        customer_currency_code (str | Unset):
        customer_email (str | Unset):
        customer_name (str | Unset):
        external_reference_id (str | Unset): The merchant's reference id
        financing_option (str | Unset): For example 4-pay-biweekly or pay-in-full
        merchant_currency_code (str | Unset):
        net_amount_in_cents (int | Unset): Captured, less refunds and fees
        order_type (str | Unset):
        refund_fee_in_cents (int | Unset): Fees returned on refunds
        released_amount_in_cents (int | Unset): Released from the authorization
        total_fees_in_cents (int | Unset): Fees charged
        uncaptured_amount_in_cents (int | Unset): Authorized and not yet captured
    """

    created_at: datetime.datetime
    order_amount_in_cents: int
    order_platform_uuid: str
    order_uuid: str
    captured_amount_in_cents: int | Unset = UNSET
    customer_currency_code: str | Unset = UNSET
    customer_email: str | Unset = UNSET
    customer_name: str | Unset = UNSET
    external_reference_id: str | Unset = UNSET
    financing_option: str | Unset = UNSET
    merchant_currency_code: str | Unset = UNSET
    net_amount_in_cents: int | Unset = UNSET
    order_type: str | Unset = UNSET
    refund_fee_in_cents: int | Unset = UNSET
    released_amount_in_cents: int | Unset = UNSET
    total_fees_in_cents: int | Unset = UNSET
    uncaptured_amount_in_cents: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        order_amount_in_cents = self.order_amount_in_cents

        order_platform_uuid = self.order_platform_uuid

        order_uuid = self.order_uuid

        captured_amount_in_cents = self.captured_amount_in_cents

        customer_currency_code = self.customer_currency_code

        customer_email = self.customer_email

        customer_name = self.customer_name

        external_reference_id = self.external_reference_id

        financing_option = self.financing_option

        merchant_currency_code = self.merchant_currency_code

        net_amount_in_cents = self.net_amount_in_cents

        order_type = self.order_type

        refund_fee_in_cents = self.refund_fee_in_cents

        released_amount_in_cents = self.released_amount_in_cents

        total_fees_in_cents = self.total_fees_in_cents

        uncaptured_amount_in_cents = self.uncaptured_amount_in_cents

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "order_amount_in_cents": order_amount_in_cents,
                "order_platform_uuid": order_platform_uuid,
                "order_uuid": order_uuid,
            }
        )
        if captured_amount_in_cents is not UNSET:
            field_dict["captured_amount_in_cents"] = captured_amount_in_cents
        if customer_currency_code is not UNSET:
            field_dict["customer_currency_code"] = customer_currency_code
        if customer_email is not UNSET:
            field_dict["customer_email"] = customer_email
        if customer_name is not UNSET:
            field_dict["customer_name"] = customer_name
        if external_reference_id is not UNSET:
            field_dict["external_reference_id"] = external_reference_id
        if financing_option is not UNSET:
            field_dict["financing_option"] = financing_option
        if merchant_currency_code is not UNSET:
            field_dict["merchant_currency_code"] = merchant_currency_code
        if net_amount_in_cents is not UNSET:
            field_dict["net_amount_in_cents"] = net_amount_in_cents
        if order_type is not UNSET:
            field_dict["order_type"] = order_type
        if refund_fee_in_cents is not UNSET:
            field_dict["refund_fee_in_cents"] = refund_fee_in_cents
        if released_amount_in_cents is not UNSET:
            field_dict["released_amount_in_cents"] = released_amount_in_cents
        if total_fees_in_cents is not UNSET:
            field_dict["total_fees_in_cents"] = total_fees_in_cents
        if uncaptured_amount_in_cents is not UNSET:
            field_dict["uncaptured_amount_in_cents"] = uncaptured_amount_in_cents

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        order_amount_in_cents = d.pop("order_amount_in_cents")

        order_platform_uuid = d.pop("order_platform_uuid")

        order_uuid = d.pop("order_uuid")

        captured_amount_in_cents = d.pop("captured_amount_in_cents", UNSET)

        customer_currency_code = d.pop("customer_currency_code", UNSET)

        customer_email = d.pop("customer_email", UNSET)

        customer_name = d.pop("customer_name", UNSET)

        external_reference_id = d.pop("external_reference_id", UNSET)

        financing_option = d.pop("financing_option", UNSET)

        merchant_currency_code = d.pop("merchant_currency_code", UNSET)

        net_amount_in_cents = d.pop("net_amount_in_cents", UNSET)

        order_type = d.pop("order_type", UNSET)

        refund_fee_in_cents = d.pop("refund_fee_in_cents", UNSET)

        released_amount_in_cents = d.pop("released_amount_in_cents", UNSET)

        total_fees_in_cents = d.pop("total_fees_in_cents", UNSET)

        uncaptured_amount_in_cents = d.pop("uncaptured_amount_in_cents", UNSET)

        order_report_entry = cls(
            created_at=created_at,
            order_amount_in_cents=order_amount_in_cents,
            order_platform_uuid=order_platform_uuid,
            order_uuid=order_uuid,
            captured_amount_in_cents=captured_amount_in_cents,
            customer_currency_code=customer_currency_code,
            customer_email=customer_email,
            customer_name=customer_name,
            external_reference_id=external_reference_id,
            financing_option=financing_option,
            merchant_currency_code=merchant_currency_code,
            net_amount_in_cents=net_amount_in_cents,
            order_type=order_type,
            refund_fee_in_cents=refund_fee_in_cents,
            released_amount_in_cents=released_amount_in_cents,
            total_fees_in_cents=total_fees_in_cents,
            uncaptured_amount_in_cents=uncaptured_amount_in_cents,
        )

        order_report_entry.additional_properties = d
        return order_report_entry

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
