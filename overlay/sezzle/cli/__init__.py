"""``sezzle``: orders, sessions, customers, webhooks and reports from a shell (``pip install "sezzle-python[cli]"``).

Keys come from ``SEZZLE_PUBLIC_KEY`` / ``SEZZLE_PRIVATE_KEY`` or a profile in a private config file
(see ``sezzle.cli._config``). Output is a table for people, or JSON with ``--json`` for scripts; money
is always an exact decimal with its currency, and amounts are given as decimal strings (``12.50``).
Every error ends the command with one line on stderr and one of the exit codes in ``EXIT_CODES``.
"""

from __future__ import annotations

import csv
import datetime
import ipaddress
import json
import signal
import sys
import threading
from collections.abc import Callable, Sequence
from decimal import Decimal
from enum import Enum
from pathlib import Path
from types import FrameType
from typing import Annotated, Any, NoReturn

import attrs
import typer
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from sezzle import (
    APIConnectionError,
    APIStatusError,
    AuthenticationError,
    ConfigurationError,
    InternalServerError,
    InvalidInputError,
    NotFoundError,
    RateLimitError,
    Sezzle,
    SezzleError,
    WebhookSignatureError,
    price,
    to_decimal,
)
from sezzle.cli._config import resolve
from sezzle.money import minor_units
from sezzle.order_state import order_state
from sezzle.webhooks import WebhookKeys, parse_event, verify_signature

__all__ = ["EXIT_CODES", "app", "exit_code", "main"]

EXIT_CODES: dict[int, str] = {
    0: "success (for webhooks verify: the signature is valid)",
    1: "an error that is not Sezzle's (a bug: please report it)",
    2: "usage: an unknown command or option, or a missing argument",
    3: "configuration: missing keys, an unreadable or too widely readable config file, a bad profile",
    4: "invalid input caught before sending: an amount, currency, date or file",
    5: "not found: no such order, customer, webhook or payout",
    6: "authentication: Sezzle refused the keys",
    7: "refused: Sezzle answered 400, 409 or 422 (the message says why)",
    8: "unavailable: no answer, a timeout, 429 or 5xx; it may work if tried again",
    9: "webhook signature: the body does not match the signature",
    10: "any other Sezzle error (an answer that could not be read, a declined shopper, a store)",
    130: "interrupted (Ctrl+C); a report being downloaded is not left half-written",
}


def exit_code(error: SezzleError) -> int:
    """The documented exit code for ``error``."""
    checks: tuple[tuple[type[SezzleError] | tuple[type[SezzleError], ...], int], ...] = (
        (ConfigurationError, 3),
        (InvalidInputError, 4),
        (NotFoundError, 5),
        (AuthenticationError, 6),
        ((RateLimitError, InternalServerError, APIConnectionError), 8),
        (APIStatusError, 7),
        (WebhookSignatureError, 9),
    )
    for kinds, code in checks:
        if isinstance(error, kinds):
            return code
    return 10


class _State:
    def __init__(self, *, base_url: str | None, profile: str | None, as_json: bool) -> None:
        self.base_url = base_url
        self.profile = profile
        self.as_json = as_json
        # Piped output is not cut to 80 columns: uuids in a table stay whole.
        self.out = Console(highlight=False, width=None if sys.stdout.isatty() else 200)
        self.err = Console(stderr=True, highlight=False)

    def client(self) -> Sezzle:
        chosen = resolve(self.profile)
        return Sezzle(
            chosen.public_key,
            chosen.private_key,
            environment=chosen.environment,
            region=chosen.region,
            base_url=self.base_url or chosen.base_url,
        )


app = typer.Typer(
    name="sezzle",
    help=(
        "Sezzle's merchant API from a shell: orders, sessions, customers, webhooks, reports. Keys come from "
        "SEZZLE_PUBLIC_KEY / SEZZLE_PRIVATE_KEY or a --profile; amounts are decimal strings such as 12.50; "
        "errors end with one line and an exit code (`sezzle exit-codes`)."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
orders_app = typer.Typer(help="Get an order; capture, refund or release money on it.", no_args_is_help=True)
sessions_app = typer.Typer(help="Create checkout sessions.", no_args_is_help=True)
customers_app = typer.Typer(help="Tokenized customers.", no_args_is_help=True)
webhooks_app = typer.Typer(help="Webhook subscriptions, test events and signature checks.", no_args_is_help=True)
reports_app = typer.Typer(help="Settlement reports.", no_args_is_help=True)
app.add_typer(orders_app, name="orders")
app.add_typer(sessions_app, name="sessions")
app.add_typer(customers_app, name="customers")
app.add_typer(webhooks_app, name="webhooks")
app.add_typer(reports_app, name="reports")


@app.callback()
def _options(
    ctx: typer.Context,
    base_url: Annotated[
        str | None, typer.Option("--base-url", help="The API's URL, such as a local gateway (default: the profile's).")
    ] = None,
    profile: Annotated[
        str | None,
        typer.Option("--profile", envvar="SEZZLE_PROFILE", help="A profile of the config file (SEZZLE_CONFIG)."),
    ] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print JSON for scripts instead of tables (give it before the command).")
    ] = False,
) -> None:
    """Keys from SEZZLE_PUBLIC_KEY / SEZZLE_PRIVATE_KEY or a config profile. Exit codes: see `sezzle exit-codes`."""
    ctx.obj = _State(base_url=base_url, profile=profile, as_json=as_json)


def _state(ctx: typer.Context) -> _State:
    state = ctx.find_root().obj
    assert isinstance(state, _State)
    return state


# Output


def plain(value: Any) -> Any:
    """JSON-ready data: models as dicts, floats (money, in Sezzle's reports) as exact decimal strings."""
    if hasattr(value, "to_dict") and callable(value.to_dict):
        return plain(value.to_dict())
    if attrs.has(type(value)):
        return plain(attrs.asdict(value, recurse=False))
    if isinstance(value, dict):
        return {str(key): plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    if isinstance(value, bool) or value is None or isinstance(value, int | str):
        return value
    if isinstance(value, float):
        return str(Decimal(repr(value)))
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    if isinstance(value, Enum):
        return str(value.value)
    return str(value)


def money(cents: int | None, currency: str | None) -> str:
    if cents is None:
        return "-"
    code = currency or "USD"
    return f"{to_decimal(cents, code)} {code}"


def price_text(value: Any) -> str:
    cents = getattr(value, "amount_in_cents", None)
    return money(cents if isinstance(cents, int) else None, getattr(value, "currency", None))


def exact_amount(amount: Any, currency: str | None) -> str | None:
    """A report's amount (a JSON number in Sezzle's answer) as an exact decimal string in the currency's units."""
    if amount is None or isinstance(amount, bool) or not isinstance(amount, float | int | Decimal):
        return None
    value = Decimal(repr(amount)) if isinstance(amount, float) else Decimal(amount)
    return str(value.quantize(Decimal(1).scaleb(-minor_units(_currency(currency)))))


def _currency(currency: str | None) -> str:
    return currency if isinstance(currency, str) and len(currency) == 3 else "USD"


def decimal_money(amount: Any, currency: str | None) -> str:
    exact = exact_amount(amount, currency)
    return "-" if exact is None else f"{exact} {_currency(currency)}"


def _text(value: Any) -> str:
    if value is None or type(value).__name__ == "Unset":
        return "-"
    if isinstance(value, datetime.datetime):
        return value.isoformat()
    return str(value)


def emit(state: _State, data: Any, table: Callable[[], Table] | None = None, message: str | None = None) -> None:
    if state.as_json:
        state.out.print_json(json.dumps(plain(data)))
        return
    if table is not None:
        state.out.print(table())
    if message is not None:
        state.out.print(message)


def _table(*columns: str) -> Table:
    table = Table(show_header=True, header_style="bold")
    for column in columns:
        table.add_column(column)
    return table


def _pairs(rows: Sequence[tuple[str, str]]) -> Callable[[], Table]:
    def build() -> Table:
        table = _table("field", "value")
        for key, value in rows:
            table.add_row(key, value)
        return table

    return build


# Orders

AmountArgument = Annotated[str, typer.Argument(help="A decimal amount in the currency's units, such as 12.50.")]
CurrencyOption = Annotated[str, typer.Option("--currency", help="Three-letter ISO 4217 code.")]
KeyOption = Annotated[
    str | None, typer.Option("--idempotency-key", help="Sezzle-Request-Id: the same key never moves money twice.")
]


def _order_rows(order: Any) -> list[tuple[str, str]]:
    state = order_state(order)
    currency = state.currency
    return [
        ("uuid", _text(order.uuid)),
        ("reference_id", _text(order.reference_id)),
        ("intent", _text(order.intent)),
        ("checkout_status", _text(order.checkout_status)),
        ("order_amount", money(state.order_amount, currency)),
        ("authorized", money(state.authorized, currency)),
        ("captured", money(state.captured, currency)),
        ("refunded", money(state.refunded, currency)),
        ("released", money(state.released, currency)),
        ("capturable", money(state.capturable, currency)),
        ("refundable", money(state.refundable, currency)),
        ("authorization_expires", _text(state.authorization_expires)),
    ]


@orders_app.command("get")
def orders_get(ctx: typer.Context, order_uuid: Annotated[str, typer.Argument(help="The order's uuid.")]) -> None:
    """Show an order with its authorized, captured, refunded and released totals."""
    state = _state(ctx)
    with state.client() as client:
        order = client.orders.get(order_uuid)
    emit(state, order, _pairs(_order_rows(order)))


def _money_command(action: str) -> Callable[..., None]:
    def command(
        ctx: typer.Context,
        order_uuid: Annotated[str, typer.Argument(help="The order's uuid.")],
        amount: AmountArgument,
        currency: CurrencyOption = "USD",
        idempotency_key: KeyOption = None,
    ) -> None:
        state = _state(ctx)
        amount_price = price(amount.strip(), currency.strip().upper())
        with state.client() as client:
            call = getattr(client.orders, action)
            result = call(order_uuid, amount_price, idempotency_key=idempotency_key)
        rows = [("uuid", _text(getattr(result, "uuid", None))), ("amount", price_text(amount_price))]
        emit(state, result, _pairs(rows), f"{action.capitalize()}d {price_text(amount_price)} on order {order_uuid}")

    return command


orders_app.command("capture", help="Capture all or part of the authorization, such as `capture UUID 12.50`.")(
    _money_command("capture")
)
orders_app.command("refund", help="Refund all or part of what was captured.")(_money_command("refund"))
orders_app.command("release", help="Release all or part of the authorization that was not captured.")(
    _money_command("release")
)


# Sessions


def _json_file(path: Path, what: str) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise InvalidInputError(what, f"cannot read {path}: {error.strerror}") from None
    except ValueError as error:
        raise InvalidInputError(what, f"{path} is not JSON: {error}") from None


@sessions_app.command("create")
def sessions_create(
    ctx: typer.Context,
    json_file: Annotated[
        Path, typer.Option("--json", help="A JSON file with the session (cancel_url, complete_url, order...).")
    ],
) -> None:
    """Create a session from a JSON file; prints the checkout URL to send the shopper to."""
    state = _state(ctx)
    body = _json_file(json_file, "--json")
    if not isinstance(body, dict):
        raise InvalidInputError("--json", "the file must hold a JSON object")
    with state.client() as client:
        session = client.sessions.create(body)
    order = getattr(session, "order", None)
    rows = [
        ("session_uuid", _text(session.uuid)),
        ("order_uuid", _text(getattr(order, "uuid", None))),
        ("checkout_url", _text(getattr(order, "checkout_url", None))),
    ]
    emit(state, session, _pairs(rows))


# Customers


@customers_app.command("list")
def customers_list(ctx: typer.Context) -> None:
    """Tokenized customers and when their tokens expire."""
    state = _state(ctx)
    with state.client() as client:
        customers = client.customers.list()

    def build() -> Table:
        table = _table("uuid", "expiration")
        for customer in customers:
            table.add_row(_text(customer.uuid), _text(customer.expiration))
        return table

    emit(state, customers, build)


@customers_app.command("get")
def customers_get(
    ctx: typer.Context, customer_uuid: Annotated[str, typer.Argument(help="The customer's uuid.")]
) -> None:
    """Show a tokenized customer."""
    state = _state(ctx)
    with state.client() as client:
        customer = client.customers.get(customer_uuid)
    rows = [
        (name, _text(getattr(customer, name, None)))
        for name in ("uuid", "first_name", "last_name", "email", "phone", "token_expiration")
    ]
    emit(state, customer, _pairs(rows))


@customers_app.command("delete")
def customers_delete(
    ctx: typer.Context, customer_uuid: Annotated[str, typer.Argument(help="The customer's uuid.")]
) -> None:
    """Delete a customer's token: no further orders can be made with it."""
    state = _state(ctx)
    with state.client() as client:
        client.customers.delete(customer_uuid)
    emit(state, {"deleted": customer_uuid}, message=f"Deleted customer {customer_uuid}")


# Webhooks


@webhooks_app.command("list")
def webhooks_list(ctx: typer.Context) -> None:
    """Webhook subscriptions: their URL and events."""
    state = _state(ctx)
    with state.client() as client:
        hooks = client.webhooks.list()

    def build() -> Table:
        table = _table("uuid", "url", "events")
        for hook in hooks:
            events = hook.events if isinstance(hook.events, list) else []
            table.add_row(_text(hook.uuid), _text(hook.url), ", ".join(str(event) for event in events))
        return table

    emit(state, hooks, build)


@webhooks_app.command("create")
def webhooks_create(
    ctx: typer.Context,
    url: Annotated[str, typer.Option("--url", help="Where Sezzle sends the events (unique per merchant).")],
    events: Annotated[list[str], typer.Option("--event", help="An event to subscribe to; repeat for more.")],
) -> None:
    """Subscribe a URL to events, such as `--event order.captured --event order.refunded`."""
    state = _state(ctx)
    with state.client() as client:
        created = client.webhooks.create(url=url, events=events)
    emit(state, created, _pairs([("uuid", _text(created.uuid)), ("url", url), ("events", ", ".join(events))]))


@webhooks_app.command("delete")
def webhooks_delete(
    ctx: typer.Context, webhook_uuid: Annotated[str, typer.Argument(help="The subscription's uuid.")]
) -> None:
    """Delete a webhook subscription."""
    state = _state(ctx)
    with state.client() as client:
        client.webhooks.delete(webhook_uuid)
    emit(state, {"deleted": webhook_uuid}, message=f"Deleted webhook {webhook_uuid}")


@webhooks_app.command("test")
def webhooks_test(
    ctx: typer.Context,
    event: Annotated[str, typer.Argument(help="The event to send, such as order.captured.")],
    url: Annotated[str | None, typer.Option("--url", help="Send to this URL only (default: every subscriber).")] = None,
) -> None:
    """Ask Sezzle to send a test event."""
    state = _state(ctx)
    with state.client() as client:
        client.webhooks.test(event, url=url)
    emit(state, {"sent": event, "url": url}, message=f"Sent a test {event}")


@webhooks_app.command("verify")
def webhooks_verify(
    ctx: typer.Context,
    body_file: Annotated[Path, typer.Argument(help="The raw request body, exactly as received.")],
    signature: Annotated[str, typer.Option("--signature", help="The Sezzle-Signature header's value.")],
    key: Annotated[
        str,
        typer.Option(
            "--key",
            envvar="SEZZLE_PRIVATE_KEY",
            show_envvar=True,
            show_default=False,
            help="The API private key (default: SEZZLE_PRIVATE_KEY, which keeps it out of the process list).",
        ),
    ],
) -> None:
    """Check a webhook body's signature offline; exit 0 when valid, 9 when not."""
    state = _state(ctx)
    try:
        body = body_file.read_bytes()
    except OSError as error:
        raise InvalidInputError("BODYFILE", f"cannot read {body_file}: {error.strerror}") from None
    keys = WebhookKeys(key)
    del key
    verify_signature(body, signature, keys)
    try:
        event = parse_event(body)
    except SezzleError:  # signed by the key, but not an event this library can read
        emit(state, {"valid": True, "event": None, "uuid": None}, message="Valid signature")
        return
    emit(
        state,
        {"valid": True, "event": str(event.event), "uuid": event.uuid},
        message=f"Valid signature: {event.event} {event.uuid}",
    )


# Reports

DateOption = Annotated[str, typer.Option(help="A UTC date, yyyy-mm-dd.")]


def _date(value: str | None, field: str) -> datetime.date | None:
    if value is None:
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise InvalidInputError(field, f"must be a date as yyyy-mm-dd, got {value!r}") from None


@reports_app.command("settlements")
def reports_settlements(
    ctx: typer.Context,
    start: Annotated[str, typer.Option("--from", help="First payout date (UTC), yyyy-mm-dd.")],
    end: Annotated[str | None, typer.Option("--to", help="Last payout date (UTC); default today.")] = None,
    currency: Annotated[str | None, typer.Option("--currency", help="Payout currency, such as USD.")] = None,
) -> None:
    """Payouts in a date range, every page."""
    state = _state(ctx)
    first = _date(start, "--from")
    assert first is not None
    with state.client() as client:
        payouts = list(client.reports.iter_settlement_summaries(first, _date(end, "--to"), currency_code=currency))

    def build() -> Table:
        table = _table("uuid", "payout_date", "net_settlement_amount", "status")
        for payout in payouts:
            amount = payout.net_settlement_amount if isinstance(payout.net_settlement_amount, float | int) else None
            table.add_row(
                _text(payout.uuid),
                _text(payout.payout_date),
                decimal_money(amount, _text(payout.payout_currency)),
                _text(payout.status),
            )
        return table

    data = [
        {
            **plain(payout),
            "net_settlement_amount": exact_amount(payout.net_settlement_amount, _text(payout.payout_currency)),
            "forex_fees": exact_amount(payout.forex_fees, _text(payout.payout_currency)),
        }
        for payout in payouts
    ]
    emit(state, data, build)


def _cells(item: Any, columns: Sequence[str]) -> list[str]:
    values = attrs.asdict(item, recurse=False)
    extra = values.pop("extra", {})
    out = []
    for column in columns:
        value = values[column] if column in values else extra.get(column)
        out.append("" if value is None else str(plain(value)))
    return out


@reports_app.command("details")
def reports_details(
    ctx: typer.Context,
    payout_uuid: Annotated[str, typer.Argument(help="The payout's uuid (from `reports settlements`).")],
    out: Annotated[Path, typer.Option("--out", help="Where to write the line items: a .csv or .jsonl file.")],
) -> None:
    """Download a payout's line items to CSV or JSON Lines, with a progress bar of rows and bytes."""
    state = _state(ctx)
    kind = out.suffix.lower()
    if kind not in (".csv", ".jsonl"):
        raise InvalidInputError("--out", f"must end in .csv or .jsonl, got {out.name!r}")
    partial = out.with_name(out.name + ".part")  # renamed to ``out`` only once every row is written
    try:
        rows, received, summary = _download(state, payout_uuid, partial, kind)
        partial.replace(out)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    net = getattr(summary, "net_settlement_amount", None)
    currency = getattr(summary, "settlement_currency", None)
    emit(
        state,
        {
            "payout_uuid": payout_uuid,
            "rows": rows,
            "bytes": received,
            "out": str(out),
            "net_settlement_amount": plain(net),
            "settlement_currency": currency,
        },
        message=f"Wrote {rows:,} rows ({received:,} bytes received) to {out}; net {decimal_money(net, currency)}",
    )


def _download(state: _State, payout_uuid: str, path: Path, kind: str) -> tuple[int, int, Any]:
    rows = 0
    with state.client() as client, client.reports.settlement_details(payout_uuid) as report:
        try:
            handle = path.open("w", encoding="utf-8", newline="")
        except OSError as error:
            raise InvalidInputError("--out", f"cannot write {path}: {error.strerror}") from None
        columns = list(report.line_item_columns)
        progress = Progress(
            SpinnerColumn(),
            TextColumn("{task.description}"),
            TextColumn("{task.completed:,} rows"),
            TextColumn("{task.fields[received]:,} bytes"),
            TimeElapsedColumn(),
            console=state.err,
            transient=False,
        )
        with handle, progress:
            task = progress.add_task(f"payout {payout_uuid}", total=None, received=0)
            writer = csv.writer(handle, lineterminator="\n") if kind == ".csv" else None
            if writer is not None:
                writer.writerow(columns)
            for item in report.line_items:
                if writer is not None:
                    writer.writerow(_cells(item, columns))
                else:
                    handle.write(json.dumps(plain(_record(item))) + "\n")
                rows += 1
                if rows % 1000 == 0:
                    progress.update(task, completed=rows, received=report.http_response.num_bytes_downloaded)
            progress.update(task, completed=rows, received=report.http_response.num_bytes_downloaded)
        return rows, report.http_response.num_bytes_downloaded, report.summary


def _record(item: Any) -> dict[str, Any]:
    values = dict(attrs.asdict(item, recurse=False))
    values.update(values.pop("extra", {}))
    return values


# The local gateway


@app.command("gateway")
def gateway(
    host: Annotated[
        str, typer.Option(help="The address to listen on: loopback unless --allow-remote is given.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="The port (0: any free port).")] = 0,
    allow_remote: Annotated[
        bool,
        typer.Option(
            "--allow-remote",
            help="Allow a non-loopback --host such as 0.0.0.0; its control API needs no authentication.",
        ),
    ] = False,
) -> None:
    """Run the local simulated Sezzle gateway (loopback by default) until Ctrl+C; point --base-url at it."""
    try:
        loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False
    if not loopback and not allow_remote:
        raise InvalidInputError(
            "--host",
            "the simulated gateway listens on loopback addresses only, such as 127.0.0.1, unless --allow-remote "
            "is given: its control API has no authentication",
        )
    from sezzle.gateway import Gateway

    stop = threading.Event()

    def _stop(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGINT, _stop)
    signal.signal(signal.SIGTERM, _stop)
    with Gateway(host=host, port=port, allow_remote=allow_remote) as gw:
        bound_host, bound_port = gw.address
        print(f"Sezzle gateway listening on {gw.url}")
        print(f"  bound to {bound_host}:{bound_port}")
        if not loopback:
            print("  warning: reachable from other machines; its control API has no authentication")
        print(f"  export SEZZLE_PUBLIC_KEY={gw.public_key} SEZZLE_PRIVATE_KEY={gw.private_key}")
        print(f"  sezzle --base-url {gw.url} orders get ORDER_UUID")
        print("Press Ctrl+C to stop.", flush=True)
        while not stop.wait(0.2):
            pass


@app.command("exit-codes")
def exit_codes(ctx: typer.Context) -> None:
    """List the exit codes."""
    state = _state(ctx)
    emit(
        state,
        {str(code): text for code, text in EXIT_CODES.items()},
        _pairs([(str(c), t) for c, t in EXIT_CODES.items()]),
    )


def _fail(message: str, code: int) -> NoReturn:
    line = " ".join(message.split())
    sys.stderr.write(f"error: {line}\n")
    sys.stderr.flush()
    raise SystemExit(code)


def main(argv: Sequence[str] | None = None) -> int:
    """The console script: runs a command, turning every ``SezzleError`` into one line and an exit code."""
    command = typer.main.get_command(app)
    try:
        # Standalone: usage errors print their usage and exit 2, --help exits 0, and so on.
        command.main(args=list(argv) if argv is not None else None, prog_name="sezzle", standalone_mode=True)
    except SezzleError as error:
        _fail(str(error) or type(error).__name__, exit_code(error))
    except KeyboardInterrupt:
        _fail("interrupted", 130)
    return 0
