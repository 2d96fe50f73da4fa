"""Contains all the data models used in inputs/outputs"""

from .address import Address
from .address_v2 import AddressV2
from .authentication_request import AuthenticationRequest
from .authentication_token import AuthenticationToken
from .capture_request import CaptureRequest
from .card_data import CardData
from .card_session import CardSession
from .card_session_request import CardSessionRequest
from .card_session_update import CardSessionUpdate
from .checkout_mode import CheckoutMode
from .checkout_request_customer import CheckoutRequestCustomer
from .checkout_status import CheckoutStatus
from .created_session import CreatedSession
from .created_webhook import CreatedWebhook
from .customer import Customer
from .customer_details import CustomerDetails
from .customer_order import CustomerOrder
from .customer_order_request import CustomerOrderRequest
from .customer_summary import CustomerSummary
from .discount import Discount
from .error_v2 import ErrorV2
from .express_checkout_update import ExpressCheckoutUpdate
from .express_shipping_option import ExpressShippingOption
from .installment_plan import InstallmentPlan
from .intent import Intent
from .interest_balance import InterestBalance
from .language import Language
from .line_item import LineItem
from .line_item_basic import LineItemBasic
from .link import Link
from .link_method import LinkMethod
from .link_rel import LinkRel
from .linked_resource import LinkedResource
from .locale import Locale
from .notification import Notification
from .order import Order
from .order_authorization import OrderAuthorization
from .order_basic import OrderBasic
from .order_checkout import OrderCheckout
from .order_detail import OrderDetail
from .order_detail_metadata import OrderDetailMetadata
from .order_metadata import OrderMetadata
from .order_report_entry import OrderReportEntry
from .order_response import OrderResponse
from .order_shipping_method import OrderShippingMethod
from .order_transaction import OrderTransaction
from .payout_summary import PayoutSummary
from .preapproval import Preapproval
from .price import Price
from .price_base import PriceBase
from .reauthorized_order import ReauthorizedOrder
from .reauthorized_order_metadata import ReauthorizedOrderMetadata
from .session import Session
from .session_order_response import SessionOrderResponse
from .session_request import SessionRequest
from .session_request_cancel_url import SessionRequestCancelUrl
from .session_request_cancel_url_method import SessionRequestCancelUrlMethod
from .session_request_complete_url import SessionRequestCompleteUrl
from .session_request_complete_url_method import SessionRequestCompleteUrlMethod
from .session_request_customer import SessionRequestCustomer
from .session_request_customer_recurring_metadata import (
    SessionRequestCustomerRecurringMetadata,
)
from .session_request_order import SessionRequestOrder
from .session_token_response import SessionTokenResponse
from .session_tokenize import SessionTokenize
from .shopper_address import ShopperAddress
from .token_session import TokenSession
from .token_session_customer import TokenSessionCustomer
from .tokenized_customer import TokenizedCustomer
from .upcharge_request import UpchargeRequest
from .upcharged_order import UpchargedOrder
from .upcharged_order_metadata import UpchargedOrderMetadata
from .update_order_request import UpdateOrderRequest
from .webhook import Webhook
from .webhook_event import WebhookEvent
from .webhook_request import WebhookRequest
from .webhook_test_request import WebhookTestRequest

__all__ = (
    "Address",
    "AddressV2",
    "AuthenticationRequest",
    "AuthenticationToken",
    "CaptureRequest",
    "CardData",
    "CardSession",
    "CardSessionRequest",
    "CardSessionUpdate",
    "CheckoutMode",
    "CheckoutRequestCustomer",
    "CheckoutStatus",
    "CreatedSession",
    "CreatedWebhook",
    "Customer",
    "CustomerDetails",
    "CustomerOrder",
    "CustomerOrderRequest",
    "CustomerSummary",
    "Discount",
    "ErrorV2",
    "ExpressCheckoutUpdate",
    "ExpressShippingOption",
    "InstallmentPlan",
    "Intent",
    "InterestBalance",
    "Language",
    "LineItem",
    "LineItemBasic",
    "Link",
    "LinkedResource",
    "LinkMethod",
    "LinkRel",
    "Locale",
    "Notification",
    "Order",
    "OrderAuthorization",
    "OrderBasic",
    "OrderCheckout",
    "OrderDetail",
    "OrderDetailMetadata",
    "OrderMetadata",
    "OrderReportEntry",
    "OrderResponse",
    "OrderShippingMethod",
    "OrderTransaction",
    "PayoutSummary",
    "Preapproval",
    "Price",
    "PriceBase",
    "ReauthorizedOrder",
    "ReauthorizedOrderMetadata",
    "Session",
    "SessionOrderResponse",
    "SessionRequest",
    "SessionRequestCancelUrl",
    "SessionRequestCancelUrlMethod",
    "SessionRequestCompleteUrl",
    "SessionRequestCompleteUrlMethod",
    "SessionRequestCustomer",
    "SessionRequestCustomerRecurringMetadata",
    "SessionRequestOrder",
    "SessionTokenize",
    "SessionTokenResponse",
    "ShopperAddress",
    "TokenizedCustomer",
    "TokenSession",
    "TokenSessionCustomer",
    "UpchargedOrder",
    "UpchargedOrderMetadata",
    "UpchargeRequest",
    "UpdateOrderRequest",
    "Webhook",
    "WebhookEvent",
    "WebhookRequest",
    "WebhookTestRequest",
)
