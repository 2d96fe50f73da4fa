"""Every money-moving call under every injected fault ends in a result or a typed error, with exactly one effect.

Each cell checks the caller's outcome and the gateway's own record: the uuids of what the call created
(transactions or new orders), every attempt that reached the gateway, the ``Sezzle-Request-Id`` they
carried, and which of them were answered from the stored result.
"""

from __future__ import annotations

from typing import Any

import pytest

from sezzle import APIConnectionError, APIStatusError, AsyncSezzle, Sezzle
from sezzle.gateway import Gateway, RecordedRequest

from .matrix import FAULTS, OPERATIONS, TIMEOUT, Fault, Operation, answered

CELLS = [pytest.param(op, fault, id=f"{op.name}/{fault.name}") for op in OPERATIONS for fault in FAULTS]


def assert_one_effect(gateway: Gateway, op: Operation, target: str, result: Any) -> None:
    assert op.applied(gateway, target) == [str(result.uuid)], "exactly one effect, and the one the caller was told of"


def assert_one_key(records: list[RecordedRequest]) -> None:
    keys = {record.request_id for record in records}
    assert len(keys) == 1
    assert None not in keys


def options() -> dict[str, Any]:
    return {"timeout": TIMEOUT}


@pytest.mark.parametrize(("op", "fault"), CELLS)
def test_retried_call_applies_once(
    gateway: Gateway, setup_client: Sezzle, client: Sezzle, op: Operation, fault: Fault
) -> None:
    target = op.prepare(setup_client, gateway)
    fault.inject(gateway, op.method, op.path)

    result = op.send(client, target, options())

    records = answered(gateway, op.method, op.path, 2)
    assert len(records) == 2
    assert_one_key(records)
    assert sum(record.replayed for record in records) == int(fault.answer_lost)
    assert_one_effect(gateway, op, target, result)


@pytest.mark.anyio
@pytest.mark.parametrize(("op", "fault"), CELLS)
async def test_retried_async_call_applies_once(
    gateway: Gateway, setup_client: Sezzle, async_client: AsyncSezzle, op: Operation, fault: Fault
) -> None:
    target = op.prepare(setup_client, gateway)
    fault.inject(gateway, op.method, op.path)

    result = await op.asend(async_client, target, options())

    records = answered(gateway, op.method, op.path, 2)
    assert len(records) == 2
    assert_one_key(records)
    assert sum(record.replayed for record in records) == int(fault.answer_lost)
    assert_one_effect(gateway, op, target, result)


@pytest.mark.parametrize(("op", "fault"), CELLS)
def test_surfaced_fault_then_resend_with_the_same_key_applies_once(
    gateway: Gateway, setup_client: Sezzle, quiet_client: Sezzle, op: Operation, fault: Fault
) -> None:
    target = op.prepare(setup_client, gateway)
    fault.inject(gateway, op.method, op.path)
    key = f"matrix-{op.name}-{fault.name}".replace(" ", "-")

    with pytest.raises(fault.surfaced) as failure:
        op.send(quiet_client, target, {**options(), "idempotency_key": key})

    assert type(failure.value) is fault.surfaced
    if isinstance(failure.value, APIConnectionError):
        assert failure.value.request_sent
    if isinstance(failure.value, APIStatusError):
        assert failure.value.status_code == gateway.requests.matching(op.method, op.path)[0].status
    answered(gateway, op.method, op.path, 1)  # the caller resends later, once the lost attempt has run its course
    assert len(op.applied(gateway, target)) == int(fault.answer_lost)

    result = op.send(quiet_client, target, {**options(), "idempotency_key": key})

    records = answered(gateway, op.method, op.path, 2)
    assert [record.request_id for record in records] == [key, key]
    assert records[1].replayed is fault.answer_lost
    assert_one_effect(gateway, op, target, result)
