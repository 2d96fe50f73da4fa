from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CaptureRequest")


@_attrs_define
class CaptureRequest:
    """
    Attributes:
        capture_amount (Price):
        partial_capture (bool | None | Unset): Whether more may be captured later; false releases what remains of the
            authorization
    """

    capture_amount: Price
    partial_capture: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        capture_amount = self.capture_amount.to_dict()

        partial_capture: bool | None | Unset
        if isinstance(self.partial_capture, Unset):
            partial_capture = UNSET
        else:
            partial_capture = self.partial_capture

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "capture_amount": capture_amount,
            }
        )
        if partial_capture is not UNSET:
            field_dict["partial_capture"] = partial_capture

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        capture_amount = Price.from_dict(d.pop("capture_amount"))

        partial_capture: bool | None | Unset = d.pop("partial_capture", UNSET)

        capture_request = cls(
            capture_amount=capture_amount,
            partial_capture=partial_capture,
        )

        capture_request.additional_properties = d
        return capture_request

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


from ..models.price import Price
