"""What the ``data`` member of each known v2 webhook event holds.

Sezzle documents these shapes only through examples, so every model keeps the fields it does not
name in ``additional_properties`` and types only what the examples show.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any, Self

import attrs

from sezzle.errors import InvalidInputError
from sezzle.webhooks._fields import KeepsUnknownFields, ObjectReader, boolean, fill, identifier, price, text, timestamp
from sezzle.webhooks._open_enum import OpenStrEnum
from sezzle_api.models import Price

__all__ = [
    "Authorization",
    "CustomerTokenizedData",
    "DisputeData",
    "OrderData",
    "OrderEventSource",
    "TokenizedCustomer",
]


@attrs.frozen
class TokenizedCustomer(KeepsUnknownFields):
    """The customer a tokenization created: ``uuid`` is what later orders for this shopper are made with."""

    uuid: str
    created_at: datetime | None = None
    expiration: datetime | None = None
    additional_properties: dict[str, Any] = attrs.field(factory=dict)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], path: str = "") -> Self:
        """Read the model from decoded JSON; unknown fields go to ``additional_properties``."""
        reader = ObjectReader(src, path)
        return cls(
            uuid=reader.required("uuid", identifier),
            created_at=reader.optional("created_at", timestamp),
            expiration=reader.optional("expiration", timestamp),
            additional_properties=reader.rest(),
        )

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data, in the shape Sezzle uses; unknown fields are kept."""
        return fill(
            dict(self.additional_properties), uuid=self.uuid, created_at=self.created_at, expiration=self.expiration
        )


@attrs.frozen
class CustomerTokenizedData(KeepsUnknownFields):
    """``customer.tokenized``: the session ``token`` the shopper approved and the customer it made."""

    token: str
    customer: TokenizedCustomer
    expiration: datetime | None = None
    additional_properties: dict[str, Any] = attrs.field(factory=dict)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], path: str = "") -> Self:
        """Read the model from decoded JSON; unknown fields go to ``additional_properties``."""
        reader = ObjectReader(src, path)
        return cls(
            token=reader.required("token", identifier),
            expiration=reader.optional("expiration", timestamp),
            customer=reader.required("customer", TokenizedCustomer.from_dict),
            additional_properties=reader.rest(),
        )

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data, in the shape Sezzle uses; unknown fields are kept."""
        return fill(
            dict(self.additional_properties), token=self.token, expiration=self.expiration, customer=self.customer
        )


@attrs.frozen
class Authorization(KeepsUnknownFields):
    """The order's authorization as the event reports it."""

    uuid: str | None = None
    created_at: datetime | None = None
    authorization_amount: Price | None = None
    approved: bool | None = None
    expiration: datetime | None = None
    additional_properties: dict[str, Any] = attrs.field(factory=dict)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], path: str = "") -> Self:
        """Read the model from decoded JSON; unknown fields go to ``additional_properties``."""
        reader = ObjectReader(src, path)
        return cls(
            uuid=reader.optional("uuid", text),
            created_at=reader.optional("created_at", timestamp),
            authorization_amount=reader.optional("authorization_amount", price),
            approved=reader.optional("approved", boolean),
            expiration=reader.optional("expiration", timestamp),
            additional_properties=reader.rest(),
        )

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data, in the shape Sezzle uses; unknown fields are kept."""
        return fill(
            dict(self.additional_properties),
            uuid=self.uuid,
            created_at=self.created_at,
            authorization_amount=self.authorization_amount,
            approved=self.approved,
            expiration=self.expiration,
        )

    @property
    def amount(self) -> Price | None:
        """The authorized amount, whichever way the event wrote it.

        Sezzle's examples nest a Price as ``authorization_amount``; other material shows a Price named
        ``amount`` or flat ``amount_in_cents`` and ``currency_code`` fields. The first one present wins.
        """
        if self.authorization_amount is not None:
            return self.authorization_amount
        extra = self.additional_properties
        candidates: list[object] = [extra.get("amount")]
        if "amount_in_cents" in extra:
            candidates.append({"amount_in_cents": extra["amount_in_cents"], "currency": extra.get("currency_code")})
        for candidate in candidates:
            try:
                return price(candidate, "amount")
            except InvalidInputError:
                continue
        return None


class OrderEventSource(OpenStrEnum):
    """Where the action behind an order event came from."""

    DASHBOARD = "dashboard"
    """Someone acted in the merchant dashboard."""
    GATEWAY = "gateway"
    """An API call did it."""


def _source(value: object, path: str) -> OrderEventSource:
    return OrderEventSource(text(value, path))


@attrs.frozen
class OrderData(KeepsUnknownFields):
    """``order.*``: the order (``uuid`` is the order uuid) and its authorization."""

    uuid: str
    authorization: Authorization | None = None
    source: OrderEventSource | None = None
    additional_properties: dict[str, Any] = attrs.field(factory=dict)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], path: str = "") -> Self:
        """Read the model from decoded JSON; unknown fields go to ``additional_properties``."""
        reader = ObjectReader(src, path)
        return cls(
            uuid=reader.required("uuid", identifier),
            authorization=reader.optional("authorization", Authorization.from_dict),
            source=reader.optional("source", _source),
            additional_properties=reader.rest(),
        )

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data, in the shape Sezzle uses; unknown fields are kept."""
        return fill(
            dict(self.additional_properties), uuid=self.uuid, authorization=self.authorization, source=self.source
        )


@attrs.frozen
class DisputeData(KeepsUnknownFields):
    """``dispute.*``: the disputed order's uuid; every other field is kept as sent.

    Sezzle does not publish the field list of dispute events, so only the order key is typed:
    read the rest with ``data["field"]`` or from ``additional_properties``.
    """

    order_uuid: str
    additional_properties: dict[str, Any] = attrs.field(factory=dict)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any], path: str = "") -> Self:
        """Read the model from decoded JSON; unknown fields go to ``additional_properties``."""
        reader = ObjectReader(src, path)
        return cls(order_uuid=reader.required("order_uuid", identifier), additional_properties=reader.rest())

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data, in the shape Sezzle uses; unknown fields are kept."""
        return fill(dict(self.additional_properties), order_uuid=self.order_uuid)
