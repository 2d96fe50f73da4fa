"""Async throughput: 2,000 calls at concurrency 50 through ``AsyncSezzle`` and through raw ``httpx.AsyncClient``.

Fifty tasks share one client and take calls from a common count until all are done. The server counts
the connections each run opened: with httpx's default pool (20 keep-alive connections) 50 concurrent
callers keep opening new ones, so the run is repeated with a pool that keeps 50, where every connection
is reused. Both sides always use the same pool settings.
"""

from __future__ import annotations

import asyncio
import itertools
import time
from collections.abc import Awaitable, Callable
from typing import Any

import attrs
import httpx

from scripts.bench.overhead import HEADERS, PRIVATE_KEY, PUBLIC_KEY
from scripts.bench.server import SESSION_UUID, BenchServer
from scripts.bench.stats import Spread, ratios
from sezzle import AsyncSezzle

DEFAULT_POOL = httpx.Limits(max_connections=100, max_keepalive_connections=20)
WIDE_POOL = httpx.Limits(max_connections=100, max_keepalive_connections=50)


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
        await client.sessions.get(SESSION_UUID)  # the token first, so the run measures calls only
        server.reset()
        return await _run(lambda: client.sessions.get(SESSION_UUID), calls, concurrency)


async def _raw_rate(server: BenchServer, pool: httpx.Limits, calls: int, concurrency: int) -> float:
    url = f"{server.url}/v2/session/{SESSION_UUID}"
    async with httpx.AsyncClient(limits=pool, headers=HEADERS) as http:

        async def call() -> Any:
            return (await http.get(url)).json()

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
        pool=f"{pool.max_keepalive_connections} keep-alive",
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
