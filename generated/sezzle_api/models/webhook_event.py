from enum import StrEnum


class WebhookEvent(StrEnum):
    CUSTOMER_TOKENIZED = "customer.tokenized"
    DISPUTE_CLOSED_CUSTOMER_WIN = "dispute.closed.customer_win"
    DISPUTE_CLOSED_MERCHANT_WIN = "dispute.closed.merchant_win"
    DISPUTE_CLOSED_NEUTRAL = "dispute.closed.neutral"
    DISPUTE_DEADLINE_APPROACHING = "dispute.deadline_approaching"
    DISPUTE_MERCHANT_INPUT_REQUESTED = "dispute.merchant_input_requested"
    ORDER_AUTHORIZED = "order.authorized"
    ORDER_CAPTURED = "order.captured"
    ORDER_REFUNDED = "order.refunded"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "WebhookEvent | None":
        """Keep a value Sezzle added after this client was generated instead of failing the response.

        The result is an instance of this class that is not one of its members: it compares equal to
        its string and is reported by `is_known` as False.
        """
        if not isinstance(value, str):
            return None
        unknown = str.__new__(cls, value)
        unknown._name_ = "UNKNOWN"
        unknown._value_ = value
        return unknown

    @property
    def is_known(self) -> bool:
        """Whether this value was in the API description the client was generated from."""
        return self._name_ in type(self).__members__
