"""Signature checks: known answers, every rejection, key rotation, and the properties behind them."""

from __future__ import annotations

import hashlib
import hmac
import string
import traceback
from types import TracebackType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sezzle.errors import ConfigurationError, InvalidInputError, SezzleError, WebhookSignatureError
from sezzle.webhooks import WebhookKeys, compute_signature, verify_signature
from tests.webhooks.payloads import OLD_PRIVATE_KEY, OTHER_KEY, PRIVATE_KEY, encode, order, sign

BODY = encode(order())


def test_rfc_4231_vector_is_reproduced() -> None:
    # RFC 4231 test case 2: an external known answer for HMAC-SHA256.
    expected = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
    assert compute_signature(b"what do ya want for nothing?", "Jefe") == expected
    verify_signature(b"what do ya want for nothing?", expected, "Jefe")


def test_signature_is_lowercase_hex_hmac_sha256_of_the_raw_body() -> None:
    independent = hmac.new(PRIVATE_KEY.encode(), BODY, hashlib.sha256).hexdigest()
    assert compute_signature(BODY, PRIVATE_KEY) == independent
    assert compute_signature(BODY, PRIVATE_KEY.encode()) == independent
    verify_signature(BODY, independent, PRIVATE_KEY)


@pytest.mark.parametrize(
    "render",
    [
        pytest.param(lambda digest: digest, id="as sent"),
        pytest.param(str.upper, id="upper-case hex"),
        pytest.param(lambda digest: digest[:32].upper() + digest[32:], id="mixed case"),
        pytest.param(lambda digest: f"  {digest}\r\n", id="surrounding whitespace"),
        pytest.param(lambda digest: f"sha256={digest}", id="sha256= prefix"),
        pytest.param(lambda digest: f" SHA256={digest.upper()} ", id="prefix in capitals"),
        pytest.param(lambda digest: digest.encode(), id="bytes"),
    ],
)
def test_accepted_renderings_of_a_valid_signature(render: object) -> None:
    assert callable(render)
    verify_signature(BODY, render(sign(BODY)), PRIVATE_KEY)


def test_body_may_be_any_bytes_like_object() -> None:
    signature = sign(BODY)
    verify_signature(bytearray(BODY), signature, PRIVATE_KEY)
    verify_signature(memoryview(BODY), signature, PRIVATE_KEY)


REJECTED = {
    "missing": None,
    "empty": "",
    "only whitespace": "  \t ",
    "63 hex characters": sign(BODY)[:-1],
    "65 hex characters": sign(BODY) + "0",
    "not hex": "g" * 64,
    "space inside": sign(BODY)[:32] + " " + sign(BODY)[32:],
    "other prefix": "sha1=" + sign(BODY),
    "prefix without digest": "sha256=",
    "two digests": sign(BODY) + "," + sign(BODY),
    "base64 digest": "x7rR0Vt2Fk4i4T0n4o0zGm9Xc7bq1hI1yXw8m4nQ1Zk=",
    "non-ASCII bytes": b"\xff" * 64,
    "signed with another key": sign(BODY, OTHER_KEY),
    "signature of another body": sign(BODY + b" "),
    "signature of the empty body": sign(b""),
    "all zeros": "0" * 64,
}


@pytest.mark.parametrize("signature", REJECTED.values(), ids=REJECTED.keys())
def test_rejected_signatures(signature: str | bytes | None) -> None:
    with pytest.raises(WebhookSignatureError):
        verify_signature(BODY, signature, PRIVATE_KEY)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(BODY[:-1], id="last byte removed"),
        pytest.param(BODY + b"\n", id="newline appended"),
        pytest.param(b" " + BODY, id="space prepended"),
        pytest.param(BODY.replace(b"12999", b"12998"), id="amount changed"),
        pytest.param(BODY.replace(b":", b": "), id="reformatted JSON"),
        pytest.param(b"", id="empty"),
    ],
)
def test_a_changed_body_is_rejected(body: bytes) -> None:
    with pytest.raises(WebhookSignatureError, match="does not match"):
        verify_signature(body, sign(BODY), PRIVATE_KEY)


def test_reasons_are_told_apart() -> None:
    cases = {None: "no Sezzle-Signature header", " ": "is empty", "abc": "not a 64-character hex", "0" * 64: "match"}
    for signature, reason in cases.items():
        with pytest.raises(WebhookSignatureError, match=reason):
            verify_signature(BODY, signature, PRIVATE_KEY)


def test_signature_error_is_a_sezzle_error() -> None:
    with pytest.raises(SezzleError):
        verify_signature(BODY, None, PRIVATE_KEY)


class TestKeyRotation:
    def test_either_key_is_accepted_while_both_are_given(self) -> None:
        keys = [OLD_PRIVATE_KEY, PRIVATE_KEY]
        verify_signature(BODY, sign(BODY, OLD_PRIVATE_KEY), keys)
        verify_signature(BODY, sign(BODY, PRIVATE_KEY), keys)
        verify_signature(BODY, sign(BODY, PRIVATE_KEY), tuple(reversed(keys)))

    def test_only_the_keys_given_are_accepted(self) -> None:
        with pytest.raises(WebhookSignatureError):
            verify_signature(BODY, sign(BODY, OLD_PRIVATE_KEY), PRIVATE_KEY)
        with pytest.raises(WebhookSignatureError):
            verify_signature(BODY, sign(BODY, PRIVATE_KEY), [OLD_PRIVATE_KEY])
        with pytest.raises(WebhookSignatureError, match="any of the 2 key"):
            verify_signature(BODY, sign(BODY, OTHER_KEY), [OLD_PRIVATE_KEY, PRIVATE_KEY])

    def test_keys_checked_once_work_like_raw_keys(self) -> None:
        keys = WebhookKeys([OLD_PRIVATE_KEY, PRIVATE_KEY.encode()])
        assert len(keys) == 2
        verify_signature(BODY, sign(BODY, OLD_PRIVATE_KEY), keys)
        verify_signature(BODY, sign(BODY, PRIVATE_KEY), keys)
        with pytest.raises(WebhookSignatureError):
            verify_signature(BODY, sign(BODY, OTHER_KEY), keys)

    def test_repeated_keys_count_once(self) -> None:
        assert len(WebhookKeys([PRIVATE_KEY, PRIVATE_KEY, PRIVATE_KEY.encode()])) == 1


@pytest.mark.parametrize(
    ("keys", "reason"),
    [
        pytest.param(None, "no webhook keys", id="None"),
        pytest.param([], "no webhook keys", id="empty list"),
        pytest.param((), "no webhook keys", id="empty tuple"),
        pytest.param("", "is empty", id="empty string"),
        pytest.param(b"", "is empty", id="empty bytes"),
        pytest.param([PRIVATE_KEY, ""], "key 2 of 2 is empty", id="one empty among several"),
        pytest.param([PRIVATE_KEY, 42], "key 2 of 2 is a int", id="not text"),
        pytest.param(42, "must be a str, bytes or a sequence", id="a number"),
        pytest.param(PRIVATE_KEY + "\n", "whitespace", id="trailing newline"),
        pytest.param(" " + PRIVATE_KEY, "whitespace", id="leading space"),
        pytest.param("sz_pub_VGhlUHVibGljS2V5", "public key", id="public key"),
    ],
)
def test_unusable_keys_are_a_configuration_error(keys: object, reason: str) -> None:
    with pytest.raises(ConfigurationError, match=reason):
        verify_signature(BODY, sign(BODY), keys)  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError, match=reason):
        WebhookKeys(keys)  # type: ignore[arg-type]


@pytest.mark.parametrize("body", ["{}", {"uuid": "x"}, None], ids=["str", "dict", "None"])
def test_body_that_is_not_bytes_is_refused(body: object) -> None:
    with pytest.raises(InvalidInputError) as caught:
        verify_signature(body, sign(b"{}"), PRIVATE_KEY)  # type: ignore[arg-type]
    assert caught.value.field == "body"


@settings(max_examples=200, deadline=None)
@given(body=st.binary(max_size=300), data=st.data())
def test_any_change_to_the_body_is_rejected(body: bytes, data: st.DataObject) -> None:
    signature = sign(body)
    verify_signature(body, signature, PRIVATE_KEY)
    change = data.draw(st.sampled_from(["replace", "insert", "delete"]) if body else st.just("insert"))
    if change == "insert":
        index = data.draw(st.integers(0, len(body)))
        changed = body[:index] + data.draw(st.binary(min_size=1, max_size=4)) + body[index:]
    elif change == "delete":
        index = data.draw(st.integers(0, len(body) - 1))
        changed = body[:index] + body[index + data.draw(st.integers(1, len(body) - index)) :]
    else:
        index = data.draw(st.integers(0, len(body) - 1))
        byte = data.draw(st.integers(0, 255).filter(lambda value: value != body[index]))
        changed = body[:index] + bytes([byte]) + body[index + 1 :]
    with pytest.raises(WebhookSignatureError):
        verify_signature(changed, signature, PRIVATE_KEY)


@settings(max_examples=200, deadline=None)
@given(body=st.binary(max_size=200), index=st.integers(0, 63), digit=st.sampled_from(string.hexdigits))
def test_any_change_to_a_hex_digit_of_the_signature_is_rejected(body: bytes, index: int, digit: str) -> None:
    signature = sign(body)
    if digit.lower() == signature[index]:
        digit = format((int(digit, 16) + 1) % 16, "x")
    changed = signature[:index] + digit + signature[index + 1 :]
    with pytest.raises(WebhookSignatureError):
        verify_signature(body, changed, PRIVATE_KEY)


@settings(max_examples=200, deadline=None)
@given(body=st.binary(max_size=200), signature=st.text(max_size=80))
def test_only_the_right_digest_is_accepted(body: bytes, signature: str) -> None:
    normalized = signature.strip().lower().removeprefix("sha256=")
    if normalized == sign(body):
        verify_signature(body, signature, PRIVATE_KEY)
    else:
        with pytest.raises(WebhookSignatureError):
            verify_signature(body, signature, PRIVATE_KEY)


@settings(max_examples=50, deadline=None)
@given(key=st.text(alphabet=string.ascii_letters + string.digits + "_-", min_size=1, max_size=64))
def test_a_signature_is_only_valid_under_its_own_key(key: str) -> None:
    if key.startswith("sz_pub_"):
        key = "x" + key
    signature = sign(BODY, key)
    verify_signature(BODY, signature, key)
    if key != PRIVATE_KEY:
        with pytest.raises(WebhookSignatureError):
            verify_signature(BODY, signature, PRIVATE_KEY)


TAMPERED = BODY + b"!"
ROTATING_KEYS = (OLD_PRIVATE_KEY, PRIVATE_KEY)


class TestSecretsStayOut:
    """No key, expected digest or received signature in exception text, reprs or traceback locals."""

    KEYS = ROTATING_KEYS
    EXPECTED = tuple(sign(TAMPERED, key) for key in ROTATING_KEYS)

    def assert_clean(self, text: str, *secrets: str) -> None:
        for secret in (*self.KEYS, *self.EXPECTED, *secrets):
            assert secret not in text
            assert secret.upper() not in text

    def sezzle_frame_locals(self, tb: TracebackType | None) -> str:
        shown: list[str] = []
        while tb is not None:
            if tb.tb_frame.f_globals.get("__name__", "").startswith("sezzle"):
                shown.extend(repr(value) for value in tb.tb_frame.f_locals.values())
            tb = tb.tb_next
        return "\n".join(shown)

    @pytest.mark.parametrize(
        "signature", [*REJECTED.values(), sign(BODY, OTHER_KEY).upper()], ids=[*REJECTED, "another key, upper-case"]
    )
    def test_rejections(self, signature: str | bytes | None) -> None:
        with pytest.raises(WebhookSignatureError) as caught:
            verify_signature(TAMPERED, signature, list(self.KEYS))
        error = caught.value
        received = signature.strip() if isinstance(signature, str) and len(signature.strip()) >= 8 else None
        extra = (received,) if received else ()
        self.assert_clean(str(error), *extra)
        self.assert_clean(repr(error), *extra)
        self.assert_clean("".join(traceback.format_exception(error)), *extra)
        self.assert_clean(self.sezzle_frame_locals(caught.tb))
        assert error.__cause__ is None
        assert error.__context__ is None or error.__suppress_context__

    def test_configuration_errors(self) -> None:
        for keys in (
            [PRIVATE_KEY, PRIVATE_KEY + " "],
            [OLD_PRIVATE_KEY, ""],
            PRIVATE_KEY + "\n",
            "sz_pub_" + PRIVATE_KEY,
        ):
            with pytest.raises(ConfigurationError) as caught:
                WebhookKeys(keys)
            self.assert_clean(str(caught.value))
            self.assert_clean("".join(traceback.format_exception(caught.value)))

    def test_keys_repr(self) -> None:
        keys = WebhookKeys(list(self.KEYS))
        self.assert_clean(repr(keys))
        self.assert_clean(str(keys))
        assert "2" in repr(keys)
