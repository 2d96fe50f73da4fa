"""HTTP/1.1 over a socket: a thread per connection, keep-alive, and a clean stop."""

from __future__ import annotations

import contextlib
import logging
import socket
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from sezzle.gateway._app import Application
from sezzle.gateway._exchange import Request, Response
from sezzle.gateway._problem import Problem

__all__ = ["GatewayServer"]

logger = logging.getLogger("sezzle.gateway")

MAX_BODY = 1 << 20


class _BodyError(Exception):
    pass


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "SezzleLocalGateway/2"
    timeout = 60  # an idle keep-alive connection is closed after this many seconds
    disable_nagle_algorithm = True  # headers and body go out in separate writes
    server: GatewayServer

    def do_GET(self) -> None:
        self._serve()

    do_POST = do_PATCH = do_PUT = do_DELETE = do_HEAD = do_OPTIONS = do_GET

    def __getattr__(self, name: str) -> Any:
        # Any other method (TRACE, QUERY...) also goes to the router, which answers 405 in Sezzle's shape.
        if name.startswith("do_"):
            return self._serve
        raise AttributeError(name)

    def log_message(self, format: str, *args: Any) -> None:
        # The request line can carry tokens in its path; requests are logged by the application instead.
        return

    def _read_body(self) -> bytes:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            return self._read_chunked()
        length_text = self.headers.get("Content-Length")
        if not length_text:
            return b""
        if not length_text.isdigit() or int(length_text) > MAX_BODY:
            raise _BodyError
        return self.rfile.read(int(length_text))

    def _read_chunked(self) -> bytes:
        chunks: list[bytes] = []
        total = 0
        while True:
            size = int(self.rfile.readline().split(b";", 1)[0].strip() or b"0", 16)
            if size == 0:
                while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                    pass
                return b"".join(chunks)
            total += size
            if total > MAX_BODY:
                raise _BodyError
            chunks.append(self.rfile.read(size))
            self.rfile.readline()

    def _serve(self) -> None:
        try:
            body = self._read_body()
        except (_BodyError, ValueError):
            self.close_connection = True
            self._send(Response.problem(Problem(400, "bad_request", "the request body could not be read")))
            return
        url = urllib.parse.urlsplit(self.path)
        request = Request(
            method=self.command,
            path=url.path,
            query=urllib.parse.parse_qs(url.query, keep_blank_values=True),
            headers={name.lower(): value for name, value in self.headers.items()},
            body=body,
        )
        try:
            response = self.server.application.handle(request)
        except Exception:
            logger.exception("internal error answering %s", self.command)
            response = Response.problem(Problem(500, "internal_server_error", "internal error"))
        if response is None:
            self._drop()
            return
        self._send(response)

    def _drop(self) -> None:
        self.close_connection = True
        with contextlib.suppress(OSError):
            self.connection.shutdown(socket.SHUT_RDWR)

    def _send(self, response: Response) -> None:
        try:
            self.send_response(response.status)
            for name, value in response.headers:
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(response.body)))
            if self.close_connection:
                self.send_header("Connection", "close")
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(response.body)
            self.wfile.flush()
        except OSError:
            # The client went away (for example it timed out during an injected delay).
            self.close_connection = True


class GatewayServer(ThreadingHTTPServer):
    """Serves one :class:`Application`; ``close_connections`` ends idle keep-alive connections at stop."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], application: Application) -> None:
        self.application = application
        self._connections: set[socket.socket] = set()
        self._connections_lock = threading.Lock()
        super().__init__(address, _Handler)

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._connections_lock:
            self._connections.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self._connections_lock:
            self._connections.discard(request)
        super().shutdown_request(request)

    def close_connections(self) -> None:
        with self._connections_lock:
            connections = list(self._connections)
        for connection in connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)
