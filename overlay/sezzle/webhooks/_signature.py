"""Checking the ``Sezzle-Signature`` header: HMAC-SHA256 of the raw body, keyed with the API private key.

Sezzle sends the digest as 64 hex characters. This module also accepts upper-case hex, whitespace
around the value and a ``sha256=`` prefix: none of them changes which digest is required, so being
lenient about them costs nothing. Error text names what was wrong, never a key or a digest.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Iterable, Sequence
from typing import TypeAlias

from sezzle._core.secret import Secret, hidden
from sezzle.errors import ConfigurationError, InvalidInputError, WebhookSignatureError

__all__ = ["SIGNATURE_HEADER", "Keys", "WebhookKeys", "compute_signature", "verify_signature"]

SIGNATURE_HEADER = "Sezzle-Signature"

_HEX_DIGEST = re.compile(r"(?:sha256=)?([0-9a-f]{64})", re.ASCII | re.IGNORECASE)
_PUBLIC_KEY_PREFIX = "sz_pub_"


class WebhookKeys:
    """The private keys a signature may be made with, checked once (at start-up, ideally).

    While rotating keys, give the old and the new one: Sezzle signs every delivery, retries
    included, with whichever key is current at the time it sends.
    """

    __slots__ = ("_keys",)

    def __init__(self, keys: str | bytes | Sequence[str | bytes] | WebhookKeys) -> None:
        keys = hidden(keys)  # from here on this frame, and every frame below, holds the keys as Secret
        self._keys: tuple[Secret, ...] = _checked(keys)

    def __len__(self) -> int:
        return len(self._keys)

    def __repr__(self) -> str:
        keys = getattr(self, "_keys", None)  # unset while __init__ refuses a key: a traceback may show it
        return "WebhookKeys(<unchecked>)" if keys is None else f"WebhookKeys(<{len(keys)} hidden>)"

    def matches(self, body: bytes, digest: str) -> bool:
        """Whether ``digest`` (lower-case hex) signs ``body`` under any of the keys, in constant time."""
        matched = False
        for key in self._keys:
            matched |= hmac.compare_digest(_digest(key, body), digest)
        return matched


Keys: TypeAlias = str | bytes | Sequence[str | bytes] | WebhookKeys
"""One API private key, several during a key rotation, or keys already checked as ``WebhookKeys``."""


def compute_signature(body: bytes | bytearray | memoryview, key: str | bytes) -> str:
    """The ``Sezzle-Signature`` value Sezzle would send for ``body``: for tests that play Sezzle's part."""
    key = hidden(key)
    (checked,) = _checked(key)
    return _digest(checked, raw_body(body))


def verify_signature(body: bytes | bytearray | memoryview, signature: str | bytes | None, keys: Keys) -> None:
    """Raise ``WebhookSignatureError`` unless ``signature`` is a valid signature of the raw ``body``.

    ``body`` must be the exact bytes received, before any JSON decoding. ``keys`` is the API
    private key, or several while rotating keys. A missing, empty, malformed or wrong signature is
    rejected, as is a body changed by a single byte.
    """
    checked = keys if isinstance(keys, WebhookKeys) else WebhookKeys(keys)
    del keys  # error reporters record the locals of each frame a traceback passes through
    raw = raw_body(body)
    digest = _parse(signature)
    if not checked.matches(raw, digest):
        raise WebhookSignatureError(
            f"the {SIGNATURE_HEADER} header does not match the body under any of the {len(checked)} key(s) given"
        )


def _digest(key: Secret, body: bytes) -> str:
    return hmac.new(key.secret_bytes(), body, hashlib.sha256).hexdigest()


def raw_body(body: object) -> bytes:
    if isinstance(body, bytes | bytearray | memoryview):
        return bytes(body)
    problem = "decoded text may differ from the bytes Sezzle signed" if isinstance(body, str) else "unusable"
    raise InvalidInputError("body", f"expected the raw request body as bytes, got {type(body).__name__} ({problem})")


def _parse(signature: str | bytes | None) -> str:
    if signature is None:
        raise WebhookSignatureError(f"the request has no {SIGNATURE_HEADER} header")
    if isinstance(signature, bytes):
        try:
            signature = signature.decode("ascii")
        except UnicodeDecodeError:
            raise WebhookSignatureError(f"the {SIGNATURE_HEADER} header is not ASCII text") from None
    if not isinstance(signature, str):
        raise WebhookSignatureError(f"the {SIGNATURE_HEADER} header value is a {type(signature).__name__}, not text")
    value = signature.strip()
    if not value:
        raise WebhookSignatureError(f"the {SIGNATURE_HEADER} header is empty")
    match = _HEX_DIGEST.fullmatch(value)
    if match is None:
        raise WebhookSignatureError(f"the {SIGNATURE_HEADER} header is not a 64-character hex HMAC-SHA256 digest")
    return match.group(1).lower()


def _checked(keys: object) -> tuple[Secret, ...]:
    if isinstance(keys, WebhookKeys):
        return keys._keys
    if keys is None:
        raise ConfigurationError("no webhook keys given: pass the API private key that Sezzle signs webhooks with")
    items: list[object] = [keys] if isinstance(keys, str | bytes) else list(_iterable(keys))
    if not items:
        raise ConfigurationError("no webhook keys given: pass the API private key that Sezzle signs webhooks with")
    checked: list[Secret] = []
    for number, item in enumerate(hidden(items), start=1):
        key = _key_bytes(item, f"webhook key {number} of {len(items)}")
        if key not in checked:
            checked.append(key)
    return tuple(checked)


def _iterable(keys: object) -> Iterable[object]:
    if not isinstance(keys, Iterable):
        raise ConfigurationError(f"webhook keys must be a str, bytes or a sequence of them, got {type(keys).__name__}")
    return keys


def _key_bytes(item: object, name: str) -> Secret:
    if not isinstance(item, str | bytes | bytearray):
        raise ConfigurationError(f"{name} is a {type(item).__name__}, expected str or bytes")
    key = Secret.of(item)
    if not key:
        raise ConfigurationError(f"{name} is empty")
    if key.reveal() != key.strip():
        raise ConfigurationError(f"{name} has whitespace around it; give the key exactly as the dashboard shows it")
    if key.startswith(_PUBLIC_KEY_PREFIX):
        raise ConfigurationError(f"{name} is a public key (sz_pub_...); Sezzle signs webhooks with the private key")
    try:
        key.secret_bytes()
    except UnicodeEncodeError:
        raise ConfigurationError(f"{name} holds text that has no UTF-8 bytes (a lone surrogate)") from None
    return key
