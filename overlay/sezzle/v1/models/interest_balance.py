from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ._support import UNSET, AdditionalProperties, Unset, emit, take_decimal

T = TypeVar("T", bound="InterestBalance")


@_attrs_define
class InterestBalance(AdditionalProperties[Any]):
    """The interest account's balance, from ``GET /v1/interest/balance``.

    Attributes:
        interest_balance (Decimal | Unset): The balance in currency units, exactly as written: the
            account tracks fractions of cents (``5183.4624``)
    """

    interest_balance: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data, in the shape Sezzle uses; unknown fields are kept."""
        return emit(dict(self.additional_properties), interest_balance=self.interest_balance)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the model from decoded JSON; unknown fields go to ``additional_properties``."""
        d = dict(src_dict)
        interest_balance = cls(interest_balance=take_decimal(d, "interest_balance"))
        interest_balance.additional_properties = d
        return interest_balance
