"""A docs site on 127.0.0.1 for fetch tests: each path answers with a scripted sequence of behaviours.

A behaviour is the page's bytes, an HTTP error status, or ``HANG`` (accept the request and never
answer, so the client times out). The last behaviour of a sequence repeats.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import attrs


class Hang:
    """Never answer (until the site shuts down)."""


HANG = Hang()
Behaviour = bytes | int | Hang


@attrs.define
class Route:
    behaviours: list[Behaviour]
    content_type: str = "text/markdown; charset=utf-8"
    served: int = 0

    def next(self) -> Behaviour:
        behaviour = self.behaviours[min(self.served, len(self.behaviours) - 1)]
        self.served += 1
        return behaviour


class DocsSite:
    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[str] = []
        self._release = threading.Event()
        self._lock = threading.Lock()
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                site._answer(self)

            def log_message(self, format: str, *args: Any) -> None:
                """Keep test output clean."""

        class Server(ThreadingHTTPServer):
            daemon_threads = True

            def handle_error(self, request: Any, client_address: Any) -> None:
                """A client that timed out has gone away; writing to it fails, as expected."""

        self.server = Server(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self.server.serve_forever, args=(0.01,), daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host!s}:{port}"

    def serve(self, path: str, *behaviours: Behaviour, content_type: str = "text/markdown; charset=utf-8") -> None:
        self.routes[path] = Route(list(behaviours), content_type)

    def index(self, links: Sequence[tuple[str, str]]) -> None:
        """Serve ``/llms.txt`` listing ``(title, url)`` links; ``{base}`` in a URL is this site's address."""
        lines = ["# Sezzle", "", "## Docs", ""]
        lines += [f"- [{title}]({url.format(base=self.base_url)}): about {title}" for title, url in links]
        self.serve("/llms.txt", ("\n".join(lines) + "\n").encode(), content_type="text/plain; charset=utf-8")

    def count(self, path: str) -> int:
        return sum(1 for requested in self.requests if requested == path)

    def _answer(self, handler: BaseHTTPRequestHandler) -> None:
        with self._lock:
            self.requests.append(handler.path)
            route = self.routes.get(handler.path)
            behaviour: Behaviour = 404 if route is None else route.next()
        if isinstance(behaviour, Hang):
            self._release.wait(10)
            return
        if isinstance(behaviour, int):
            handler.send_error(behaviour)
            return
        handler.send_response(200)
        handler.send_header("Content-Type", route.content_type if route else "text/plain")
        handler.send_header("Content-Length", str(len(behaviour)))
        handler.end_headers()
        handler.wfile.write(behaviour)

    def __enter__(self) -> DocsSite:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._release.set()
        self.server.shutdown()
        self.server.server_close()
        self._thread.join()


def running() -> Iterator[DocsSite]:
    with DocsSite() as site:
        yield site
