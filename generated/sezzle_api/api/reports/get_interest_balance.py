from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_v2 import ErrorV2
from ...models.interest_balance import InterestBalance
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    currency_code: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["currency-code"] = currency_code

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/interest/balance",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorV2 | list[ErrorV2] | InterestBalance | None:
    if response.status_code == 200:
        response_200 = InterestBalance.from_dict(response.json())

        return response_200

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorV2 | list[ErrorV2] | InterestBalance]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    currency_code: str | Unset = UNSET,
) -> Response[ErrorV2 | list[ErrorV2] | InterestBalance]:
    """Get interest account balance

     The interest account balance (fractions of cents are tracked).

    Args:
        currency_code (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorV2 | list[ErrorV2] | InterestBalance]
    """

    kwargs = _get_kwargs(
        currency_code=currency_code,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    currency_code: str | Unset = UNSET,
) -> ErrorV2 | list[ErrorV2] | InterestBalance | None:
    """Get interest account balance

     The interest account balance (fractions of cents are tracked).

    Args:
        currency_code (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorV2 | list[ErrorV2] | InterestBalance
    """

    return sync_detailed(
        client=client,
        currency_code=currency_code,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    currency_code: str | Unset = UNSET,
) -> Response[ErrorV2 | list[ErrorV2] | InterestBalance]:
    """Get interest account balance

     The interest account balance (fractions of cents are tracked).

    Args:
        currency_code (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorV2 | list[ErrorV2] | InterestBalance]
    """

    kwargs = _get_kwargs(
        currency_code=currency_code,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    currency_code: str | Unset = UNSET,
) -> ErrorV2 | list[ErrorV2] | InterestBalance | None:
    """Get interest account balance

     The interest account balance (fractions of cents are tracked).

    Args:
        currency_code (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorV2 | list[ErrorV2] | InterestBalance
    """

    return (
        await asyncio_detailed(
            client=client,
            currency_code=currency_code,
        )
    ).parsed
