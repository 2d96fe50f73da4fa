"""The fault matrix: every money-moving call, every injected fault, and what the caller and the gateway end with.

The tests in this folder run each cell; ``docs/fault-matrix.md`` shows the same cells as tables, rendered
from the definitions here (``python -m tests.faults.matrix`` prints them), and a test keeps the two equal.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from typing import Any

import attrs

from sezzle import (
    APIConnectionError,
    APITimeoutError,
    AsyncSezzle,
    CardTokenMaybeSpentError,
    InternalServerError,
    RateLimitError,
    Sezzle,
    SezzleError,
    price,
)
from sezzle.gateway import Gateway, RecordedRequest
from sezzle.testing import authorized_order, expire_authorization, tokenized_customer

DELAY = 0.4
"""Seconds an injected delay holds a request: longer than ``TIMEOUT``, so the client times out first."""
TIMEOUT = 0.15
"""The per-call timeout every matrix call is sent with."""


def answered(gateway: Gateway, method: str, path: str, attempts: int) -> list[RecordedRequest]:
    """The attempts at a call once ``attempts`` of them were answered (a delayed one lands after its resend)."""
    deadline = time.monotonic() + 5.0
    while gateway.requests.count(method, path) < attempts:
        if time.monotonic() > deadline:
            raise AssertionError(f"fewer than {attempts} attempts at {method} {path} were answered in 5 s")
        time.sleep(0.01)
    return gateway.requests.matching(method, path)


@attrs.frozen
class Operation:
    """A money-moving call: how to set up for it, send it, and find what it changed at the gateway."""

    name: str
    method: str
    path: str
    prepare: Callable[[Sezzle, Gateway], str] = attrs.field(repr=False)
    """Makes the state the call needs (with a separate set-up client); returns the uuid the call targets."""
    send: Callable[[Sezzle, str, dict[str, Any]], Any] = attrs.field(repr=False)
    asend: Callable[[AsyncSezzle, str, dict[str, Any]], Awaitable[Any]] = attrs.field(repr=False)
    applied: Callable[[Gateway, str], list[str]] = attrs.field(repr=False)
    """The uuids of what the call created at the gateway: transactions, or new orders."""


@attrs.frozen
class Fault:
    """One injected failure, hitting the first attempt of a call."""

    name: str
    inject: Callable[[Gateway, str, str], None] = attrs.field(repr=False)
    surfaced: type[SezzleError]
    """What the caller gets when retries are off."""
    answer_lost: bool
    """The first attempt reached the operation and only its answer was lost (a drop, or a late answer)."""
    outcome: str
    """How the gateway ends up, in words, for the tables."""


def _capture_target(client: Sezzle, gateway: Gateway) -> str:
    return authorized_order(client, gateway, "100.00")


def _captured_order(client: Sezzle, gateway: Gateway) -> str:
    return authorized_order(client, gateway, "100.00", intent="CAPTURE")


def _expired_order(client: Sezzle, gateway: Gateway) -> str:
    order_uuid = authorized_order(client, gateway, "100.00")
    expire_authorization(gateway)
    return order_uuid


def _transactions(kind: str) -> Callable[[Gateway, str], list[str]]:
    def applied(gateway: Gateway, order_uuid: str) -> list[str]:
        return [transaction.uuid for transaction in getattr(gateway.state.order(order_uuid), kind)]

    return applied


def _reauthorizations(gateway: Gateway, order_uuid: str) -> list[str]:
    return [order.uuid for order in gateway.state.orders if order.reauthorized_from == order_uuid]


def _upcharges(gateway: Gateway, order_uuid: str) -> list[str]:
    return list(gateway.state.order(order_uuid).upcharge_uuids)


def _customer_orders(gateway: Gateway, customer_uuid: str) -> list[str]:
    return [order.uuid for order in gateway.state.orders if order.customer_uuid == customer_uuid]


CUSTOMER_ORDER = {"intent": "AUTH", "reference_id": "renewal-1", "order_amount": price("50.00")}

OPERATIONS = (
    Operation(
        "capture",
        "POST",
        "/v2/order/*/capture",
        _capture_target,
        lambda client, uuid, options: client.orders.capture(uuid, price("40.00"), **options),
        lambda client, uuid, options: client.orders.capture(uuid, price("40.00"), **options),
        _transactions("captures"),
    ),
    Operation(
        "refund",
        "POST",
        "/v2/order/*/refund",
        _captured_order,
        lambda client, uuid, options: client.orders.refund(uuid, price("25.00"), **options),
        lambda client, uuid, options: client.orders.refund(uuid, price("25.00"), **options),
        _transactions("refunds"),
    ),
    Operation(
        "release",
        "POST",
        "/v2/order/*/release",
        _capture_target,
        lambda client, uuid, options: client.orders.release(uuid, price("30.00"), **options),
        lambda client, uuid, options: client.orders.release(uuid, price("30.00"), **options),
        _transactions("releases"),
    ),
    Operation(
        "reauthorize",
        "POST",
        "/v2/order/*/reauthorize",
        _expired_order,
        lambda client, uuid, options: client.orders.reauthorize(uuid, price("100.00"), **options),
        lambda client, uuid, options: client.orders.reauthorize(uuid, price("100.00"), **options),
        _reauthorizations,
    ),
    Operation(
        "upcharge",
        "POST",
        "/v2/order/*/upcharge",
        _capture_target,
        lambda client, uuid, options: client.orders.upcharge(uuid, price("10.00"), intent="CAPTURE", **options),
        lambda client, uuid, options: client.orders.upcharge(uuid, price("10.00"), intent="CAPTURE", **options),
        _upcharges,
    ),
    Operation(
        "customer order",
        "POST",
        "/v2/customer/*/order",
        tokenized_customer,
        lambda client, uuid, options: client.customers.create_order(uuid, **CUSTOMER_ORDER, **options),
        lambda client, uuid, options: client.customers.create_order(uuid, **CUSTOMER_ORDER, **options),
        _customer_orders,
    ),
)

FAULTS = (
    Fault(
        "dropped after applied",
        lambda gateway, method, path: gateway.faults.drop_next(1, method=method, path=path),
        APIConnectionError,
        answer_lost=True,
        outcome="applied by the first attempt; the resend is answered from the stored result",
    ),
    Fault(
        "500",
        lambda gateway, method, path: gateway.faults.fail_next(1, status=500, method=method, path=path),
        InternalServerError,
        answer_lost=False,
        outcome="refused unhandled; applied by the resend",
    ),
    Fault(
        "503 with Retry-After",
        lambda gateway, method, path: gateway.faults.fail_next(1, status=503, retry_after=0, method=method, path=path),
        InternalServerError,
        answer_lost=False,
        outcome="refused unhandled; applied by the resend after the wait it asked for",
    ),
    Fault(
        "429",
        lambda gateway, method, path: gateway.faults.fail_next(1, status=429, method=method, path=path),
        RateLimitError,
        answer_lost=False,
        outcome="refused unhandled; applied by the resend after backoff",
    ),
    Fault(
        "read timeout",
        lambda gateway, method, path: gateway.faults.delay_next(1, DELAY, method=method, path=path),
        APITimeoutError,
        answer_lost=True,
        outcome="applied by the resend; the late first attempt is answered from the stored result",
    ),
)


@attrs.frozen
class NeverResent:
    """A call the gateway cannot deduplicate: what each fault surfaces as, since it is sent only once."""

    name: str
    errors: dict[str, type[SezzleError]]
    afterwards: str


NEVER_RESENT = (
    NeverResent(
        "get card data",
        {
            "dropped after applied": CardTokenMaybeSpentError,
            "500": InternalServerError,
            "503 with Retry-After": InternalServerError,
            "429": RateLimitError,
            "read timeout": CardTokenMaybeSpentError,
        },
        "a token that was read is gone (404); one refused unread still works",
    ),
    NeverResent(
        "create session",
        {
            "dropped after applied": APIConnectionError,
            "500": InternalServerError,
            "503 with Retry-After": InternalServerError,
            "429": RateLimitError,
            "read timeout": APITimeoutError,
        },
        "one session when the request was handled, none when it was refused",
    ),
)


def _header(first: str, last: str | None = None) -> list[str]:
    names = [first, *(fault.name for fault in FAULTS), *([last] if last else [])]
    return ["| " + " | ".join(names) + " |", "|" + " --- |" * len(names)]


def _retried(fault: Fault) -> str:
    return "result; 2 attempts" + (", one of them answered from the stored result" if fault.answer_lost else "")


def render() -> str:
    """The tables docs/fault-matrix.md shows between its ``matrix`` markers."""
    retried = _header("retries on (default), sync and async")
    retried += [f"| {op.name} | " + " | ".join(_retried(fault) for fault in FAULTS) + " |" for op in OPERATIONS]
    surfaced = _header("retries off, then resent with the same key")
    surfaced += [
        f"| {op.name} | " + " | ".join(f"`{fault.surfaced.__name__}`, then result" for fault in FAULTS) + " |"
        for op in OPERATIONS
    ]
    once = _header("sent once", "afterwards")
    once += [
        f"| {call.name} | "
        + " | ".join(f"`{call.errors[fault.name].__name__}`; 1 attempt" for fault in FAULTS)
        + f" | {call.afterwards} |"
        for call in NEVER_RESENT
    ]
    outcomes = ["| fault | at the gateway, retries on |", "| --- | --- |"]
    outcomes += [f"| {fault.name} | {fault.outcome} |" for fault in FAULTS]
    return "\n".join([*retried, "", *surfaced, "", *outcomes, "", *once]) + "\n"


if __name__ == "__main__":
    print(render(), end="")
