"""Typed v2 webhook events, and reading a delivery's body into one.

Every delivery is an envelope ``{uuid, created_at, event, data_type, data}``. A known event name with
its documented data type becomes its own class; anything else, including a known event whose data is
not in a shape this version understands, becomes an ``UnknownEvent`` that keeps the whole payload.
Reading a delivery never fails because Sezzle added something: a handler that failed would be
retried for days and then the whole subscription deleted.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from types import MappingProxyType
from typing import Any, ClassVar, Generic, Self, TypeVar

import attrs

from sezzle.errors import InvalidInputError
from sezzle.webhooks._data import CustomerTokenizedData, DisputeData, OrderData
from sezzle.webhooks._fields import KeepsUnknownFields, ObjectReader, fill, identifier, load_object, text, timestamp

__all__ = [
    "EVENT_TYPES",
    "CustomerTokenizedEvent",
    "DisputeClosedCustomerWinEvent",
    "DisputeClosedMerchantWinEvent",
    "DisputeClosedNeutralEvent",
    "DisputeDeadlineApproachingEvent",
    "DisputeEvent",
    "DisputeMerchantInputRequestedEvent",
    "Event",
    "OrderAuthorizedEvent",
    "OrderCapturedEvent",
    "OrderEvent",
    "OrderRefundedEvent",
    "UnknownEvent",
    "parse_event",
]

DataT = TypeVar("DataT")


@attrs.frozen
class Event(KeepsUnknownFields, Generic[DataT]):
    """The envelope every v2 webhook delivery shares.

    ``uuid`` identifies the event (retries and duplicates repeat it), ``event`` is its name, such as
    ``order.captured``, and ``data`` what it is about.
    """

    EVENT_NAMES: ClassVar[tuple[str, ...]] = ()
    """The event names this class reads."""
    DATA_TYPES: ClassVar[frozenset[str]] = frozenset()
    """The ``data_type`` values this class reads."""

    uuid: str
    created_at: datetime
    event: str
    data_type: str
    data: DataT
    additional_properties: dict[str, Any] = attrs.field(factory=dict)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Self:
        """Read one event, raising ``InvalidInputError`` naming the first field that does not fit this class."""
        reader = ObjectReader(src, "")
        uuid = reader.required("uuid", identifier)
        created_at = reader.required("created_at", timestamp)
        name = reader.required("event", identifier)
        data_type = reader.required("data_type", text)
        if cls.EVENT_NAMES and name not in cls.EVENT_NAMES:
            raise InvalidInputError("event", f"{cls.__name__} reads {' or '.join(cls.EVENT_NAMES)} events")
        if cls.DATA_TYPES and data_type not in cls.DATA_TYPES:
            raise InvalidInputError("data_type", f"{cls.__name__} reads data types {', '.join(sorted(cls.DATA_TYPES))}")
        return cls(
            uuid=uuid,
            created_at=created_at,
            event=name,
            data_type=data_type,
            data=cls._read_data(reader.raw("data")),
            additional_properties=reader.rest(),
        )

    @classmethod
    def _read_data(cls, value: Any) -> Any:
        raise NotImplementedError(f"{cls.__name__} does not read event data; use parse_event")

    def _write_data(self) -> Any:
        to_dict = getattr(self.data, "to_dict", None)
        return to_dict() if to_dict is not None else self.data

    def to_dict(self) -> dict[str, Any]:
        """The event as JSON-ready data, in the shape Sezzle sent it."""
        out = fill(
            dict(self.additional_properties),
            uuid=self.uuid,
            created_at=self.created_at,
            event=self.event,
            data_type=self.data_type,
        )
        out["data"] = self._write_data()
        return out


@attrs.frozen
class UnknownEvent(Event[Any]):
    """An event this version cannot type; ``data`` is exactly what Sezzle sent.

    ``problem`` is None for an event name or data type not known yet; for a known event whose data
    did not fit its model, it names the field and what was wrong.
    """

    problem: str | None = None

    @classmethod
    def _read_data(cls, value: Any) -> Any:
        return value


@attrs.frozen
class CustomerTokenizedEvent(Event[CustomerTokenizedData]):
    """``customer.tokenized``: a shopper approved tokenization; ``data.customer.uuid`` can now place orders."""

    EVENT_NAMES: ClassVar[tuple[str, ...]] = ("customer.tokenized",)
    DATA_TYPES: ClassVar[frozenset[str]] = frozenset({"customer", "tokenize"})  # Sezzle's own example sends "tokenize"

    @classmethod
    def _read_data(cls, value: Any) -> CustomerTokenizedData:
        return CustomerTokenizedData.from_dict(value, "data")


@attrs.frozen
class OrderEvent(Event[OrderData]):
    """Any ``order.*`` event: ``data.uuid`` is the order uuid, ``data.source`` says who acted."""

    EVENT_NAMES: ClassVar[tuple[str, ...]] = ("order.authorized", "order.captured", "order.refunded")
    DATA_TYPES: ClassVar[frozenset[str]] = frozenset({"order"})

    @classmethod
    def _read_data(cls, value: Any) -> OrderData:
        return OrderData.from_dict(value, "data")


@attrs.frozen
class OrderAuthorizedEvent(OrderEvent):
    """``order.authorized``: the shopper completed checkout and the order amount is authorized."""

    EVENT_NAMES: ClassVar[tuple[str, ...]] = ("order.authorized",)


@attrs.frozen
class OrderCapturedEvent(OrderEvent):
    """``order.captured``: all or part of the authorization was captured."""

    EVENT_NAMES: ClassVar[tuple[str, ...]] = ("order.captured",)


@attrs.frozen
class OrderRefundedEvent(OrderEvent):
    """``order.refunded``: all or part of a capture was refunded."""

    EVENT_NAMES: ClassVar[tuple[str, ...]] = ("order.refunded",)


@attrs.frozen
class DisputeEvent(Event[DisputeData]):
    """Any ``dispute.*`` event: ``data.order_uuid`` is the disputed order."""

    EVENT_NAMES: ClassVar[tuple[str, ...]] = (
        "dispute.merchant_input_requested",
        "dispute.deadline_approaching",
        "dispute.closed.customer_win",
        "dispute.closed.merchant_win",
        "dispute.closed.neutral",
    )
    DATA_TYPES: ClassVar[frozenset[str]] = frozenset({"dispute"})

    @classmethod
    def _read_data(cls, value: Any) -> DisputeData:
        return DisputeData.from_dict(value, "data")


@attrs.frozen
class DisputeMerchantInputRequestedEvent(DisputeEvent):
    """``dispute.merchant_input_requested``: a shopper opened a dispute and Sezzle needs the merchant's side."""

    EVENT_NAMES: ClassVar[tuple[str, ...]] = ("dispute.merchant_input_requested",)


@attrs.frozen
class DisputeDeadlineApproachingEvent(DisputeEvent):
    """``dispute.deadline_approaching``: the last notice before the dispute's response deadline."""

    EVENT_NAMES: ClassVar[tuple[str, ...]] = ("dispute.deadline_approaching",)


@attrs.frozen
class DisputeClosedCustomerWinEvent(DisputeEvent):
    """``dispute.closed.customer_win``: the shopper won and the order was refunded."""

    EVENT_NAMES: ClassVar[tuple[str, ...]] = ("dispute.closed.customer_win",)


@attrs.frozen
class DisputeClosedMerchantWinEvent(DisputeEvent):
    """``dispute.closed.merchant_win``: the merchant won the dispute."""

    EVENT_NAMES: ClassVar[tuple[str, ...]] = ("dispute.closed.merchant_win",)


@attrs.frozen
class DisputeClosedNeutralEvent(DisputeEvent):
    """``dispute.closed.neutral``: the dispute closed with neither side winning."""

    EVENT_NAMES: ClassVar[tuple[str, ...]] = ("dispute.closed.neutral",)


EVENT_TYPES: Mapping[str, type[Event[Any]]] = MappingProxyType(
    {
        cls.EVENT_NAMES[0]: cls
        for cls in (
            CustomerTokenizedEvent,
            OrderAuthorizedEvent,
            OrderCapturedEvent,
            OrderRefundedEvent,
            DisputeMerchantInputRequestedEvent,
            DisputeDeadlineApproachingEvent,
            DisputeClosedCustomerWinEvent,
            DisputeClosedMerchantWinEvent,
            DisputeClosedNeutralEvent,
        )
    }
)
"""Every event name this version types, with its class: also the list to subscribe to."""


def parse_event(payload: bytes | bytearray | memoryview | Mapping[str, Any]) -> Event[object]:
    """Read a verified delivery body (or its decoded JSON) into its typed event.

    Raises ``InvalidInputError`` only when the body is not JSON or its envelope lacks a usable
    ``uuid``, ``created_at``, ``event`` or ``data_type``; everything else becomes an event.

    The result is typed ``Event[object]``: narrow it to the event you handle with ``isinstance``
    (``OrderCapturedEvent`` then has ``data: OrderData``), or register handlers on a ``WebhookRouter``.
    """
    src = load_object(payload)
    generic = UnknownEvent.from_dict(src)
    cls = EVENT_TYPES.get(generic.event)
    if cls is None or generic.data_type not in cls.DATA_TYPES:
        return generic
    try:
        return cls.from_dict(src)
    except InvalidInputError as error:
        return attrs.evolve(generic, problem=str(error))
