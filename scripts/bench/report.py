"""BENCHMARKS.md from one run's results: the machine, a summary against the targets, then each benchmark."""

from __future__ import annotations

import datetime

import attrs

from scripts.bench.auth import AUTH_DELAY, ColdToken
from scripts.bench.build import Build
from scripts.bench.imports import Imports
from scripts.bench.machine import Machine
from scripts.bench.overhead import Overhead
from scripts.bench.reports import ReportParse
from scripts.bench.stats import Spread
from scripts.bench.throughput import Throughput

OVERHEAD_TARGET = 1.10
THROUGHPUT_TARGET = 0.9
IMPORT_TARGET = 1.5
BUILD_TARGET = 3.0
CSV_SECONDS_TARGET = 3.0
CSV_MEMORY_TARGET = 100.0


@attrs.frozen
class Results:
    machine: Machine
    rounds: int
    server_round_trip: float | None = None
    overhead: tuple[Overhead, ...] = ()
    throughput: tuple[Throughput, ...] = ()
    imports: Imports | None = None
    build: Build | None = None
    cold_token: tuple[ColdToken, ...] = ()
    csv: ReportParse | None = None


def _us(seconds: float) -> str:
    return f"{seconds * 1e6:.0f} µs"


def _met(ok: bool) -> str:
    return "met" if ok else "**missed**"


def _micro(spread: Spread) -> str:
    q1, q3 = spread.quartiles
    return f"{spread.median * 1e6:.0f} µs (IQR {q1 * 1e6:.0f}-{q3 * 1e6:.0f})"


def _summary(results: Results) -> list[str]:
    rows = ["| benchmark | result (median) | target | |", "| --- | --- | --- | --- |"]
    for item in results.overhead:
        ratio = item.ratio.median
        rows.append(
            f"| per-call overhead, {item.mode} | {ratio:.3f}x raw httpx | ≤ {OVERHEAD_TARGET:.2f}x | "
            f"{_met(ratio <= OVERHEAD_TARGET)} |"
        )
    for run in results.throughput:
        ratio = run.ratio.median
        rows.append(
            f"| async throughput, {run.calls:,} calls at {run.concurrency} ({run.pool}) | {ratio:.3f}x raw httpx | "
            f"≥ {THROUGHPUT_TARGET}x | {_met(ratio >= THROUGHPUT_TARGET)} |"
        )
    if results.imports:
        ratio = results.imports.ratio.median
        rows.append(
            f"| `import sezzle` | {ratio:.2f}x `import httpx` | ≤ {IMPORT_TARGET}x | {_met(ratio <= IMPORT_TARGET)} |"
        )
    if results.build:
        total = results.build.total.median
        met = _met(total <= BUILD_TARGET)
        rows.append(f"| `make spec` + `make generate` | {total:.2f} s | ≤ {BUILD_TARGET:.0f} s | {met} |")
    for cold in results.cold_token:
        worst = max(cold.auth_requests)
        what = f"auth requests, {cold.callers} {cold.mode} on a cold token"
        rows.append(f"| {what} | {worst} (worst round) | 1 | {_met(worst == 1)} |")
    if results.csv:
        seconds, peak = results.csv.seconds.median, results.csv.peak_rss_mb.high
        rows.append(
            f"| settlement CSV, {results.csv.rows:,} line items | {seconds:.2f} s, peak RSS {peak:.0f} MB | "
            f"≤ {CSV_SECONDS_TARGET:.0f} s, < {CSV_MEMORY_TARGET:.0f} MB | "
            f"{_met(seconds <= CSV_SECONDS_TARGET and peak < CSV_MEMORY_TARGET)} |"
        )
    return rows


def _machine(machine: Machine) -> list[str]:
    lines = [
        "## Machine",
        "",
        f"- {machine.cores} cores, {machine.cpu}",
        f"- {machine.python}, {machine.system}",
        "- packages: " + ", ".join(f"{name} {version}" for name, version in machine.packages),
    ]
    return lines


def _server(results: Results) -> list[str]:
    cpus = [item.server_cpu_per_request for item in results.overhead]
    cpus += [run.server_cpu_per_request for run in results.throughput]
    if not cpus:
        return []
    lines = [
        "## The benchmark server",
        "",
        "The HTTP benchmarks talk to `scripts/bench/server.py`, a bare asyncio HTTP/1.1 server in its own process "
        "(the other core) that answers every `GET /v2/session/{uuid}` with the same body, rather than to the "
        "embedded gateway, whose routing, locking and recording would be part of every figure. Its own cost, "
        "measured alone:",
        "",
        f"- CPU per request, counted by the server itself during the runs: {_us(min(cpus))} to {_us(max(cpus))};",
    ]
    if results.server_round_trip is not None:
        lines.append(
            f"- a bare socket doing the same GET on one keep-alive connection: {_us(results.server_round_trip)} "
            "per round trip, the floor under every per-call figure below."
        )
    raw = [item.raw.median for item in results.overhead]
    if raw:
        share = max(cpus) / min(raw)
        lines += [
            "",
            f"So the server's work per request is at most {share:.0%} of a raw httpx call's time, and it runs on the "
            "other core: it is not the bottleneck, and what the figures below measure is the client side.",
        ]
    return lines


def _overhead(results: Results) -> list[str]:
    if not results.overhead:
        return []
    lines = [
        "## Per-call overhead",
        "",
        "`client.sessions.get(uuid)` against raw `httpx` sending the same GET with the same headers (the client's "
        "`User-Agent` and `Accept`, `Authorization: Bearer …`) and calling `.json()`, to the same server over a warm "
        f"connection; {results.overhead[0].calls_per_round} calls per side per round, sides taking turns to go first.",
        "",
        "| | client per call | raw httpx per call | ratio | httpx driven as the client drives it | reading into "
        "`Session` alone |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for item in results.overhead:
        lines.append(
            f"| {item.mode} | {_micro(item.client)} | {_micro(item.raw)} | {item.ratio.describe('x')} | "
            f"{_micro(item.driven)} | {_us(item.model_read)} |"
        )
    lines += [
        "",
        "The client does more than the raw call: it checks the path parameter, builds the request from the generated "
        "operation, runs its auth flow (an `httpx.Auth` generator) and its retry and logging decisions, and reads the "
        "answer into the generated `Session` model (timed alone in the last column). The fifth column is raw httpx "
        "sent the way the client sends it (a request built per call with its timeout, the bearer added by an "
        "`httpx.Auth`): the difference between it and the raw call is httpx's own cost on that path, the rest is "
        "ours. Where a client call's time goes, by package (own time under `cProfile`, which inflates small Python "
        "functions):",
        "",
        "| | " + " | ".join(name for name, _ in results.overhead[0].profile) + " |",
        "| --- |" + " --- |" * len(results.overhead[0].profile),
    ]
    lines += [
        f"| {item.mode} | " + " | ".join(f"{share:.0%}" for _, share in item.profile) + " |"
        for item in results.overhead
    ]
    if any(item.ratio.median > OVERHEAD_TARGET for item in results.overhead):
        lines += [
            "",
            "Where the target is missed, the columns split the gap: from the raw call to httpx driven as the client "
            "drives it is httpx's auth-flow and per-request path, which the client takes so that it can refresh a "
            "token on a 401 and set a timeout per call; from there to the client is the client's own code; the "
            "spread shows how much is the machine's noise. To shrink the first part, set the bearer header on the "
            "request directly and handle the 401 refresh in the client's send loop instead of through `httpx.Auth`; "
            "for the second, build a `Call`'s static parts once per operation instead of running the generated "
            "`_get_kwargs` on every call, and let callers who need only JSON skip the model read through "
            "`with_raw_response`.",
        ]
    return lines


def _throughput(results: Results) -> list[str]:
    if not results.throughput:
        return []
    first = results.throughput[0]
    lines = [
        "## Async throughput",
        "",
        f"{first.calls:,} `sessions.get` calls from {first.concurrency} tasks sharing one `AsyncSezzle`, against "
        f"{first.concurrency} tasks sharing one raw `httpx.AsyncClient`; a fresh client per run, both sides with the "
        "same pool. Connections opened are counted by the server.",
        "",
        "| pool | client calls/s | raw httpx calls/s | ratio | connections opened (client / raw, per run) |",
        "| --- | --- | --- | --- | --- |",
    ]
    for run in results.throughput:
        connections = f"{', '.join(map(str, run.client_connections))} / {', '.join(map(str, run.raw_connections))}"
        lines.append(
            f"| {run.pool} | {run.client.describe(digits=0)} | {run.raw.describe(digits=0)} | "
            f"{run.ratio.describe('x')} | {connections} |"
        )
    lines += [
        "",
        "httpx's default pool keeps 20 idle connections, so 50 concurrent callers keep opening (and closing) the "
        "extra ones; with 50 keep-alive slots every connection is reused for the whole run. Both sides are bound by "
        "httpx's own async pool, whose cost grows with the number of connections in flight: this is why the raw side "
        "can come out slower than the client, which spends a little longer between requests and so keeps fewer of "
        "them open at once.",
    ]
    return lines


def _imports(results: Results) -> list[str]:
    imports = results.imports
    if imports is None:
        return []
    lines = [
        "## Import time",
        "",
        "Each side imported in a fresh interpreter that times its own import (start-up excluded), sides alternating.",
        "",
        "| `import sezzle` | `import httpx` | ratio |",
        "| --- | --- | --- |",
        f"| {imports.sezzle.describe(' s', 3)} | {imports.httpx.describe(' s', 3)} | {imports.ratio.describe('x')} |",
        "",
        "Where `import sezzle` spends the time httpx does not (own time of each package's modules, from "
        "`python -X importtime`):",
        "",
        "| package | seconds | modules loaded |",
        "| --- | --- | --- |",
    ]
    lines += [f"| `{name}` | {seconds:.3f} | {count} |" for name, seconds, count in imports.packages[:8]]
    lines += ["", "Costliest single modules:", ""]
    lines += [
        f"- `{cost.module}`: {cost.own * 1000:.1f} ms itself, {cost.cumulative * 1000:.0f} ms with what it imports"
        for cost in imports.modules
    ]
    if imports.ratio.median > IMPORT_TARGET:
        lines += [
            "",
            "Everything is imported eagerly at `import sezzle`: `sezzle/__init__.py` imports `sezzle.client`, which "
            "imports every resource module, each importing its generated operations and the generated models package, "
            "whose `__init__` imports every model module; `sezzle.links` and `sezzle.approval` pull in the models as "
            "well, and `sezzle.resources.reports` the CSV readers, `sezzle.v1` its own client and models. Proposed "
            "lazy imports, in order of gain:",
            "",
            "1. `generated/sezzle_api/models/__init__.py`: resolve names on first use (a module `__getattr__` mapping "
            "each name to its module, emitted by a template override like the one for enums), so a process loads the "
            "models it touches, not all of them;",
            "2. `sezzle/__init__.py`: export `Sezzle`, `AsyncSezzle`, `APIResponse`, `price`, the errors and "
            "`RetryConfig` through a module `__getattr__` (PEP 562), so `import sezzle` or "
            "`from sezzle.errors import …` does not build the clients;",
            "3. `sezzle/client.py`: create the namespaces (`reports`, `v1`, `card_sessions`, `webhooks`, …) on first "
            "attribute access, importing their modules then; the CSV report readers and v1 are rarely needed;",
            "4. keep `asyncio` out of the sync path (`sezzle._http` and `sezzle.auth` import it for the async loop and "
            "lock only).",
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
        f"| `make spec` (`python -m scripts.specbuild.build`) | {build.spec.describe(' s')} |",
        f"| … of which without the final openapi-spec-validator pass | {build.unvalidated_spec.describe(' s')} |",
        f"| `make generate` (`python -m scripts.generate`) | {build.generate.describe(' s')} |",
        f"| … the generator's start-up alone (`import openapi_python_client.cli`) | "
        f"{build.generator_start.describe(' s')} |",
        f"| … its two ruff post hooks alone | {build.formatting.describe(' s')} |",
        f"| both | {build.total.describe(' s')} |",
    ]
    if build.total.median > BUILD_TARGET:
        lines += [
            "",
            "Most of `make generate` is openapi-python-client itself: a second interpreter importing its command line "
            "(typer, jinja2, pydantic), parsing the spec and rendering every template; ruff's share is small. Ways to "
            "get under the target: run the generator in-process from `scripts.generate` (its Python API) instead of "
            "`python -m openapi_python_client`, saving one interpreter start and import; skip `make generate` when the "
            "spec's hash matches the one the package was generated from (`make check` would still regenerate); and in "
            "`make spec`, validate with openapi-spec-validator only when the merged document changed.",
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


def _csv(results: Results) -> list[str]:
    csv = results.csv
    if csv is None:
        return []
    rate = csv.rows / csv.seconds.median
    lines = [
        "## Settlement-details CSV",
        "",
        f"`scripts.bench_csv.run({csv.rows:,}, source={csv.source!r})`: the report streamed as 64 KiB chunks and "
        "parsed by `sezzle.reports.parse_settlement_details`, each round in a fresh process.",
        "",
        "| time | rows/s | peak RSS of the process | peak RSS growth during the parse |",
        "| --- | --- | --- | --- |",
        f"| {csv.seconds.describe(' s')} | {rate:,.0f} | {csv.peak_rss_mb.describe(' MB', 0)} | "
        f"{csv.rss_growth_mb.describe(' MB', 1)} |",
    ]
    lines += [
        "",
        f"Where the time goes (share of own time, profiling {csv.rows // 10:,} line items):",
        "",
        *[f"- `{where}`: {share:.0%}" for where, share in csv.hot_spots],
    ]
    if csv.seconds.median > CSV_SECONDS_TARGET:
        lines += [
            "",
            f"Memory stays flat because the parse streams, but the time misses the target: about {1e6 / rate:.1f} µs "
            "per line item, in the functions above. The parser is `sezzle.reports`; the list says where to start.",
        ]
    return lines


def render(results: Results, started: datetime.datetime, seconds: float) -> str:
    head = [
        "# Benchmarks",
        "",
        f"Written by `make bench` (`python -m scripts.bench`) on {started:%Y-%m-%d %H:%M} UTC in {seconds:.0f} s. "
        "Each figure is the median over rounds, with its interquartile range and range; ratios are taken per round "
        "between sides measured side by side, alternating which goes first. These are measurements, not tests: "
        "nothing here passes or fails, the targets are shown for comparison. Other work on the same machine adds "
        "noise; the spread shows how much.",
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
        _throughput(results),
        _imports(results),
        _build(results),
        _cold_token(results),
        _csv(results),
    ]
    body = [line for section in sections if section for line in ["", *section]]
    return "\n".join([*head, *body]) + "\n"
