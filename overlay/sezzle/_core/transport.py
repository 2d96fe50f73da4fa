"""The client's own connection pool, made on its first request rather than when the client is made.

Making an httpx transport loads the system's certificates into an SSL context (tens of milliseconds);
a process that builds a client and never calls it, or imports the client to configure it, should not
pay for that. The transport is httpx's default one, with httpx's defaults, made once.
"""

from __future__ import annotations

import threading

import httpx


class LazyTransport(httpx.BaseTransport):
    """``httpx.HTTPTransport()``, made on the first request (once, whichever thread sends it)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._transport: httpx.HTTPTransport | None = None

    def _made(self) -> httpx.HTTPTransport:
        with self._lock:
            if self._transport is None:
                self._transport = httpx.HTTPTransport()
            return self._transport

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        transport = self._transport or self._made()
        return transport.handle_request(request)

    def close(self) -> None:
        if self._transport is not None:
            self._transport.close()


class AsyncLazyTransport(httpx.AsyncBaseTransport):
    """``httpx.AsyncHTTPTransport()``, made on the first request (an event loop runs one task at a time)."""

    def __init__(self) -> None:
        self._transport: httpx.AsyncHTTPTransport | None = None

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._transport is None:
            self._transport = httpx.AsyncHTTPTransport()
        return await self._transport.handle_async_request(request)

    async def aclose(self) -> None:
        if self._transport is not None:
            await self._transport.aclose()
