"""Call the four documented operations through the generated client against a local example server.

The server answers each operation with the example response documented on Sezzle's page for it.
"""

from __future__ import annotations

import json
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from sezzle_api import AuthenticatedClient
from sezzle_api.api.session import create_session, get_session
from sezzle_api.api.virtual import create_card_session, get_card_data
from sezzle_api.models import CardSessionRequest, SessionRequest

SPEC = json.loads((Path(__file__).resolve().parents[1] / "openapi" / "sezzle-api.json").read_text())


def _resolve(node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        node = SPEC["components"]["schemas"][node["$ref"].rsplit("/", 1)[1]]
    return node


def _examples() -> list[tuple[str, re.Pattern[str], int, Any]]:
    routes = []
    for path, item in SPEC["paths"].items():
        pattern = re.compile("^" + re.sub(r"\{[^}]+\}", "[^/]+", path) + "$")
        for method, operation in item.items():
            for status, response in operation["responses"].items():
                media = response.get("content", {}).get("application/json")
                if status.startswith("2") and media:
                    example = media.get("example", _resolve(media["schema"]).get("example"))
                    routes.append((method.upper(), pattern, int(status), example))
    return routes


class _Handler(BaseHTTPRequestHandler):
    routes = _examples()

    def _answer(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        for method, pattern, status, example in self.routes:
            if method == self.command and pattern.match(self.path):
                body = json.dumps(example).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
                return
        self.send_error(404)

    do_GET = do_POST = _answer

    def log_message(self, format: str, *args: Any) -> None:
        return


def show(title: str, result: Any) -> None:
    data = result.to_dict()
    if "pan" in data:
        data = {**data, "pan": "…" + data["pan"][-4:], "cvv_number": "***"}
    print(f"== {title}")
    print(json.dumps(data, indent=2))


def main() -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    client = AuthenticatedClient(base_url=f"http://127.0.0.1:{server.server_port}", token="demo-token")  # noqa: S106 - a local example server
    try:
        session = create_session.sync(
            client=client,
            body=SessionRequest.from_dict(
                {
                    "cancel_url": {"href": "https://shop.example/cart"},
                    "complete_url": {"href": "https://shop.example/complete"},
                    "order": {
                        "intent": "AUTH",
                        "reference_id": "ord_1",
                        "description": "Order 1",
                        "order_amount": {"amount_in_cents": 5000, "currency": "USD"},
                    },
                }
            ),
        )
        show("create session", session)
        show("get session", get_session.sync("fadbc642-05a4-4e38-9e74-80e325623af9", client=client))
        card_session = create_card_session.sync(
            client=client,
            body=CardSessionRequest.from_dict(
                {
                    "origin": "https://shop.example",
                    "mode": "iframe",
                    "merchant_reference_id": "cart-1",
                    "amount_in_cents": 1000,
                    "currency": "USD",
                }
            ),
        )
        show("create card session", card_session)
        show("get card data", get_card_data.sync("card-token", client=client))
    finally:
        server.shutdown()


if __name__ == "__main__":
    main()
