"""HTTP/1.1 over a socket: a bounded number of connection threads, keep-alive, bounded bodies, a clean stop.

Every answer, protocol errors included, is in Sezzle's error shape for the path asked for: v2's error
array, or v1's error object on ``/v1`` paths.

- At most ``max_connections`` connections are served at once, each by its own thread; further
  connections wait in the listen queue. While one waits, connections that have been idle for
  ``EVICTABLE_AFTER`` seconds are closed to make room (a client reopens an idle keep-alive
  connection the server closed), and an idle connection is closed after ``_Handler.timeout`` anyway.
- A request body, however it is framed (``Content-Length`` or chunked), is at most ``MAX_BODY``
  bytes (413 beyond); framing that cannot be read exactly is refused (400) and the connection closed.
- A JSON body nesting deeper than ``MAX_JSON_DEPTH`` levels is refused with 400 before it is parsed.
"""

from __future__ import annotations

import contextlib
import http
import io
import logging
import re
import selectors
import socket
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from sezzle.gateway._app import Application
from sezzle.gateway._exchange import Request, Response
from sezzle.gateway._problem import Problem, bad_request
from sezzle.gateway._v1errors import problem_response

__all__ = ["BACKLOG", "EVICTABLE_AFTER", "MAX_BODY", "MAX_CONNECTIONS", "MAX_JSON_DEPTH", "GatewayServer"]

logger = logging.getLogger("sezzle.gateway")

MAX_BODY = 1 << 20
"""The largest request body read, in bytes."""
MAX_JSON_DEPTH = 64
"""The deepest nesting of arrays and objects a JSON body may have."""
MAX_CONNECTIONS = 64
"""Connections served at once by default, one thread each."""
BACKLOG = 512
"""The listen queue: connections the system accepts while every connection thread is busy."""
EVICTABLE_AFTER = 0.5
"""Seconds a connection must have been idle before it is closed for a connection waiting for a thread."""

_TICK = 0.05  # how often a waiting loop looks again
_MAX_CHUNK_LINE = 1024  # a chunk size line, extensions included
_MAX_TRAILERS = 64
_CHUNK_SIZE = re.compile(rb"[0-9A-Fa-f]{1,8}")  # 8 hex digits already exceed MAX_BODY; never negative
_LENGTH = re.compile(r"[0-9]{1,19}")
_JSON_TOKENS = re.compile(rb'\\.|["\[\]{}]', re.DOTALL)

# Error codes for what http.server refuses before a request reaches the gateway (stable across Pythons,
# whose reason phrases differ).
_PROTOCOL_CODES = {
    400: "bad_request",
    408: "request_timeout",
    413: "payload_too_large",
    414: "uri_too_long",
    431: "request_header_fields_too_large",
    501: "not_implemented",
    505: "http_version_not_supported",
}


def _too_large() -> Problem:
    return Problem(413, "payload_too_large", f"the request body is larger than {MAX_BODY} bytes")


def nests_deeper_than(body: bytes, limit: int) -> bool:
    """Whether the JSON text ``body`` opens more than ``limit`` arrays or objects inside one another.

    Brackets inside strings do not count. Invalid JSON is left for the parser to refuse.
    """
    if body.lstrip()[:1] not in (b"[", b"{") or body.count(b"[") + body.count(b"{") <= limit:
        return False
    depth = 0
    in_string = False
    for match in _JSON_TOKENS.finditer(body):
        token = match.group()
        if in_string:
            in_string = token != b'"'
        elif token == b'"':
            in_string = True
        elif token in (b"[", b"{"):
            depth += 1
            if depth > limit:
                return True
        elif token in (b"]", b"}"):
            depth -= 1
    return False


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

    # Connections

    def handle(self) -> None:
        self._selector = selectors.DefaultSelector()
        try:
            self._selector.register(self.connection, selectors.EVENT_READ)
            self.close_connection = True
            if not self._await_request():
                return
            self.handle_one_request()
            while not self.close_connection and self._await_request():
                self.handle_one_request()
        finally:
            self._selector.close()

    def _await_request(self) -> bool:
        """Wait until the next request begins; False when the connection is to be closed instead.

        That is when the client closed it, it stayed idle for ``timeout`` seconds, the gateway is
        stopping, or it has been idle a moment while another connection waits for a thread.
        """
        idle_since = time.monotonic()
        readable = False
        while True:
            if self._peek():
                return True
            if readable:
                return False  # readable, yet nothing to read: the client closed the connection
            idle = time.monotonic() - idle_since
            if idle >= self.timeout or self.server.closing or (idle >= EVICTABLE_AFTER and self.server.crowded):
                return False
            readable = bool(self._selector.select(_TICK))

    def _peek(self) -> bytes:
        """What has arrived and is not yet read (buffered or on the socket), without waiting for more."""
        try:
            self.connection.setblocking(False)
            try:
                assert isinstance(self.rfile, io.BufferedReader)
                return self.rfile.peek(1)
            finally:
                self.connection.settimeout(self.timeout)
        except OSError:
            return b""

    # Protocol errors

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        # http.server refuses a request line, headers or method it cannot read: answer in Sezzle's shape.
        self.close_connection = True
        if self.request_version == "HTTP/0.9":
            self.request_version = self.protocol_version  # write a status line and headers all the same
        status = http.HTTPStatus(code)
        name = _PROTOCOL_CODES.get(code, status.phrase.lower().replace(" ", "_").replace("-", "_"))
        text = (message or status.phrase).rstrip(".")
        self._send(problem_response(self._target_path(), Problem(code, name, text[:1].lower() + text[1:])))

    def _target_path(self) -> str:
        # From this request's raw line (the path of an earlier request on the connection may still be set).
        words = getattr(self, "raw_requestline", b"").split(None, 2)
        if len(words) < 2:
            return "/"
        return urllib.parse.urlsplit(words[1].decode("latin-1")).path

    # Requests

    def _read_body(self) -> bytes:
        encodings = self.headers.get_all("Transfer-Encoding") or []
        lengths = self.headers.get_all("Content-Length") or []
        if encodings:
            if lengths:
                raise bad_request("a request carries either Transfer-Encoding or Content-Length, not both")
            codings = [coding.strip().lower() for value in encodings for coding in value.split(",")]
            if codings != ["chunked"]:
                raise bad_request("the only transfer encoding accepted is chunked")
            return self._read_chunked()
        if not lengths:
            return b""
        values = {value.strip() for header in lengths for value in header.split(",")}
        if len(values) != 1 or not _LENGTH.fullmatch(next(iter(values))):
            raise bad_request("the Content-Length header is not one length in bytes")
        length = int(values.pop())
        if length > MAX_BODY:
            raise _too_large()
        body = self.rfile.read(length)
        if len(body) < length:
            raise bad_request("the request body ended before its Content-Length")
        return body

    def _read_chunked(self) -> bytes:
        chunks: list[bytes] = []
        total = 0
        while True:
            line = self.rfile.readline(_MAX_CHUNK_LINE + 1)
            if len(line) > _MAX_CHUNK_LINE or not line.endswith(b"\n"):
                raise bad_request("a chunk size line is too long or cut short")
            size_text = line.split(b";", 1)[0].strip()
            if not _CHUNK_SIZE.fullmatch(size_text):
                raise bad_request("a chunk size is not a hexadecimal number of bytes")
            size = int(size_text, 16)
            if size == 0:
                self._read_trailers()
                return b"".join(chunks)
            total += size
            if total > MAX_BODY:
                raise _too_large()
            chunk = self.rfile.read(size)
            if len(chunk) < size:
                raise bad_request("the request body ended inside a chunk")
            if self.rfile.readline(3) not in (b"\r\n", b"\n"):
                raise bad_request("a chunk is longer than its size")
            chunks.append(chunk)

    def _read_trailers(self) -> None:
        for _ in range(_MAX_TRAILERS + 1):
            line = self.rfile.readline(_MAX_CHUNK_LINE + 1)
            if line in (b"\r\n", b"\n"):
                return
            if len(line) > _MAX_CHUNK_LINE or not line.endswith(b"\n"):
                raise bad_request("a trailer line is too long or cut short")
        raise bad_request("the chunked body has too many trailer lines")

    def _serve(self) -> None:
        url = urllib.parse.urlsplit(self.path)
        try:
            body = self._read_body()
        except Problem as problem:
            self.close_connection = True  # where the next request would begin is unknown
            self._send(problem_response(url.path, problem))
            return
        if nests_deeper_than(body, MAX_JSON_DEPTH):
            deep = bad_request(f"the request body nests arrays and objects more than {MAX_JSON_DEPTH} deep")
            self._send(problem_response(url.path, deep))
            return
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
            response = problem_response(url.path, Problem(500, "internal_server_error", "internal error"))
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
    request_queue_size = BACKLOG

    def __init__(
        self, address: tuple[str, int], application: Application, *, max_connections: int = MAX_CONNECTIONS
    ) -> None:
        self.application = application
        self.max_connections = max_connections
        self._slots = threading.BoundedSemaphore(max_connections)
        self._waiting = threading.Event()
        self._closing = threading.Event()
        self._connections: set[socket.socket] = set()
        self._connections_lock = threading.Lock()
        super().__init__(address, _Handler)

    @property
    def crowded(self) -> bool:
        """Whether an accepted connection is waiting for a thread."""
        return self._waiting.is_set()

    @property
    def closing(self) -> bool:
        return self._closing.is_set()

    def process_request(self, request: Any, client_address: Any) -> None:
        # Runs in the serving loop: wait for a free thread (the listen queue holds further connections).
        while not self._slots.acquire(timeout=_TICK):
            self._waiting.set()
            if self._closing.is_set():
                self.shutdown_request(request)
                return
        self._waiting.clear()
        with self._connections_lock:
            self._connections.add(request)
        try:
            super().process_request(request, client_address)
        except BaseException:
            self._slots.release()  # the serving loop closes the connection
            raise

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self._slots.release()

    def shutdown_request(self, request: Any) -> None:
        with self._connections_lock:
            self._connections.discard(request)
        super().shutdown_request(request)

    def shutdown(self) -> None:
        self._closing.set()
        super().shutdown()

    def close_connections(self) -> None:
        with self._connections_lock:
            connections = list(self._connections)
        for connection in connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)
