"""How a gateway is configured: keys, lifetimes, approval limit, fees and the webhook retry schedule."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from decimal import Decimal

import attrs

from sezzle.errors import InvalidInputError

__all__ = ["DEFAULT_MERCHANT_UUID", "DEFAULT_PRIVATE_KEY", "DEFAULT_PUBLIC_KEY", "Duration", "Settings"]

DEFAULT_PUBLIC_KEY = "sz_pub_test"
DEFAULT_PRIVATE_KEY = "sz_pr_test"
DEFAULT_MERCHANT_UUID = "5b2f1c8e-7a4d-4e9b-8c3f-1d6a0e9b2c47"

Duration = timedelta | float
"""A length of time: a timedelta, or a number of seconds."""


def _duration(value: Duration) -> timedelta:
    return value if isinstance(value, timedelta) else timedelta(seconds=float(value))


def _positive(instance: object, attribute: attrs.Attribute[timedelta], value: timedelta) -> None:
    if value <= timedelta():
        raise InvalidInputError(attribute.name, "must be a positive length of time")


def _key(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str) or not value:
        raise InvalidInputError(attribute.name, "must be a non-empty string")


def _delays(value: Sequence[float]) -> tuple[float, ...]:
    delays = tuple(float(delay) for delay in value)
    if any(delay < 0 for delay in delays):
        raise InvalidInputError("webhook_retry_delays", "delays must not be negative")
    return delays


def _decimal(value: Decimal | float | str) -> Decimal:
    return value if isinstance(value, Decimal) else Decimal(str(value))


def _non_negative_int(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InvalidInputError(attribute.name, "must be a whole number of cents, 0 or more")


def _rate(instance: object, attribute: attrs.Attribute[Decimal], value: Decimal) -> None:
    if not Decimal(0) <= value < Decimal(1):
        raise InvalidInputError(attribute.name, "must be a fraction from 0 up to (not including) 1")


def _positive_seconds(instance: object, attribute: attrs.Attribute[float], value: float) -> None:
    if value <= 0:
        raise InvalidInputError(attribute.name, "must be a positive number of seconds")


@attrs.frozen
class Settings:
    """Everything a gateway is configured with; see :class:`sezzle.gateway.Gateway` for each meaning."""

    public_key: str = attrs.field(default=DEFAULT_PUBLIC_KEY, validator=_key)
    private_key: str = attrs.field(default=DEFAULT_PRIVATE_KEY, validator=_key, repr=False)
    merchant_uuid: str = attrs.field(default=DEFAULT_MERCHANT_UUID, validator=_key)
    token_lifetime: timedelta = attrs.field(default=timedelta(minutes=120), converter=_duration, validator=_positive)
    authorization_window: timedelta = attrs.field(
        default=timedelta(minutes=30), converter=_duration, validator=_positive
    )
    checkout_lifetime: timedelta = attrs.field(default=timedelta(hours=24), converter=_duration, validator=_positive)
    tokenize_lifetime: timedelta = attrs.field(default=timedelta(minutes=30), converter=_duration, validator=_positive)
    customer_token_lifetime: timedelta = attrs.field(
        default=timedelta(days=365), converter=_duration, validator=_positive
    )
    card_data_lifetime: timedelta = attrs.field(default=timedelta(hours=24), converter=_duration, validator=_positive)
    spending_limit: int = attrs.field(default=1_000_000, validator=_non_negative_int)
    minimum_order_amount: int = attrs.field(default=100, validator=_non_negative_int)
    webhook_retry_delays: tuple[float, ...] = attrs.field(default=(0.1, 0.5, 2.0), converter=_delays)
    webhook_timeout: float = attrs.field(default=2.0, validator=_positive_seconds)
    delete_failing_subscriptions: bool = False
    fee_rate: Decimal = attrs.field(default=Decimal("0.06"), converter=_decimal, validator=_rate)
    fee_fixed_cents: int = attrs.field(default=30, validator=_non_negative_int)
