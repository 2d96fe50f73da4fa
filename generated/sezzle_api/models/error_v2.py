from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorV2")


@_attrs_define
class ErrorV2:
    """
    Attributes:
        code (str | Unset): The general error type
        debug_uuid (str | Unset): The unique identifier assigned to this error for troubleshooting
        location (str | Unset): Where the error occurred
        message (str | Unset): A more specific error message, if available
    """

    code: str | Unset = UNSET
    debug_uuid: str | Unset = UNSET
    location: str | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        debug_uuid = self.debug_uuid

        location = self.location

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if debug_uuid is not UNSET:
            field_dict["debug_uuid"] = debug_uuid
        if location is not UNSET:
            field_dict["location"] = location
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code", UNSET)

        debug_uuid = d.pop("debug_uuid", UNSET)

        location = d.pop("location", UNSET)

        message = d.pop("message", UNSET)

        error_v2 = cls(
            code=code,
            debug_uuid=debug_uuid,
            location=location,
            message=message,
        )

        error_v2.additional_properties = d
        return error_v2

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
