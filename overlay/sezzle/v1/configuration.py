"""Merchant configuration: for now, only the URL Sezzle sends v1 order webhooks to.

Setting it twice to the same URL changes nothing, so the call is resent like a read.
"""

from __future__ import annotations

from sezzle._core.resource import AsyncResource, Resource
from sezzle._core.rules import checked_json
from sezzle._core.sender import NOT_GIVEN, Call, async_raw_response, no_content, raw_response
from sezzle.retries import RetryPolicy
from sezzle.v1._params import Retries, Timeout


def update_call(url: str) -> Call[None]:
    body = checked_json("POST /v1/configuration", {"webhook_url": url})
    # Sezzle's page says 200, other sources 204: any 2xx is success, and any body is ignored.
    return Call("POST", "/v1/configuration", no_content, json=body, policy=RetryPolicy.IDEMPOTENT)


class AsyncConfiguration(AsyncResource):
    """v1 merchant configuration (``client.v1.configuration``): the v1 webhook URL."""

    async def update(self, *, webhook_url: str, timeout: Timeout = NOT_GIVEN, max_retries: Retries = NOT_GIVEN) -> None:
        """Set the URL Sezzle sends v1 order webhooks to (read them with ``sezzle.webhooks.v1``)."""
        return await self._sender.request(update_call(webhook_url), timeout=timeout, max_retries=max_retries)

    @property
    def with_raw_response(self) -> AsyncConfigurationWithRawResponse:
        """These methods answering the raw ``APIResponse`` (status, headers, ``request_id``, ``.parse()``)."""
        return AsyncConfigurationWithRawResponse(self)


class AsyncConfigurationWithRawResponse:
    """``AsyncConfiguration``'s methods, each answering an ``APIResponse`` instead of the parsed result."""

    def __init__(self, configuration: AsyncConfiguration) -> None:
        self.update = async_raw_response(configuration.update)


# --- sync twin: written by `make generate` (scripts/unasync.py) from the async code above; do not edit ---


class Configuration(Resource):
    """v1 merchant configuration (``client.v1.configuration``): the v1 webhook URL."""

    def update(self, *, webhook_url: str, timeout: Timeout = NOT_GIVEN, max_retries: Retries = NOT_GIVEN) -> None:
        """Set the URL Sezzle sends v1 order webhooks to (read them with ``sezzle.webhooks.v1``)."""
        return self._sender.request(update_call(webhook_url), timeout=timeout, max_retries=max_retries)

    @property
    def with_raw_response(self) -> ConfigurationWithRawResponse:
        """These methods answering the raw ``APIResponse`` (status, headers, ``request_id``, ``.parse()``)."""
        return ConfigurationWithRawResponse(self)


class ConfigurationWithRawResponse:
    """``Configuration``'s methods, each answering an ``APIResponse`` instead of the parsed result."""

    def __init__(self, configuration: Configuration) -> None:
        self.update = raw_response(configuration.update)


# --- end of sync twin ---
