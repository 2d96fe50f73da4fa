"""Contains all the data models used in inputs/outputs of Sezzle's v1 API.

``Price`` is the same object in v1 and v2, so it is the generated one (``sezzle.price()`` builds it).
"""

from sezzle_api.models.price import Price

from .address import Address
from .checkout import Checkout
from .completed_checkout import CompletedCheckout
from .configuration_request import ConfigurationRequest
from .created_checkout import CreatedCheckout
from .customer_details import CustomerDetails
from .discount import Discount
from .interest_balance import InterestBalance
from .item import Item
from .locale import Locale
from .metadata import Metadata
from .notification import Notification
from .notification_language import NotificationLanguage
from .order import Order
from .payout_summary import PayoutSummary
from .refund import Refund
from .refund_request import RefundRequest

__all__ = (
    "Address",
    "Checkout",
    "CompletedCheckout",
    "ConfigurationRequest",
    "CreatedCheckout",
    "CustomerDetails",
    "Discount",
    "InterestBalance",
    "Item",
    "Locale",
    "Metadata",
    "Notification",
    "NotificationLanguage",
    "Order",
    "PayoutSummary",
    "Price",
    "Refund",
    "RefundRequest",
)
