"""The gateway as a whole: configuration, lifecycle, and what tests reach for."""

from __future__ import annotations

import ipaddress
import logging
import threading
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from decimal import Decimal
from types import TracebackType
from typing import Self

from sezzle.errors import ConfigurationError, InvalidInputError
from sezzle.gateway._api import API_ROUTES
from sezzle.gateway._app import Application
from sezzle.gateway._clock import Clock
from sezzle.gateway._control import CONTROL_ROUTES
from sezzle.gateway._engine import Engine
from sezzle.gateway._faults import Faults
from sezzle.gateway._interest import InterestAccount
from sezzle.gateway._recorder import RequestLog
from sezzle.gateway._router import Router
from sezzle.gateway._server import GatewayServer
from sezzle.gateway._settings import (
    DEFAULT_MERCHANT_UUID,
    DEFAULT_PRIVATE_KEY,
    DEFAULT_PUBLIC_KEY,
    Duration,
    Settings,
)
from sezzle.gateway._settlement import LedgerEntry
from sezzle.gateway._shopper import Shopper
from sezzle.gateway._snapshots import GatewayState
from sezzle.gateway._v1api import V1_ROUTES
from sezzle.gateway._webhooks import WebhookDelivery

__all__ = ["Gateway"]

logger = logging.getLogger("sezzle.gateway")


_REMOTE_REFUSED = (
    "{host} is not a loopback address, and the control API under /__gateway__ has no authentication: "
    "listen on 127.0.0.1, or pass allow_remote=True to be reachable from other machines"
)


def _loopback_literal(host: str) -> bool:
    """False for an address that is certainly not loopback; names are checked once bound."""
    if host == "":
        return False  # every interface
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return True


class Gateway:
    """A local, stateful Sezzle gateway over real HTTP, for demos and tests: v2, and v1 beside it.

    ::

        with Gateway() as gw:
            client = SomeClient(base_url=gw.url, public_key=gw.public_key, private_key=gw.private_key)
            ...
            gw.shopper.complete_checkout(order_uuid)

    ``url`` has no ``/v2`` suffix: the API lives under ``{url}/v2``, like Sezzle's own hosts, and v1
    under ``{url}/v1``, over the same orders, tokens, ledger and clock.

    Configuration:

    - ``public_key`` / ``private_key``: the API keys ``/v2/authentication`` (and ``/v1/authentication``)
      accepts; the private key also signs v2 webhooks.
    - ``token_lifetime``: how long a bearer token is accepted (120 minutes).
    - ``authorization_window``: how long an authorization can be captured or released, and a v1
      ``merchant_completes`` checkout completed (30 minutes).
    - ``checkout_lifetime``: how long a checkout stays open when the session set no ``checkout_expiration``.
    - ``tokenize_lifetime``, ``customer_token_lifetime``, ``card_data_lifetime``: lifetimes of a tokenize
      request (30 minutes), of a tokenized customer (a year) and of card data behind a token (24 hours).
    - ``spending_limit``: cents a shopper is approved for at once, for customer orders, preapprovals,
      reauthorizations and upcharges; change it later through ``shopper``.
    - ``minimum_order_amount``: the smallest order in cents (100).
    - ``webhook_retry_delays``: seconds between delivery attempts; ``webhook_timeout`` for each attempt;
      ``delete_failing_subscriptions`` removes a subscription once an event to it exhausts every retry.
    - ``fee_rate`` / ``fee_fixed_cents``: the merchant fee on captures shown in settlements.
    - ``clock``: the simulated time every expiry follows (a ticking :class:`Clock` from now by default).

    Lengths of time are timedeltas or seconds.

    It listens on a loopback address (``127.0.0.1``) and refuses any other, because its control API
    under ``/__gateway__`` needs no authentication: ``allow_remote=True`` lets it listen where other
    machines reach it (``host="0.0.0.0"``), for a test setup that needs that, with a warning logged.
    """

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        allow_remote: bool = False,
        public_key: str = DEFAULT_PUBLIC_KEY,
        private_key: str = DEFAULT_PRIVATE_KEY,
        merchant_uuid: str = DEFAULT_MERCHANT_UUID,
        token_lifetime: Duration = timedelta(minutes=120),
        authorization_window: Duration = timedelta(minutes=30),
        checkout_lifetime: Duration = timedelta(hours=24),
        tokenize_lifetime: Duration = timedelta(minutes=30),
        customer_token_lifetime: Duration = timedelta(days=365),
        card_data_lifetime: Duration = timedelta(hours=24),
        spending_limit: int = 1_000_000,
        minimum_order_amount: int = 100,
        webhook_retry_delays: Sequence[float] = (0.1, 0.5, 2.0),
        webhook_timeout: float = 2.0,
        delete_failing_subscriptions: bool = False,
        fee_rate: Decimal | float | str = Decimal("0.06"),
        fee_fixed_cents: int = 30,
        clock: Clock | None = None,
    ) -> None:
        if not allow_remote and not _loopback_literal(host):
            raise InvalidInputError("host", _REMOTE_REFUSED.format(host=host))
        self.settings = Settings(
            public_key=public_key,
            private_key=private_key,
            merchant_uuid=merchant_uuid,
            token_lifetime=token_lifetime,
            authorization_window=authorization_window,
            checkout_lifetime=checkout_lifetime,
            tokenize_lifetime=tokenize_lifetime,
            customer_token_lifetime=customer_token_lifetime,
            card_data_lifetime=card_data_lifetime,
            spending_limit=spending_limit,
            minimum_order_amount=minimum_order_amount,
            webhook_retry_delays=webhook_retry_delays,
            webhook_timeout=webhook_timeout,
            delete_failing_subscriptions=delete_failing_subscriptions,
            fee_rate=fee_rate,
            fee_fixed_cents=fee_fixed_cents,
        )
        self.clock = clock or Clock()
        self._engine = Engine(self.settings, self.clock)
        self.shopper = Shopper(self._engine)
        """The shopper's side: complete checkouts, accept tokenization, accept virtual cards."""
        self.state = GatewayState(self._engine)
        """Read access to orders, customers, subscriptions and payouts."""
        self._address = (host, port)
        self._allow_remote = allow_remote
        self._server: GatewayServer | None = None
        self._thread: threading.Thread | None = None
        self._stopping = threading.Event()
        self._lifecycle = threading.Lock()

    # Lifecycle

    def start(self) -> Self:
        """Bind and start serving; returns the gateway so ``gw = Gateway().start()`` reads well."""
        with self._lifecycle:
            if self._server is not None:
                return self
            api = Router((*API_ROUTES, *V1_ROUTES))
            application = Application(self._engine, api, Router(CONTROL_ROUTES), self._stopping)
            server = GatewayServer(self._address, application)
            host, port = str(server.server_address[0]), int(server.server_address[1])
            remote = not ipaddress.ip_address(host).is_loopback
            if remote and not self._allow_remote:
                server.server_close()
                raise InvalidInputError("host", _REMOTE_REFUSED.format(host=f"{self._address[0]} ({host})"))
            if remote:
                logger.warning(
                    "the gateway listens on %s:%s, reachable from other machines, and its control API "
                    "under /__gateway__ has no authentication",
                    host,
                    port,
                )
            shown = "127.0.0.1" if host in ("0.0.0.0", "") else str(host)  # noqa: S104 - mapping, not binding
            self._engine.base_url = f"http://{shown}:{port}"
            self._stopping.clear()
            self._thread = threading.Thread(
                # The poll interval bounds how long stop() waits for the serving loop to notice.
                target=server.serve_forever,
                kwargs={"poll_interval": 0.02},
                name="sezzle-gateway",
                daemon=True,
            )
            self._thread.start()
            self._server = server
            self._engine.dispatcher.start()
        logger.info("Sezzle gateway listening on %s", self._engine.base_url)
        return self

    def stop(self) -> None:
        """Stop serving and close every connection; pending webhook deliveries are dropped."""
        with self._lifecycle:
            server, thread = self._server, self._thread
            if server is None:
                return
            self._server = self._thread = None
            self._stopping.set()
            server.shutdown()
            server.close_connections()
            server.server_close()
            if thread is not None:
                thread.join()
            self._engine.dispatcher.stop()
        logger.info("Sezzle gateway at %s stopped", self._engine.base_url)

    @property
    def running(self) -> bool:
        """Whether the gateway is serving (between ``start()`` and ``stop()``)."""
        return self._server is not None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.stop()

    # Where and who

    @property
    def url(self) -> str:
        """The base URL, such as ``http://127.0.0.1:54321``; the API is under ``/v2`` (and ``/v1``)."""
        if self._server is None:
            raise ConfigurationError("the gateway is not running: call start() or use it in a with block")
        return self._engine.base_url

    @property
    def address(self) -> tuple[str, int]:
        """The address and port the gateway is bound to, such as ``("0.0.0.0", 54321)``."""
        if self._server is None:
            raise ConfigurationError("the gateway is not running: call start() or use it in a with block")
        host, port = self._server.server_address[:2]
        return str(host), int(port)

    @property
    def public_key(self) -> str:
        """The public key this gateway accepts."""
        return self.settings.public_key

    @property
    def private_key(self) -> str:
        """The private key this gateway accepts (and signs webhooks with); a test value, not a secret."""
        return self.settings.private_key

    @property
    def merchant_uuid(self) -> str:
        """The merchant uuid authentication answers report."""
        return self.settings.merchant_uuid

    # What tests reach for

    @property
    def faults(self) -> Faults:
        """Inject failures, delays and dropped connections into the next matching requests."""
        return self._engine.faults

    @property
    def requests(self) -> RequestLog:
        """Every API request received, in order, with secrets masked."""
        return self._engine.requests

    @property
    def interest(self) -> InterestAccount:
        """The merchant interest account the interest reports read."""
        return self._engine.interest

    @property
    def webhook_deliveries(self) -> list[WebhookDelivery]:
        """Every webhook delivery attempt so far, retries included."""
        return self._engine.dispatcher.deliveries

    def wait_for_webhooks(self, timeout: float = 5.0) -> None:
        """Block until no webhook is queued, being sent or waiting for a retry.

        Raises ``TimeoutError`` if deliveries are still going on after ``timeout`` seconds.
        """
        if not self._engine.dispatcher.wait_idle(timeout):
            raise TimeoutError(f"webhook deliveries still pending after {timeout} seconds")

    def redeliver_webhook(self, event_uuid: str) -> None:
        """Send an event again, as Sezzle sometimes does, to test that receivers drop duplicates."""
        if not self._engine.dispatcher.redeliver(event_uuid):
            raise InvalidInputError("event_uuid", "no event with this uuid was sent")

    def record_ledger_entries(self, entries: Iterable[LedgerEntry]) -> None:
        """Add settlement lines as if these captures, refunds and fees had happened: for large reports in tests.

        The next ``settle`` of their currency pays them out with everything else pending.
        """
        added = list(entries)
        with self._engine.lock:
            self._engine.ledger.pending.extend(added)

    def settle(self, currency: str = "USD", *, day: date | None = None) -> str:
        """Make a payout and return its uuid.

        Without ``day`` it pays out every unsettled capture, refund and fee in ``currency`` now; with a
        UTC ``day`` it pays out that day's, dated 00:05 UTC the day after, as Sezzle's daily payouts are.
        """
        with self._engine.lock:
            return self._engine.ledger.settle(currency, self._engine.now(), day).uuid

    def __repr__(self) -> str:
        where = self._engine.base_url if self._server is not None else "not running"
        return f"<Gateway {where}>"
