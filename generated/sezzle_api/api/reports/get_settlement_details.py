from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_v2 import ErrorV2
from ...types import UNSET, Response, Unset


def _get_kwargs(
    payout_uuid: str,
    *,
    metadata: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["metadata"] = metadata

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/settlements/details/{payout_uuid}".format(
            payout_uuid=quote(str(payout_uuid), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorV2 | list[ErrorV2] | str | None:
    if response.status_code == 200:
        response_200 = response.text
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
) -> Response[ErrorV2 | list[ErrorV2] | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    payout_uuid: str,
    *,
    client: AuthenticatedClient | Client,
    metadata: str | Unset = UNSET,
) -> Response[ErrorV2 | list[ErrorV2] | str]:
    """Get settlement details

     One payout as CSV: a summary section, then its line items.

    Args:
        payout_uuid (str):
        metadata (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorV2 | list[ErrorV2] | str]
    """

    kwargs = _get_kwargs(
        payout_uuid=payout_uuid,
        metadata=metadata,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    payout_uuid: str,
    *,
    client: AuthenticatedClient | Client,
    metadata: str | Unset = UNSET,
) -> ErrorV2 | list[ErrorV2] | str | None:
    """Get settlement details

     One payout as CSV: a summary section, then its line items.

    Args:
        payout_uuid (str):
        metadata (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorV2 | list[ErrorV2] | str
    """

    return sync_detailed(
        payout_uuid=payout_uuid,
        client=client,
        metadata=metadata,
    ).parsed


async def asyncio_detailed(
    payout_uuid: str,
    *,
    client: AuthenticatedClient | Client,
    metadata: str | Unset = UNSET,
) -> Response[ErrorV2 | list[ErrorV2] | str]:
    """Get settlement details

     One payout as CSV: a summary section, then its line items.

    Args:
        payout_uuid (str):
        metadata (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorV2 | list[ErrorV2] | str]
    """

    kwargs = _get_kwargs(
        payout_uuid=payout_uuid,
        metadata=metadata,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    payout_uuid: str,
    *,
    client: AuthenticatedClient | Client,
    metadata: str | Unset = UNSET,
) -> ErrorV2 | list[ErrorV2] | str | None:
    """Get settlement details

     One payout as CSV: a summary section, then its line items.

    Args:
        payout_uuid (str):
        metadata (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorV2 | list[ErrorV2] | str
    """

    return (
        await asyncio_detailed(
            payout_uuid=payout_uuid,
            client=client,
            metadata=metadata,
        )
    ).parsed
