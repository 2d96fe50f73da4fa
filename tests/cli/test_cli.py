"""The ``sezzle`` command against the local gateway, each run as its own process, as a person or script runs it."""

from __future__ import annotations

import datetime
import json
import os
import pty
import re
import select
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from sezzle import Sezzle, price
from sezzle.cli import EXIT_CODES
from sezzle.gateway import Gateway, LedgerEntry, Money
from sezzle.webhooks import compute_signature
from tests.webhooks.payloads import EVENT_UUID, ORDER_UUID, encode, envelope

ROOT = Path(__file__).resolve().parents[2]
COMMANDS = [
    [],
    ["orders"],
    ["orders", "get"],
    ["orders", "capture"],
    ["orders", "refund"],
    ["orders", "release"],
    ["sessions", "create"],
    ["customers", "list"],
    ["customers", "get"],
    ["customers", "delete"],
    ["webhooks", "list"],
    ["webhooks", "create"],
    ["webhooks", "delete"],
    ["webhooks", "test"],
    ["webhooks", "verify"],
    ["reports", "settlements"],
    ["reports", "details"],
    ["gateway"],
    ["exit-codes"],
]


@pytest.fixture(scope="module")
def gateway() -> Iterator[Gateway]:
    with Gateway() as gw:
        yield gw


@pytest.fixture(scope="module")
def client(gateway: Gateway) -> Iterator[Sezzle]:
    with Sezzle(gateway.public_key, gateway.private_key, base_url=gateway.url) as sezzle:
        yield sezzle


@pytest.fixture
def env(gateway: Gateway, tmp_path: Path) -> dict[str, str]:
    values = {key: value for key, value in os.environ.items() if not key.startswith("SEZZLE_")}
    values.update(
        SEZZLE_PUBLIC_KEY=gateway.public_key,
        SEZZLE_PRIVATE_KEY=gateway.private_key,
        SEZZLE_CONFIG=str(tmp_path / "absent.toml"),
        COLUMNS="200",
    )
    return values


def sezzle(env: dict[str, str], *args: str, base_url: str | None = None) -> subprocess.CompletedProcess[str]:
    prefix = ["--base-url", base_url] if base_url else []
    return subprocess.run(
        [sys.executable, "-m", "sezzle.cli", *prefix, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def authorized_order(client: Sezzle, gateway: Gateway, amount: str = "100.00") -> str:
    session = client.sessions.create(
        cancel_url="https://shop.test/cart",
        complete_url="https://shop.test/done",
        order={"intent": "AUTH", "reference_id": "cli-1", "description": "CLI order", "order_amount": price(amount)},
    )
    assert session.order
    gateway.shopper.complete_checkout(str(session.order.uuid))
    return str(session.order.uuid)


def one_line_error(result: subprocess.CompletedProcess[str], code: int) -> str:
    assert result.returncode == code, (result.returncode, result.stderr)
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error: ")
    assert "Traceback" not in result.stderr
    return lines[0]


def test_every_command_has_help(env: dict[str, str]) -> None:
    for command in COMMANDS:
        result = sezzle(env, *command, "--help")
        assert result.returncode == 0, (command, result.stderr)
        assert "Usage: sezzle" in result.stdout
    assert (Path(sys.executable).parent / "sezzle").exists()  # the console script


def test_orders_get_capture_refund_release(gateway: Gateway, client: Sezzle, env: dict[str, str]) -> None:
    order = authorized_order(client, gateway, "120.00")
    shown = sezzle(env, "orders", "get", order, base_url=gateway.url)
    assert shown.returncode == 0, shown.stderr
    assert "120.00 USD" in shown.stdout
    assert order in shown.stdout

    captured = sezzle(env, "orders", "capture", order, "12.50", base_url=gateway.url)
    assert captured.returncode == 0, captured.stderr
    assert "Captured 12.50 USD" in captured.stdout
    refunded = sezzle(
        env, "--json", "orders", "refund", order, "2.50", "--idempotency-key", "r-1", base_url=gateway.url
    )
    assert refunded.returncode == 0, refunded.stderr
    assert json.loads(refunded.stdout)["uuid"]
    again = sezzle(env, "--json", "orders", "refund", order, "2.50", "--idempotency-key", "r-1", base_url=gateway.url)
    assert json.loads(again.stdout) == json.loads(refunded.stdout)  # the same key moved money once
    released = sezzle(env, "--json", "orders", "release", order, "7.5", base_url=gateway.url)
    assert released.returncode == 0, released.stderr

    state = gateway.state.order(order)
    assert (state.captured_cents, state.refunded_cents, state.released_cents) == (1250, 250, 750)
    data = json.loads(sezzle(env, "--json", "orders", "get", order, base_url=gateway.url).stdout)
    assert data["uuid"] == order
    assert data["order_amount"] == {"amount_in_cents": 12000, "currency": "USD"}


def test_bad_input_ends_with_one_line_and_its_exit_code(gateway: Gateway, client: Sezzle, env: dict[str, str]) -> None:
    order = authorized_order(client, gateway, "10.00")
    line = one_line_error(sezzle(env, "orders", "get", "no-such-order", base_url=gateway.url), 5)
    assert "404" in line
    assert "amount" in one_line_error(sezzle(env, "orders", "capture", order, "12,50", base_url=gateway.url), 4)
    assert "decimals" in one_line_error(sezzle(env, "orders", "capture", order, "1.005", base_url=gateway.url), 4)
    negative = sezzle(env, "orders", "capture", order, "--", "-1", base_url=gateway.url)
    assert "capture_amount.amount_in_cents: must be at least 1" in one_line_error(negative, 4)
    assert "422" in one_line_error(sezzle(env, "orders", "capture", order, "50.00", base_url=gateway.url), 7)
    assert gateway.state.order(order).captured_cents == 0
    no_keys = {key: value for key, value in env.items() if key != "SEZZLE_PRIVATE_KEY"}
    line = one_line_error(sezzle(no_keys, "orders", "get", order, base_url=gateway.url), 3)
    assert "SEZZLE_PRIVATE_KEY" in line
    wrong_keys = {**env, "SEZZLE_PRIVATE_KEY": "sz_pr_wrong"}
    line = one_line_error(sezzle(wrong_keys, "orders", "get", order, base_url=gateway.url), 6)
    assert "sz_pr_wrong" not in line
    unusable = sezzle(env, "orders", "get", order, base_url="http://127.0.0.1:9")
    one_line_error(unusable, 8)
    usage = sezzle(env, "orders", "get", base_url=gateway.url)
    assert usage.returncode == 2
    assert "Traceback" not in usage.stderr


def test_sessions_create_from_a_json_file(gateway: Gateway, env: dict[str, str], tmp_path: Path) -> None:
    body = tmp_path / "session.json"
    body.write_text(
        json.dumps(
            {
                "cancel_url": {"href": "https://shop.test/cart"},
                "complete_url": {"href": "https://shop.test/done"},
                "order": {
                    "intent": "AUTH",
                    "reference_id": "cli-session",
                    "description": "From a file",
                    "order_amount": {"amount_in_cents": 4999, "currency": "USD"},
                },
            }
        )
    )
    result = sezzle(env, "--json", "sessions", "create", "--json", str(body), base_url=gateway.url)
    assert result.returncode == 0, result.stderr
    order_uuid = json.loads(result.stdout)["order"]["uuid"]
    assert gateway.state.order(order_uuid).amount.cents == 4999
    table = sezzle(env, "sessions", "create", "--json", str(body), base_url=gateway.url)
    assert "checkout_url" in table.stdout
    (tmp_path / "bad.json").write_text("{not json")
    assert "not JSON" in one_line_error(sezzle(env, "sessions", "create", "--json", str(tmp_path / "bad.json")), 4)


def test_customers_list_get_delete(gateway: Gateway, client: Sezzle, env: dict[str, str]) -> None:
    session = client.sessions.create(
        cancel_url="https://shop.test/c", complete_url="https://shop.test/d", customer={"tokenize": True}
    )
    assert session.tokenize
    customer = gateway.shopper.accept_tokenization(str(session.tokenize.token))
    listed = json.loads(sezzle(env, "--json", "customers", "list", base_url=gateway.url).stdout)
    assert customer in [entry["uuid"] for entry in listed]
    assert customer in sezzle(env, "customers", "list", base_url=gateway.url).stdout
    got = sezzle(env, "--json", "customers", "get", customer, base_url=gateway.url)
    assert json.loads(got.stdout)["uuid"] == customer
    deleted = sezzle(env, "customers", "delete", customer, base_url=gateway.url)
    assert deleted.returncode == 0, deleted.stderr
    one_line_error(sezzle(env, "customers", "get", customer, base_url=gateway.url), 5)


def test_webhooks_create_list_test_delete_and_verify(gateway: Gateway, env: dict[str, str], tmp_path: Path) -> None:
    url = "http://127.0.0.1:9/hook"
    created = sezzle(
        env, "--json", "webhooks", "create", "--url", url, "--event", "order.captured", base_url=gateway.url
    )
    assert created.returncode == 0, created.stderr
    uuid = json.loads(created.stdout)["uuid"]
    listed = json.loads(sezzle(env, "--json", "webhooks", "list", base_url=gateway.url).stdout)
    assert {"uuid": uuid, "url": url} in [{"uuid": hook["uuid"], "url": hook["url"]} for hook in listed]
    assert url in sezzle(env, "webhooks", "list", base_url=gateway.url).stdout
    tested = sezzle(env, "webhooks", "test", "order.captured", "--url", url, base_url=gateway.url)
    assert tested.returncode == 0, tested.stderr
    assert sezzle(env, "webhooks", "delete", uuid, base_url=gateway.url).returncode == 0
    one_line_error(sezzle(env, "webhooks", "delete", uuid, base_url=gateway.url), 5)

    body = encode(envelope("order.captured", "order", {"uuid": ORDER_UUID}))
    (tmp_path / "body.json").write_bytes(body)
    good = compute_signature(body, gateway.private_key)
    verified = sezzle(
        env, "webhooks", "verify", str(tmp_path / "body.json"), "--signature", good, "--key", gateway.private_key
    )
    assert verified.returncode == 0, verified.stderr
    assert EVENT_UUID in verified.stdout
    from_env = sezzle(env, "--json", "webhooks", "verify", str(tmp_path / "body.json"), "--signature", good)
    assert json.loads(from_env.stdout)["valid"] is True
    (tmp_path / "body.json").write_bytes(body + b" ")
    line = one_line_error(sezzle(env, "webhooks", "verify", str(tmp_path / "body.json"), "--signature", good), 9)
    assert gateway.private_key not in line


def big_payout(gateway: Gateway, rows: int) -> str:
    now = datetime.datetime.now(datetime.UTC)
    entries = (
        LedgerEntry(
            type="ORDER",
            amount_cents=1000 + n % 97,
            currency="USD",
            event_date=now,
            order_uuid=f"order-{n}",
            order_amount=Money(5000, "USD"),
            order_created_at=now,
            order_capture_date=now,
            reference_id=f"ref-{n}",
            sezzle_order_id=None,
        )
        for n in range(rows)
    )
    gateway.record_ledger_entries(entries)
    return gateway.settle()


def read_pty(args: list[str], env: dict[str, str]) -> tuple[int, str]:
    """Run in a pseudo-terminal, as a person at a terminal would, and return what it showed."""
    leader, follower = pty.openpty()
    process = subprocess.Popen(args, cwd=ROOT, env=env, stdin=follower, stdout=follower, stderr=follower)
    os.close(follower)
    chunks: list[bytes] = []
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        ready, _, _ = select.select([leader], [], [], 0.5)
        if ready:
            try:
                data = os.read(leader, 65536)
            except OSError:
                break
            if not data:
                break
            chunks.append(data)
        elif process.poll() is not None:
            break
    os.close(leader)
    return process.wait(timeout=30), b"".join(chunks).decode(errors="replace")


@pytest.fixture
def quiet_gateway() -> Iterator[Gateway]:
    """A gateway of its own, with no captures pending from other tests."""
    with Gateway() as gw:
        yield gw


def test_reports_settlements_and_a_download_of_100000_rows_with_progress(
    quiet_gateway: Gateway, env: dict[str, str], tmp_path: Path
) -> None:
    gateway = quiet_gateway
    payout = big_payout(gateway, 100_000)
    today = gateway.clock.now().date().isoformat()
    listed = sezzle(env, "--json", "reports", "settlements", "--from", today, base_url=gateway.url)
    assert listed.returncode == 0, listed.stderr
    summaries = {entry["uuid"]: entry for entry in json.loads(listed.stdout)}
    net = summaries[payout]["net_settlement_amount"]
    assert isinstance(net, str)  # exact, never a float
    assert re.fullmatch(r"\d+\.\d{2}", net)
    assert Decimal(net) == sum(Decimal(1000 + n % 97) for n in range(100_000)) / 100
    assert payout in sezzle(env, "reports", "settlements", "--from", today, base_url=gateway.url).stdout

    out = tmp_path / "payout.csv"
    started = time.monotonic()
    code, shown = read_pty(
        [
            sys.executable,
            "-m",
            "sezzle.cli",
            "--base-url",
            gateway.url,
            "reports",
            "details",
            payout,
            "--out",
            str(out),
        ],
        {**env, "TERM": "xterm", "COLUMNS": "120"},
    )
    elapsed = time.monotonic() - started
    assert code == 0, shown
    counts = [int(n.replace(",", "")) for n in re.findall(r"([\d,]+) rows", shown)]
    assert counts[-1] == 100_000
    assert len(counts) > 2  # it moved while downloading
    assert counts[0] < 100_000
    received = [int(n.replace(",", "")) for n in re.findall(r"([\d,]+) bytes", shown)]
    assert received[-1] > 100_000 * 50
    lines = out.read_text().splitlines()
    assert len(lines) == 100_001
    assert lines[0].startswith("type,order_capture_date")
    assert lines[1].split(",")[0] == "ORDER"
    assert "Wrote 100,000 rows" in shown
    assert elapsed < 90

    jsonl = tmp_path / "payout.jsonl"
    small = big_payout(gateway, 3)
    done = sezzle(env, "--json", "reports", "details", small, "--out", str(jsonl), base_url=gateway.url)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["rows"] == 3
    records = [json.loads(line) for line in jsonl.read_text().splitlines()]
    assert [record["amount"] for record in records] == ["10.00", "10.01", "10.02"]
    assert "csv or .jsonl" in one_line_error(
        sezzle(env, "reports", "details", small, "--out", str(tmp_path / "x.txt")), 4
    )
    missing = tmp_path / "missing.csv"
    one_line_error(sezzle(env, "reports", "details", "no-such-payout", "--out", str(missing), base_url=gateway.url), 5)
    assert not missing.exists()
    assert not (tmp_path / "missing.csv.part").exists()  # nothing half-written is left behind
    one_line_error(sezzle(env, "reports", "settlements", "--from", "yesterday", base_url=gateway.url), 4)


def test_a_config_profile_is_used_and_refused_when_others_can_read_it(
    gateway: Gateway, client: Sezzle, env: dict[str, str], tmp_path: Path
) -> None:
    order = authorized_order(client, gateway, "10.00")
    config = tmp_path / "config.toml"
    keys = f'public_key = "{gateway.public_key}"\nprivate_key = "{gateway.private_key}"\n'
    config.write_text(f'[shop]\n{keys}base_url = "{gateway.url}"\n')
    no_env = {key: value for key, value in env.items() if not key.startswith("SEZZLE_")}
    no_env["SEZZLE_CONFIG"] = str(config)
    config.chmod(0o644)
    line = one_line_error(sezzle(no_env, "--profile", "shop", "orders", "get", order), 3)
    assert "chmod 600" in line
    assert gateway.private_key not in line
    config.chmod(0o600)
    result = sezzle(no_env, "--profile", "shop", "orders", "get", order)
    assert result.returncode == 0, result.stderr
    assert order in result.stdout
    assert "no profile [other]" in one_line_error(sezzle(no_env, "--profile", "other", "orders", "get", order), 3)


def test_the_gateway_command_serves_on_loopback_until_stopped(env: dict[str, str]) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "sezzle.cli", "gateway"], cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        url = re.search(r"http://127\.0\.0\.1:\d+", first)
        assert url, first
        listed = sezzle(env, "--json", "webhooks", "list", base_url=url.group(0))
        assert listed.returncode == 0, listed.stderr
        assert json.loads(listed.stdout) == []
    finally:
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=10) == 0
    assert "loopback" in one_line_error(sezzle(env, "gateway", "--host", "0.0.0.0"), 4)


def test_the_gateway_command_listens_beyond_loopback_only_with_allow_remote(env: dict[str, str]) -> None:
    refused = one_line_error(sezzle(env, "gateway", "--host", "0.0.0.0"), 4)
    assert "--allow-remote" in refused
    process = subprocess.Popen(
        [sys.executable, "-m", "sezzle.cli", "gateway", "--host", "0.0.0.0", "--allow-remote"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        url = re.search(r"http://127\.0\.0\.1:(\d+)", first)
        assert url, first
        assert process.stdout.readline().split() == ["bound", "to", f"0.0.0.0:{url.group(1)}"]
        assert "no authentication" in process.stdout.readline()
        listed = sezzle(env, "--json", "webhooks", "list", base_url=url.group(0))
        assert listed.returncode == 0, listed.stderr
    finally:
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=10) == 0


def test_exit_codes_are_listed_and_documented(env: dict[str, str]) -> None:
    listed: dict[str, Any] = json.loads(sezzle(env, "--json", "exit-codes").stdout)
    assert listed == {str(code): text for code, text in EXIT_CODES.items()}
    readme = (ROOT / "README.md").read_text()
    for code in EXIT_CODES:
        assert f"| {code} |" in readme
