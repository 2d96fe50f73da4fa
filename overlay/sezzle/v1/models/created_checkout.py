from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ._support import AdditionalProperties, emit

T = TypeVar("T", bound="CreatedCheckout")


@_attrs_define
class CreatedCheckout(AdditionalProperties[Any]):
    """A new checkout: send the shopper to ``checkout_url``.

    Attributes:
        checkout_uuid (str): Sezzle's id of the checkout
        checkout_url (str): Where the shopper completes the checkout at Sezzle
    """

    checkout_uuid: str
    checkout_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data, in the shape Sezzle uses; unknown fields are kept."""
        return emit(dict(self.additional_properties), checkout_uuid=self.checkout_uuid, checkout_url=self.checkout_url)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the model from decoded JSON; unknown fields go to ``additional_properties``."""
        d = dict(src_dict)
        created_checkout = cls(checkout_uuid=d.pop("checkout_uuid"), checkout_url=d.pop("checkout_url"))
        created_checkout.additional_properties = d
        return created_checkout
