import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_v2 import ErrorV2
from ...models.payout_summary import PayoutSummary
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    start_date: datetime.date,
    end_date: datetime.date | Unset = UNSET,
    offset: int | Unset = UNSET,
    currency_code: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_start_date = start_date.isoformat()
    params["start-date"] = json_start_date

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["end-date"] = json_end_date

    params["offset"] = offset

    params["currency-code"] = currency_code

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/settlements/summaries",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorV2 | list[ErrorV2] | list[PayoutSummary] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = PayoutSummary.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[ErrorV2 | list[ErrorV2] | list[PayoutSummary]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    start_date: datetime.date,
    end_date: datetime.date | Unset = UNSET,
    offset: int | Unset = UNSET,
    currency_code: str | Unset = UNSET,
) -> Response[ErrorV2 | list[ErrorV2] | list[PayoutSummary]]:
    """Get settlement summaries

     Payout summaries in a date range, 20 per page.

    Args:
        start_date (datetime.date):
        end_date (datetime.date | Unset):
        offset (int | Unset):
        currency_code (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorV2 | list[ErrorV2] | list[PayoutSummary]]
    """

    kwargs = _get_kwargs(
        start_date=start_date,
        end_date=end_date,
        offset=offset,
        currency_code=currency_code,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    start_date: datetime.date,
    end_date: datetime.date | Unset = UNSET,
    offset: int | Unset = UNSET,
    currency_code: str | Unset = UNSET,
) -> ErrorV2 | list[ErrorV2] | list[PayoutSummary] | None:
    """Get settlement summaries

     Payout summaries in a date range, 20 per page.

    Args:
        start_date (datetime.date):
        end_date (datetime.date | Unset):
        offset (int | Unset):
        currency_code (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorV2 | list[ErrorV2] | list[PayoutSummary]
    """

    return sync_detailed(
        client=client,
        start_date=start_date,
        end_date=end_date,
        offset=offset,
        currency_code=currency_code,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    start_date: datetime.date,
    end_date: datetime.date | Unset = UNSET,
    offset: int | Unset = UNSET,
    currency_code: str | Unset = UNSET,
) -> Response[ErrorV2 | list[ErrorV2] | list[PayoutSummary]]:
    """Get settlement summaries

     Payout summaries in a date range, 20 per page.

    Args:
        start_date (datetime.date):
        end_date (datetime.date | Unset):
        offset (int | Unset):
        currency_code (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorV2 | list[ErrorV2] | list[PayoutSummary]]
    """

    kwargs = _get_kwargs(
        start_date=start_date,
        end_date=end_date,
        offset=offset,
        currency_code=currency_code,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    start_date: datetime.date,
    end_date: datetime.date | Unset = UNSET,
    offset: int | Unset = UNSET,
    currency_code: str | Unset = UNSET,
) -> ErrorV2 | list[ErrorV2] | list[PayoutSummary] | None:
    """Get settlement summaries

     Payout summaries in a date range, 20 per page.

    Args:
        start_date (datetime.date):
        end_date (datetime.date | Unset):
        offset (int | Unset):
        currency_code (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorV2 | list[ErrorV2] | list[PayoutSummary]
    """

    return (
        await asyncio_detailed(
            client=client,
            start_date=start_date,
            end_date=end_date,
            offset=offset,
            currency_code=currency_code,
        )
    ).parsed
