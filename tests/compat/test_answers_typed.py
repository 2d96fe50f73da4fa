"""What Sezzle's answers carry is typed, so merchants read it as attributes."""

from __future__ import annotations

from pytest_httpx import HTTPXMock

from sezzle_api.models import Link
from tests.client.conftest import BASE, add_auth, make_client

CREATED_TOKENIZE = {
    "uuid": "sess-1",
    "links": [{"href": f"{BASE}/v2/session/sess-1", "method": "GET", "rel": "self"}],
    "tokenize": {
        "token": "tok-1",
        "expiration": "2026-12-01T20:30:00Z",
        "approval_url": "https://dashboard.sezzle.com/customer/checkout-approval?merchant-request-id=tok-1",
        "links": [{"href": f"{BASE}/v2/token/tok-1/session", "method": "GET", "rel": "token"}],
    },
}


def test_a_new_sessions_tokenize_links_are_typed(httpx_mock: HTTPXMock) -> None:
    add_auth(httpx_mock)
    httpx_mock.add_response(method="POST", url=f"{BASE}/v2/session", status_code=201, json=CREATED_TOKENIZE)
    session = make_client().sessions.create(
        cancel_url="https://shop.test/c", complete_url="https://shop.test/d", customer={"tokenize": True}
    )
    assert session.tokenize
    (link,) = session.tokenize.links
    assert isinstance(link, Link)
    assert (link.href, str(link.rel)) == (f"{BASE}/v2/token/tok-1/session", "token")
    assert session.tokenize.additional_properties == {}
