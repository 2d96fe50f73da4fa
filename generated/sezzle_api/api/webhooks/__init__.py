"""``WebhooksMethods`` and ``AsyncWebhooksMethods``: Webhook subscriptions (receiving deliveries is ``sezzle.webhooks``).

Written from the spec and openapi/methods.yaml by ``make generate``; ``sezzle.resources`` adds what
the spec cannot say.
"""

from __future__ import annotations

from collections.abc import Sequence

from sezzle._core.resource import AsyncResource, Resource, present
from sezzle._core.rules import request_body
from sezzle._core.sender import (
    NOT_GIVEN,
    NotGiven,
    TimeoutTypes,
    async_raw_response,
    raw_response,
)
from sezzle.validation import path_id

from ...models import CreatedWebhook, Webhook, WebhookEvent
from . import (
    create_webhook,
    delete_webhook,
    get_webhook,
    list_webhooks,
    test_webhook,
    update_webhook,
)


class WebhooksMethods(Resource):
    """Webhook subscriptions (receiving deliveries is ``sezzle.webhooks``)."""

    def list(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> list[Webhook]:
        """Every webhook subscription of the account."""
        operation = list_webhooks.request()
        return self._sender.request(operation, timeout=timeout, max_retries=max_retries)

    def create(
        self,
        *,
        url: str,
        events: Sequence[WebhookEvent | str],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CreatedWebhook:
        """Subscribe ``url`` to ``events`` (the URL must be unique per merchant)."""
        operation = create_webhook.request(
            body=request_body("POST /v2/webhooks", present(url=url, events=events)),
        )
        return self._sender.request(operation, timeout=timeout, max_retries=max_retries)

    def test(
        self,
        event: WebhookEvent | str,
        *,
        url: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Ask Sezzle to send a test ``event``: to ``url``, or to every URL subscribed to it."""
        operation = test_webhook.request(
            body=request_body("POST /v2/webhooks/test", present(event=event, url=url)),
        )
        return self._sender.request(operation, timeout=timeout, max_retries=max_retries)

    def get(
        self,
        webhook_uuid: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Webhook:
        """One webhook subscription: its url and events."""
        operation = get_webhook.request(
            path_id("webhook_uuid", webhook_uuid),
        )
        return self._sender.request(operation, timeout=timeout, max_retries=max_retries)

    def delete(
        self,
        webhook_uuid: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete the subscription: Sezzle stops delivering its events."""
        operation = delete_webhook.request(
            path_id("webhook_uuid", webhook_uuid),
        )
        return self._sender.request(operation, timeout=timeout, max_retries=max_retries)

    def update(
        self,
        webhook_uuid: str,
        *,
        url: str,
        events: Sequence[WebhookEvent | str],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Webhook | None:
        """Replace the subscription's URL and its whole event list.

        Sezzle documents no body for a successful update: the subscription when the gateway sends one,
        else None."""
        operation = update_webhook.request(
            path_id("webhook_uuid", webhook_uuid),
            body=request_body(
                "PATCH /v2/webhooks/{webhooks_uuid}", present(url=url, events=events)
            ),
        )
        return self._sender.request(operation, timeout=timeout, max_retries=max_retries)

    @property
    def with_raw_response(self) -> WebhooksMethodsWithRawResponse:
        """These methods answering the raw ``APIResponse`` (status, headers, ``request_id``, ``.parse()``)."""
        return WebhooksMethodsWithRawResponse(self)


class WebhooksMethodsWithRawResponse:
    """``Webhooks``'s methods, each answering an ``APIResponse`` instead of the parsed result."""

    def __init__(self, resource: WebhooksMethods) -> None:
        self.list = raw_response(resource.list)
        self.create = raw_response(resource.create)
        self.test = raw_response(resource.test)
        self.get = raw_response(resource.get)
        self.delete = raw_response(resource.delete)
        self.update = raw_response(resource.update)


class AsyncWebhooksMethods(AsyncResource):
    """``WebhooksMethods`` for ``AsyncSezzle``: the same methods, awaited."""

    async def list(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> list[Webhook]:
        """Every webhook subscription of the account."""
        operation = list_webhooks.request()
        return await self._sender.request(
            operation, timeout=timeout, max_retries=max_retries
        )

    async def create(
        self,
        *,
        url: str,
        events: Sequence[WebhookEvent | str],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CreatedWebhook:
        """Subscribe ``url`` to ``events`` (the URL must be unique per merchant)."""
        operation = create_webhook.request(
            body=request_body("POST /v2/webhooks", present(url=url, events=events)),
        )
        return await self._sender.request(
            operation, timeout=timeout, max_retries=max_retries
        )

    async def test(
        self,
        event: WebhookEvent | str,
        *,
        url: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Ask Sezzle to send a test ``event``: to ``url``, or to every URL subscribed to it."""
        operation = test_webhook.request(
            body=request_body("POST /v2/webhooks/test", present(event=event, url=url)),
        )
        return await self._sender.request(
            operation, timeout=timeout, max_retries=max_retries
        )

    async def get(
        self,
        webhook_uuid: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Webhook:
        """One webhook subscription: its url and events."""
        operation = get_webhook.request(
            path_id("webhook_uuid", webhook_uuid),
        )
        return await self._sender.request(
            operation, timeout=timeout, max_retries=max_retries
        )

    async def delete(
        self,
        webhook_uuid: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete the subscription: Sezzle stops delivering its events."""
        operation = delete_webhook.request(
            path_id("webhook_uuid", webhook_uuid),
        )
        return await self._sender.request(
            operation, timeout=timeout, max_retries=max_retries
        )

    async def update(
        self,
        webhook_uuid: str,
        *,
        url: str,
        events: Sequence[WebhookEvent | str],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Webhook | None:
        """Replace the subscription's URL and its whole event list.

        Sezzle documents no body for a successful update: the subscription when the gateway sends one,
        else None."""
        operation = update_webhook.request(
            path_id("webhook_uuid", webhook_uuid),
            body=request_body(
                "PATCH /v2/webhooks/{webhooks_uuid}", present(url=url, events=events)
            ),
        )
        return await self._sender.request(
            operation, timeout=timeout, max_retries=max_retries
        )

    @property
    def with_raw_response(self) -> AsyncWebhooksMethodsWithRawResponse:
        """These methods answering the raw ``APIResponse`` (status, headers, ``request_id``, ``.parse()``)."""
        return AsyncWebhooksMethodsWithRawResponse(self)


class AsyncWebhooksMethodsWithRawResponse:
    """``AsyncWebhooks``'s methods, each answering an ``APIResponse`` instead of the parsed result."""

    def __init__(self, resource: AsyncWebhooksMethods) -> None:
        self.list = async_raw_response(resource.list)
        self.create = async_raw_response(resource.create)
        self.test = async_raw_response(resource.test)
        self.get = async_raw_response(resource.get)
        self.delete = async_raw_response(resource.delete)
        self.update = async_raw_response(resource.update)
