"""The API reference site builds with ``mkdocs build --strict``, and its generated pages follow the code."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from scripts import docs_hooks
from sezzle.gateway import _control
from sezzle.gateway._router import Route

ROOT = Path(__file__).resolve().parents[2]


def test_the_site_builds_strictly(tmp_path: Path) -> None:
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "site")]
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, env=env, timeout=300, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    site = tmp_path / "site"
    client = (site / "reference" / "client" / "index.html").read_text(encoding="utf-8")
    assert "with_options" in client  # rendered from the docstrings
    assert "sharing its connection pool and bearer token" in client
    control = (site / "gateway-control" / "index.html").read_text(encoding="utf-8")
    for route in _control.CONTROL_ROUTES:
        assert route.template in control
    home = (site / "index.html").read_text(encoding="utf-8")
    assert 'href="webhooks/"' in home  # README links to docs/webhooks.md work on the site


def test_every_control_route_is_on_the_page_with_its_docstring() -> None:
    page = docs_hooks.control_routes_page()
    rows = [line for line in page.splitlines() if line.startswith("| `")]
    assert len(rows) == len(_control.CONTROL_ROUTES)
    assert "| `POST` | `/__gateway__/clock/advance` | Move the simulated clock forward" in page


def test_a_control_route_without_a_docstring_fails_the_build(monkeypatch: pytest.MonkeyPatch) -> None:
    def undocumented(engine: object, request: object) -> object:
        return None

    extra = Route("GET", "/__gateway__/secret", undocumented, authenticated=False)  # type: ignore[arg-type]
    monkeypatch.setattr(_control, "CONTROL_ROUTES", (*_control.CONTROL_ROUTES, extra))
    with pytest.raises(ValueError, match="GET /__gateway__/secret has no docstring"):
        docs_hooks.control_routes_page()


def test_readme_links_are_rewritten_for_the_site() -> None:
    text = "[a](docs/webhooks.md) [b](BENCHMARKS.md) [c](https://x.test/docs/y.md)"
    assert docs_hooks.site_readme(text) == "[a](webhooks.md) [b](benchmarks.md) [c](https://x.test/docs/y.md)"
