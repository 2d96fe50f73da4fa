"""Webhook subscriptions: ``client.webhooks.create(url=..., events=[...])`` and friends.

(Verifying and parsing the deliveries themselves is ``sezzle.webhooks``.) Sezzle documents no body
for a successful update, so ``update`` answers the subscription when the gateway sends one and None
otherwise; the test call succeeds on any 2xx (the spec says 204, the docs 201).
"""

from __future__ import annotations

from collections.abc import Sequence

import httpx

from sezzle._http import (
    NOT_GIVEN,
    Call,
    NotGiven,
    TimeoutTypes,
    async_raw_response,
    generated_call,
    list_parser,
    model_parser,
    no_content,
    raw_response,
)
from sezzle._rules import JsonBody, request_body
from sezzle.resources._base import AsyncResource, SyncResource
from sezzle.retries import RetryPolicy
from sezzle.validation import path_id
from sezzle_api.api.webhooks import (
    create_webhook,
    delete_webhook,
    get_webhook,
    list_webhooks,
    test_webhook,
    update_webhook,
)
from sezzle_api.models import CreatedWebhook, Webhook, WebhookEvent

Timeout = TimeoutTypes | NotGiven
Retries = int | NotGiven
Events = Sequence[WebhookEvent | str]


def _webhook_or_none(response: httpx.Response) -> Webhook | None:
    if response.status_code == 204 or not response.content.strip():
        return None
    parsed: Webhook = model_parser(Webhook)(response)
    return parsed


def _request(operation: str, url: str, events: Events) -> JsonBody:
    return request_body(operation, {"url": url, "events": events})


def _uuid(webhook_uuid: str) -> str:
    return path_id("webhook_uuid", webhook_uuid)


def create_call(url: str, events: Events) -> Call[CreatedWebhook]:
    # No idempotency support: a resend after the request arrived could subscribe twice.
    return generated_call(
        create_webhook,
        model_parser(CreatedWebhook),
        policy=RetryPolicy.UNSENT_ONLY,
        body=_request("POST /v2/webhooks", url, events),
    )


def list_call() -> Call[list[Webhook]]:
    return generated_call(list_webhooks, list_parser(Webhook), policy=RetryPolicy.IDEMPOTENT)


def get_call(webhook_uuid: str) -> Call[Webhook]:
    return generated_call(
        get_webhook, model_parser(Webhook), policy=RetryPolicy.IDEMPOTENT, webhooks_uuid=_uuid(webhook_uuid)
    )


def update_call(webhook_uuid: str, url: str, events: Events) -> Call[Webhook | None]:
    return generated_call(
        update_webhook, _webhook_or_none, policy=RetryPolicy.IDEMPOTENT,
        webhooks_uuid=_uuid(webhook_uuid), body=_request("PATCH /v2/webhooks/{webhooks_uuid}", url, events),
    )  # fmt: skip


def delete_call(webhook_uuid: str) -> Call[None]:
    return generated_call(delete_webhook, no_content, policy=RetryPolicy.IDEMPOTENT, webhooks_uuid=_uuid(webhook_uuid))


def test_call(event: WebhookEvent | str, url: str | None) -> Call[None]:
    fields: dict[str, object] = {"event": event}
    if url is not None:
        fields["url"] = url
    return generated_call(
        test_webhook, no_content, policy=RetryPolicy.UNSENT_ONLY, body=request_body("POST /v2/webhooks/test", fields)
    )


class Webhooks(SyncResource):
    """Webhook subscriptions (``client.webhooks``); to receive deliveries, see ``sezzle.webhooks``.

    ```python
    client.webhooks.create(url="https://shop.example/webhooks/sezzle", events=["order.captured"])
    ```
    """

    def create(
        self, *, url: str, events: Events, timeout: Timeout = NOT_GIVEN, max_retries: Retries = NOT_GIVEN
    ) -> CreatedWebhook:
        """Subscribe ``url`` to ``events`` (the URL must be unique per merchant)."""
        return self._request(create_call(url, events), timeout, max_retries)

    def list(self, *, timeout: Timeout = NOT_GIVEN, max_retries: Retries = NOT_GIVEN) -> list[Webhook]:
        """Every webhook subscription of the account."""
        return self._request(list_call(), timeout, max_retries)

    def get(self, webhook_uuid: str, *, timeout: Timeout = NOT_GIVEN, max_retries: Retries = NOT_GIVEN) -> Webhook:
        """One webhook subscription: its url and events."""
        return self._request(get_call(webhook_uuid), timeout, max_retries)

    def update(
        self,
        webhook_uuid: str,
        *,
        url: str,
        events: Events,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> Webhook | None:
        """Replace the subscription's URL and its whole event list."""
        return self._request(update_call(webhook_uuid, url, events), timeout, max_retries)

    def delete(self, webhook_uuid: str, *, timeout: Timeout = NOT_GIVEN, max_retries: Retries = NOT_GIVEN) -> None:
        """Delete the subscription: Sezzle stops delivering its events."""
        return self._request(delete_call(webhook_uuid), timeout, max_retries)

    def test(
        self,
        event: WebhookEvent | str,
        *,
        url: str | None = None,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> None:
        """Ask Sezzle to send a test ``event``: to ``url``, or to every URL subscribed to it."""
        return self._request(test_call(event, url), timeout, max_retries)

    @property
    def with_raw_response(self) -> WebhooksWithRawResponse:
        """These methods answering the raw ``APIResponse`` (status, headers, ``request_id``, ``.parse()``)."""
        return WebhooksWithRawResponse(self)


class AsyncWebhooks(AsyncResource):
    """``Webhooks`` for ``AsyncSezzle``: the same methods, awaited."""

    async def create(
        self, *, url: str, events: Events, timeout: Timeout = NOT_GIVEN, max_retries: Retries = NOT_GIVEN
    ) -> CreatedWebhook:
        """Subscribe ``url`` to ``events`` (the URL must be unique per merchant)."""
        return await self._request(create_call(url, events), timeout, max_retries)

    async def list(self, *, timeout: Timeout = NOT_GIVEN, max_retries: Retries = NOT_GIVEN) -> list[Webhook]:
        """Every webhook subscription of the account."""
        return await self._request(list_call(), timeout, max_retries)

    async def get(
        self, webhook_uuid: str, *, timeout: Timeout = NOT_GIVEN, max_retries: Retries = NOT_GIVEN
    ) -> Webhook:
        """One webhook subscription: its url and events."""
        return await self._request(get_call(webhook_uuid), timeout, max_retries)

    async def update(
        self,
        webhook_uuid: str,
        *,
        url: str,
        events: Events,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> Webhook | None:
        """Replace the subscription's URL and its whole event list."""
        return await self._request(update_call(webhook_uuid, url, events), timeout, max_retries)

    async def delete(
        self, webhook_uuid: str, *, timeout: Timeout = NOT_GIVEN, max_retries: Retries = NOT_GIVEN
    ) -> None:
        """Delete the subscription: Sezzle stops delivering its events."""
        return await self._request(delete_call(webhook_uuid), timeout, max_retries)

    async def test(
        self,
        event: WebhookEvent | str,
        *,
        url: str | None = None,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> None:
        """Ask Sezzle to send a test ``event``: to ``url``, or to every URL subscribed to it."""
        return await self._request(test_call(event, url), timeout, max_retries)

    @property
    def with_raw_response(self) -> AsyncWebhooksWithRawResponse:
        """These methods answering the raw ``APIResponse`` (status, headers, ``request_id``, ``.parse()``)."""
        return AsyncWebhooksWithRawResponse(self)


class WebhooksWithRawResponse:
    """``Webhooks``'s methods, each answering an ``APIResponse`` instead of the parsed result."""

    def __init__(self, webhooks: Webhooks) -> None:
        self.create = raw_response(webhooks.create)
        self.list = raw_response(webhooks.list)
        self.get = raw_response(webhooks.get)
        self.update = raw_response(webhooks.update)
        self.delete = raw_response(webhooks.delete)
        self.test = raw_response(webhooks.test)


class AsyncWebhooksWithRawResponse:
    """``AsyncWebhooks``'s methods, each answering an ``APIResponse`` instead of the parsed result."""

    def __init__(self, webhooks: AsyncWebhooks) -> None:
        self.create = async_raw_response(webhooks.create)
        self.list = async_raw_response(webhooks.list)
        self.get = async_raw_response(webhooks.get)
        self.update = async_raw_response(webhooks.update)
        self.delete = async_raw_response(webhooks.delete)
        self.test = async_raw_response(webhooks.test)
