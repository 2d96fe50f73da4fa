"""openapi-python-client, with our per-operation decisions available to the templates.

``python -m scripts.openapi_generator METHODS_YAML -- generate --path SPEC ...`` (the generator's
arguments after ``--``). The endpoint template reads ``sezzle_retry`` (operation key -> retry rule),
the tag template ``sezzle_methods`` and ``sezzle_resources`` (the public methods), all from
``openapi/methods.yaml``, and ``sezzle_unauthenticated`` from the spec: the generator has no place for
facts that are ours rather than the spec's, so they reach its templates as globals.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import openapi_python_client
import yaml
from openapi_python_client.cli import app


def template_globals(methods_file: Path, spec_file: Path) -> dict[str, Any]:
    """The globals the templates read: the per-operation description of the public methods, and which
    operations need no bearer token (``security: []``, which the generator reads only per operation)."""
    methods = yaml.safe_load(methods_file.read_text(encoding="utf-8"))
    described: dict[str, dict[str, Any]] = methods["operations"]
    spec = json.loads(spec_file.read_text(encoding="utf-8"))
    unauthenticated = {
        f"{method.upper()} {path}"
        for path, item in spec["paths"].items()
        for method, operation in item.items()
        if isinstance(operation, dict) and operation.get("security") == []
    }
    retry = {key: entry["retry"] for key, entry in described.items() if "retry" in entry}
    return {
        "sezzle_retry": retry,
        "sezzle_methods": described,
        "sezzle_resources": methods["resources"],
        "sezzle_unauthenticated": unauthenticated,
    }


def main(argv: list[str]) -> None:
    methods_file, rest = Path(argv[0]), argv[2:]
    extra = template_globals(methods_file, Path(rest[rest.index("--path") + 1]))
    original = openapi_python_client.Project.__init__

    def init(self: openapi_python_client.Project, *args: Any, **kwargs: Any) -> None:
        original(self, *args, **kwargs)
        self.env.globals.update(extra)

    openapi_python_client.Project.__init__ = init  # type: ignore[method-assign]
    app(rest, prog_name="openapi-python-client")


if __name__ == "__main__":
    main(sys.argv[1:])
