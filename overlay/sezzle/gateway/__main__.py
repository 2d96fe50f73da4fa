"""``python -m sezzle.gateway``: run a local Sezzle v2 gateway until interrupted."""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import threading
from collections.abc import Sequence
from types import FrameType

from sezzle.errors import InvalidInputError
from sezzle.gateway._gateway import Gateway
from sezzle.gateway._render import CONTROL_PREFIX
from sezzle.gateway._settings import DEFAULT_PRIVATE_KEY, DEFAULT_PUBLIC_KEY


def _delays(text: str) -> tuple[float, ...]:
    try:
        return tuple(float(part) for part in text.split(",") if part.strip())
    except ValueError:
        raise argparse.ArgumentTypeError("expected seconds separated by commas, such as 0.1,0.5,2") from None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m sezzle.gateway", description="Run a local, stateful Sezzle v2 gateway for demos and tests."
    )
    parser.add_argument(
        "--host",
        default="127.0.0.1",
        help="address to listen on (default 127.0.0.1); the control routes need no token, so any other "
        "address is refused without --allow-remote",
    )
    parser.add_argument(
        "--allow-remote",
        action="store_true",
        help="allow a non-loopback --host such as 0.0.0.0: anyone who reaches it can drive the control API",
    )
    parser.add_argument("--port", type=int, default=0, help="port to listen on (default 0: any free port)")
    parser.add_argument("--public-key", default=DEFAULT_PUBLIC_KEY)
    parser.add_argument("--private-key", default=DEFAULT_PRIVATE_KEY)
    parser.add_argument("--token-lifetime", type=float, default=7200.0, metavar="SECONDS")
    parser.add_argument("--authorization-window", type=float, default=1800.0, metavar="SECONDS")
    parser.add_argument("--spending-limit", type=int, default=1_000_000, metavar="CENTS")
    parser.add_argument("--webhook-retry-delays", type=_delays, default=(0.1, 0.5, 2.0), metavar="S,S,...")
    parser.add_argument(
        "--delete-failing-subscriptions",
        action="store_true",
        help="remove a webhook subscription once an event to it fails every retry, as Sezzle does",
    )
    parser.add_argument("--log-level", default="INFO", choices=("DEBUG", "INFO", "WARNING", "ERROR"))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(level=args.log_level, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    try:
        gateway = Gateway(
            host=args.host,
            port=args.port,
            allow_remote=args.allow_remote,
            public_key=args.public_key,
            private_key=args.private_key,
            token_lifetime=args.token_lifetime,
            authorization_window=args.authorization_window,
            spending_limit=args.spending_limit,
            webhook_retry_delays=args.webhook_retry_delays,
            delete_failing_subscriptions=args.delete_failing_subscriptions,
        )
    except InvalidInputError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    stop = threading.Event()

    def _interrupted(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGINT, _interrupted)
    signal.signal(signal.SIGTERM, _interrupted)
    try:
        gateway.start()
    except (InvalidInputError, OSError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    with gateway:
        host, port = gateway.address
        print(f"Sezzle gateway listening on {gateway.url}")
        print(f"  bound to:    {host}:{port}")
        print(f"  public key:  {gateway.public_key}")
        print(f"  private key: {gateway.private_key}")
        print(f"  control:     {gateway.url}{CONTROL_PREFIX}")
        print("Press Ctrl+C to stop.", flush=True)
        while not stop.wait(0.5):
            pass
    print("stopped", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
