"""One call from a web framework's request to a verified, typed event."""

from __future__ import annotations

from collections.abc import Iterable

import httpx
import pytest

from sezzle.errors import InvalidInputError, WebhookSignatureError
from sezzle.webhooks import (
    CustomerTokenizedEvent,
    OrderCapturedEvent,
    UnknownEvent,
    WebhookKeys,
    construct_event,
    signature_header,
)
from tests.webhooks.payloads import OLD_PRIVATE_KEY, ORDER_UUID, PRIVATE_KEY, encode, order, sign, tokenized

BODY = encode(order())


class MultiHeaders:
    """Headers the way WSGI frameworks expose them: ``items()`` lists a repeated header twice."""

    def __init__(self, *pairs: tuple[str, str]) -> None:
        self.pairs = pairs

    def items(self) -> Iterable[tuple[str, str]]:
        return iter(self.pairs)


@pytest.mark.parametrize(
    "headers",
    [
        pytest.param({"Sezzle-Signature": sign(BODY)}, id="dict, canonical name"),
        pytest.param({"sezzle-signature": sign(BODY)}, id="dict, lower case"),
        pytest.param({"SEZZLE-SIGNATURE": sign(BODY).upper()}, id="dict, upper case"),
        pytest.param(httpx.Headers({"sezzle-SIGNATURE": sign(BODY), "Content-Type": "application/json"}), id="httpx"),
        pytest.param(MultiHeaders(("Content-Type", "application/json"), ("Sezzle-Signature", sign(BODY))), id="pairs"),
    ],
)
def test_a_signed_delivery_becomes_its_typed_event(headers: dict[str, str]) -> None:
    event = construct_event(BODY, headers, PRIVATE_KEY)
    assert isinstance(event, OrderCapturedEvent)
    assert event.data.uuid == ORDER_UUID


def test_keys_checked_once_and_rotation() -> None:
    keys = WebhookKeys([OLD_PRIVATE_KEY, PRIVATE_KEY])
    body = encode(tokenized())
    for key in (OLD_PRIVATE_KEY, PRIVATE_KEY):
        assert isinstance(construct_event(body, {"Sezzle-Signature": sign(body, key)}, keys), CustomerTokenizedEvent)


def test_missing_header() -> None:
    with pytest.raises(WebhookSignatureError, match="no Sezzle-Signature header"):
        construct_event(BODY, {"Content-Type": "application/json", "Signature": sign(BODY)}, PRIVATE_KEY)


def test_changed_body_is_rejected_before_reading() -> None:
    with pytest.raises(WebhookSignatureError):
        construct_event(BODY.replace(b"captured", b"refunded"), {"Sezzle-Signature": sign(BODY)}, PRIVATE_KEY)


def test_a_repeated_header_with_different_values_is_refused() -> None:
    headers = MultiHeaders(("Sezzle-Signature", sign(BODY)), ("sezzle-signature", sign(b"other")))
    with pytest.raises(WebhookSignatureError, match="more than one"):
        construct_event(BODY, headers, PRIVATE_KEY)


def test_a_repeated_header_with_the_same_value_is_one_signature() -> None:
    headers = MultiHeaders(("Sezzle-Signature", sign(BODY)), ("SEZZLE-SIGNATURE", f" {sign(BODY)} "))
    assert signature_header(headers) == sign(BODY)
    assert isinstance(construct_event(BODY, headers, PRIVATE_KEY), OrderCapturedEvent)


def test_httpx_joins_repeated_headers_which_is_then_malformed() -> None:
    headers = httpx.Headers([("Sezzle-Signature", sign(BODY)), ("Sezzle-Signature", sign(BODY))])
    with pytest.raises(WebhookSignatureError, match="not a 64-character"):
        construct_event(BODY, headers, PRIVATE_KEY)


def test_signed_body_that_is_not_an_envelope() -> None:
    body = b'{"hello": "world"}'
    with pytest.raises(InvalidInputError) as caught:
        construct_event(body, {"Sezzle-Signature": sign(body)}, PRIVATE_KEY)
    assert caught.value.field == "uuid"


def test_signed_unknown_event() -> None:
    body = encode(order("order.released"))
    event = construct_event(body, {"Sezzle-Signature": sign(body)}, PRIVATE_KEY)
    assert type(event) is UnknownEvent
    assert event.data["uuid"] == ORDER_UUID


def test_text_body_is_refused() -> None:
    with pytest.raises(InvalidInputError) as caught:
        construct_event(BODY.decode(), {"Sezzle-Signature": sign(BODY)}, PRIVATE_KEY)  # type: ignore[arg-type]
    assert caught.value.field == "body"
