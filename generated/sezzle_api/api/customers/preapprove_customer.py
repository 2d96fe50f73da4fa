from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_v2 import ErrorV2
from ...models.preapproval import Preapproval
from ...models.price import Price
from ...types import Response


def _get_kwargs(
    customer_uuid: str,
    *,
    body: Price,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/customer/{customer_uuid}/preapprove".format(
            customer_uuid=quote(str(customer_uuid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorV2 | list[ErrorV2] | Preapproval | None:
    if response.status_code == 200:
        response_200 = Preapproval.from_dict(response.json())

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
) -> Response[ErrorV2 | list[ErrorV2] | Preapproval]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    customer_uuid: str,
    *,
    client: AuthenticatedClient | Client,
    body: Price,
) -> Response[ErrorV2 | list[ErrorV2] | Preapproval]:
    """Preapprove amount by customer

     Ask whether the customer would be approved for an amount; nothing is authorized or held.

    Args:
        customer_uuid (str):
        body (Price):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorV2 | list[ErrorV2] | Preapproval]
    """

    kwargs = _get_kwargs(
        customer_uuid=customer_uuid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    customer_uuid: str,
    *,
    client: AuthenticatedClient | Client,
    body: Price,
) -> ErrorV2 | list[ErrorV2] | Preapproval | None:
    """Preapprove amount by customer

     Ask whether the customer would be approved for an amount; nothing is authorized or held.

    Args:
        customer_uuid (str):
        body (Price):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorV2 | list[ErrorV2] | Preapproval
    """

    return sync_detailed(
        customer_uuid=customer_uuid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    customer_uuid: str,
    *,
    client: AuthenticatedClient | Client,
    body: Price,
) -> Response[ErrorV2 | list[ErrorV2] | Preapproval]:
    """Preapprove amount by customer

     Ask whether the customer would be approved for an amount; nothing is authorized or held.

    Args:
        customer_uuid (str):
        body (Price):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorV2 | list[ErrorV2] | Preapproval]
    """

    kwargs = _get_kwargs(
        customer_uuid=customer_uuid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    customer_uuid: str,
    *,
    client: AuthenticatedClient | Client,
    body: Price,
) -> ErrorV2 | list[ErrorV2] | Preapproval | None:
    """Preapprove amount by customer

     Ask whether the customer would be approved for an amount; nothing is authorized or held.

    Args:
        customer_uuid (str):
        body (Price):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorV2 | list[ErrorV2] | Preapproval
    """

    return (
        await asyncio_detailed(
            customer_uuid=customer_uuid,
            client=client,
            body=body,
        )
    ).parsed
