"""Results of calls that answer 200 even when the shopper is declined (reauthorize, customer orders).

They are the generated models with an ``approved`` property, so a decline cannot be mistaken for a
success; the resources can also raise ``DeclinedError`` on request.
"""

from __future__ import annotations

from sezzle.errors import DeclinedError
from sezzle_api.models import CustomerOrder, ReauthorizedOrder


class ReauthorizationResult(ReauthorizedOrder):
    """The new order a reauthorization created; check ``approved`` before capturing."""

    __slots__ = ()

    @property
    def approved(self) -> bool:
        """Whether Sezzle approved the shopper: only then can the new order be captured."""
        return self.authorization.approved


class CustomerOrderResult(CustomerOrder):
    """The order created for a tokenized customer; check ``approved`` before capturing."""

    __slots__ = ()

    @property
    def approved(self) -> bool:
        """Whether Sezzle approved the shopper: only then can the new order be captured."""
        return self.authorization.approved


def require_approval(result: ReauthorizationResult | CustomerOrderResult, what: str) -> None:
    """Raise ``DeclinedError`` (holding the result) unless the result was approved."""
    if not result.approved:
        raise DeclinedError(f"{what} was not approved (order {result.uuid})", result)
