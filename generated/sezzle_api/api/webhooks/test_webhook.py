from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_v2 import ErrorV2
from ...models.webhook_test_request import WebhookTestRequest
from ...types import Response


def _get_kwargs(
    *,
    body: WebhookTestRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/webhooks/test",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorV2 | list[ErrorV2] | None:
    if response.status_code == 201:
        response_201 = cast(Any, None)
        return response_201

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:

        def _parse_response_400(data: object) -> ErrorV2 | list[ErrorV2]:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_errors_v2_type_0 = []
                _componentsschemas_errors_v2_type_0 = data
                for (
                    componentsschemas_errors_v2_type_0_item_data
                ) in _componentsschemas_errors_v2_type_0:
                    componentsschemas_errors_v2_type_0_item = ErrorV2.from_dict(
                        componentsschemas_errors_v2_type_0_item_data
                    )

                    componentsschemas_errors_v2_type_0.append(
                        componentsschemas_errors_v2_type_0_item
                    )

                return componentsschemas_errors_v2_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_errors_v2_type_1 = ErrorV2.from_dict(data)

            return componentsschemas_errors_v2_type_1

        response_400 = _parse_response_400(response.json())

        return response_400

    if response.status_code == 401:

        def _parse_response_401(data: object) -> ErrorV2 | list[ErrorV2]:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_errors_v2_type_0 = []
                _componentsschemas_errors_v2_type_0 = data
                for (
                    componentsschemas_errors_v2_type_0_item_data
                ) in _componentsschemas_errors_v2_type_0:
                    componentsschemas_errors_v2_type_0_item = ErrorV2.from_dict(
                        componentsschemas_errors_v2_type_0_item_data
                    )

                    componentsschemas_errors_v2_type_0.append(
                        componentsschemas_errors_v2_type_0_item
                    )

                return componentsschemas_errors_v2_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_errors_v2_type_1 = ErrorV2.from_dict(data)

            return componentsschemas_errors_v2_type_1

        response_401 = _parse_response_401(response.json())

        return response_401

    if response.status_code == 422:

        def _parse_response_422(data: object) -> ErrorV2 | list[ErrorV2]:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_errors_v2_type_0 = []
                _componentsschemas_errors_v2_type_0 = data
                for (
                    componentsschemas_errors_v2_type_0_item_data
                ) in _componentsschemas_errors_v2_type_0:
                    componentsschemas_errors_v2_type_0_item = ErrorV2.from_dict(
                        componentsschemas_errors_v2_type_0_item_data
                    )

                    componentsschemas_errors_v2_type_0.append(
                        componentsschemas_errors_v2_type_0_item
                    )

                return componentsschemas_errors_v2_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_errors_v2_type_1 = ErrorV2.from_dict(data)

            return componentsschemas_errors_v2_type_1

        response_422 = _parse_response_422(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorV2 | list[ErrorV2]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: WebhookTestRequest,
) -> Response[Any | ErrorV2 | list[ErrorV2]]:
    """Test webhooks

     Send a test event; without url it goes to every URL subscribed to that event.

    Args:
        body (WebhookTestRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorV2 | list[ErrorV2]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: WebhookTestRequest,
) -> Any | ErrorV2 | list[ErrorV2] | None:
    """Test webhooks

     Send a test event; without url it goes to every URL subscribed to that event.

    Args:
        body (WebhookTestRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorV2 | list[ErrorV2]
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: WebhookTestRequest,
) -> Response[Any | ErrorV2 | list[ErrorV2]]:
    """Test webhooks

     Send a test event; without url it goes to every URL subscribed to that event.

    Args:
        body (WebhookTestRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorV2 | list[ErrorV2]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: WebhookTestRequest,
) -> Any | ErrorV2 | list[ErrorV2] | None:
    """Test webhooks

     Send a test event; without url it goes to every URL subscribed to that event.

    Args:
        body (WebhookTestRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorV2 | list[ErrorV2]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
