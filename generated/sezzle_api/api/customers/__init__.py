"""``CustomersMethods`` and ``AsyncCustomersMethods``: Tokenized customers: list, read, delete and preapprove them.

Written from the spec and openapi/methods.yaml by ``make generate``; ``sezzle.resources`` adds what
the spec cannot say.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sezzle._core.resource import AsyncResource, Resource
from sezzle._core.rules import request_body
from sezzle._core.sender import (
    NOT_GIVEN,
    NotGiven,
    TimeoutTypes,
    async_raw_response,
    raw_response,
)
from sezzle.validation import path_id

from ...models import CustomerSummary, Preapproval, Price, TokenizedCustomer
from . import delete_customer, get_customer, list_customers, preapprove_customer


class CustomersMethods(Resource):
    """Tokenized customers: list, read, delete and preapprove them."""

    def list(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> list[CustomerSummary]:
        """Every tokenized customer."""
        operation = list_customers.request()
        return self._sender.request(operation, timeout=timeout, max_retries=max_retries)

    def get(
        self,
        customer_uuid: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> TokenizedCustomer:
        """The tokenized customer: their links and what Sezzle shares about them."""
        operation = get_customer.request(
            path_id("customer_uuid", customer_uuid),
        )
        return self._sender.request(operation, timeout=timeout, max_retries=max_retries)

    def delete(
        self,
        customer_uuid: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Revoke the customer's token: no further orders can be created for them."""
        operation = delete_customer.request(
            path_id("customer_uuid", customer_uuid),
        )
        return self._sender.request(operation, timeout=timeout, max_retries=max_retries)

    def preapprove(
        self,
        customer_uuid: str,
        amount: Price | Mapping[str, Any],
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Preapproval:
        """Whether the customer would be approved for ``amount``; nothing is authorized or held."""
        operation = preapprove_customer.request(
            path_id("customer_uuid", customer_uuid),
            body=request_body(
                "POST /v2/customer/{customer_uuid}/preapprove", amount, "amount"
            ),
        )
        return self._sender.request(operation, timeout=timeout, max_retries=max_retries)

    @property
    def with_raw_response(self) -> CustomersMethodsWithRawResponse:
        """These methods answering the raw ``APIResponse`` (status, headers, ``request_id``, ``.parse()``)."""
        return CustomersMethodsWithRawResponse(self)


class CustomersMethodsWithRawResponse:
    """``Customers``'s methods, each answering an ``APIResponse`` instead of the parsed result."""

    def __init__(self, resource: CustomersMethods) -> None:
        self.list = raw_response(resource.list)
        self.get = raw_response(resource.get)
        self.delete = raw_response(resource.delete)
        self.preapprove = raw_response(resource.preapprove)


class AsyncCustomersMethods(AsyncResource):
    """``CustomersMethods`` for ``AsyncSezzle``: the same methods, awaited."""

    async def list(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> list[CustomerSummary]:
        """Every tokenized customer."""
        operation = list_customers.request()
        return await self._sender.request(
            operation, timeout=timeout, max_retries=max_retries
        )

    async def get(
        self,
        customer_uuid: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> TokenizedCustomer:
        """The tokenized customer: their links and what Sezzle shares about them."""
        operation = get_customer.request(
            path_id("customer_uuid", customer_uuid),
        )
        return await self._sender.request(
            operation, timeout=timeout, max_retries=max_retries
        )

    async def delete(
        self,
        customer_uuid: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Revoke the customer's token: no further orders can be created for them."""
        operation = delete_customer.request(
            path_id("customer_uuid", customer_uuid),
        )
        return await self._sender.request(
            operation, timeout=timeout, max_retries=max_retries
        )

    async def preapprove(
        self,
        customer_uuid: str,
        amount: Price | Mapping[str, Any],
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Preapproval:
        """Whether the customer would be approved for ``amount``; nothing is authorized or held."""
        operation = preapprove_customer.request(
            path_id("customer_uuid", customer_uuid),
            body=request_body(
                "POST /v2/customer/{customer_uuid}/preapprove", amount, "amount"
            ),
        )
        return await self._sender.request(
            operation, timeout=timeout, max_retries=max_retries
        )

    @property
    def with_raw_response(self) -> AsyncCustomersMethodsWithRawResponse:
        """These methods answering the raw ``APIResponse`` (status, headers, ``request_id``, ``.parse()``)."""
        return AsyncCustomersMethodsWithRawResponse(self)


class AsyncCustomersMethodsWithRawResponse:
    """``AsyncCustomers``'s methods, each answering an ``APIResponse`` instead of the parsed result."""

    def __init__(self, resource: AsyncCustomersMethods) -> None:
        self.list = async_raw_response(resource.list)
        self.get = async_raw_response(resource.get)
        self.delete = async_raw_response(resource.delete)
        self.preapprove = async_raw_response(resource.preapprove)
