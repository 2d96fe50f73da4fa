from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.customer_summary import CustomerSummary
from ...models.error_v2 import ErrorV2
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/customer",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorV2 | list[ErrorV2] | list[CustomerSummary] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = CustomerSummary.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

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

    if response.status_code == 404:

        def _parse_response_404(data: object) -> ErrorV2 | list[ErrorV2]:
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

        response_404 = _parse_response_404(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorV2 | list[ErrorV2] | list[CustomerSummary]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorV2 | list[ErrorV2] | list[CustomerSummary]]:
    """Get a list of customers

     Every tokenized customer of the merchant.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorV2 | list[ErrorV2] | list[CustomerSummary]]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> ErrorV2 | list[ErrorV2] | list[CustomerSummary] | None:
    """Get a list of customers

     Every tokenized customer of the merchant.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorV2 | list[ErrorV2] | list[CustomerSummary]
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorV2 | list[ErrorV2] | list[CustomerSummary]]:
    """Get a list of customers

     Every tokenized customer of the merchant.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorV2 | list[ErrorV2] | list[CustomerSummary]]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> ErrorV2 | list[ErrorV2] | list[CustomerSummary] | None:
    """Get a list of customers

     Every tokenized customer of the merchant.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorV2 | list[ErrorV2] | list[CustomerSummary]
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
