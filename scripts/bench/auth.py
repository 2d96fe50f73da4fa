"""Bearer-token requests made by 100 concurrent callers on a cold token: the single-flight refresh.

A fresh client (so its token cache is cold) gets 100 callers at once: threads released together by a
barrier for ``Sezzle``, tasks gathered together for ``AsyncSezzle``. The server holds the authentication
answer back for a moment, so every caller arrives while the refresh is in flight, and counts the
authentication requests it received. The right answer is 1, in every round.
"""

from __future__ import annotations

import asyncio
import threading

import attrs

from scripts.bench.overhead import PRIVATE_KEY, PUBLIC_KEY
from scripts.bench.server import SESSION_UUID, BenchServer
from sezzle import AsyncSezzle, Sezzle

CALLERS = 100
AUTH_DELAY = 0.05


@attrs.frozen
class ColdToken:
    mode: str
    callers: int
    auth_requests: tuple[int, ...]
    """Authentication requests the server received, per round."""
    calls: tuple[int, ...]
    """Session reads the server answered, per round (each caller's call went through)."""


def _threads(server: BenchServer) -> None:
    with Sezzle(PUBLIC_KEY, PRIVATE_KEY, base_url=server.url) as client:
        barrier = threading.Barrier(CALLERS)
        errors: list[BaseException] = []

        def call() -> None:
            barrier.wait()
            try:
                client.sessions.get(SESSION_UUID)
            except BaseException as error:
                errors.append(error)

        threads = [threading.Thread(target=call) for _ in range(CALLERS)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        if errors:
            raise errors[0]


async def _tasks(server: BenchServer) -> None:
    async with AsyncSezzle(PUBLIC_KEY, PRIVATE_KEY, base_url=server.url) as client:
        await asyncio.gather(*(client.sessions.get(SESSION_UUID) for _ in range(CALLERS)))


def measure(server: BenchServer, rounds: int) -> list[ColdToken]:
    server.configure(auth_delay=AUTH_DELAY)
    results: list[ColdToken] = []
    try:
        for mode in ("threads", "tasks"):
            auth: list[int] = []
            calls: list[int] = []
            for _ in range(rounds):
                server.reset()
                if mode == "threads":
                    _threads(server)
                else:
                    asyncio.run(_tasks(server))
                stats = server.stats()
                auth.append(stats.auth_requests)
                calls.append(stats.requests - stats.auth_requests)
            results.append(ColdToken(mode, CALLERS, tuple(auth), tuple(calls)))
    finally:
        server.configure(auth_delay=0.0)
    return results
