from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ._support import UNSET, AdditionalProperties, Unset, emit, take, take_enum
from .notification_language import NotificationLanguage

T = TypeVar("T", bound="Notification")


@_attrs_define
class Notification(AdditionalProperties[Any]):
    """Where Sezzle sends the checkout URL to the shopper; needs a phone number or an email address.

    Attributes:
        to_sms_phone (str | Unset): The SMS phone number of the notification
        to_email (str | Unset): The email address of the notification
        language (NotificationLanguage | Unset): The 2-character ISO 639 language code of the notification
    """

    to_sms_phone: str | Unset = UNSET
    to_email: str | Unset = UNSET
    language: NotificationLanguage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data, in the shape Sezzle uses; unknown fields are kept."""
        return emit(
            dict(self.additional_properties),
            to_sms_phone=self.to_sms_phone,
            to_email=self.to_email,
            language=self.language,
        )

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the model from decoded JSON; unknown fields go to ``additional_properties``."""
        d = dict(src_dict)
        notification = cls(
            to_sms_phone=take(d, "to_sms_phone"),
            to_email=take(d, "to_email"),
            language=take_enum(d, "language", NotificationLanguage),
        )
        notification.additional_properties = d
        return notification
