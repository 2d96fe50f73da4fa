from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ._support import AdditionalProperties, metadata_text

T = TypeVar("T", bound="Metadata")


@_attrs_define
class Metadata(AdditionalProperties[str]):
    """Custom string key-value pairs sent with a checkout and answered with its order.

    Values are text; a value the gateway answers as another JSON type reads as its JSON text
    (``123`` becomes ``"123"``) and a null value reads as absent.
    """

    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data, in the shape Sezzle uses; unknown fields are kept."""
        return dict(self.additional_properties)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the model from decoded JSON; unknown fields go to ``additional_properties``."""
        metadata = cls()
        metadata.additional_properties = {
            str(key): metadata_text(value) for key, value in src_dict.items() if value is not None
        }
        return metadata
