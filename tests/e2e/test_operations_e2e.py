"""Every v2 operation through the client against the gateway, sync and async; amount rules; idempotent replay."""

from __future__ import annotations

import pytest

from sezzle import AsyncSezzle, NotFoundError, Sezzle, UnprocessableEntityError, price
from sezzle.gateway import Gateway
from sezzle.order_state import order_state
from sezzle_api.models import CheckoutStatus, Intent, WebhookEvent
from tests.e2e.conftest import authorized_order, order_args


def test_every_operation_sync(gateway: Gateway, client: Sezzle) -> None:
    # sessions
    session = client.sessions.create(**order_args(amount="100.00"))
    assert session.order
    order_uuid = str(session.order.uuid)
    assert client.sessions.get(str(session.uuid)).order.uuid == order_uuid
    # orders
    assert client.orders.get(order_uuid).checkout_status is CheckoutStatus.ACTIVE
    gateway.shopper.complete_checkout(order_uuid)
    client.orders.update(order_uuid, reference_id="cart-1-final")
    assert client.orders.get(order_uuid).reference_id == "cart-1-final"
    client.orders.capture(order_uuid, price("60.00"))
    client.orders.refund(order_uuid, price("10.00"))
    client.orders.release(order_uuid, price("20.00"))
    upcharge = client.orders.upcharge(order_uuid, price("5.00"), intent=Intent.CAPTURE)
    state = order_state(client.orders.get(order_uuid))
    assert (state.captured, state.refunded, state.released, state.capturable) == (6000, 1000, 2000, 2000)
    assert client.orders.get(str(upcharge.uuid)).is_upcharge is True
    gateway.clock.advance(31 * 60)
    reauthorized = client.orders.reauthorize(order_uuid, price("20.00"))
    assert reauthorized.approved
    assert reauthorized.uuid != order_uuid
    cancelled = client.sessions.create(**order_args("cart-2"))
    assert cancelled.order
    client.orders.delete_checkout(str(cancelled.order.uuid))
    assert client.orders.get(str(cancelled.order.uuid)).checkout_status is CheckoutStatus.DELETED
    # customers and tokens
    tokenize = client.sessions.create(
        cancel_url="https://shop.test/c", complete_url="https://shop.test/d", customer={"tokenize": True}
    )
    assert tokenize.tokenize
    assert not client.tokens.get_session(str(tokenize.tokenize.token)).customer
    customer_uuid = gateway.shopper.accept_tokenization(str(tokenize.tokenize.token))
    assert client.tokens.get_session(str(tokenize.tokenize.token)).customer.uuid == customer_uuid
    assert [c.uuid for c in client.customers.list()] == [customer_uuid]
    assert client.customers.get(customer_uuid).uuid == customer_uuid
    assert client.customers.preapprove(customer_uuid, price("50.00")).approved is True
    order = client.customers.create_order(
        customer_uuid, intent="AUTH", reference_id="sub-1", order_amount=price("50.00")
    )
    assert order.approved
    client.customers.delete(customer_uuid)
    with pytest.raises(NotFoundError):
        client.customers.get(customer_uuid)
    # webhook subscriptions
    created = client.webhooks.create(url="https://shop.test/hooks", events=["order.captured"])
    assert [hook.uuid for hook in client.webhooks.list()] == [created.uuid]
    client.webhooks.update(str(created.uuid), url="https://shop.test/hooks2", events=[WebhookEvent.ORDER_REFUNDED])
    fetched = client.webhooks.get(str(created.uuid))
    assert fetched.url == "https://shop.test/hooks2"
    assert fetched.events == [WebhookEvent.ORDER_REFUNDED]
    client.webhooks.test("order.refunded")
    client.webhooks.delete(str(created.uuid))
    assert client.webhooks.list() == []
    # card sessions
    card_session = client.card_sessions.create(
        origin="https://shop.test", mode="iframe", merchant_reference_id="c-1", amount_in_cents=1000, currency="USD"
    )
    client.card_sessions.update(str(card_session.uuid), order_id="shop-order-77")
    card = client.card_sessions.get_card_data(gateway.shopper.complete_card_session(str(card_session.uuid)))
    assert card.expiration_date
    assert len(str(card.expiration_date)) == 4


@pytest.mark.anyio
async def test_every_operation_async(gateway: Gateway, async_client: AsyncSezzle) -> None:
    client = async_client
    session = await client.sessions.create(**order_args(amount="100.00"))
    assert session.order
    order_uuid = str(session.order.uuid)
    assert (await client.sessions.get(str(session.uuid))).order.uuid == order_uuid
    gateway.shopper.complete_checkout(order_uuid)
    await client.orders.update(order_uuid, reference_id="cart-async")
    await client.orders.capture(order_uuid, price("60.00"))
    await client.orders.refund(order_uuid, price("10.00"))
    await client.orders.release(order_uuid, price("20.00"))
    upcharge = await client.orders.upcharge(order_uuid, price("5.00"), intent="CAPTURE")
    state = order_state(await client.orders.get(order_uuid))
    assert (state.captured, state.refunded, state.released) == (6000, 1000, 2000)
    assert (await client.orders.get(str(upcharge.uuid))).parent_order_uuid == order_uuid
    gateway.clock.advance(31 * 60)
    assert (await client.orders.reauthorize(order_uuid, price("20.00"))).approved
    other = await client.sessions.create(**order_args("cart-2"))
    assert other.order
    await client.orders.delete_checkout(str(other.order.uuid))
    tokenize = await client.sessions.create(
        cancel_url="https://shop.test/c", complete_url="https://shop.test/d", customer={"tokenize": True}
    )
    assert tokenize.tokenize
    customer_uuid = gateway.shopper.accept_tokenization(str(tokenize.tokenize.token))
    assert (await client.tokens.get_session(str(tokenize.tokenize.token))).customer.uuid == customer_uuid
    assert len(await client.customers.list()) == 1
    assert (await client.customers.get(customer_uuid)).uuid == customer_uuid
    assert (await client.customers.preapprove(customer_uuid, price("1.00"))).approved
    assert (
        await client.customers.create_order(customer_uuid, intent="CAPTURE", reference_id="s", order_amount=price(500))
    ).approved
    await client.customers.delete(customer_uuid)
    created = await client.webhooks.create(url="https://shop.test/hooks", events=["order.captured"])
    await client.webhooks.update(str(created.uuid), url="https://shop.test/h2", events=["order.refunded"])
    assert (await client.webhooks.get(str(created.uuid))).url == "https://shop.test/h2"
    assert len(await client.webhooks.list()) == 1
    await client.webhooks.test("order.refunded", url="https://shop.test/h2")
    await client.webhooks.delete(str(created.uuid))
    card_session = await client.card_sessions.create(
        origin="https://shop.test", mode="popup", merchant_reference_id="c-2", amount_in_cents=1500, currency="USD"
    )
    await client.card_sessions.update(str(card_session.uuid), order_id="o-2")
    token = gateway.shopper.complete_card_session(str(card_session.uuid))
    assert (await client.card_sessions.get_card_data(token)).pan


def rule_error(call: object) -> UnprocessableEntityError:
    with pytest.raises(UnprocessableEntityError) as failure:
        call()  # type: ignore[operator]
    return failure.value


def test_each_amount_rule_violated_once(gateway: Gateway, client: Sezzle) -> None:
    order_uuid = authorized_order(client, gateway, "100.00")
    assert rule_error(lambda: client.orders.capture(order_uuid, price("100.01"))).code == "amount_exceeds_authorization"
    assert rule_error(lambda: client.orders.refund(order_uuid, price("1.00"))).code == "amount_exceeds_captured"
    client.orders.capture(order_uuid, price("70.00"))
    assert rule_error(lambda: client.orders.release(order_uuid, price("30.01"))).code == "amount_exceeds_authorization"
    assert rule_error(lambda: client.orders.refund(order_uuid, price("70.01"))).code == "amount_exceeds_captured"
    assert rule_error(lambda: client.orders.capture(order_uuid, price("5.00", "CAD"))).code == "currency_mismatch"
    client.orders.upcharge(order_uuid, price("10.00"), intent="CAPTURE")
    assert rule_error(lambda: client.orders.upcharge(order_uuid, price("5.01"), intent="CAPTURE")).code == (
        "upcharge_limit_exceeded"
    )  # 15 % of 100.00, cumulative
    assert rule_error(lambda: client.orders.reauthorize(order_uuid, price("10.00"))).code == "authorization_not_expired"
    gateway.clock.advance(31 * 60)
    assert rule_error(lambda: client.orders.capture(order_uuid, price("1.00"))).code == "authorization_expired"
    assert rule_error(lambda: client.orders.delete_checkout(order_uuid)).code == "already_completed"
    state = gateway.state.order(order_uuid)
    assert (state.captured_cents, state.refunded_cents, state.released_cents) == (7000, 0, 0)


def test_idempotent_replay_same_key_twice_one_effect(gateway: Gateway, client: Sezzle) -> None:
    order_uuid = authorized_order(client, gateway)
    first = client.orders.capture(order_uuid, price("25.00"), idempotency_key="ship-1")
    second = client.orders.capture(order_uuid, price("25.00"), idempotency_key="ship-1")
    assert first.uuid == second.uuid
    assert gateway.state.order(order_uuid).captured_cents == 2500
    assert [r.replayed for r in gateway.requests.matching("POST", "/v2/order/*/capture")] == [False, True]
    reused = rule_error(lambda: client.orders.capture(order_uuid, price("30.00"), idempotency_key="ship-1"))
    assert reused.code == "idempotency_key_reused"
    assert gateway.state.order(order_uuid).captured_cents == 2500


def test_customer_order_decline_is_obvious(gateway: Gateway, client: Sezzle) -> None:
    from sezzle import DeclinedError

    tokenize = client.sessions.create(
        cancel_url="https://s.test/c", complete_url="https://s.test/d", customer={"tokenize": True}
    )
    assert tokenize.tokenize
    customer_uuid = gateway.shopper.accept_tokenization(str(tokenize.tokenize.token))
    gateway.shopper.set_spending_limit(customer_uuid, 1000)
    declined = client.customers.create_order(
        customer_uuid, intent="AUTH", reference_id="big", order_amount=price("50.00")
    )
    assert declined.approved is False
    with pytest.raises(DeclinedError):
        client.customers.create_order(
            customer_uuid, intent="AUTH", reference_id="big2", order_amount=price("50.00"), raise_on_decline=True
        )


def test_follow_capture_link_of_a_created_session(gateway: Gateway, client: Sezzle) -> None:
    from sezzle.links import find_link

    session = client.sessions.create(**order_args())
    assert session.order
    gateway.shopper.complete_checkout(str(session.order.uuid))
    result = client.links.follow(find_link(session.order.links, "capture"), {"capture_amount": price("12.00")})
    assert result.uuid
    assert gateway.state.order(str(session.order.uuid)).captured_cents == 1200
    assert gateway.requests.last is not None
    assert gateway.requests.last.request_id
