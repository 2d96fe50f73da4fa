"""Async throughput: 2,000 calls at concurrency 50 through ``AsyncSezzle`` and through raw ``httpx.AsyncClient``.

Fifty tasks share one client and take calls from a common count until all are done. Both sides run at
the same connection limit, with as many keep-alive slots as connections (the server counts the
connections each run opened): 10 connections, where tasks queue for the pool and both sides keep all
10 busy, and 50, one per task, where each side opens as many as its calls keep in flight at once.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from collections.abc import Awaitable, Callable
from typing import Any

import attrs
import httpx

from scripts.bench.overhead import HEADERS, PRIVATE_KEY, PUBLIC_KEY
from scripts.bench.server import ORDER_UUID, BenchServer
from scripts.bench.stats import Spread, ratios
from sezzle import AsyncSezzle

DEFAULT_POOL = httpx.Limits(max_connections=10, max_keepalive_connections=10)
WIDE_POOL = httpx.Limits(max_connections=50, max_keepalive_connections=50)


@attrs.frozen
class Throughput:
    """Calls per second for each side, per round, their ratio, and the connections each run opened."""

    pool: str
    calls: int
    concurrency: int
    client: Spread
    raw: Spread
    ratio: Spread
    client_connections: tuple[int, ...]
    raw_connections: tuple[int, ...]
    server_cpu_per_request: float


async def _run(call: Callable[[], Awaitable[Any]], calls: int, concurrency: int) -> float:
    counter = itertools.count()

    async def worker() -> None:
        while next(counter) < calls:
            await call()

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return calls / (time.perf_counter() - started)


async def _client_rate(server: BenchServer, pool: httpx.Limits, calls: int, concurrency: int) -> float:
    async with httpx.AsyncClient(limits=pool) as http:
        client = AsyncSezzle(PUBLIC_KEY, PRIVATE_KEY, base_url=server.url, http_client=http)
        await client.orders.get(ORDER_UUID)  # the token first, so the run measures calls only
        server.reset()
        return await _run(lambda: client.orders.get(ORDER_UUID), calls, concurrency)


async def _raw_rate(server: BenchServer, pool: httpx.Limits, calls: int, concurrency: int) -> float:
    url = f"{server.url}/v2/order/{ORDER_UUID}"
    async with httpx.AsyncClient(limits=pool, headers=HEADERS) as http:

        async def call() -> Any:
            return json.loads((await http.get(url)).content)

        server.reset()
        return await _run(call, calls, concurrency)


async def _measure(server: BenchServer, pool: httpx.Limits, rounds: int, calls: int, concurrency: int) -> Throughput:
    sides = {"client": _client_rate, "raw": _raw_rate}
    rates: dict[str, list[float]] = {"client": [], "raw": []}
    connections: dict[str, list[int]] = {"client": [], "raw": []}
    cpu: list[float] = []
    for index in range(rounds):
        for side in ("client", "raw") if index % 2 == 0 else ("raw", "client"):
            # A fresh client each run, so every run starts cold and opens its own connections.
            rates[side].append(await sides[side](server, pool, calls, concurrency))
            stats = server.stats()
            connections[side].append(stats.connections)
            cpu.append(stats.cpu_per_request)
    return Throughput(
        pool=f"{pool.max_connections} connections",
        calls=calls,
        concurrency=concurrency,
        client=Spread.of(rates["client"]),
        raw=Spread.of(rates["raw"]),
        ratio=ratios(rates["client"], rates["raw"]),
        client_connections=tuple(connections["client"]),
        raw_connections=tuple(connections["raw"]),
        server_cpu_per_request=Spread.of(cpu).median,
    )


def measure(
    server: BenchServer, pool: httpx.Limits, rounds: int, calls: int = 2000, concurrency: int = 50
) -> Throughput:
    return asyncio.run(_measure(server, pool, rounds, calls, concurrency))
