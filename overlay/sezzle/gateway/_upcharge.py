"""The amount of an upcharge, in either form Sezzle documents.

The API reference nests it in ``upcharge_amount``; the legacy upcharge table puts ``amount_in_cents``
and ``currency`` at the top level, and integrations built from it send that. The spec accepts both but
types only the nested one, so the flat form is read as if nested and checked by the same rules, its
violations named where the request put the fields.
"""

from __future__ import annotations

from sezzle.gateway._fields import Fields
from sezzle.gateway._request_rules import check
from sezzle.gateway._wire import Money

__all__ = ["OPERATION", "read_amount"]

OPERATION = "POST /v2/order/{order_uuid}/upcharge"
NESTED = "upcharge_amount"


def read_amount(fields: Fields) -> tuple[Money, str]:
    """The upcharge amount and where the request put it (``upcharge_amount``, or "" for the top level)."""
    if fields.has(NESTED):
        return fields.expect_price(NESTED), NESTED
    flat = {key: fields.data[key] for key in ("amount_in_cents", "currency") if key in fields.data}
    check(OPERATION, {**fields.data, NESTED: flat}, relocate=(f"{NESTED}.", ""))
    return fields.expect_as_price(), ""
