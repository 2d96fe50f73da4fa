"""Bring both server forms seen in Sezzle's material to one.

Doc pages use host-only servers with ``/v2/...`` paths; Sezzle's full spec file uses servers ending in
``/v2`` with paths relative to them. Both name the same URLs; the merged spec uses the doc pages' form
so every source's paths line up.
"""

from __future__ import annotations

import re
from typing import Any

from scripts.specbuild.errors import SpecBuildError

_VERSIONED = re.compile(r"^(?P<host>.*?)(?P<prefix>/v\d+)/?$")


def normalize_servers(document: dict[str, Any], name: str) -> dict[str, Any]:
    """Return the document with host-only servers and full ``/vN/...`` paths."""
    servers = document.get("servers")
    if not isinstance(servers, list) or not servers:
        return document
    prefixes: set[str] = set()
    hosts: list[dict[str, Any]] = []
    for server in servers:
        url = server.get("url") if isinstance(server, dict) else None
        if not isinstance(url, str):
            raise SpecBuildError(f"{name}: a server has no url")
        match = _VERSIONED.match(url)
        prefixes.add(match.group("prefix") if match else "")
        hosts.append({**server, "url": match.group("host") if match else url.rstrip("/")})
    if len(prefixes) > 1:
        raise SpecBuildError(f"{name}: servers disagree on the API base path: {sorted(prefixes)}")
    prefix = prefixes.pop()
    result = {**document, "servers": hosts}
    if prefix:
        paths = document.get("paths")
        if isinstance(paths, dict):
            result["paths"] = {
                (path if str(path).startswith(prefix + "/") else prefix + str(path)): item
                for path, item in paths.items()
            }
    return result
