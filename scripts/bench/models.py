"""Reading the 1.9 KB order into ``Order``: the generator's stock templates against ours, and the overlay's checks.

The committed spec is generated a second time with openapi-python-client's own templates into a
temporary package (its imports are relative, so it loads under another name beside ``sezzle_api``), and
both ``Order.from_dict`` are timed on the same decoded answer, alternating. ``read_model`` is the overlay's
read (its checks, then ``from_dict``), and ``json.loads`` of the same body is there for scale.
"""

from __future__ import annotations

import importlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs

from scripts.bench.server import ORDER_BODY
from scripts.bench.stats import Spread, ratios
from scripts.generate import CONFIG, SPEC
from sezzle._core.reading import read_model
from sezzle_api.models import Order

STOCK = "sezzle_api_stock"


@attrs.frozen
class ModelRead:
    stock_from_dict: Spread
    from_dict: Spread
    ratio: Spread
    read_model: Spread
    json_loads: Spread


def _per_call(call: Callable[[], Any], calls: int) -> float:
    started = time.perf_counter()
    for _ in range(calls):
        call()
    return (time.perf_counter() - started) / calls


def _stock_order(work: Path) -> type[Any]:
    output = work / STOCK
    env = dict(os.environ, PATH=os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")]))
    command = [sys.executable, "-m", "openapi_python_client", "generate", "--path", str(SPEC), "--config", str(CONFIG)]
    command += ["--meta", "none", "--output-path", str(output), "--overwrite"]
    subprocess.run(command, capture_output=True, text=True, env=env, check=True)
    shutil.rmtree(output / ".ruff_cache", ignore_errors=True)
    sys.path.insert(0, str(work))
    try:
        module = importlib.import_module(f"{STOCK}.models.order")
    finally:
        sys.path.remove(str(work))
    order: type[Any] = module.Order
    return order


def measure(rounds: int = 15, calls: int = 2000) -> ModelRead:
    data = json.loads(ORDER_BODY)
    with tempfile.TemporaryDirectory(prefix="sezzle-bench-stock-") as work:
        stock = _stock_order(Path(work))
        sides: dict[str, Callable[[], Any]] = {
            "stock": lambda: stock.from_dict(data),
            "ours": lambda: Order.from_dict(data),
            "read": lambda: read_model(Order, data),
            "json": lambda: json.loads(ORDER_BODY),
        }
        times: dict[str, list[float]] = {name: [] for name in sides}
        names = list(sides)
        for round_ in range(rounds):
            for name in names[round_ % len(names) :] + names[: round_ % len(names)]:
                times[name].append(_per_call(sides[name], calls))
    return ModelRead(
        stock_from_dict=Spread.of(times["stock"]),
        from_dict=Spread.of(times["ours"]),
        ratio=ratios(times["ours"], times["stock"]),
        read_model=Spread.of(times["read"]),
        json_loads=Spread.of(times["json"]),
    )
