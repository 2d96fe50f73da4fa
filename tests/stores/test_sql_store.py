"""The SQL store's one race that the process tests cannot time: a row re-inserted between update and insert."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, event, text

from tests.stores.backends import sync_store
from tests.stores.conftest import dispose, spec_for


@pytest.mark.needs_server("postgres")
def test_complete_retries_when_another_worker_reinserts_the_row_meanwhile(tmp_path: Path) -> None:
    spec = spec_for("postgres", tmp_path)
    store = sync_store(spec)
    store.create_schema()
    other = create_engine(spec["url"])
    raced: list[str] = []

    @event.listens_for(store.engine, "before_cursor_execute")
    def reinsert_first(conn: Any, cursor: Any, statement: str, params: Any, context: Any, many: bool) -> None:
        if statement.startswith("INSERT") and not raced:
            raced.append(statement)
            with other.begin() as connection:  # a worker claims the event just before our insert
                connection.execute(
                    text(f"INSERT INTO {spec['table']} VALUES ('evt-race', 'claimed', 'theirs', :at)"),
                    {"at": time.time() + 60},
                )

    store.complete("evt-race")
    assert raced
    assert store.is_done("evt-race")
    other.dispose()
    store.drop_schema()
    dispose(store)
