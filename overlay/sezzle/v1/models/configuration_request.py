from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ._support import AdditionalProperties, emit

T = TypeVar("T", bound="ConfigurationRequest")


@_attrs_define
class ConfigurationRequest(AdditionalProperties[Any]):
    """The body of ``POST /v1/configuration``: for now, only where Sezzle sends v1 webhooks.

    Attributes:
        webhook_url (str): A URL for Sezzle to send webhooks to
    """

    webhook_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data, in the shape Sezzle uses; unknown fields are kept."""
        return emit(dict(self.additional_properties), webhook_url=self.webhook_url)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the model from decoded JSON; unknown fields go to ``additional_properties``."""
        d = dict(src_dict)
        configuration = cls(webhook_url=d.pop("webhook_url"))
        configuration.additional_properties = d
        return configuration
