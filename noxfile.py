"""``make test-all``: the checks of ``make test`` on every supported Python that is installed.

Interpreters are found on PATH as ``python3.11`` ... and, because pyenv's shims only answer for the
active versions, directly in pyenv's ``versions`` folder too. A version that is not installed is
skipped with a message saying so (nox's "Missing interpreters" notice), never silently.
"""

from __future__ import annotations

import os
from pathlib import Path

import nox

PYTHONS = ["3.11", "3.12", "3.13"]

nox.options.sessions = ["tests"]
nox.options.reuse_venv = "yes"
nox.options.error_on_missing_interpreters = False  # say so and skip, as on a machine lacking one


def _pyenv_bins() -> list[str]:
    versions = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"
    found = []
    for python in PYTHONS:
        candidates = sorted(versions.glob(f"{python}.*/bin/python{python}"), reverse=True)
        if candidates:
            found.append(str(candidates[0].parent))
    return found


os.environ["PATH"] = os.pathsep.join([*_pyenv_bins(), os.environ.get("PATH", "")])


@nox.session(python=PYTHONS)
def tests(session: nox.Session) -> None:
    """Staleness check, ruff, mypy and pytest (which builds the docs and type-checks the wheel)."""
    session.install("--quiet", "--upgrade", "pip")  # dependency groups need pip 25.1 or newer
    session.install("--quiet", "-e", ".", "--group", "dev")
    session.run("python", "-m", "scripts.check")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")
    session.run("mypy", "overlay/sezzle", "scripts", "examples")
    session.run("python", "-m", "pytest", *session.posargs)
