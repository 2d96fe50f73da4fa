"""The core stays light: the optional drivers load only when their store module (or the CLI) is imported."""

from __future__ import annotations

import json
import subprocess
import sys

# Not rich or click: httpx itself imports them for its own command line when they are installed.
OPTIONAL = ("redis", "sqlalchemy", "psycopg", "typer", "sezzle.cli")


def loaded_after(code: str) -> set[str]:
    probe = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    output = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    names = json.loads(output)
    return {name.partition(".")[0] for name in names} | {name for name in names if name.startswith("sezzle.")}


def test_importing_sezzle_its_client_and_webhooks_loads_no_optional_driver() -> None:
    loaded = loaded_after(
        "import sezzle, sezzle.webhooks, sezzle.stores, sezzle.auth\n"
        "from sezzle import Sezzle, AsyncSezzle, price\n"
        "from sezzle.webhooks import Deduplicator, CompletingClaimStore"
    )
    assert "sezzle" in loaded
    assert loaded.isdisjoint(OPTIONAL), loaded & set(OPTIONAL)


def test_each_store_module_loads_only_its_own_driver() -> None:
    assert loaded_after("import sezzle.stores.sqlite").isdisjoint(OPTIONAL)
    redis_only = loaded_after("import sezzle.stores.redis")
    assert "redis" in redis_only
    assert redis_only.isdisjoint({"sqlalchemy", "psycopg", "typer"})
    sql_only = loaded_after("import sezzle.stores.sql")
    assert "sqlalchemy" in sql_only
    assert sql_only.isdisjoint({"redis", "typer"})
