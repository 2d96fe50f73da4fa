"""Keys, environments, timeouts, headers and lifecycle of the clients."""

from __future__ import annotations

import httpx
import pytest
from pytest_httpx import HTTPXMock

from sezzle import AsyncSezzle, ConfigurationError, Sezzle, __version__
from tests.client.conftest import BASE, CREATED, PRIVATE_KEY, PUBLIC_KEY, SESSION_ARGS, add_auth, make_client


def test_missing_keys_error_names_both_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SEZZLE_PUBLIC_KEY", raising=False)
    monkeypatch.delenv("SEZZLE_PRIVATE_KEY", raising=False)
    with pytest.raises(ConfigurationError) as failure:
        Sezzle()
    assert "SEZZLE_PUBLIC_KEY" in str(failure.value)
    assert "SEZZLE_PRIVATE_KEY" in str(failure.value)
    with pytest.raises(ConfigurationError):
        AsyncSezzle(public_key="only-public")


def test_keys_and_environment_from_environment_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SEZZLE_PUBLIC_KEY", "env-public")
    monkeypatch.setenv("SEZZLE_PRIVATE_KEY", "env-private")
    monkeypatch.setenv("SEZZLE_ENVIRONMENT", "production")
    assert Sezzle().base_url == "https://gateway.sezzle.com"


@pytest.mark.parametrize(
    ("environment", "region", "expected"),
    [
        ("sandbox", None, "https://sandbox.gateway.sezzle.com"),
        ("production", None, "https://gateway.sezzle.com"),
        ("sandbox", "eu", "https://sandbox.gateway.eu.sezzle.com"),
        ("production", "eu", "https://gateway.eu.sezzle.com"),
    ],
)
def test_environments_and_regions(
    environment: str, region: str | None, expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SEZZLE_ENVIRONMENT", raising=False)
    monkeypatch.delenv("SEZZLE_BASE_URL", raising=False)
    assert Sezzle(PUBLIC_KEY, PRIVATE_KEY, environment=environment, region=region).base_url == expected


def test_sandbox_is_the_default_and_base_url_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SEZZLE_ENVIRONMENT", raising=False)
    monkeypatch.delenv("SEZZLE_BASE_URL", raising=False)
    assert Sezzle(PUBLIC_KEY, PRIVATE_KEY).base_url == "https://sandbox.gateway.sezzle.com"
    assert Sezzle(PUBLIC_KEY, PRIVATE_KEY, environment="production", base_url="http://127.0.0.1:9/").base_url == (
        "http://127.0.0.1:9"
    )


@pytest.mark.parametrize(
    "options", [{"environment": "staging"}, {"region": "mars"}, {"base_url": "ftp://x"}, {"max_retries": -1}]
)
def test_bad_configuration_is_rejected(options: dict[str, object]) -> None:
    with pytest.raises(ConfigurationError):
        Sezzle(PUBLIC_KEY, PRIVATE_KEY, **options)  # type: ignore[arg-type]


def test_default_timeouts_and_per_call_override(httpx_mock: HTTPXMock) -> None:
    add_auth(httpx_mock)
    httpx_mock.add_response(method="POST", url=f"{BASE}/v2/session", status_code=201, json=CREATED)
    httpx_mock.add_response(method="GET", url=f"{BASE}/v2/session/sess-1", json={"uuid": "sess-1"})
    with make_client() as client:
        client.sessions.create(**SESSION_ARGS)
        client.sessions.get("sess-1", timeout=2.5)
    create, get = httpx_mock.get_requests()[1:]
    assert create.extensions["timeout"] == {"connect": 5.0, "read": 30.0, "write": 30.0, "pool": 30.0}
    assert get.extensions["timeout"] == {"connect": 2.5, "read": 2.5, "write": 2.5, "pool": 2.5}


def test_user_agent_and_default_headers(httpx_mock: HTTPXMock) -> None:
    add_auth(httpx_mock)
    httpx_mock.add_response(method="GET", url=f"{BASE}/v2/session/sess-1", json={"uuid": "sess-1"})
    with make_client(default_headers={"X-Shop": "north"}) as client:
        client.sessions.get("sess-1")
    request = httpx_mock.get_requests()[-1]
    assert request.headers["User-Agent"].startswith(f"sezzle-python/{__version__} ")
    assert request.headers["X-Shop"] == "north"


def test_injected_http_client_is_used_and_left_open(httpx_mock: HTTPXMock) -> None:
    add_auth(httpx_mock)
    httpx_mock.add_response(method="GET", url=f"{BASE}/v2/session/s", json={"uuid": "s"}, headers={"X-From": "mock"})
    http = httpx.Client(headers={"X-Injected": "yes"})
    with make_client(http_client=http) as client:
        assert client.sessions.get("s").uuid == "s"
    assert not http.is_closed
    assert httpx_mock.get_requests()[-1].headers["X-Injected"] == "yes"
    http.close()


def test_owned_http_client_is_closed() -> None:
    client = make_client()
    client.close()
    assert client._http.is_closed


@pytest.mark.anyio
async def test_async_client_context_manager_closes() -> None:
    async with AsyncSezzle(PUBLIC_KEY, PRIVATE_KEY, base_url=BASE) as client:
        http = client._http
    assert http.is_closed


def test_client_repr_shows_no_keys() -> None:
    text = repr(make_client())
    assert PRIVATE_KEY not in text
    assert BASE in text
