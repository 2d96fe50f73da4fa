"""Shared token stores: N processes on a cold cache authenticate once; the token expires with Sezzle's."""

from __future__ import annotations

import logging
import os
import secrets
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from sezzle import Sezzle
from sezzle.auth import StoredToken, token_key
from sezzle.gateway import Gateway
from tests.stores.conftest import Proxy, require_server
from tests.stores.token_worker import sync_token_store

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(params=["sqlite", "redis"])
def where(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[str, str, str]]:
    if request.param == "sqlite":
        path = str(tmp_path / "tokens.db")
        name = "tokens"
        sync_token_store("sqlite", path, name).create_schema()
        yield "sqlite", path, name
        return
    url = require_server("redis")
    prefix = f"test:tokens:{secrets.token_hex(4)}:"
    yield "redis", url, prefix
    import redis

    client = redis.Redis.from_url(url)
    keys = list(client.scan_iter(f"{prefix}*"))
    if keys:
        client.delete(*keys)
    client.close()


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_eight_cold_processes_authenticate_once(where: tuple[str, str, str], mode: str) -> None:
    kind, place, name = where
    with Gateway() as gateway:
        env = {**os.environ, "SEZZLE_PUBLIC_KEY": gateway.public_key, "SEZZLE_PRIVATE_KEY": gateway.private_key}
        workers = [
            subprocess.Popen(
                [sys.executable, "-m", "tests.stores.token_worker", kind, place, name, gateway.url, mode],
                cwd=ROOT,
                env=env,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                text=True,
            )
            for _ in range(8)
        ]
        try:
            for process in workers:
                assert process.stdout is not None
                assert process.stdout.readline().strip() == "ready"
            for process in workers:
                assert process.stdin is not None
                process.stdin.write("go\n")
                process.stdin.flush()
            outputs = [process.communicate(timeout=60)[0].strip() for process in workers]
        finally:
            for process in workers:
                process.kill()
                process.wait()
        assert outputs == ["ok 0"] * 8
        assert gateway.requests.auth_count == 1
        assert len(gateway.requests.matching("GET", "/v2/webhooks")) == 8


def test_the_stored_token_expires_with_sezzle_and_is_never_shown(where: tuple[str, str, str]) -> None:
    kind, place, name = where
    store = sync_token_store(kind, place, name)
    with (
        Gateway(token_lifetime=1.5) as gateway,
        Sezzle(gateway.public_key, gateway.private_key, base_url=gateway.url, token_store=store) as client,
    ):
        client.webhooks.list()
        stored = store.get(token_key(gateway.url, gateway.public_key))
        assert isinstance(stored, StoredToken)
        assert 0.5 < stored.expires_at - time.time() <= 1.6
        assert stored.value not in repr(stored)
        assert stored.value not in repr(store)
        assert stored.value not in repr(client)
        time.sleep(1.6)
        assert store.get(token_key(gateway.url, gateway.public_key)) is None  # expired with the token
        client.webhooks.list()
        assert gateway.requests.auth_count == 2


def test_a_refused_token_is_forgotten_by_the_store(where: tuple[str, str, str]) -> None:
    kind, place, name = where
    store = sync_token_store(kind, place, name)
    with Gateway() as gateway:
        key = token_key(gateway.url, gateway.public_key)
        store.put(key, StoredToken("revoked-token", time.time() + 600, None))
        with Sezzle(gateway.public_key, gateway.private_key, base_url=gateway.url, token_store=store) as client:
            client.webhooks.list()  # 401 with the stored token, then a fresh one
        fresh = store.get(key)
        assert fresh is not None
        assert fresh.value != "revoked-token"
        assert gateway.requests.auth_count == 1


@pytest.mark.needs_server("redis")
def test_a_store_that_is_down_is_skipped_without_showing_the_token(caplog: pytest.LogCaptureFixture) -> None:
    import redis

    from sezzle.stores.redis import RedisTokenStore

    proxy = Proxy(require_server("redis"))
    proxy.cut()
    store: Any = RedisTokenStore(redis.Redis.from_url(proxy.url, retry=None), prefix="test:down:")
    with (
        Gateway() as gateway,
        Sezzle(gateway.public_key, gateway.private_key, base_url=gateway.url, token_store=store) as client,
    ):
        with caplog.at_level(logging.WARNING, logger="sezzle"):
            assert client.webhooks.list() == []
            client.webhooks.list()
        assert gateway.requests.auth_count == 1  # the process's own cache still works
        warnings = [record.getMessage() for record in caplog.records if record.name == "sezzle.auth"]
        assert warnings
        assert "token store" in warnings[0]
        token = client._tokens.get().value
        assert all(token not in message for message in warnings)
