"""How ``make spec`` + ``make generate`` grow with the API: specs of up to 1,000 operations, synthesised.

A copy of ``openapi/`` gets clones of the supplements' operations under new paths (``/v2/c3/order/...``),
each with its own entry in ``names.yaml`` (the function suffixed ``_c3``, the same classes) and every
decision about the original naming the clone too, so the clones build to the same schemas as their
originals and the document grows by whole operations. Each size is built and generated in fresh
processes, as the make targets run them; every synthesised document is new to the validator.
"""

from __future__ import annotations

import copy
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import attrs
import yaml

ROOT = Path(__file__).resolve().parents[2]
OPENAPI = ROOT / "openapi"
METHODS = ("get", "put", "post", "patch", "delete")


@attrs.frozen
class SizePoint:
    operations: int
    spec_seconds: float
    generate_seconds: float

    @property
    def total(self) -> float:
        return self.spec_seconds + self.generate_seconds


def _supplement_operations(supplements: Path) -> list[tuple[Path, str, str]]:
    found = []
    for path in sorted(supplements.glob("*.yaml")):
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
        for route, item in (document.get("paths") or {}).items():
            found += [(path, route, method) for method in item if method in METHODS]
    return found


def _count(spec: Path) -> int:
    import json

    paths = json.loads(spec.read_text(encoding="utf-8"))["paths"]
    return sum(1 for item in paths.values() for method in item if method in METHODS)


def synthesise(extra: int, into: Path) -> None:
    """A copy of ``openapi/`` in ``into`` with ``extra`` cloned operations."""
    shutil.copytree(OPENAPI, into, ignore=shutil.ignore_patterns("templates", "v1", "sezzle-api.json"))
    names = yaml.safe_load((into / "names.yaml").read_text(encoding="utf-8"))
    decisions = {path: yaml.safe_load(path.read_text(encoding="utf-8")) for path in (into / "decisions").glob("*")}
    originals = _supplement_operations(into / "supplements")
    parsed = {source: yaml.safe_load(source.read_text(encoding="utf-8")) for source, _, _ in originals}
    clones: dict[str, list[str]] = {}
    documents: dict[tuple[int, Path], dict[str, Any]] = {}
    for index in range(extra):
        round_ = index // len(originals) + 1
        source, route, method = originals[index % len(originals)]
        document = documents.get((round_, source))
        if document is None:
            document = copy.deepcopy(parsed[source])
            document["paths"] = {}
            documents[(round_, source)] = document
        original = parsed[source]["paths"][route]
        new_route = route.replace("/v2/", f"/v2/c{round_}/", 1)
        item = document["paths"].setdefault(new_route, {k: v for k, v in original.items() if k not in METHODS})
        operation = copy.deepcopy(original[method])
        operation["operationId"] = f"{operation.get('operationId', method)}_c{round_}"
        item[method] = operation
        key, new_key = f"{method.upper()} {route}", f"{method.upper()} {new_route}"
        entry = copy.deepcopy(names["operations"][key])
        entry["function"] = f"{entry['function']}_c{round_}"
        names["operations"][new_key] = entry
        clones.setdefault(key, []).append(new_key)
    for (round_, source), document in documents.items():
        (into / "supplements" / f"zz-c{round_}-{source.name}").write_text(yaml.safe_dump(document), encoding="utf-8")
    (into / "names.yaml").write_text(yaml.safe_dump(names, sort_keys=False), encoding="utf-8")
    for path, entries in decisions.items():
        for entry in entries or []:
            named = entry.get("operations", [entry.get("operation")])
            if named == "every":
                continue
            added = [clone for key in named for clone in clones.get(key, [])]
            if added:
                entry.pop("operation", None)
                entry["operations"] = [*named, *added]
        path.write_text(yaml.safe_dump(entries, sort_keys=False), encoding="utf-8")


def _run(command: list[str]) -> float:
    started = time.perf_counter()
    completed = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    if completed.returncode != 0:
        raise RuntimeError(f"{' '.join(command[:3])} failed:\n{completed.stderr[-2000:]}")
    return time.perf_counter() - started


def measure(sizes: tuple[int, ...] = (0, 100, 300, 1000)) -> tuple[SizePoint, ...]:
    """``make spec`` and ``make generate`` for today's spec (0) and specs of about each size in operations."""
    base = _count(OPENAPI / "sezzle-api.json")
    points = []
    for size in sizes:
        with tempfile.TemporaryDirectory(prefix="sezzle-bench-size-") as work:
            folder = Path(work) / "openapi"
            synthesise(max(0, size - base) if size else 0, folder)
            spec, package = Path(work) / "spec.json", Path(work) / "sezzle_api"
            build = [sys.executable, "-m", "scripts.specbuild.build", "--openapi-dir", str(folder)]
            spec_seconds = _run([*build, "--output", str(spec)])
            generate = [sys.executable, "-m", "scripts.generate", "--spec", str(spec), "--output", str(package)]
            generate_seconds = _run(generate)
            points.append(SizePoint(_count(spec), spec_seconds, generate_seconds))
    return tuple(points)
