"""Tokenized customers: list, read, delete, preapprove, and charge them with new orders.

A customer order answers 200 even when the shopper is declined: the result's ``approved`` says which,
and ``raise_on_decline=True`` turns a decline into ``DeclinedError``. Each order carries a
``Sezzle-Request-Id`` reused on every retry, so a retry cannot create a second order.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

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
from sezzle._rules import request_body
from sezzle.approval import CustomerOrderResult, require_approval
from sezzle.resources._base import AsyncResource, SyncResource
from sezzle.resources._money import AmountInput, request_id_header
from sezzle.retries import RetryPolicy
from sezzle.validation import path_id
from sezzle_api.api.customers import (
    create_customer_order,
    delete_customer,
    get_customer,
    list_customers,
    preapprove_customer,
)
from sezzle_api.models import (
    CustomerSummary,
    InstallmentPlan,
    Intent,
    Preapproval,
    TokenizedCustomer,
)

Timeout = TimeoutTypes | NotGiven
Retries = int | NotGiven


def _uuid(customer_uuid: str) -> str:
    return path_id("customer_uuid", customer_uuid)


def list_call() -> Call[list[CustomerSummary]]:
    return generated_call(list_customers, list_parser(CustomerSummary), policy=RetryPolicy.IDEMPOTENT)


def get_call(customer_uuid: str) -> Call[TokenizedCustomer]:
    return generated_call(
        get_customer, model_parser(TokenizedCustomer), policy=RetryPolicy.IDEMPOTENT, customer_uuid=_uuid(customer_uuid)
    )


def delete_call(customer_uuid: str) -> Call[None]:
    return generated_call(
        delete_customer, no_content, policy=RetryPolicy.IDEMPOTENT, customer_uuid=_uuid(customer_uuid)
    )


def preapprove_call(customer_uuid: str, amount: AmountInput) -> Call[Preapproval]:
    # Preapproval holds nothing, so asking twice is harmless.
    return generated_call(
        preapprove_customer, model_parser(Preapproval), policy=RetryPolicy.IDEMPOTENT,
        customer_uuid=_uuid(customer_uuid),
        body=request_body("POST /v2/customer/{customer_uuid}/preapprove", amount, "amount"),
    )  # fmt: skip


def create_order_call(
    customer_uuid: str,
    intent: Intent | str,
    reference_id: str,
    order_amount: AmountInput,
    financing_options: Sequence[InstallmentPlan | str] | None,
    idempotency_key: str | None,
) -> Call[CustomerOrderResult]:
    fields: dict[str, Any] = {"intent": intent, "reference_id": reference_id, "order_amount": order_amount}
    if financing_options is not None:
        fields["financing_options"] = financing_options
    return generated_call(
        create_customer_order, model_parser(CustomerOrderResult), policy=RetryPolicy.KEYED,
        headers=request_id_header(idempotency_key), customer_uuid=_uuid(customer_uuid),
        body=request_body("POST /v2/customer/{customer_uuid}/order", fields),
    )  # fmt: skip


class Customers(SyncResource):
    """Tokenized customers (``client.customers``): list, read and delete them, check approval and create orders.

    ```python
    result = client.customers.create_order(
        customer_uuid, intent="CAPTURE", reference_id="renewal-7", order_amount=price("9.99")
    )
    if result.approved:
        ...
    ```
    """

    def list(self, *, timeout: Timeout = NOT_GIVEN, max_retries: Retries = NOT_GIVEN) -> list[CustomerSummary]:
        """Every tokenized customer."""
        return self._request(list_call(), timeout, max_retries)

    def get(
        self, customer_uuid: str, *, timeout: Timeout = NOT_GIVEN, max_retries: Retries = NOT_GIVEN
    ) -> TokenizedCustomer:
        """The tokenized customer: their links and what Sezzle shares about them."""
        return self._request(get_call(customer_uuid), timeout, max_retries)

    def delete(self, customer_uuid: str, *, timeout: Timeout = NOT_GIVEN, max_retries: Retries = NOT_GIVEN) -> None:
        """Revoke the customer's token: no further orders can be created for them."""
        return self._request(delete_call(customer_uuid), timeout, max_retries)

    def preapprove(
        self, customer_uuid: str, amount: AmountInput, *, timeout: Timeout = NOT_GIVEN, max_retries: Retries = NOT_GIVEN
    ) -> Preapproval:
        """Whether the customer would be approved for ``amount``; nothing is authorized or held."""
        return self._request(preapprove_call(customer_uuid, amount), timeout, max_retries)

    def create_order(
        self, customer_uuid: str, *, intent: Intent | str, reference_id: str, order_amount: AmountInput,
        financing_options: Sequence[InstallmentPlan | str] | None = None, idempotency_key: str | None = None,
        raise_on_decline: bool = False, timeout: Timeout = NOT_GIVEN, max_retries: Retries = NOT_GIVEN,
    ) -> CustomerOrderResult:  # fmt: skip
        """Charge a tokenized customer. Check ``result.approved`` (or pass ``raise_on_decline=True``)."""
        call = create_order_call(customer_uuid, intent, reference_id, order_amount, financing_options, idempotency_key)
        result = self._request(call, timeout, max_retries)
        if raise_on_decline and isinstance(result, CustomerOrderResult):
            require_approval(result, "the customer order")
        return result

    @property
    def with_raw_response(self) -> CustomersWithRawResponse:
        """These methods answering the raw ``APIResponse`` (status, headers, ``request_id``, ``.parse()``)."""
        return CustomersWithRawResponse(self)


class AsyncCustomers(AsyncResource):
    """``Customers`` for ``AsyncSezzle``: the same methods, awaited."""

    async def list(self, *, timeout: Timeout = NOT_GIVEN, max_retries: Retries = NOT_GIVEN) -> list[CustomerSummary]:
        """Every tokenized customer."""
        return await self._request(list_call(), timeout, max_retries)

    async def get(
        self, customer_uuid: str, *, timeout: Timeout = NOT_GIVEN, max_retries: Retries = NOT_GIVEN
    ) -> TokenizedCustomer:
        """The tokenized customer: their links and what Sezzle shares about them."""
        return await self._request(get_call(customer_uuid), timeout, max_retries)

    async def delete(
        self, customer_uuid: str, *, timeout: Timeout = NOT_GIVEN, max_retries: Retries = NOT_GIVEN
    ) -> None:
        """Revoke the customer's token: no further orders can be created for them."""
        return await self._request(delete_call(customer_uuid), timeout, max_retries)

    async def preapprove(
        self, customer_uuid: str, amount: AmountInput, *, timeout: Timeout = NOT_GIVEN, max_retries: Retries = NOT_GIVEN
    ) -> Preapproval:
        """Whether the customer would be approved for ``amount``; nothing is authorized or held."""
        return await self._request(preapprove_call(customer_uuid, amount), timeout, max_retries)

    async def create_order(
        self, customer_uuid: str, *, intent: Intent | str, reference_id: str, order_amount: AmountInput,
        financing_options: Sequence[InstallmentPlan | str] | None = None, idempotency_key: str | None = None,
        raise_on_decline: bool = False, timeout: Timeout = NOT_GIVEN, max_retries: Retries = NOT_GIVEN,
    ) -> CustomerOrderResult:  # fmt: skip
        """Charge a tokenized customer. Check ``result.approved`` (or pass ``raise_on_decline=True``)."""
        call = create_order_call(customer_uuid, intent, reference_id, order_amount, financing_options, idempotency_key)
        result = await self._request(call, timeout, max_retries)
        if raise_on_decline and isinstance(result, CustomerOrderResult):
            require_approval(result, "the customer order")
        return result

    @property
    def with_raw_response(self) -> AsyncCustomersWithRawResponse:
        """These methods answering the raw ``APIResponse`` (status, headers, ``request_id``, ``.parse()``)."""
        return AsyncCustomersWithRawResponse(self)


class CustomersWithRawResponse:
    """``Customers``'s methods, each answering an ``APIResponse`` instead of the parsed result."""

    def __init__(self, customers: Customers) -> None:
        self.list = raw_response(customers.list)
        self.get = raw_response(customers.get)
        self.delete = raw_response(customers.delete)
        self.preapprove = raw_response(customers.preapprove)
        self.create_order = raw_response(customers.create_order)


class AsyncCustomersWithRawResponse:
    """``AsyncCustomers``'s methods, each answering an ``APIResponse`` instead of the parsed result."""

    def __init__(self, customers: AsyncCustomers) -> None:
        self.list = async_raw_response(customers.list)
        self.get = async_raw_response(customers.get)
        self.delete = async_raw_response(customers.delete)
        self.preapprove = async_raw_response(customers.preapprove)
        self.create_order = async_raw_response(customers.create_order)
