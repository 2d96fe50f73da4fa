"""Tokenized customers: list, read, delete, preapprove, and create orders for them.

Creating an order charges a customer who agreed to be tokenized; like a capture it sends a
``Sezzle-Request-Id`` that is the same on every retry. The answer is 200 even when the shopper is
declined: check ``result.approved`` or pass ``raise_on_decline=True``.
"""

from __future__ import annotations

from collections.abc import Sequence

from sezzle._core.resource import present, request_id
from sezzle._core.rules import request_body
from sezzle._core.sender import NOT_GIVEN, NotGiven, TimeoutTypes, answering, async_raw_response, raw_response
from sezzle.approval import CustomerOrderResult, require_approval
from sezzle.money import AmountInput
from sezzle.validation import path_id
from sezzle_api.api.customers import (
    AsyncCustomersMethods,
    AsyncCustomersMethodsWithRawResponse,
    CustomersMethods,
    CustomersMethodsWithRawResponse,
    create_customer_order,
)
from sezzle_api.models import InstallmentPlan, Intent
from sezzle_api.types import Operation


def _customer_order(
    customer_uuid: str,
    intent: Intent | str,
    reference_id: str,
    order_amount: AmountInput,
    financing_options: Sequence[InstallmentPlan | str] | None,
    idempotency_key: str | None,
) -> Operation[CustomerOrderResult]:
    fields = present(
        intent=intent, reference_id=reference_id, order_amount=order_amount, financing_options=financing_options
    )
    operation = create_customer_order.request(
        path_id("customer_uuid", customer_uuid),
        body=request_body("POST /v2/customer/{customer_uuid}/order", fields),
        sezzle_request_id=request_id(idempotency_key),
    )
    return answering(operation, CustomerOrderResult)


class AsyncCustomers(AsyncCustomersMethods):
    """Tokenized customers (``client.customers``): list, read and delete them, check approval and create orders.

    ```python
    result = client.customers.create_order(
        customer_uuid, intent="CAPTURE", reference_id="renewal-7", order_amount=price("9.99")
    )
    if result.approved:
        ...
    ```
    """

    async def create_order(
        self, customer_uuid: str, *, intent: Intent | str, reference_id: str, order_amount: AmountInput,
        financing_options: Sequence[InstallmentPlan | str] | None = None, idempotency_key: str | None = None,
        raise_on_decline: bool = False, timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CustomerOrderResult:  # fmt: skip
        """Charge a tokenized customer. Check ``result.approved`` (or pass ``raise_on_decline=True``)."""
        operation = _customer_order(
            customer_uuid, intent, reference_id, order_amount, financing_options, idempotency_key
        )
        result = await self._sender.request(operation, timeout=timeout, max_retries=max_retries)
        if raise_on_decline and isinstance(result, CustomerOrderResult):
            require_approval(result, "the customer order")
        return result

    @property
    def with_raw_response(self) -> AsyncCustomersWithRawResponse:
        """These methods answering the raw ``APIResponse`` (status, headers, ``request_id``, ``.parse()``)."""
        return AsyncCustomersWithRawResponse(self)


class AsyncCustomersWithRawResponse(AsyncCustomersMethodsWithRawResponse):
    """``AsyncCustomers``'s methods, each answering an ``APIResponse`` instead of the parsed result."""

    def __init__(self, customers: AsyncCustomers) -> None:
        super().__init__(customers)
        self.create_order = async_raw_response(customers.create_order)


# --- sync twin: written by `make generate` (scripts/unasync.py) from the async code above; do not edit ---


class Customers(CustomersMethods):
    """Tokenized customers (``client.customers``): list, read and delete them, check approval and create orders.

    ```python
    result = client.customers.create_order(
        customer_uuid, intent="CAPTURE", reference_id="renewal-7", order_amount=price("9.99")
    )
    if result.approved:
        ...
    ```
    """

    def create_order(
        self, customer_uuid: str, *, intent: Intent | str, reference_id: str, order_amount: AmountInput,
        financing_options: Sequence[InstallmentPlan | str] | None = None, idempotency_key: str | None = None,
        raise_on_decline: bool = False, timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CustomerOrderResult:  # fmt: skip
        """Charge a tokenized customer. Check ``result.approved`` (or pass ``raise_on_decline=True``)."""
        operation = _customer_order(
            customer_uuid, intent, reference_id, order_amount, financing_options, idempotency_key
        )
        result = self._sender.request(operation, timeout=timeout, max_retries=max_retries)
        if raise_on_decline and isinstance(result, CustomerOrderResult):
            require_approval(result, "the customer order")
        return result

    @property
    def with_raw_response(self) -> CustomersWithRawResponse:
        """These methods answering the raw ``APIResponse`` (status, headers, ``request_id``, ``.parse()``)."""
        return CustomersWithRawResponse(self)


class CustomersWithRawResponse(CustomersMethodsWithRawResponse):
    """``Customers``'s methods, each answering an ``APIResponse`` instead of the parsed result."""

    def __init__(self, customers: Customers) -> None:
        super().__init__(customers)
        self.create_order = raw_response(customers.create_order)


# --- end of sync twin ---
