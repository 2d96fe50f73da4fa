"""What the figures were measured on: cores, CPU model, Python, OS, and the versions of the packages involved."""

from __future__ import annotations

import importlib.metadata
import os
import platform
from pathlib import Path

import attrs

PACKAGES = ("sezzle-python", "httpx", "httpcore", "h11", "anyio", "attrs", "python-dateutil", "openapi-python-client")


@attrs.frozen
class Machine:
    cores: int
    cpu: str
    python: str
    system: str
    packages: tuple[tuple[str, str], ...]


def _cpu_model() -> str:
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.is_file():
        for line in cpuinfo.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor() or platform.machine() or "unknown"


def _version(name: str) -> str:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"


def describe() -> Machine:
    return Machine(
        cores=os.cpu_count() or 0,
        cpu=_cpu_model(),
        python=f"{platform.python_implementation()} {platform.python_version()}",
        system=f"{platform.system()} {platform.release()} ({platform.machine()})",
        packages=tuple((name, _version(name)) for name in PACKAGES),
    )
