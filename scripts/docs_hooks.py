"""mkdocs hooks: pages made at build time, so nothing in the site is a hand-kept copy.

- ``index.md`` is the README, with its links to ``docs/...`` rewritten for the site;
- ``changelog.md`` and ``benchmarks.md`` are CHANGELOG.md and BENCHMARKS.md;
- ``gateway-control.md`` lists the local gateway's HTTP control routes from the gateway's own route
  table (``sezzle.gateway._control.CONTROL_ROUTES``) and each handler's docstring, so a route added
  there appears here without anyone writing it down.
"""

from __future__ import annotations

import inspect
import re
from pathlib import Path
from typing import Any

from mkdocs.structure.files import File, Files

ROOT = Path(__file__).resolve().parents[1]
_RENAMED = {"BENCHMARKS.md": "benchmarks.md", "CHANGELOG.md": "changelog.md"}


def site_readme(text: str) -> str:
    """The README as the site's home page: ``docs/x.md`` links become ``x.md``, root files their pages."""
    text = re.sub(r"\]\(docs/([^)]+)\)", r"](\1)", text)
    for source, page in _RENAMED.items():
        text = text.replace(f"]({source})", f"]({page})")
    return text


def _one_line(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def control_routes_page() -> str:
    """Markdown for the control routes, read from the route table the gateway serves."""
    from sezzle.gateway import _control

    intro = inspect.cleandoc(_control.__doc__ or "")
    lines = [
        "# Local gateway control routes",
        "",
        intro,
        "",
        "Start a gateway with `python -m sezzle.gateway --port 8080`; the routes below answer JSON unless",
        "they are pages for a browser. Generated from the gateway's route table.",
        "",
        "| method | path | what it does |",
        "| --- | --- | --- |",
    ]
    for route in _control.CONTROL_ROUTES:
        doc = inspect.getdoc(route.handler)
        if not doc:
            raise ValueError(f"control route {route.method} {route.template} has no docstring to document it")
        lines.append(f"| `{route.method}` | `{route.template}` | {_one_line(doc)} |")
    return "\n".join(lines) + "\n"


def on_files(files: Files, config: Any) -> Files:
    """Add the generated pages to the site."""
    pages = {
        "index.md": site_readme((ROOT / "README.md").read_text(encoding="utf-8")),
        "changelog.md": (ROOT / "CHANGELOG.md").read_text(encoding="utf-8"),
        "benchmarks.md": (ROOT / "BENCHMARKS.md").read_text(encoding="utf-8"),
        "gateway-control.md": control_routes_page(),
    }
    for name, content in pages.items():
        files.append(File.generated(config, name, content=content))
    return files
