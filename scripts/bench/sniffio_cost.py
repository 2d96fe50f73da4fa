"""What an async call costs with ``sniffio`` importable and without it (as before it was a dependency).

httpcore asks sniffio which event loop runs on every async request; without it, each ask is a failed
import. Each round is a fresh process measuring ``AsyncSezzle.orders.get`` and raw ``httpx.AsyncClient``
against the benchmark server; in half of them a meta-path finder refuses ``sniffio`` before anything is
imported. Rounds alternate.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import attrs

from scripts.bench.server import BenchServer
from scripts.bench.stats import Spread

ROOT = Path(__file__).resolve().parents[2]

# The finder searches as a missing module is searched for (every path entry, every time: a failed import
# is not cached), then refuses it, so each lookup costs what it costs where sniffio is not installed.
_BLOCK = """
import importlib.machinery, sys

class _NoSniffio:
    def find_spec(self, name, path=None, target=None):
        if name == "sniffio" or name.startswith("sniffio."):
            importlib.machinery.PathFinder.find_spec("sniffio_is_not_installed", path)
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None

sys.meta_path.insert(0, _NoSniffio())
"""

_MEASURE = """
import asyncio, json, statistics, sys, time
import httpx
from scripts.bench.overhead import HEADERS, PRIVATE_KEY, PUBLIC_KEY
from scripts.bench.server import ORDER_UUID
from sezzle import AsyncSezzle

base, calls = sys.argv[1], int(sys.argv[2])

async def per_call(call):
    started = time.perf_counter()
    for _ in range(calls):
        await call()
    return (time.perf_counter() - started) / calls

async def main():
    async with AsyncSezzle(PUBLIC_KEY, PRIVATE_KEY, base_url=base) as client, httpx.AsyncClient(headers=HEADERS) as raw:
        async def raw_get():
            return json.loads((await raw.get(f"{base}/v2/order/{ORDER_UUID}")).content)
        sides = {"client": lambda: client.orders.get(ORDER_UUID), "raw": raw_get}
        for call in sides.values():
            await per_call(call)
        times = {name: [] for name in sides}
        for index in range(6):
            for name in (("client", "raw") if index % 2 == 0 else ("raw", "client")):
                times[name].append(await per_call(sides[name]))
    sniffio = "sniffio" in sys.modules
    print(json.dumps({"sniffio": sniffio, **{name: statistics.median(v) for name, v in times.items()}}))

asyncio.run(main())
"""


@attrs.frozen
class SniffioCost:
    with_client: Spread
    without_client: Spread
    with_raw: Spread
    without_raw: Spread

    @property
    def saved(self) -> float:
        """The share of an async client call that sniffio saves."""
        return 1 - self.with_client.median / self.without_client.median


def _once(server: BenchServer, blocked: bool, calls: int) -> dict[str, float]:
    code = (_BLOCK if blocked else "") + _MEASURE
    completed = subprocess.run(
        [sys.executable, "-c", code, server.url, str(calls)], cwd=ROOT, capture_output=True, text=True, check=True
    )
    result: dict[str, float] = json.loads(completed.stdout)
    if bool(result.pop("sniffio")) == blocked:
        raise RuntimeError("sniffio was importable where it was blocked, or the other way round")
    return result


def measure(server: BenchServer, rounds: int, calls: int = 200) -> SniffioCost:
    runs: dict[bool, list[dict[str, float]]] = {True: [], False: []}
    for index in range(rounds):
        for blocked in (True, False) if index % 2 == 0 else (False, True):
            runs[blocked].append(_once(server, blocked, calls))
    return SniffioCost(
        with_client=Spread.of([run["client"] for run in runs[False]]),
        without_client=Spread.of([run["client"] for run in runs[True]]),
        with_raw=Spread.of([run["raw"] for run in runs[False]]),
        without_raw=Spread.of([run["raw"] for run in runs[True]]),
    )
