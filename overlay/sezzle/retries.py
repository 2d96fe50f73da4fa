"""When and how long to wait before sending a request again.

The rules differ per operation, because resending is only safe when Sezzle cannot apply the same
request twice:

- ``IDEMPOTENT``: reads, deletes and updates that set a value; resent on any retryable failure.
- ``KEYED``: money-moving calls carrying a ``Sezzle-Request-Id`` Sezzle deduplicates on; the same
  key goes out with every attempt, so they are resent like idempotent calls.
- ``UNSENT_ONLY``: creations with no idempotency support (create session); resent only when the
  failure happened before the request left this process.
- ``NEVER_RESEND``: fetching card data deletes the single-use token; a resend after the request may
  have arrived could lose the card for good, so only pre-send failures are retried.

We use this small policy plus a loop in the client rather than a retry library: the decision depends on
whether the request was sent and on the answer's status and ``Retry-After``, which a wrapper around a
whole call cannot see without turning answers into exceptions first.
"""

from __future__ import annotations

import email.utils
import enum
import math
import random
import time

import attrs
import httpx

RETRYABLE_STATUSES = frozenset({408, 429}) | frozenset(range(500, 600))


class RetryPolicy(enum.Enum):
    """Which failures an operation may be resent after; chosen per operation, not per HTTP method."""

    IDEMPOTENT = "idempotent"
    KEYED = "keyed"
    UNSENT_ONLY = "unsent-only"
    NEVER_RESEND = "never-resend"

    def allows(self, *, sent: bool) -> bool:
        """May a request that failed this way (sent or not) go out again under this policy?"""
        return not sent or self in (RetryPolicy.IDEMPOTENT, RetryPolicy.KEYED)


@attrs.frozen
class RetryConfig:
    """Backoff settings shared by every call of a client.

    Waits start near ``initial_delay`` seconds and double up to ``max_delay``, with jitter so many
    clients do not retry in step. A ``Retry-After`` answer is honoured when it asks for at most
    ``max_retry_after`` seconds; a longer one ends the retries and surfaces the error at once.
    """

    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0

    def backoff(self, retry_number: int) -> float:
        """Seconds to wait before retry ``retry_number`` (1 for the first retry)."""
        ceiling = min(self.max_delay, self.initial_delay * float(2 ** (retry_number - 1)))
        return ceiling * (0.75 + random.random() / 4)  # noqa: S311 - jitter, not cryptography


def retry_after_seconds(response: httpx.Response, now: float | None = None) -> float | None:
    """The wait a ``Retry-After`` header asks for (seconds or an HTTP date), or None when it has no usable value.

    A value that does not read as either form (garbage, ``nan``, a date whose fields overflow) is None, so
    the caller backs off as if no header had been sent; a number too large for a float reads as infinity,
    which is longer than any ``max_retry_after``.
    """
    value = response.headers.get("Retry-After")
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        return _date_wait(value, time.time() if now is None else now)
    return None if math.isnan(seconds) else max(0.0, seconds)


def _date_wait(value: str, now: float) -> float | None:
    try:
        when = email.utils.parsedate_to_datetime(value)
        wait = when.timestamp() - now
    except (TypeError, ValueError, OverflowError, OSError, IndexError):
        return None
    return None if math.isnan(wait) else max(0.0, wait)


def was_sent(error: httpx.TransportError) -> bool:
    """Whether the request may have reached the server before this failure.

    Failing to connect, or waiting for a pooled connection, means nothing was sent. Anything later (a
    write, a read, a dropped connection) may have delivered the request.
    """
    return not isinstance(
        error, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout | httpx.UnsupportedProtocol
    )


@attrs.frozen
class Decision:
    """Whether to send a call again, and after how long."""

    retry: bool
    delay: float = 0.0


def decide_after_error(
    policy: RetryPolicy, config: RetryConfig, retries_left: int, retry_number: int, sent: bool
) -> Decision:
    """Whether to resend after a transport error: depends on the policy and on whether the request left."""
    if retries_left > 0 and policy.allows(sent=sent):
        return Decision(True, config.backoff(retry_number))
    return Decision(False)


def decide_after_response(
    policy: RetryPolicy, config: RetryConfig, retries_left: int, retry_number: int, response: httpx.Response
) -> Decision:
    """Whether to resend after an answer: its status, ``Retry-After`` and the retries left."""
    if response.status_code not in RETRYABLE_STATUSES or retries_left <= 0 or not policy.allows(sent=True):
        return Decision(False)
    asked = retry_after_seconds(response)
    if asked is None:
        return Decision(True, config.backoff(retry_number))
    if asked > config.max_retry_after:
        return Decision(False)
    return Decision(True, asked)
