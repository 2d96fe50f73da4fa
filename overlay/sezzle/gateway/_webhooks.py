"""Webhook delivery: signed JSON envelopes POSTed to subscribers, retried until a receiver answers 200.

Deliveries run on one background thread. A failed attempt (any status but 200, or no answer) is tried
again after each delay of the retry schedule in turn; after the last one the event is given up on.
Retries are signed again with the current key, as Sezzle does. v1 events (``version=1``) go through the
same queue unsigned, and any 2xx answer delivers them.
"""

from __future__ import annotations

import heapq
import itertools
import json
import logging
import threading
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any, Literal

import attrs
import httpx

from sezzle_api.models import WebhookEvent

__all__ = ["WEBHOOK_EVENTS", "WebhookDelivery", "WebhookDispatcher"]

logger = logging.getLogger("sezzle.gateway")

WEBHOOK_EVENTS: tuple[str, ...] = tuple(event.value for event in WebhookEvent)

ApiVersion = Literal[1, 2]


def _where(url: str) -> str:
    """A URL fit for logs: no query string, which may hold a receiver's secret."""
    return url.split("?", 1)[0]


@attrs.frozen
class WebhookDelivery:
    """One attempt to deliver one event to one URL, and what the receiver answered."""

    event_uuid: str
    event: str
    url: str
    subscription_uuid: str | None
    attempt: int
    status_code: int | None
    error: str | None
    at: datetime
    body: bytes = attrs.field(repr=False)
    signature: str = attrs.field(repr=False)
    """Empty for v1 events, which are unsigned."""
    version: ApiVersion = 2
    """The API the event belongs to: 2, or 1 for v1 order webhooks."""

    @property
    def delivered(self) -> bool:
        """Only HTTP 200 counts as delivered for v2; v1 takes any 2xx."""
        if self.version == 1:
            return self.status_code is not None and 200 <= self.status_code < 300
        return self.status_code == 200

    def json(self) -> Any:
        """The delivered body, decoded from JSON."""
        return json.loads(self.body)


@attrs.frozen
class _Job:
    due: float
    order: int
    event_uuid: str = attrs.field(eq=False)
    event: str = attrs.field(eq=False)
    url: str = attrs.field(eq=False)
    subscription_uuid: str | None = attrs.field(eq=False)
    body: bytes = attrs.field(eq=False, repr=False)
    attempt: int = attrs.field(eq=False)
    version: ApiVersion = attrs.field(eq=False)

    def __lt__(self, other: _Job) -> bool:
        return (self.due, self.order) < (other.due, other.order)


Target = tuple[str, str | None]
"""Where to deliver: the URL and the subscription it came from (None for a test event sent to a URL)."""


class WebhookDispatcher:
    """A retrying delivery queue with a record of every attempt."""

    def __init__(
        self,
        *,
        signer: Callable[[bytes], str],
        retry_delays: Sequence[float],
        timeout: float,
        on_give_up: Callable[[WebhookDelivery], None],
    ) -> None:
        self._signer = signer
        self._retry_delays = tuple(retry_delays)
        self._timeout = timeout
        self._on_give_up = on_give_up
        self._queue: list[_Job] = []
        self._sequence = itertools.count()
        self._in_flight = 0
        self._running = False
        self._condition = threading.Condition()
        self._deliveries: list[WebhookDelivery] = []
        self._sent: dict[str, tuple[str, bytes, tuple[Target, ...], ApiVersion]] = {}
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        with self._condition:
            if self._running:
                return
            self._running = True
        self._thread = threading.Thread(target=self._work, name="sezzle-gateway-webhooks", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        with self._condition:
            self._running = False
            if self._queue:
                logger.info("webhooks: %d pending deliveries dropped at shutdown", len(self._queue))
            self._queue.clear()
            self._condition.notify_all()
        if self._thread is not None:
            self._thread.join(timeout=self._timeout + 1)
            self._thread = None

    def send(
        self, event_uuid: str, event: str, body: bytes, targets: Sequence[Target], *, version: ApiVersion = 2
    ) -> None:
        """Queue an event for each target."""
        with self._condition:
            self._sent[event_uuid] = (event, body, tuple(targets), version)
            for url, subscription_uuid in targets:
                self._push(event_uuid, event, url, subscription_uuid, body, attempt=1, delay=0.0, version=version)

    def redeliver(self, event_uuid: str) -> bool:
        """Send an event again to the targets it first went to, as Sezzle may; False if it is unknown."""
        with self._condition:
            if event_uuid not in self._sent:
                return False
            event, body, targets, version = self._sent[event_uuid]
            for url, subscription_uuid in targets:
                self._push(event_uuid, event, url, subscription_uuid, body, attempt=1, delay=0.0, version=version)
            return True

    def _push(
        self,
        event_uuid: str,
        event: str,
        url: str,
        subscription_uuid: str | None,
        body: bytes,
        *,
        attempt: int,
        delay: float,
        version: ApiVersion,
    ) -> None:
        job = _Job(
            time.monotonic() + delay,
            next(self._sequence),
            event_uuid,
            event,
            url,
            subscription_uuid,
            body,
            attempt,
            version,
        )
        heapq.heappush(self._queue, job)
        self._condition.notify_all()

    @property
    def deliveries(self) -> list[WebhookDelivery]:
        with self._condition:
            return list(self._deliveries)

    def wait_idle(self, timeout: float) -> bool:
        """Wait until nothing is queued or being sent, retries included; False if that took too long."""
        with self._condition:
            return self._condition.wait_for(lambda: not self._queue and not self._in_flight, timeout=timeout)

    def _next_job(self) -> _Job | None:
        with self._condition:
            while self._running:
                if self._queue:
                    wait = self._queue[0].due - time.monotonic()
                    if wait <= 0:
                        self._in_flight += 1
                        return heapq.heappop(self._queue)
                    self._condition.wait(timeout=wait)
                else:
                    self._condition.wait()
            return None

    def _work(self) -> None:
        client: httpx.Client | None = None
        try:
            while (job := self._next_job()) is not None:
                # Made on first use: building its TLS context is the slowest part of starting a gateway.
                client = client or httpx.Client(timeout=self._timeout, follow_redirects=False)
                delivery = self._attempt(client, job)
                retry_in = self._retry_delay(job, delivery)
                if retry_in is None and not delivery.delivered:
                    self._on_give_up(delivery)
                with self._condition:
                    if retry_in is not None and self._running:
                        self._push(
                            job.event_uuid,
                            job.event,
                            job.url,
                            job.subscription_uuid,
                            job.body,
                            attempt=job.attempt + 1,
                            delay=retry_in,
                            version=job.version,
                        )
                    # Only now is the job off the books, so wait_idle never sees a gap before a retry.
                    self._in_flight -= 1
                    self._condition.notify_all()
        finally:
            if client is not None:
                client.close()

    def _attempt(self, client: httpx.Client, job: _Job) -> WebhookDelivery:
        signature = self._signer(job.body) if job.version == 2 else ""
        headers = {"Content-Type": "application/json", "User-Agent": "sezzle-local-gateway"}
        if signature:
            headers["Sezzle-Signature"] = signature
        status: int | None = None
        error: str | None = None
        try:
            status = client.post(job.url, content=job.body, headers=headers).status_code
        except Exception as exc:  # any failure to get an answer is a failed attempt, never a dead worker
            error = type(exc).__name__
        delivery = WebhookDelivery(
            event_uuid=job.event_uuid,
            event=job.event,
            url=job.url,
            subscription_uuid=job.subscription_uuid,
            attempt=job.attempt,
            status_code=status,
            error=error,
            at=datetime.now(UTC),
            body=job.body,
            signature=signature,
            version=job.version,
        )
        with self._condition:
            self._deliveries.append(delivery)
        return delivery

    def _retry_delay(self, job: _Job, delivery: WebhookDelivery) -> float | None:
        """How long until the next attempt, or None when delivered or out of attempts."""
        if delivery.delivered:
            logger.debug("webhook %s delivered to %s", job.event, _where(job.url))
            return None
        outcome = delivery.error or f"HTTP {delivery.status_code}"
        if job.attempt <= len(self._retry_delays):
            delay = self._retry_delays[job.attempt - 1]
            logger.info("webhook %s to %s failed (%s); retry in %.2fs", job.event, _where(job.url), outcome, delay)
            return delay
        logger.warning(
            "webhook %s to %s failed (%s) after %d attempts; giving up",
            job.event,
            _where(job.url),
            outcome,
            job.attempt,
        )
        return None
