"""What only the v1 API remembers; the orders themselves live in the shared order store.

A v1 checkout is an ordinary order (intent ``AUTH`` when the merchant completes it, ``CAPTURE``
otherwise) with a checkout session, so v2 reads and acts on it too. These records add what v2 has no
field for: the checkout options v1 echoes back, the reason given for each refund, and the webhook URL.
"""

from __future__ import annotations

from typing import Any

import attrs

__all__ = ["V1Checkout", "V1Records", "V1Refund"]


@attrs.define
class V1Checkout:
    """The v1-only options a checkout was created with."""

    requires_shipping_info: bool = False
    options: dict[str, Any] = attrs.field(factory=dict)
    """Other accepted v1-only fields as given (``locale``, ``send_checkout_url``, ``checkout_expiration``)."""


@attrs.frozen
class V1Refund:
    """How a refund was asked for through v1; its id is the refund transaction's uuid."""

    reason: str | None
    is_full_refund: bool


@attrs.define
class V1Records:
    """Used under the engine's lock, like the rest of its state."""

    webhook_url: str | None = None
    checkouts: dict[str, V1Checkout] = attrs.field(factory=dict)
    """By order uuid (which is also the v1 ``checkout_uuid``)."""
    refunds: dict[str, V1Refund] = attrs.field(factory=dict)
    """By refund id."""
