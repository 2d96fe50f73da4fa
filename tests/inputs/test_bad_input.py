"""Each kind of bad input named in one test: a typed InvalidInputError naming the field, nothing sent."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import httpx
import pytest
from pytest_httpx import HTTPXMock

from sezzle import InvalidInputError, Sezzle, price, to_cents
from tests.client.conftest import BASE, PRIVATE_KEY, PUBLIC_KEY

ORDER = {"intent": "AUTH", "reference_id": "ord_1", "order_amount": {"amount_in_cents": 5000, "currency": "USD"}}
SESSION = {"cancel_url": "https://shop.test/cart", "complete_url": "https://shop.test/done"}
AMOUNT = {"amount_in_cents": 500, "currency": "USD"}


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def client(httpx_mock: HTTPXMock) -> Sezzle:
    """A client whose gateway fails the test if anything at all is sent."""

    def nothing_may_be_sent(request: httpx.Request) -> httpx.Response:
        pytest.fail(f"sent {request.method} {request.url.path}")

    httpx_mock.add_callback(nothing_may_be_sent, is_optional=True, is_reusable=True)
    return Sezzle(PUBLIC_KEY, PRIVATE_KEY, base_url=BASE, max_retries=0)


def refused(call: Callable[[], Any], httpx_mock: HTTPXMock) -> InvalidInputError:
    with pytest.raises(InvalidInputError) as caught:
        call()
    assert httpx_mock.get_requests() == []
    return caught.value


NOT_JSON = [Decimal("1.5"), {1, 2}, object(), b"bytes", float("nan"), datetime.datetime(2026, 1, 1)]


@pytest.mark.parametrize("value", NOT_JSON, ids=lambda value: type(value).__name__)
def test_a_value_json_cannot_hold_in_an_extra_field(client: Sezzle, httpx_mock: HTTPXMock, value: Any) -> None:
    error = refused(lambda: client.sessions.create(**SESSION, order={**ORDER, "gift_note": value}), httpx_mock)
    assert error.field == "order.gift_note"


@pytest.mark.parametrize("value", NOT_JSON, ids=lambda value: type(value).__name__)
def test_a_value_json_cannot_hold_in_metadata(client: Sezzle, httpx_mock: HTTPXMock, value: Any) -> None:
    error = refused(lambda: client.sessions.create(**SESSION, order={**ORDER, "metadata": {"k": value}}), httpx_mock)
    assert error.field == "order.metadata.k"


def test_a_key_that_is_not_text_in_metadata(client: Sezzle, httpx_mock: HTTPXMock) -> None:
    error = refused(lambda: client.sessions.create(**SESSION, order={**ORDER, "metadata": {1: "a"}}), httpx_mock)
    assert error.field == "order.metadata"


@pytest.mark.parametrize("events", [None, 5, "order.authorized", {"order.authorized"}, [5], [None]])
def test_webhook_events_that_are_not_a_list_of_names(client: Sezzle, httpx_mock: HTTPXMock, events: Any) -> None:
    error = refused(lambda: client.webhooks.create(url="https://shop.test/hook", events=events), httpx_mock)
    assert error.field.startswith("events")
    error = refused(lambda: client.webhooks.update("wh-1", url="https://shop.test/hook", events=events), httpx_mock)
    assert error.field.startswith("events")


@pytest.mark.parametrize("metadata", [[1], "order_id", [None], [b"x"], 5])
def test_settlement_metadata_columns_that_are_not_names(client: Sezzle, httpx_mock: HTTPXMock, metadata: Any) -> None:
    error = refused(lambda: client.reports.settlement_details("payout-1", metadata=metadata), httpx_mock)
    assert error.field.startswith("metadata")
    if not isinstance(metadata, str):  # v1 takes one key as text
        error = refused(lambda: client.v1.settlements.details("payout-1", metadata=metadata), httpx_mock)
        assert error.field.startswith("metadata")


@pytest.mark.parametrize("options", [5, "4-pay-biweekly", [5], {"a": 1}])
def test_financing_options_that_are_not_a_list_of_plans(client: Sezzle, httpx_mock: HTTPXMock, options: Any) -> None:
    error = refused(
        lambda: client.customers.create_order(
            "cust-1", intent="AUTH", reference_id="r-1", order_amount=AMOUNT, financing_options=options
        ),
        httpx_mock,
    )
    assert error.field.startswith("financing_options")


@pytest.mark.parametrize("uuid", ["a" * 100_000, "a" * 256, "", " ", "..", "a/b", "a\nb", "a\x00b", 5, None])
def test_path_ids_that_cannot_be_one_segment(client: Sezzle, httpx_mock: HTTPXMock, uuid: Any) -> None:
    assert refused(lambda: client.orders.get(uuid), httpx_mock).field == "order_uuid"
    assert refused(lambda: client.orders.capture(uuid, AMOUNT), httpx_mock).field == "order_uuid"
    assert refused(lambda: client.v1.orders.get(uuid), httpx_mock).field == "order_reference_id"


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda c: c.reports.settlement_summaries(20191201), "start_date"),
        (lambda c: c.reports.settlement_summaries("2019-12-01", offset="20"), "offset"),
        (lambda c: c.reports.settlement_summaries("2019-12-01", offset=2.0), "offset"),
        (lambda c: c.reports.settlement_summaries("2019-12-01", currency_code=5), "currency_code"),
        (lambda c: c.reports.interest_balance(currency_code=["USD"]), "currency_code"),
        (lambda c: c.reports.interest_activity("2019-12-01", end_date=object()), "end_date"),
        (lambda c: c.reports.order_report({"2019"}, "2019-12-31"), "start_date"),
        (lambda c: c.v1.orders.get("ref-1", include_shipping_info="yes"), "include_shipping_info"),
        (lambda c: c.v1.settlements.summaries("2019-12-01", offset=Decimal(1)), "offset"),
        (lambda c: c.v1.interest.activity("2019-12-01", currency_code=b"USD"), "currency_code"),
        (lambda c: c.orders.get("o-1", timeout="30"), "timeout"),
        (lambda c: c.orders.get("o-1", timeout=float("nan")), "timeout"),
        (lambda c: c.orders.get("o-1", max_retries="2"), "max_retries"),
        (lambda c: c.orders.get("o-1", max_retries=None), "max_retries"),
    ],
)
def test_query_parameters_and_options_of_the_wrong_type(
    client: Sezzle, httpx_mock: HTTPXMock, call: Callable[[Sezzle], Any], field: str
) -> None:
    assert refused(lambda: call(client), httpx_mock).field == field


@pytest.mark.parametrize("key", ["a\nb", "a\x00b", "a\r\nX-Injected: 1", "caf\u00e9", "", "   ", 5])
def test_idempotency_keys_that_cannot_be_a_header(client: Sezzle, httpx_mock: HTTPXMock, key: Any) -> None:
    assert refused(lambda: client.orders.capture("o-1", AMOUNT, idempotency_key=key), httpx_mock).field == (
        "idempotency_key"
    )
    assert refused(lambda: client.orders.refund("o-1", AMOUNT, idempotency_key=key), httpx_mock).field == (
        "idempotency_key"
    )


@pytest.mark.parametrize("text", ["1_000", "\u0661\u0660\u0660", "1e3", "+-1", "1.2.3", "", " ", "0x10", "\uff11"])
def test_amounts_as_text_take_only_ascii_digits_a_sign_and_a_point(text: str) -> None:
    with pytest.raises(InvalidInputError) as caught:
        price(text)
    assert caught.value.field == "amount"
    with pytest.raises(InvalidInputError):
        to_cents(text)


@pytest.mark.parametrize(
    ("text", "cents"), [("19.99", 1999), ("-1.50", -150), ("+2", 200), (".5", 50), ("5.", 500), (" 7 ", 700)]
)
def test_plain_decimal_text_is_still_an_amount(text: str, cents: int) -> None:
    assert price(text).amount_in_cents == cents


def test_a_call_outside_the_signature_is_still_pythons_type_error(client: Sezzle) -> None:
    with pytest.raises(TypeError):
        client.orders.get()  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        client.orders.get("o-1", unknown=1)  # type: ignore[call-arg]


def test_every_public_method_sync_and_async_checks_its_arguments() -> None:
    import inspect
    import typing

    from sezzle import AsyncSezzle

    checked = 0
    for client in (Sezzle(PUBLIC_KEY, PRIVATE_KEY, base_url=BASE), AsyncSezzle(PUBLIC_KEY, PRIVATE_KEY, base_url=BASE)):
        names = ("sessions", "card_sessions", "orders", "customers", "tokens", "webhooks", "reports", "links")
        spaces = [getattr(client, name) for name in names]
        spaces += [getattr(client.v1, name) for name in ("configuration", "checkouts", "orders", "settlements")]
        spaces.append(client.v1.interest)
        for space in spaces:
            for name, method in inspect.getmembers(type(space), inspect.isfunction):
                if name.startswith("_"):
                    continue
                assert method is not inspect.unwrap(method), f"{type(space).__name__}.{name} is not checked"
                typing.get_type_hints(inspect.unwrap(method))  # the check can read every annotation
                checked += 1
    assert checked == 84


@pytest.mark.anyio
async def test_async_methods_refuse_before_sending(httpx_mock: HTTPXMock) -> None:
    from sezzle import AsyncSezzle

    async with AsyncSezzle(PUBLIC_KEY, PRIVATE_KEY, base_url=BASE) as client:
        with pytest.raises(InvalidInputError) as caught:
            await client.webhooks.create(url="https://shop.test/hook", events=None)  # type: ignore[arg-type]
        assert caught.value.field == "events"
        with pytest.raises(InvalidInputError) as caught:
            await client.reports.settlement_details("payout-1", metadata=[1])  # type: ignore[list-item]
        assert caught.value.field == "metadata[0]"
        with pytest.raises(InvalidInputError):
            client.reports.iter_settlement_summaries(20191201)  # type: ignore[arg-type]
    assert httpx_mock.get_requests() == []
