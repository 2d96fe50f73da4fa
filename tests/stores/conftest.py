"""Real servers for the store tests: PostgreSQL and Redis from the environment, SQLite in a temp dir.

``SEZZLE_TEST_POSTGRES_URL`` (default ``postgresql+psycopg://postgres@127.0.0.1:5432/test``) and
``SEZZLE_TEST_REDIS_URL`` (default ``redis://127.0.0.1:6379/0``). When ``CI`` is set a missing server
fails the run; elsewhere its tests are skipped under one reason naming the server.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import socket
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import pytest

from tests.stores.backends import Runs, Spec

POSTGRES_URL = os.environ.get("SEZZLE_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
REDIS_URL = os.environ.get("SEZZLE_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")


def _reachable(url: str) -> bool:
    parts = urlsplit(url)
    try:
        with socket.create_connection((parts.hostname or "127.0.0.1", parts.port or 0), timeout=2):
            return True
    except OSError:
        return False


_SERVERS = {
    "postgres": ("PostgreSQL", "SEZZLE_TEST_POSTGRES_URL", POSTGRES_URL),
    "redis": ("Redis", "SEZZLE_TEST_REDIS_URL", REDIS_URL),
}
_HERE = Path(__file__).parent
_missing: dict[str, int] = {}


def _unreachable(name: str) -> str:
    label, variable, url = _SERVERS[name]
    parts = urlsplit(url)
    return f"{label} is not reachable at {parts.hostname}:{parts.port} (set {variable})"


def _needs(item: pytest.Item) -> set[str]:
    params = getattr(getattr(item, "callspec", None), "params", {})
    needed = {value for key, value in params.items() if key in ("spec", "where") and value in _SERVERS}
    needed.update(marker.args[0] for marker in item.iter_markers("needs_server"))
    return needed


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "needs_server(name): the test needs this real server (postgres or redis)")


@pytest.hookimpl(trylast=True)  # after -k and -m, so the count is of tests that would have run
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Outside CI, tests whose server is missing are deselected and counted in one line per server."""
    if os.environ.get("CI"):
        return  # they run, and a missing server fails them
    reachable = {name: _reachable(url) for name, (_, _, url) in _SERVERS.items()}
    kept, dropped = [], []
    for item in items:
        missing = [name for name in _needs(item) if _HERE in Path(item.path).parents and not reachable[name]]
        if missing:
            dropped.append(item)
            for name in missing:
                _missing[name] = _missing.get(name, 0) + 1
        else:
            kept.append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept


def pytest_terminal_summary(terminalreporter: Any) -> None:
    for name, count in _missing.items():
        terminalreporter.write_line(f"SKIPPED {count} store tests: {_unreachable(name)}")


def require_server(name: str) -> str:
    """The server's URL; a failure naming it when it cannot be reached (deselected earlier outside CI)."""
    _, _, url = _SERVERS[name]
    if not _reachable(url):
        message = _unreachable(name)
        if os.environ.get("CI"):
            pytest.fail(f"{message}, and CI requires it")
        pytest.skip(message)
    return url


def spec_for(kind: str, tmp_path: Path, *, lease: float = 1.0, retention: float = 3600.0) -> Spec:
    name = f"claims_{secrets.token_hex(4)}"
    if kind == "sqlite":
        return {
            "kind": "sqlite",
            "path": str(tmp_path / "claims.db"),
            "table": name,
            "lease": lease,
            "retention": retention,
        }
    if kind == "postgres":
        return {"kind": "sql", "url": require_server("postgres"), "table": name, "lease": lease, "retention": retention}
    if kind == "redis":
        return {
            "kind": "redis",
            "url": require_server("redis"),
            "prefix": f"test:{name}:",
            "lease": lease,
            "retention": retention,
        }
    raise AssertionError(kind)


def with_address(url: str, host: str, port: int) -> str:
    parts = urlsplit(url)
    auth = parts.netloc.rpartition("@")[0]
    return urlunsplit(parts._replace(netloc=f"{auth + '@' if auth else ''}{host}:{port}"))


class Proxy:
    """A TCP forwarder on 127.0.0.1 to a real server, which a test can cut off mid-run."""

    def __init__(self, url: str) -> None:
        parts = urlsplit(url)
        self.target = (parts.hostname or "127.0.0.1", parts.port or 0)
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self.url = with_address(url, "127.0.0.1", self.port)
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._closed = False
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(self.target, timeout=5)
            except OSError:
                client.close()
                continue
            with self._lock:
                if self._closed:
                    client.close()
                    upstream.close()
                    return
                self._sockets += [client, upstream]
            for source, sink in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(source, sink), daemon=True).start()

    @staticmethod
    def _pipe(source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (source, sink):
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)

    def cut(self) -> None:
        """The server goes away: no new connections, and every open one is reset."""
        with self._lock:
            self._closed = True
            sockets, self._sockets = self._sockets, []
        self._listener.close()
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()


@pytest.fixture(params=["sqlite", "postgres", "redis"])
def spec(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Spec]:
    made = spec_for(request.param, tmp_path)
    runs = Runs(made)
    runs.drop()
    runs.create()
    yield made
    runs.drop()
    runs.close()


@pytest.fixture
def runs(spec: Spec) -> Iterator[Runs]:
    tally = Runs(spec)
    yield tally
    tally.close()


def dispose(store: Any) -> None:
    engine = getattr(store, "engine", None)
    if engine is not None and hasattr(engine, "dispose"):
        result = engine.dispose()
        if hasattr(result, "close"):
            result.close()


async def adispose(store: Any) -> None:
    """Close an async store's engine or Redis client (SQLite's runs in threads and needs nothing)."""
    engine = getattr(store, "engine", None)
    if engine is not None:
        await engine.dispose()
    client = getattr(store, "client", None)
    if client is not None:
        await client.aclose()
