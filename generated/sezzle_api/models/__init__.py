"""Contains all the data models used in inputs/outputs

Each name is loaded on first use: importing a model loads its module and the models it nests only.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

_MODULES = {
    "Address": ".address",
    "AddressV2": ".address_v2",
    "AuthenticationRequest": ".authentication_request",
    "AuthenticationToken": ".authentication_token",
    "CaptureRequest": ".capture_request",
    "CardData": ".card_data",
    "CardSession": ".card_session",
    "CardSessionRequest": ".card_session_request",
    "CardSessionUpdate": ".card_session_update",
    "CheckoutMode": ".checkout_mode",
    "CheckoutRequestCustomer": ".checkout_request_customer",
    "CheckoutStatus": ".checkout_status",
    "CreatedSession": ".created_session",
    "CreatedWebhook": ".created_webhook",
    "Customer": ".customer",
    "CustomerDetails": ".customer_details",
    "CustomerOrder": ".customer_order",
    "CustomerOrderRequest": ".customer_order_request",
    "CustomerSummary": ".customer_summary",
    "Discount": ".discount",
    "ErrorV2": ".error_v2",
    "ExpressCheckoutUpdate": ".express_checkout_update",
    "ExpressShippingOption": ".express_shipping_option",
    "InstallmentPlan": ".installment_plan",
    "Intent": ".intent",
    "InterestBalance": ".interest_balance",
    "Language": ".language",
    "LineItem": ".line_item",
    "LineItemBasic": ".line_item_basic",
    "Link": ".link",
    "LinkMethod": ".link_method",
    "LinkRel": ".link_rel",
    "LinkedResource": ".linked_resource",
    "Locale": ".locale",
    "Notification": ".notification",
    "Order": ".order",
    "OrderAuthorization": ".order_authorization",
    "OrderBasic": ".order_basic",
    "OrderCheckout": ".order_checkout",
    "OrderDetail": ".order_detail",
    "OrderDetailMetadata": ".order_detail_metadata",
    "OrderMetadata": ".order_metadata",
    "OrderReportEntry": ".order_report_entry",
    "OrderResponse": ".order_response",
    "OrderShippingMethod": ".order_shipping_method",
    "OrderTransaction": ".order_transaction",
    "PayoutSummary": ".payout_summary",
    "Preapproval": ".preapproval",
    "Price": ".price",
    "PriceBase": ".price_base",
    "ReauthorizedOrder": ".reauthorized_order",
    "ReauthorizedOrderMetadata": ".reauthorized_order_metadata",
    "Session": ".session",
    "SessionOrderResponse": ".session_order_response",
    "SessionRequest": ".session_request",
    "SessionRequestCancelUrl": ".session_request_cancel_url",
    "SessionRequestCancelUrlMethod": ".session_request_cancel_url_method",
    "SessionRequestCompleteUrl": ".session_request_complete_url",
    "SessionRequestCompleteUrlMethod": ".session_request_complete_url_method",
    "SessionRequestCustomer": ".session_request_customer",
    "SessionRequestCustomerRecurringMetadata": ".session_request_customer_recurring_metadata",
    "SessionRequestOrder": ".session_request_order",
    "SessionTokenResponse": ".session_token_response",
    "SessionTokenize": ".session_tokenize",
    "ShopperAddress": ".shopper_address",
    "TokenSession": ".token_session",
    "TokenSessionCustomer": ".token_session_customer",
    "TokenizedCustomer": ".tokenized_customer",
    "UpchargeRequest": ".upcharge_request",
    "UpchargedOrder": ".upcharged_order",
    "UpchargedOrderMetadata": ".upcharged_order_metadata",
    "UpdateOrderRequest": ".update_order_request",
    "Webhook": ".webhook",
    "WebhookEvent": ".webhook_event",
    "WebhookRequest": ".webhook_request",
    "WebhookTestRequest": ".webhook_test_request",
}

# Hidden from type checkers, which would otherwise take every unknown name as Any.
if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted(__all__)


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
