"""BENCHMARKS.md from one run's results: the machine, a summary against the targets, then each benchmark."""

from __future__ import annotations

import datetime

import attrs

from scripts.bench.auth import AUTH_DELAY, ColdToken
from scripts.bench.build import Build
from scripts.bench.imports import Imports
from scripts.bench.machine import Machine
from scripts.bench.models import ModelRead
from scripts.bench.overhead import Overhead
from scripts.bench.reports import ReportParse
from scripts.bench.sniffio_cost import SniffioCost
from scripts.bench.stats import Spread
from scripts.bench.throughput import Throughput

OVERHEAD_TARGET = 1.05
IMPORT_TARGET = 1.5
RSS_TARGET = 1.15
BUILD_TARGET = 3.0
CSV_TARGET = 1.2


@attrs.frozen
class Results:
    machine: Machine
    rounds: int
    server_round_trip: float | None = None
    overhead: tuple[Overhead, ...] = ()
    models: ModelRead | None = None
    sniffio: SniffioCost | None = None
    throughput: tuple[Throughput, ...] = ()
    imports: Imports | None = None
    build: Build | None = None
    cold_token: tuple[ColdToken, ...] = ()
    csv: ReportParse | None = None


def _us(seconds: float) -> str:
    return f"{seconds * 1e6:.0f} µs"


def _met(ok: bool) -> str:
    return "met" if ok else "**missed**"


def _micro(spread: Spread, digits: int = 0) -> str:
    q1, q3 = spread.quartiles
    number = f"{{:.{digits}f}}".format
    return f"{number(spread.median * 1e6)} µs (IQR {number(q1 * 1e6)}-{number(q3 * 1e6)})"


def _ratio(spread: Spread, digits: int = 2) -> str:
    q1, q3 = spread.quartiles
    return f"{spread.median:.{digits}f}x (IQR {q1:.{digits}f}x-{q3:.{digits}f}x, {len(spread.values)} rounds)"


def _summary(results: Results) -> list[str]:
    rows = ["| benchmark | result: median (IQR) | target | |", "| --- | --- | --- | --- |"]
    for item in results.overhead:
        rows.append(
            f"| `orders.get` per call, {item.mode}, against raw httpx GET + `json.loads` | {_ratio(item.ratio, 3)} | "
            f"≤ {OVERHEAD_TARGET:.2f}x | {_met(item.ratio.median <= OVERHEAD_TARGET)} |"
        )
    if results.sniffio:
        rows.append(
            f"| async `orders.get` without sniffio importable → with it | {_us(results.sniffio.without_client.median)}"
            f" → {_us(results.sniffio.with_client.median)} per call ({results.sniffio.saved:.0%} less) | | |"
        )
    if results.models:
        m = results.models
        rows.append(
            f"| `Order.from_dict`, generator's stock templates → ours | {_us(m.stock_from_dict.median)} → "
            f"{_us(m.from_dict.median)} ({_ratio(m.ratio)}) | | |"
        )
    for run in results.throughput:
        rows.append(
            f"| async throughput, {run.calls:,} calls from {run.concurrency} tasks, both at {run.pool} | "
            f"{_ratio(run.ratio, 3)} raw httpx's rate | | |"
        )
    if results.imports:
        imports = results.imports
        rows.append(
            f"| `from sezzle import Sezzle; Sezzle(...)`, whole process, against `import httpx` (runtime deps only) | "
            f"{_ratio(imports.ratio)} | ≤ {IMPORT_TARGET}x | {_met(imports.ratio.median <= IMPORT_TARGET)} |"
        )
        rows.append(
            f"| peak RSS after import + one client, against httpx + `httpx.Client()` | {_ratio(imports.rss_ratio)} | "
            f"≤ {RSS_TARGET}x | {_met(imports.rss_ratio.median <= RSS_TARGET)} |"
        )
    if results.build:
        build = results.build
        warm = build.total.median
        cold = build.cold_spec.median + build.generate.median
        rows.append(
            f"| `make spec` + `make generate`, today's spec | {warm:.2f} s ({cold:.2f} s validating anew) | "
            f"≤ {BUILD_TARGET:.0f} s | {_met(max(warm, cold) <= BUILD_TARGET)} |"
        )
    for token in results.cold_token:
        worst = max(token.auth_requests)
        rows.append(
            f"| auth requests, {token.callers} {token.mode} on a cold token | {worst} (worst round) | 1 | "
            f"{_met(worst == 1)} |"
        )
    if results.csv:
        csv = results.csv
        rows.append(
            f"| settlement CSV, {csv.rows:,} line items, against csv.reader with the same conversions | "
            f"{_ratio(csv.ratio)} | ≤ {CSV_TARGET}x | {_met(csv.ratio.median <= CSV_TARGET)} |"
        )
    return rows


def _machine(machine: Machine) -> list[str]:
    return [
        "## Machine",
        "",
        f"- {machine.cores} cores, {machine.cpu}",
        f"- {machine.python}, {machine.system}",
        "- packages: " + ", ".join(f"{name} {version}" for name, version in machine.packages),
    ]


def _server(results: Results) -> list[str]:
    cpus = [(f"per-call {item.mode}", item.server_cpu_per_request) for item in results.overhead]
    cpus += [(f"throughput at {run.pool}", run.server_cpu_per_request) for run in results.throughput]
    if not cpus:
        return []
    lines = [
        "## The benchmark server",
        "",
        "The HTTP benchmarks talk to `scripts/bench/server.py`, a bare asyncio HTTP/1.1 server in its own process "
        "that answers `GET /v2/order/{uuid}` with the same 1.9 KB order (20 nested models: links, authorization with "
        "a capture and a refund, an item, amounts, a customer with two addresses) rather than to the embedded gateway, "
        "whose routing, locking and recording would be part of every figure. Its own CPU per request, counted by the "
        "server itself during each run:",
        "",
        *[f"- {what}: {_us(cpu)}" for what, cpu in cpus],
    ]
    if results.server_round_trip is not None:
        lines += [
            f"- a bare socket doing the same GET on one keep-alive connection: {_us(results.server_round_trip)} per "
            "round trip, the floor under every per-call figure below.",
        ]
    return lines


def _overhead(results: Results) -> list[str]:
    if not results.overhead:
        return []
    first = results.overhead[0]
    lines = [
        "## Per-call overhead",
        "",
        "`client.orders.get(uuid)` against raw `httpx` sending the same GET with the same headers (the client's "
        "`User-Agent` and `Accept`, `Authorization: Bearer …`) and decoding the body with `json.loads`, to the same "
        f"server over a warm connection; {first.calls_per_round} calls per side per round, the three sides taking "
        "turns to go first. The third side is raw httpx driven the way the client drives it (a request built per "
        "call with its timeout, the bearer added by an `httpx.Auth`, the body streamed and joined): from raw to it "
        "is httpx's own cost on that path, from it to the client is the client's code.",
        "",
        "| | client | raw httpx | client / raw | httpx driven as the client drives it | driven / raw | "
        "reading the order into `Order` alone |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for item in results.overhead:
        lines.append(
            f"| {item.mode} | {_micro(item.client)} | {_micro(item.raw)} | {_ratio(item.ratio, 3)} | "
            f"{_micro(item.driven)} | {_ratio(item.driven_ratio, 3)} | {_us(item.model_read)} |"
        )
    lines += [
        "",
        "Where a client call's own time goes, by package (`cProfile`, which inflates small Python functions):",
        "",
        "| | " + " | ".join(name for name, _ in first.profile) + " |",
        "| --- |" + " --- |" * len(first.profile),
        *[
            f"| {item.mode} | " + " | ".join(f"{share:.0%}" for _, share in item.profile) + " |"
            for item in results.overhead
        ],
    ]
    for item in results.overhead:
        lines += [
            "",
            f"The {item.mode} call's costliest functions under the profiler (µs per call, inflated alike):",
            "",
            "| function | own | with callees |",
            "| --- | --- | --- |",
            *[f"| `{where}` | {own * 1e6:.1f} | {total * 1e6:.1f} |" for where, own, total in item.functions],
        ]
    missed = [item for item in results.overhead if item.ratio.median > OVERHEAD_TARGET]
    if missed:
        lines += [
            "",
            "Where the target is missed, the floor is raw httpx itself plus the work the client does by design: "
            f"reading and checking the 20 models takes {_us(first.model_read)} alone (`Order` column; the generated "
            "`from_dict` and the overlay's type checks, see the next section); the rest of the gap is the client's "
            "per-call path shown in the profile above (building and checking the request, the auth flow, reading "
            "the body, the argument checks, `path_id`), plus httpx's own cost on the path the client takes (the "
            "driven column).",
        ]
    return lines


def _models(results: Results) -> list[str]:
    m = results.models
    if m is None:
        return []
    return [
        "## Reading the order",
        "",
        "The same decoded 1.9 KB order, per call, sides alternating: `Order.from_dict` generated by "
        "openapi-python-client's stock templates (imports of nested models inside every `from_dict`, a function "
        "defined per union field per call) and by ours (`openapi/templates/model.py.jinja`: nested models imported "
        "once at the module's bottom; `property_templates/union_property.py.jinja`: pass-through unions read as "
        "they are); `read_model` is what the client runs, the overlay's checks (a predicate compiled once per "
        "model) and then `from_dict`.",
        "",
        "| stock `Order.from_dict` | our `Order.from_dict` | ours / stock | `read_model(Order, ...)` | "
        "`json.loads` of the body |",
        "| --- | --- | --- | --- | --- |",
        f"| {_micro(m.stock_from_dict, 1)} | {_micro(m.from_dict, 1)} | {_ratio(m.ratio)} | {_micro(m.read_model, 1)} "
        f"| {_micro(m.json_loads, 1)} |",
    ]


def _sniffio(results: Results) -> list[str]:
    s = results.sniffio
    if s is None:
        return []
    return [
        "## sniffio",
        "",
        "httpcore asks `sniffio` which event loop runs on every async request; where it is not installed every ask "
        "is a failed import searching every path entry. Fresh processes, alternating, each measuring async "
        "`orders.get` and raw httpx; in half of them a meta-path finder searches for sniffio as for a missing "
        "module and refuses it.",
        "",
        "| | client per call | raw httpx per call |",
        "| --- | --- | --- |",
        f"| sniffio not importable | {_micro(s.without_client)} | {_micro(s.without_raw)} |",
        f"| sniffio installed (a runtime dependency now) | {_micro(s.with_client)} | {_micro(s.with_raw)} |",
    ]


def _throughput(results: Results) -> list[str]:
    if not results.throughput:
        return []
    first = results.throughput[0]
    lines = [
        "## Async throughput",
        "",
        f"{first.calls:,} `orders.get` calls from {first.concurrency} tasks sharing one `AsyncSezzle`, against "
        f"{first.concurrency} tasks sharing one raw `httpx.AsyncClient`; a fresh client per run, both sides at the "
        "same connection limit with as many keep-alive slots; the connections each run opened are counted by the "
        "server.",
        "",
        "| limit | client calls/s | raw httpx calls/s | client / raw | connections opened (client / raw, per run) |",
        "| --- | --- | --- | --- | --- |",
    ]
    for run in results.throughput:
        connections = f"{', '.join(map(str, run.client_connections))} / {', '.join(map(str, run.raw_connections))}"
        lines.append(
            f"| {run.pool} | {run.client.describe(digits=0)} | {run.raw.describe(digits=0)} | {_ratio(run.ratio, 3)} | "
            f"{connections} |"
        )
    return lines


def _imports(results: Results) -> list[str]:
    imports = results.imports
    if imports is None:
        return []
    lines = [
        "## Import and construction",
        "",
        f"Whole processes in `build/bench-venv` ({imports.python}, only the runtime dependencies installed), sides "
        "rotating; wall time including interpreter start-up, and each process's own peak resident memory (`VmHWM`) "
        "at its end.",
        "",
        "| process | wall time | peak RSS |",
        "| --- | --- | --- |",
        f"| `from sezzle import Sezzle; Sezzle(...)` | {imports.construct.describe(' s', 3)} | "
        f"{imports.construct_rss.describe(' MiB', 1)} |",
        f"| `import sezzle` | {imports.import_sezzle.describe(' s', 3)} | |",
        f"| `import httpx` | {imports.httpx.describe(' s', 3)} | |",
        f"| `import httpx; httpx.Client()` | | {imports.httpx_rss.describe(' MiB', 1)} |",
        "",
        f"Construction against `import httpx`: {_ratio(imports.ratio)}; peak RSS against httpx with a client: "
        f"{_ratio(imports.rss_ratio)}.",
        "",
        "What constructing a client loads beyond `import httpx; httpx.Client()` (own time of each package's modules, "
        "from `python -X importtime`):",
        "",
        "| package | own seconds | modules |",
        "| --- | --- | --- |",
        *[f"| `{name}` | {seconds:.3f} | {count} |" for name, seconds, count in imports.packages[:10]],
    ]
    ours = [cost for cost in imports.modules if cost.package in ("sezzle", "sezzle_api")]
    lines += [
        "",
        f"Every module of this project it loads ({len(ours)}), in load order, with own and cumulative ms:",
        "",
        ", ".join(f"`{cost.module}` {cost.own * 1000:.1f}/{cost.cumulative * 1000:.0f}" for cost in ours),
    ]
    if imports.ratio.median > IMPORT_TARGET or imports.rss_ratio.median > RSS_TARGET:
        lines += [
            "",
            "Where a target is missed, the list shows why: `sezzle/client.py` imports at module level every resource "
            "namespace (`sezzle.resources.*`, each importing its generated operations and the models they answer "
            "with), `sezzle.links` and `sezzle.approval`, `sezzle.v1` (its own client, models and webhooks) and, "
            "through `sezzle.resources.reports`, the CSV readers; so `Sezzle(...)` loads the whole surface where a "
            "first call needs one namespace. The generated models package is lazy (each model loads with the first "
            "name that needs it) and `sezzle/__init__.py` loads the client on first use; the rest needs the "
            "namespaces of `client.py` created on first attribute access, importing their modules then.",
        ]
    return lines


def _build(results: Results) -> list[str]:
    build = results.build
    if build is None:
        return []
    lines = [
        "## `make spec` + `make generate`",
        "",
        "The commands the make targets run, each in a fresh process, writing to a temporary folder.",
        "",
        "| step | wall time |",
        "| --- | --- |",
        f"| `make spec` (`python -m scripts.specbuild.build`; the validator remembers this document) | "
        f"{build.spec.describe(' s')} |",
        f"| … validating it as a new document | {build.cold_spec.describe(' s')} |",
        f"| … without the openapi-spec-validator pass at all | {build.unvalidated_spec.describe(' s')} |",
        f"| `make generate` (`python -m scripts.generate`) | {build.generate.describe(' s')} |",
        f"| … the generator's start-up alone (`import openapi_python_client.cli`) | "
        f"{build.generator_start.describe(' s')} |",
        f"| … its two ruff post hooks alone | {build.formatting.describe(' s')} |",
        f"| both | {build.total.describe(' s')} |",
    ]
    if build.sizes:
        lines += [
            "",
            "As the API grows (`scripts/bench/specsize.py`: the supplements' operations cloned under new paths, with "
            "their names and decisions; every synthesised document new to the validator; one run each):",
            "",
            "| operations | `make spec` | `make generate` | both |",
            "| --- | --- | --- | --- |",
            *[
                f"| {point.operations} | {point.spec_seconds:.2f} s | {point.generate_seconds:.2f} s | "
                f"{point.total:.2f} s |"
                for point in build.sizes
            ],
        ]
    return lines


def _cold_token(results: Results) -> list[str]:
    if not results.cold_token:
        return []
    lines = [
        "## Cold token, 100 concurrent callers",
        "",
        f"A fresh client, 100 callers at once (threads behind a barrier, or gathered tasks); the server holds the "
        f"authentication answer back {AUTH_DELAY * 1000:.0f} ms so that every caller arrives while it is in flight.",
        "",
        "| callers | authentication requests per round | calls answered per round |",
        "| --- | --- | --- |",
    ]
    for cold in results.cold_token:
        lines.append(
            f"| {cold.callers} {cold.mode} | {', '.join(map(str, cold.auth_requests))} | "
            f"{', '.join(map(str, cold.calls))} |"
        )
    return lines


_WORKLOADS = {
    "client": "the client: `parse_settlement_details`, every `SettlementLineItem`",
    "csv-reader-same": "`csv.reader` + the same conversions (both amounts `Decimal`, three moments parsed)",
    "csv-reader": "`csv.reader` + only what the sums need (`Decimal` amount, parsed event date)",
    "csv-reader-models": "`csv.reader` + the same conversions + building the same `SettlementLineItem`s",
}


def _csv(results: Results) -> list[str]:
    csv = results.csv
    if csv is None:
        return []
    million = csv.rows / 1e6
    lines = [
        "## Settlement-details CSV",
        "",
        f"A user's workload over a report of {csv.rows:,} line items arriving as 64 KiB chunks (`scripts.bench_csv`): "
        "iterate every line item, sum the amounts, group them by event day. Each run is a fresh process reporting its "
        "own peak RSS at its end; rounds rotate the order.",
        "",
        "| workload | seconds per million rows | peak RSS of the process |",
        "| --- | --- | --- |",
        *[
            f"| {_WORKLOADS[name]} | {spread.median / million:.2f} s (IQR {spread.quartiles[0] / million:.2f}-"
            f"{spread.quartiles[1] / million:.2f}) | {csv.peak_rss_mb[name].describe(' MiB', 1)} |"
            for name, spread in csv.seconds.items()
        ],
        "",
        f"The client against csv.reader with the same conversions: {_ratio(csv.ratio)}; against csv.reader building "
        f"the same models: {_ratio(csv.ratio_models)}. The peak differs by what each process imports (the client "
        "loads `sezzle`, and with it httpx); memory does not grow with the report.",
        "",
        f"Where the client's time goes (profiling {csv.profiled_rows:,} line items; µs per line item, inflated by "
        "the profiler):",
        "",
        "| function | own | with callees |",
        "| --- | --- | --- |",
        *[f"| `{where}` | {own * 1e6:.2f} | {total * 1e6:.2f} |" for where, own, total in csv.hot_spots],
    ]
    return lines


def render(results: Results, started: datetime.datetime, seconds: float) -> str:
    head = [
        "# Benchmarks",
        "",
        f"Written by `make bench` (`python -m scripts.bench`) on {started:%Y-%m-%d %H:%M} UTC in {seconds:.0f} s. "
        "Each figure is the median over rounds with its interquartile range; ratios are taken per round between "
        "sides measured side by side, rotating which goes first. These are measurements, not tests: nothing here "
        "passes or fails, the targets are shown for comparison. Other work on the same machine adds noise; the "
        "spread shows how much.",
        "",
        *_machine(results.machine),
        "",
        "## Summary",
        "",
        *_summary(results),
    ]
    sections = [
        _server(results),
        _overhead(results),
        _models(results),
        _sniffio(results),
        _throughput(results),
        _imports(results),
        _build(results),
        _cold_token(results),
        _csv(results),
    ]
    body = [line for section in sections if section for line in ["", *section]]
    return "\n".join([*head, *body]) + "\n"
