"""How a shop uses the client, written the way a merchant's code would be; checked by mypy --strict.

Not run by the tests directly: the end-to-end tests exercise the same calls against the local gateway.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping

from sezzle import (
    APIConnectionError,
    APIStatusError,
    AsyncSezzle,
    CardTokenMaybeSpentError,
    InvalidInputError,
    RetryConfig,
    Sezzle,
    price,
)
from sezzle.links import find_link
from sezzle.order_state import OrderState, order_state
from sezzle.webhooks import Event, construct_event
from sezzle_api.models import CardData, CreatedSession, Intent, Order, OrderTransaction


def start_checkout(client: Sezzle, cart_id: str, total: str) -> str:
    session = client.sessions.create(
        cancel_url="https://shop.example/cart",
        complete_url="https://shop.example/complete",
        order={
            "intent": Intent.AUTH,
            "reference_id": cart_id,
            "description": f"Cart {cart_id}",
            "order_amount": price(total, "USD"),
        },
    )
    return session.order.checkout_url


def ship_and_settle(client: Sezzle, order_uuid: str) -> OrderState:
    capture: OrderTransaction = client.orders.capture(order_uuid, price("30.00"), idempotency_key=f"ship-{order_uuid}")
    print("captured", capture.uuid)
    client.orders.refund(order_uuid, price("5.00"))
    order: Order = client.orders.get(order_uuid)
    state = order_state(order)
    if state.releasable:
        client.orders.release(order_uuid, price(state.releasable, state.currency))
    return order_state(client.orders.get(order_uuid))


def capture_through_link(client: Sezzle, session: CreatedSession) -> OrderTransaction:
    link = find_link(session.order.links if session.order else [], "capture")
    result = client.links.follow(link, {"capture_amount": price(1000)})
    if not isinstance(result, OrderTransaction):
        raise TypeError(f"a capture link answered {type(result).__name__}")
    return result


def charge_subscriber(client: Sezzle, customer_uuid: str) -> bool:
    result = client.customers.create_order(
        customer_uuid, intent="CAPTURE", reference_id="renewal-2026-11", order_amount=price("9.99")
    )
    return result.approved


def read_card(client: Sezzle, token: str) -> CardData | None:
    try:
        return client.card_sessions.get_card_data(token)
    except CardTokenMaybeSpentError:
        return None  # the token may be gone: start a new card session rather than retrying


def handle_webhook(body: bytes, headers: Mapping[str, str], key: str) -> str:
    event: Event[object] = construct_event(body, headers, key)
    return event.event


async def many_sessions(keys: tuple[str, str]) -> list[str]:
    async with AsyncSezzle(*keys, retry=RetryConfig(initial_delay=0.25)) as client:
        sessions = await asyncio.gather(*(client.sessions.get(uuid) for uuid in ("s-1", "s-2")))
        return [session.uuid for session in sessions]


def main() -> None:
    with Sezzle(timeout=10.0, max_retries=3) as client:
        try:
            print(start_checkout(client, "cart-1", "49.99"))
        except InvalidInputError as error:
            print("fix the input:", error.field, error.problem)
        except APIStatusError as error:
            print("Sezzle said no:", error.status_code, error.code, error.debug_uuid)
        except APIConnectionError as error:
            print("could not reach Sezzle; sent:", error.request_sent)


if __name__ == "__main__":
    main()
