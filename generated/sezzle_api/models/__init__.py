"""Contains all the data models used in inputs/outputs"""

from .address import Address
from .address_v2 import AddressV2
from .authentication_request import AuthenticationRequest
from .authentication_token import AuthenticationToken
from .card_data import CardData
from .card_session import CardSession
from .card_session_request import CardSessionRequest
from .checkout_mode import CheckoutMode
from .checkout_request_customer import CheckoutRequestCustomer
from .created_session import CreatedSession
from .customer import Customer
from .discount import Discount
from .error_v2 import ErrorV2
from .installment_plan import InstallmentPlan
from .intent import Intent
from .language import Language
from .line_item import LineItem
from .line_item_basic import LineItemBasic
from .link import Link
from .link_method import LinkMethod
from .link_rel import LinkRel
from .linked_resource import LinkedResource
from .locale import Locale
from .notification import Notification
from .order_basic import OrderBasic
from .order_checkout import OrderCheckout
from .order_detail import OrderDetail
from .order_detail_metadata import OrderDetailMetadata
from .order_response import OrderResponse
from .price import Price
from .price_base import PriceBase
from .session import Session
from .session_order_response import SessionOrderResponse
from .session_request import SessionRequest
from .session_request_cancel_url import SessionRequestCancelUrl
from .session_request_complete_url import SessionRequestCompleteUrl
from .session_request_customer import SessionRequestCustomer
from .session_request_customer_recurring_metadata import (
    SessionRequestCustomerRecurringMetadata,
)
from .session_request_order import SessionRequestOrder
from .session_token_response import SessionTokenResponse
from .session_tokenize import SessionTokenize

__all__ = (
    "Address",
    "AddressV2",
    "AuthenticationRequest",
    "AuthenticationToken",
    "CardData",
    "CardSession",
    "CardSessionRequest",
    "CheckoutMode",
    "CheckoutRequestCustomer",
    "CreatedSession",
    "Customer",
    "Discount",
    "ErrorV2",
    "InstallmentPlan",
    "Intent",
    "Language",
    "LineItem",
    "LineItemBasic",
    "Link",
    "LinkedResource",
    "LinkMethod",
    "LinkRel",
    "Locale",
    "Notification",
    "OrderBasic",
    "OrderCheckout",
    "OrderDetail",
    "OrderDetailMetadata",
    "OrderResponse",
    "Price",
    "PriceBase",
    "Session",
    "SessionOrderResponse",
    "SessionRequest",
    "SessionRequestCancelUrl",
    "SessionRequestCompleteUrl",
    "SessionRequestCustomer",
    "SessionRequestCustomerRecurringMetadata",
    "SessionRequestOrder",
    "SessionTokenize",
    "SessionTokenResponse",
)
