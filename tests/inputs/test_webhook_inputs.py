"""Webhook receiving under bad input and load: claims in flight stay, headers are typed, keys stay hidden."""

from __future__ import annotations

import threading
import traceback
from typing import Any

import pytest

from sezzle import ClaimStoreError, ConfigurationError, InvalidInputError, WebhookSignatureError
from sezzle._core.secret import Secret
from sezzle.webhooks import Deduplicator, InMemoryClaimStore, WebhookKeys, construct_event, verify_signature
from sezzle.webhooks._signature import compute_signature

PRIVATE = "sz_pr_WEBHOOK-SECRET-9876"


class Delivery:
    def __init__(self, uuid: str) -> None:
        self.uuid = uuid


def test_an_in_flight_claim_is_never_evicted() -> None:
    store = InMemoryClaimStore(max_size=2)
    assert store.claim("a")
    assert store.claim("b")
    with pytest.raises(ClaimStoreError, match="still being handled"):
        store.claim("c")
    assert "a" in store
    assert not store.claim("a")  # a duplicate of an event being handled is still refused
    store.complete("a")
    assert store.claim("c")  # room made by forgetting the completed claim, not an in-flight one
    assert "a" not in store
    assert "b" in store
    assert not store.claim("b")
    store.release("b")
    assert store.claim("d")


def test_a_duplicate_never_runs_while_the_first_delivery_is_handled() -> None:
    store = InMemoryClaimStore(max_size=2)
    dedupe = Deduplicator(store)
    inside = threading.Event()
    finish = threading.Event()
    running: list[str] = []

    def slow(event: Delivery) -> None:
        running.append(event.uuid)
        inside.set()
        finish.wait(5)

    worker = threading.Thread(target=dedupe.run, args=(Delivery("slow"), slow))
    worker.start()
    assert inside.wait(5)
    assert dedupe.run(Delivery("other"), lambda event: None) is True
    # Before: these claims evicted "slow" while its handler ran, so its duplicate ran a second time.
    for number in range(5):  # each evicts the completed claim before it, never the one in flight
        assert dedupe.run(Delivery(f"new-{number}"), lambda event: None) is True
        assert dedupe.run(Delivery("slow"), slow) is False
    assert "new-3" not in store
    assert "new-4" in store
    finish.set()
    worker.join()
    assert running == ["slow"]
    assert dedupe.run(Delivery("slow"), slow) is False  # completed: remembered until room is needed


@pytest.mark.parametrize("headers", [None, [("Sezzle-Signature", "ab")], 5, "Sezzle-Signature: ab", [1, 2]])
def test_headers_of_the_wrong_type_are_invalid_input(headers: Any) -> None:
    body = b'{"uuid": "e1"}'
    with pytest.raises(InvalidInputError) as caught:
        construct_event(body, headers, PRIVATE)
    assert caught.value.field == "headers"


class BrokenHeaders:
    def items(self) -> list[str]:
        return ["not-a-pair"]


def test_headers_whose_items_are_not_pairs_are_invalid_input() -> None:
    with pytest.raises(InvalidInputError, match="pairs"):
        construct_event(b"{}", BrokenHeaders(), PRIVATE)  # type: ignore[arg-type]


@pytest.mark.parametrize("signature", [[("Sezzle-Signature", "ab")], 5, {"a": "b"}])
def test_a_signature_of_the_wrong_type_is_refused(signature: Any) -> None:
    with pytest.raises(WebhookSignatureError):
        verify_signature(b"{}", signature, PRIVATE)


def rendered(error: BaseException) -> str:
    """The traceback with every frame's locals, from the library's frames on (the test's own holds the key)."""
    assert error.__traceback__ is not None
    library = error.__traceback__.tb_next
    assert library is not None
    text = "".join(traceback.TracebackException(type(error), error, library, capture_locals=True).format())
    assert "Traceback" in text
    return text


@pytest.mark.parametrize(
    "keys",
    [
        PRIVATE + "\n",
        [PRIVATE, PRIVATE + " "],
        (PRIVATE + "\n").encode(),
        "sz_pub_" + PRIVATE,
        [PRIVATE, 5],
    ],
)
def test_a_refused_key_never_shows_in_a_traceback_with_locals(keys: Any) -> None:
    with pytest.raises(ConfigurationError) as caught:
        WebhookKeys(keys)
    text = rendered(caught.value)
    assert "WEBHOOK-SECRET" not in text
    assert "Secret('***')" in text or "WebhookKeys(<unchecked>)" in text


def test_a_failed_verification_never_shows_the_key_in_a_traceback_with_locals() -> None:
    body = b'{"uuid": "e1"}'
    with pytest.raises(WebhookSignatureError) as caught:
        verify_signature(body, "0" * 64, PRIVATE)
    assert "WEBHOOK-SECRET" not in rendered(caught.value)
    with pytest.raises(WebhookSignatureError) as caught:
        construct_event(body, {"Sezzle-Signature": "0" * 64}, [PRIVATE, "sz_pr_OTHER-SECRET"])
    text = rendered(caught.value)
    assert "WEBHOOK-SECRET" not in text
    assert "OTHER-SECRET" not in text


def test_keys_are_still_the_keys_they_were_given_as() -> None:
    body = b'{"uuid": "e1"}'
    for key in (PRIVATE, PRIVATE.encode(), b"sz_pr_\xff\xfe-raw-bytes", Secret(PRIVATE)):
        signature = compute_signature(body, key)
        verify_signature(body, signature, key)
        verify_signature(body, signature, WebhookKeys([key]))
    assert compute_signature(body, PRIVATE) == compute_signature(body, PRIVATE.encode())


def test_secret_is_masked_everywhere_it_is_shown() -> None:
    import json

    secret = Secret(PRIVATE)
    shown = [
        repr(secret),
        str(secret),
        f"{secret}",
        f"{secret!r}",
        repr([secret]),
        repr({"k": secret}),
    ]
    assert all("WEBHOOK-SECRET" not in text for text in shown)
    assert json.loads(json.dumps({"k": secret})) == {"k": PRIVATE}  # sent as what it holds
    assert secret == PRIVATE
    assert secret.reveal() == PRIVATE
    assert type(secret.reveal()) is str


def test_the_client_private_key_never_shows_in_a_traceback_with_locals() -> None:
    from sezzle import Sezzle

    client_secret = "sz_pr_CLIENT-SECRET-4242"
    with pytest.raises(ConfigurationError) as caught:
        Sezzle("sz_pub_x", client_secret, environment="nowhere")
    assert "CLIENT-SECRET" not in rendered(caught.value)
    client = Sezzle("sz_pub_x", client_secret, base_url="https://gw.test")
    body = client._config.keys.authentication_body()
    assert "CLIENT-SECRET" not in repr(body) + repr(client._config.keys) + repr(body.to_dict())
    assert body.to_dict()["private_key"] == client_secret
