from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.language import Language
from ..types import UNSET, Unset

T = TypeVar("T", bound="Notification")


@_attrs_define
class Notification:
    """
    Attributes:
        language (Language | None | Unset):
        to_email (None | str | Unset): The email address of the notification
        to_sms_phone (None | str | Unset): The SMS phone number of the notification
    """

    language: Language | None | Unset = UNSET
    to_email: None | str | Unset = UNSET
    to_sms_phone: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        elif isinstance(self.language, Language):
            language = self.language.value
        else:
            language = self.language

        to_email: None | str | Unset
        if isinstance(self.to_email, Unset):
            to_email = UNSET
        else:
            to_email = self.to_email

        to_sms_phone: None | str | Unset
        if isinstance(self.to_sms_phone, Unset):
            to_sms_phone = UNSET
        else:
            to_sms_phone = self.to_sms_phone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if language is not UNSET:
            field_dict["language"] = language
        if to_email is not UNSET:
            field_dict["to_email"] = to_email
        if to_sms_phone is not UNSET:
            field_dict["to_sms_phone"] = to_sms_phone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_language(data: object) -> Language | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                language_type_0 = Language(data)

                return language_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Language | None | Unset, data)

        language = _parse_language(d.pop("language", UNSET))

        to_email: None | str | Unset = d.pop("to_email", UNSET)

        to_sms_phone: None | str | Unset = d.pop("to_sms_phone", UNSET)

        notification = cls(
            language=language,
            to_email=to_email,
            to_sms_phone=to_sms_phone,
        )

        notification.additional_properties = d
        return notification

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
