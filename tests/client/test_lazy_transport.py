"""A client's own connection pool is made by its first request, once, whichever thread sends it."""

from __future__ import annotations

import threading
from unittest import mock

import httpx
import pytest

from sezzle import AsyncSezzle, Sezzle
from sezzle._core.transport import AsyncLazyTransport, LazyTransport


def test_constructing_a_client_makes_no_transport() -> None:
    with mock.patch("httpx.HTTPTransport", wraps=httpx.HTTPTransport) as made:
        client = Sezzle("pub", "priv", base_url="http://127.0.0.1:9")
        assert made.call_count == 0
        client.close()


def test_the_first_requests_from_many_threads_make_one_transport() -> None:
    transport = LazyTransport()
    answers = httpx.MockTransport(lambda request: httpx.Response(204))
    with mock.patch("httpx.HTTPTransport", return_value=answers) as made:
        client = httpx.Client(transport=transport)
        threads = [threading.Thread(target=client.get, args=("http://x.test/",)) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert made.call_count == 1
    client.close()


@pytest.mark.anyio
async def test_an_async_client_makes_its_transport_on_the_first_request() -> None:
    answers = httpx.MockTransport(lambda request: httpx.Response(204))
    with mock.patch("httpx.AsyncHTTPTransport", return_value=answers) as made:
        async with AsyncSezzle("pub", "priv", base_url="http://127.0.0.1:9") as client:
            assert made.call_count == 0
            assert isinstance(client._http._transport, AsyncLazyTransport)
            await client._http.get("http://x.test/")
            await client._http.get("http://x.test/")
        assert made.call_count == 1
