"""Per-call overhead: ``client.orders.get`` against raw ``httpx`` doing the same GET, sync and async.

Both sides send the same headers (the client's ``User-Agent`` and ``Accept``, and the bearer token) to
the same loopback server over a warm keep-alive connection for the same 1.9 KB order, and both decode the
JSON answer (raw: ``json.loads`` of the body); the client also reads it into its ``Order`` model (20
nested models), checks the path and runs its retry and logging decisions, which is the overhead
measured. A third side drives raw ``httpx`` the way the client does (a request built per call with its
timeout, the bearer added by an ``httpx.Auth``, the body streamed), which separates httpx's own cost on
that path from the client's code. Rounds rotate which side goes first. A profile of the client's calls,
by function (``file:line:function``) and by package, shows where the rest goes.
"""

from __future__ import annotations

import asyncio
import cProfile
import json
import pstats
import re
import time
from collections.abc import Awaitable, Callable, Generator
from typing import Any

import attrs
import httpx

from scripts.bench.server import ORDER_BODY, ORDER_UUID, TOKEN, BenchServer
from scripts.bench.stats import Spread, ratios
from sezzle import AsyncSezzle, Sezzle
from sezzle._core.reading import read_model
from sezzle.client import USER_AGENT
from sezzle_api.models import Order

PUBLIC_KEY, PRIVATE_KEY = "sz_pub_bench", "sz_pr_bench"
BASE_HEADERS = {"User-Agent": USER_AGENT, "Accept": "application/json"}
HEADERS = {**BASE_HEADERS, "Authorization": f"Bearer {TOKEN}"}
TIMEOUT = httpx.Timeout(30.0, connect=5.0)  # the client's default, which it passes with every request


@attrs.frozen
class Overhead:
    """Seconds per call for each side, per round, and their ratio."""

    mode: str
    calls_per_round: int
    client: Spread
    raw: Spread
    driven: Spread
    """Raw httpx driven as the client drives it: a request built per call, the bearer added by an ``httpx.Auth``."""
    ratio: Spread
    driven_ratio: Spread
    server_cpu_per_request: float
    model_read: float
    """Seconds to read the decoded answer into the client's ``Order`` model (checks and ``from_dict``), alone."""
    profile: tuple[tuple[str, float], ...]
    """Shares of a profiled client call's own time by where the code lives (this project, httpx, ...)."""
    functions: tuple[tuple[str, float, float], ...]
    """The profiled client call's costliest functions: ``file:line:function``, own and cumulative µs per call."""


def _timed(call: Callable[[], Any], calls: int) -> float:
    started = time.perf_counter()
    for _ in range(calls):
        call()
    return (time.perf_counter() - started) / calls


async def _atimed(call: Callable[[], Awaitable[Any]], calls: int) -> float:
    started = time.perf_counter()
    for _ in range(calls):
        await call()
    return (time.perf_counter() - started) / calls


PLACES = (
    ("sezzle (overlay)", "/overlay/sezzle/"),
    ("sezzle_api (generated)", "/generated/sezzle_api/"),
    ("httpx", "/httpx/"),
    ("httpcore", "/httpcore/"),
    ("h11", "/h11/"),
    ("anyio", "/anyio/"),
)


def where_time_goes(profile: cProfile.Profile) -> tuple[tuple[str, float], ...]:
    """Shares of the profiled own time by package, the rest (stdlib, sockets, event loop) as one."""
    entries = pstats.Stats(profile).get_stats_profile().func_profiles.values()
    total = sum(entry.tottime for entry in entries) or 1.0
    shares = {name: 0.0 for name, _ in PLACES} | {"Python, sockets, event loop": 0.0}
    for entry in entries:
        place = next((name for name, marker in PLACES if marker in entry.file_name), "Python, sockets, event loop")
        shares[place] += entry.tottime / total
    return tuple(shares.items())


def _where(file_name: str) -> str:
    for marker in ("/site-packages/", "/overlay/", "/generated/"):
        if marker in file_name:
            return file_name.split(marker, 1)[1]
    stdlib = re.search(r"/lib/python3\.\d+/(.+)$", file_name)
    return stdlib.group(1) if stdlib else file_name


def costliest(profile: cProfile.Profile, calls: int, top: int = 15) -> tuple[tuple[str, float, float], ...]:
    """The functions with the most own time, keyed ``file:line:function`` so that same-named ones stay apart."""
    stats = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    rows = [
        (f"{_where(file)}:{line}:{name}", own / calls, cumulative / calls)
        for (file, line, name), (_, _, own, cumulative, _) in stats.items()
    ]
    return tuple(sorted(rows, key=lambda row: -row[1])[:top])


def model_read_seconds(calls: int = 2000) -> float:
    """What reading the answer into ``Order`` costs per call (checks and ``from_dict``), apart from any I/O."""
    data = json.loads(ORDER_BODY)
    return min(_timed(lambda: read_model(Order, data), calls) for _ in range(5))


SIDES = ("client", "raw", "driven")


def _orders(rounds: int) -> list[tuple[str, ...]]:
    """The order of the sides in each round, rotating so each goes first as often as the others."""
    return [SIDES[index % 3 :] + SIDES[: index % 3] for index in range(rounds)]


class _BearerFromConstant(httpx.Auth):
    """Adds the bearer token the way the client's own ``httpx.Auth`` does, minus the token cache."""

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = f"Bearer {TOKEN}"
        yield request


def _result(mode: str, calls: int, times: dict[str, list[float]], cpu: float, profile: cProfile.Profile) -> Overhead:
    return Overhead(
        mode=mode,
        calls_per_round=calls,
        client=Spread.of(times["client"]),
        raw=Spread.of(times["raw"]),
        driven=Spread.of(times["driven"]),
        ratio=ratios(times["client"], times["raw"]),
        driven_ratio=ratios(times["driven"], times["raw"]),
        server_cpu_per_request=cpu,
        model_read=model_read_seconds(),
        profile=where_time_goes(profile),
        functions=costliest(profile, calls),
    )


def _stream_read(response: httpx.Response) -> Any:
    return json.loads(b"".join(response.iter_raw()))


async def _astream_read(response: httpx.Response) -> Any:
    return json.loads(b"".join([chunk async for chunk in response.aiter_raw()]))


def measure_sync(server: BenchServer, rounds: int, calls: int) -> Overhead:
    url = f"{server.url}/v2/order/{ORDER_UUID}"
    bearer = _BearerFromConstant()
    with (
        Sezzle(PUBLIC_KEY, PRIVATE_KEY, base_url=server.url) as client,
        httpx.Client(headers=HEADERS) as raw,
        httpx.Client(headers=BASE_HEADERS) as driven,
    ):
        sides: dict[str, Callable[[], Any]] = {
            "client": lambda: client.orders.get(ORDER_UUID),
            "raw": lambda: json.loads(raw.get(url).content),
            "driven": lambda: _stream_read(
                driven.send(driven.build_request("GET", url, timeout=TIMEOUT), auth=bearer, stream=True)
            ),
        }
        for call in sides.values():  # authenticate, open the connections, warm every code path
            _timed(call, max(50, calls // 5))
        server.reset()
        times: dict[str, list[float]] = {side: [] for side in SIDES}
        for order in _orders(rounds):
            for side in order:
                times[side].append(_timed(sides[side], calls))
        cpu = server.stats().cpu_per_request
        profile = cProfile.Profile()
        profile.runcall(_timed, sides["client"], calls)
    return _result("sync", calls, times, cpu, profile)


async def _measure_async(server: BenchServer, rounds: int, calls: int) -> Overhead:
    url = f"{server.url}/v2/order/{ORDER_UUID}"
    bearer = _BearerFromConstant()
    async with (
        AsyncSezzle(PUBLIC_KEY, PRIVATE_KEY, base_url=server.url) as client,
        httpx.AsyncClient(headers=HEADERS) as raw,
        httpx.AsyncClient(headers=BASE_HEADERS) as driven,
    ):

        async def raw_get() -> Any:
            return json.loads((await raw.get(url)).content)

        async def driven_get() -> Any:
            request = driven.build_request("GET", url, timeout=TIMEOUT)
            return await _astream_read(await driven.send(request, auth=bearer, stream=True))

        sides: dict[str, Callable[[], Awaitable[Any]]] = {
            "client": lambda: client.orders.get(ORDER_UUID),
            "raw": raw_get,
            "driven": driven_get,
        }
        for call in sides.values():
            await _atimed(call, max(50, calls // 5))
        server.reset()
        times: dict[str, list[float]] = {side: [] for side in SIDES}
        for order in _orders(rounds):
            for side in order:
                times[side].append(await _atimed(sides[side], calls))
        cpu = server.stats().cpu_per_request
        profile = cProfile.Profile()
        profile.enable()
        await _atimed(sides["client"], calls)
        profile.disable()
    return _result("async", calls, times, cpu, profile)


def measure_async(server: BenchServer, rounds: int, calls: int) -> Overhead:
    return asyncio.run(_measure_async(server, rounds, calls))
