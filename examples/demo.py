"""A payment flow through the client, against the embedded gateway (or Sezzle's real sandbox).

    make demo

With SEZZLE_PUBLIC_KEY, SEZZLE_PRIVATE_KEY and SEZZLE_ENVIRONMENT=sandbox set, the same calls go to
Sezzle's sandbox; the steps that need a shopper (completing checkout, accepting tokenization, issuing
a virtual card) only run against the embedded gateway, where the demo plays the shopper.
"""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from sezzle import NotFoundError, Sezzle, SezzleError, price, to_decimal
from sezzle.gateway import Gateway
from sezzle.order_state import order_state
from sezzle.webhooks import Event, construct_event


def say(step: str, detail: str = "") -> None:
    print(f"  {step:<34} {detail}")


def money(cents: int, currency: str = "USD") -> str:
    return f"{to_decimal(cents, currency):.2f} {currency}"


@contextmanager
def webhook_receiver(private_key: str) -> Iterator[tuple[str, queue.Queue[Event[Any]]]]:
    """A merchant endpoint on 127.0.0.1 that verifies each delivery and answers 200."""
    received: queue.Queue[Event[Any]] = queue.Queue()

    class Receiver(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            try:
                received.put(construct_event(body, self.headers, private_key))
                self.send_response(200)
            except SezzleError:
                self.send_response(400)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args: Any) -> None:
            return

    server = ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/sezzle/webhooks", received
    finally:
        server.shutdown()
        server.server_close()


def checkout_flow(client: Sezzle, gateway: Gateway | None) -> None:
    print("Checkout")
    session = client.sessions.create(
        cancel_url="https://shop.example/cart",
        complete_url="https://shop.example/complete",
        order={
            "intent": "AUTH",
            "reference_id": "cart-1042",
            "description": "Cart 1042: boots and socks",
            "order_amount": price("120.00", "USD"),
        },
    )
    order_uuid = session.order.uuid
    say("auth + create session", f"session {session.uuid}")
    say("checkout url", session.order.checkout_url)
    fetched = client.sessions.get(session.uuid)
    say("get session", f"order {fetched.order.uuid if fetched.order else '-'}")
    if gateway is None:
        say("(shopper steps need the local gateway)")
        return
    gateway.shopper.complete_checkout(order_uuid)
    say("shopper completes checkout", "authorized " + money(12000))
    capture = client.orders.capture(order_uuid, price("80.00"))
    say("capture (partial)", f"{money(8000)}  transaction {capture.uuid}")
    client.orders.refund(order_uuid, price("15.00"))
    say("refund", money(1500))
    state = order_state(client.orders.get(order_uuid))
    client.orders.release(order_uuid, price(state.releasable, state.currency))
    say("release the rest", money(state.releasable))
    final = order_state(client.orders.get(order_uuid))
    say(
        "order summary",
        f"authorized {money(final.authorized)}, captured {money(final.captured)}, "
        f"refunded {money(final.refunded)}, released {money(final.released)}",
    )
    say("", f"still refundable {money(final.refundable)}, capturable {money(final.capturable)}")


def tokenization_flow(client: Sezzle, gateway: Gateway) -> None:
    print("Customer tokenization")
    session = client.sessions.create(
        cancel_url="https://shop.example/cart",
        complete_url="https://shop.example/subscribed",
        customer={"tokenize": True, "email": "ada@example.com", "first_name": "Ada", "last_name": "Lovelace"},
    )
    assert session.tokenize, "a tokenizing session has a tokenization request"
    token = session.tokenize.token
    say("tokenize session", f"approval url {session.tokenize.approval_url}")
    gateway.shopper.accept_tokenization(token)
    status = client.tokens.get_session(token)
    customer_uuid = status.customer.uuid if status.customer else ""
    say("shopper accepts; token session", f"customer {customer_uuid}")
    order = client.customers.create_order(
        customer_uuid, intent="CAPTURE", reference_id="renewal-2026-11", order_amount=price("25.00")
    )
    say("customer order", f"{money(2500)} approved={order.approved}  order {order.uuid}")


def card_flow(client: Sezzle, gateway: Gateway) -> None:
    print("Virtual card")
    card_session = client.card_sessions.create(
        origin="https://shop.example",
        mode="iframe",
        merchant_reference_id="cart-1043",
        amount_in_cents=4500,
        currency="USD",
        card_response_format="token",
    )
    say("card session", f"dashboard {card_session.dashboard_url}")
    card_token = gateway.shopper.complete_card_session(card_session.uuid)
    card = client.card_sessions.get_card_data(card_token)
    say("get card data (once)", repr(card).split(", additional")[0] + ")")
    try:
        client.card_sessions.get_card_data(card_token)
    except NotFoundError as error:
        say("second fetch fails cleanly", f"{error.status_code} {error.code}: the token is single-use")


def webhook_flow(client: Sezzle, gateway: Gateway) -> None:
    print("Webhooks")
    with webhook_receiver(gateway.private_key) as (url, received):
        subscription = client.webhooks.create(url=url, events=["order.captured"])
        say("subscribe", f"{url}  ({subscription.uuid})")
        session = client.sessions.create(
            cancel_url="https://shop.example/cart",
            complete_url="https://shop.example/complete",
            order={"intent": "AUTH", "reference_id": "cart-1044", "description": "Cart 1044",
                   "order_amount": price("30.00")},
        )  # fmt: skip
        gateway.shopper.complete_checkout(session.order.uuid)
        client.orders.capture(session.order.uuid, price("30.00"))
        event = received.get(timeout=10)
        say("verified delivery", f"{event.event} {event.uuid} (signature checked)")
        client.webhooks.delete(subscription.uuid)


def v1_flow(client: Sezzle, gateway: Gateway) -> None:
    print("v1 API")
    created = client.v1.checkouts.create(
        amount_in_cents=5000,
        currency_code="USD",
        order_reference_id="Ref-1045",
        order_description="Order #1045",
        checkout_cancel_url="https://shop.example/cart",
        checkout_complete_url="https://shop.example/complete",
        merchant_completes=True,
    )
    say("v1 checkout", str(created.checkout_url))
    gateway.shopper.complete_checkout(str(created.checkout_uuid))
    client.v1.checkouts.complete("Ref-1045")
    say("shopper pays; merchant completes", "captured " + money(5000))
    refund = client.v1.orders.refund("Ref-1045", price("10.00"), refund_id="rf-1045-1", refund_reason="damaged")
    order = client.v1.orders.get("Ref-1045")
    refunded = sum(item.amount.amount_in_cents for item in order.refunds or [] if item.amount)
    say("v1 refund", f"{refund.refund_id}: order {order.reference_id} refunded {money(refunded)}")


def cli_flow(client: Sezzle, gateway: Gateway) -> None:
    print("Command line (sezzle, pip install 'sezzle-python[cli]')")
    session = client.sessions.create(
        cancel_url="https://shop.example/cart",
        complete_url="https://shop.example/complete",
        order={
            "intent": "AUTH",
            "reference_id": "cart-1046",
            "description": "Cart 1046",
            "order_amount": price("30.00"),
        },
    )
    assert session.order
    order_uuid = str(session.order.uuid)
    gateway.shopper.complete_checkout(order_uuid)
    env = {**os.environ, "SEZZLE_PUBLIC_KEY": gateway.public_key, "SEZZLE_PRIVATE_KEY": gateway.private_key}
    for args in (["orders", "capture", order_uuid, "12.50"], ["orders", "get", order_uuid]):
        shown = " ".join(["sezzle", "--base-url", gateway.url, *args])
        say(shown)
        result = subprocess.run(  # noqa: S603 - this interpreter, fixed arguments
            [sys.executable, "-m", "sezzle.cli", "--base-url", gateway.url, *args],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            raise SystemExit(f"the sezzle command failed ({result.returncode}): {result.stderr.strip()}")
        print(result.stdout.rstrip())


def main() -> None:
    real = bool(os.environ.get("SEZZLE_PUBLIC_KEY") and os.environ.get("SEZZLE_ENVIRONMENT") == "sandbox")
    with nullcontext(None) if real else Gateway() as gateway:
        if gateway is None:
            print("Running against Sezzle's sandbox")
            client = Sezzle()
        else:
            print(f"Running against the embedded gateway at {gateway.url}")
            client = Sezzle(gateway.public_key, gateway.private_key, base_url=gateway.url)
        with client:
            checkout_flow(client, gateway)
            if gateway is not None:
                tokenization_flow(client, gateway)
                card_flow(client, gateway)
                webhook_flow(client, gateway)
                v1_flow(client, gateway)
                cli_flow(client, gateway)
    print("Done.")


if __name__ == "__main__":
    main()
