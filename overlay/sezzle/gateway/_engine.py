"""The gateway's state and the few rules every part shares, behind one lock.

Request handlers, the shopper simulation and tests' read access all take :attr:`Engine.lock`, so each
operation sees and leaves consistent state; the socket server and webhook deliveries run outside it.
"""

from __future__ import annotations

import hmac
import secrets
import threading
from datetime import datetime
from typing import Any

from sezzle.gateway._clock import Clock
from sezzle.gateway._faults import Faults
from sezzle.gateway._idempotency import IdempotencyStore
from sezzle.gateway._interest import InterestAccount
from sezzle.gateway._model import CardData, CardSession, Customer, Order, Session, Subscription, TokenizeRequest
from sezzle.gateway._problem import not_found, unauthorized
from sezzle.gateway._recorder import RequestLog
from sezzle.gateway._settings import Settings
from sezzle.gateway._settlement import Ledger
from sezzle.gateway._v1model import V1Records
from sezzle.gateway._webhooks import WebhookDelivery, WebhookDispatcher
from sezzle.gateway._wire import dumps, new_uuid, rfc3339_micro
from sezzle.webhooks import compute_signature

__all__ = ["Engine"]


class Engine:
    def __init__(self, settings: Settings, clock: Clock) -> None:
        self.settings = settings
        self.clock = clock
        self.lock = threading.RLock()
        self.base_url = "http://127.0.0.1"
        self.default_spending_limit = settings.spending_limit
        self.bearer_tokens: dict[str, datetime] = {}
        self.sessions: dict[str, Session] = {}
        self.orders: dict[str, Order] = {}
        self.tokenize_requests: dict[str, TokenizeRequest] = {}
        self.customers: dict[str, Customer] = {}
        self.card_sessions: dict[str, CardSession] = {}
        self.card_data: dict[str, CardData] = {}
        self.subscriptions: dict[str, Subscription] = {}
        self.v1 = V1Records()
        self.ledger = Ledger(fee_rate=settings.fee_rate, fee_fixed_cents=settings.fee_fixed_cents)
        self.interest = InterestAccount(clock.now)
        self.idempotency = IdempotencyStore()
        self.faults = Faults()
        self.requests = RequestLog()
        self.dispatcher = WebhookDispatcher(
            signer=lambda body: compute_signature(body, settings.private_key),
            retry_delays=settings.webhook_retry_delays,
            timeout=settings.webhook_timeout,
            on_give_up=self._gave_up,
        )

    def now(self) -> datetime:
        return self.clock.now()

    # Bearer tokens

    def keys_match(self, public_key: str, private_key: str) -> bool:
        public_ok = hmac.compare_digest(public_key.encode(), self.settings.public_key.encode())
        private_ok = hmac.compare_digest(private_key.encode(), self.settings.private_key.encode())
        return public_ok and private_ok

    def issue_token(self) -> tuple[str, datetime]:
        now = self.now()
        self.bearer_tokens = {token: expiry for token, expiry in self.bearer_tokens.items() if expiry > now}
        token = secrets.token_urlsafe(32)
        expiry = now + self.settings.token_lifetime
        self.bearer_tokens[token] = expiry
        return token, expiry

    def check_authorization(self, header: str | None) -> None:
        """Accept only ``Bearer <token>`` with a token this gateway issued that has not expired."""
        if not header:
            raise unauthorized("authorization not accepted: no Authorization header")
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise unauthorized("authorization not accepted: expected 'Authorization: Bearer <token>'")
        expiry = self.bearer_tokens.get(token.strip())
        if expiry is None:
            raise unauthorized("authorization not accepted: unknown token")
        if self.now() >= expiry:
            raise unauthorized("authorization not accepted: token is expired")

    # Lookups that answer 404 for what does not exist

    def order(self, order_uuid: str) -> Order:
        order = self.orders.get(order_uuid)
        if order is None:
            raise not_found(f"no order {order_uuid}", "order_uuid")
        return order

    def customer(self, customer_uuid: str) -> Customer:
        customer = self.customers.get(customer_uuid)
        if customer is None or customer.deleted:
            raise not_found(f"no customer {customer_uuid}", "customer_uuid")
        return customer

    def session(self, session_uuid: str) -> Session:
        session = self.sessions.get(session_uuid)
        if session is None:
            raise not_found(f"no session {session_uuid}", "session_uuid")
        return session

    def tokenize_request(self, token: str) -> TokenizeRequest:
        request = self.tokenize_requests.get(token)
        if request is None:
            raise not_found("no such token", "token")
        return request

    def card_session(self, session_uuid: str) -> CardSession:
        session = self.card_sessions.get(session_uuid)
        if session is None:
            raise not_found(f"no card session {session_uuid}", "session_uuid")
        return session

    def subscription(self, subscription_uuid: str) -> Subscription:
        subscription = self.subscriptions.get(subscription_uuid)
        if subscription is None:
            raise not_found(f"no webhook subscription {subscription_uuid}", "webhooks_uuid")
        return subscription

    # Shared rules

    def approves(self, customer_uuid: str | None, cents: int) -> bool:
        """The approval rule: an amount within the shopper's spending limit is approved."""
        customer = self.customers.get(customer_uuid) if customer_uuid else None
        limit = customer.spending_limit if customer and customer.spending_limit is not None else None
        return cents <= (self.default_spending_limit if limit is None else limit)

    def publish(self, event: str, data_type: str, data: dict[str, Any], *, url: str | None = None) -> str:
        """Queue a webhook event for every subscription to it (or only ``url``); returns the event uuid."""
        event_uuid = new_uuid()
        envelope = {
            "uuid": event_uuid,
            "created_at": rfc3339_micro(self.now()),
            "event": event,
            "data_type": data_type,
            "data": data,
        }
        if url is not None:
            targets: list[tuple[str, str | None]] = [(url, None)]
        else:
            targets = [(sub.url, sub.uuid) for sub in self.subscriptions.values() if event in sub.events]
        if targets:
            self.dispatcher.send(event_uuid, event, dumps(envelope), targets)
        return event_uuid

    def _gave_up(self, delivery: WebhookDelivery) -> None:
        # Sezzle deletes a subscription whose deliveries keep failing; here that is opt-in.
        if not self.settings.delete_failing_subscriptions or delivery.subscription_uuid is None:
            return
        with self.lock:
            self.subscriptions.pop(delivery.subscription_uuid, None)
