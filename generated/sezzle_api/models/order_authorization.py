from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderAuthorization")


@_attrs_define
class OrderAuthorization:
    """The authorization details for the order

    Attributes:
        approved (bool): Whether Sezzle approved the shopper for this amount
        authorization_amount (Price):
        authorization_amount_in_user_currency (Price | Unset):
        captures (list[OrderTransaction] | Unset):
        expiration (datetime.datetime | Unset): When the authorization expires
        financing_option (str | Unset): The installment plan, for example 4-pay-biweekly
        refunds (list[OrderTransaction] | Unset):
        releases (list[OrderTransaction] | Unset):
        sezzle_order_id (str | Unset): The order id shown in the merchant dashboard
    """

    approved: bool
    authorization_amount: Price
    authorization_amount_in_user_currency: Price | Unset = UNSET
    captures: list[OrderTransaction] | Unset = UNSET
    expiration: datetime.datetime | Unset = UNSET
    financing_option: str | Unset = UNSET
    refunds: list[OrderTransaction] | Unset = UNSET
    releases: list[OrderTransaction] | Unset = UNSET
    sezzle_order_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        approved = self.approved

        authorization_amount = self.authorization_amount.to_dict()

        authorization_amount_in_user_currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.authorization_amount_in_user_currency, Unset):
            authorization_amount_in_user_currency = (
                self.authorization_amount_in_user_currency.to_dict()
            )

        captures: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.captures, Unset):
            captures = []
            for captures_item_data in self.captures:
                captures_item = captures_item_data.to_dict()
                captures.append(captures_item)

        expiration: str | Unset = UNSET
        if not isinstance(self.expiration, Unset):
            expiration = self.expiration.isoformat()

        financing_option = self.financing_option

        refunds: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.refunds, Unset):
            refunds = []
            for refunds_item_data in self.refunds:
                refunds_item = refunds_item_data.to_dict()
                refunds.append(refunds_item)

        releases: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.releases, Unset):
            releases = []
            for releases_item_data in self.releases:
                releases_item = releases_item_data.to_dict()
                releases.append(releases_item)

        sezzle_order_id = self.sezzle_order_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "approved": approved,
                "authorization_amount": authorization_amount,
            }
        )
        if authorization_amount_in_user_currency is not UNSET:
            field_dict["authorization_amount_in_user_currency"] = (
                authorization_amount_in_user_currency
            )
        if captures is not UNSET:
            field_dict["captures"] = captures
        if expiration is not UNSET:
            field_dict["expiration"] = expiration
        if financing_option is not UNSET:
            field_dict["financing_option"] = financing_option
        if refunds is not UNSET:
            field_dict["refunds"] = refunds
        if releases is not UNSET:
            field_dict["releases"] = releases
        if sezzle_order_id is not UNSET:
            field_dict["sezzle_order_id"] = sezzle_order_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        approved = d.pop("approved")

        authorization_amount = Price.from_dict(d.pop("authorization_amount"))

        _authorization_amount_in_user_currency = d.pop(
            "authorization_amount_in_user_currency", UNSET
        )
        authorization_amount_in_user_currency: Price | Unset
        if isinstance(_authorization_amount_in_user_currency, Unset):
            authorization_amount_in_user_currency = UNSET
        else:
            authorization_amount_in_user_currency = Price.from_dict(
                _authorization_amount_in_user_currency
            )

        _captures = d.pop("captures", UNSET)
        captures: list[OrderTransaction] | Unset = UNSET
        if _captures is not UNSET:
            captures = []
            for captures_item_data in _captures:
                captures_item = OrderTransaction.from_dict(captures_item_data)

                captures.append(captures_item)

        _expiration = d.pop("expiration", UNSET)
        expiration: datetime.datetime | Unset
        if isinstance(_expiration, Unset):
            expiration = UNSET
        else:
            expiration = datetime.datetime.fromisoformat(_expiration)

        financing_option = d.pop("financing_option", UNSET)

        _refunds = d.pop("refunds", UNSET)
        refunds: list[OrderTransaction] | Unset = UNSET
        if _refunds is not UNSET:
            refunds = []
            for refunds_item_data in _refunds:
                refunds_item = OrderTransaction.from_dict(refunds_item_data)

                refunds.append(refunds_item)

        _releases = d.pop("releases", UNSET)
        releases: list[OrderTransaction] | Unset = UNSET
        if _releases is not UNSET:
            releases = []
            for releases_item_data in _releases:
                releases_item = OrderTransaction.from_dict(releases_item_data)

                releases.append(releases_item)

        sezzle_order_id = d.pop("sezzle_order_id", UNSET)

        order_authorization = cls(
            approved=approved,
            authorization_amount=authorization_amount,
            authorization_amount_in_user_currency=authorization_amount_in_user_currency,
            captures=captures,
            expiration=expiration,
            financing_option=financing_option,
            refunds=refunds,
            releases=releases,
            sezzle_order_id=sezzle_order_id,
        )

        order_authorization.additional_properties = d
        return order_authorization

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


from ..models.order_transaction import OrderTransaction
from ..models.price import Price
