"""A payout's settlement-details report: its summary and its line items, as typed records.

Amounts are ``Decimal`` exactly as written and moments aware datetimes. Empty cells read as None;
columns a report lacks (the interest total outside the interest program, v2-only columns in a v1
report) read as None too. Columns these models do not know, such as requested metadata keys, are
kept as written in ``extra``.

The models are plain mutable attrs classes rather than frozen ones: a report can hold millions of
line items, and a frozen instance costs about three times as much to build.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from datetime import datetime
from decimal import Decimal

import attrs

from sezzle.reports._cells import CellError, parse_amount, parse_timestamp
from sezzle.reports._columns import Columns
from sezzle.reports._records import Record
from sezzle.reports.errors import ReportParseError

__all__ = [
    "LineType",
    "SettlementLineItem",
    "SettlementSummary",
    "line_item_columns",
    "line_item_reader",
    "read_summary",
]


class LineType(enum.StrEnum):
    """What a line item records, by its 3-digit type code (``LineType.FEE == "003"``)."""

    ORDER = "001"
    REFUND = "002"
    FEE = "003"
    RETURNED_FEE = "004"
    CHARGEBACK = "005"
    CHARGEBACK_REVERSAL = "006"
    CORRECTION = "007"
    INTEREST_TRANSFER = "008"
    REFERRAL_REVENUE_TRANSFER = "009"
    BANK_ACCOUNT_WITHDRAWAL = "010"
    BANK_ACCOUNT_WITHDRAWAL_REVERSAL = "011"
    MONTHLY_FEE = "013"
    MONTHLY_FEE_REFUND = "014"

    @classmethod
    def lookup(cls, code: str, name: str = "") -> LineType | None:
        """The type a code stands for (``"1"`` reads as ``"001"``), else the one its name gives, else None.

        None means a type this library does not know yet; the line item still carries its raw code and name.
        """
        code = code.strip()
        if code.isdigit():
            found = cls._value2member_map_.get(code.zfill(3))
            if isinstance(found, LineType):
                return found
        return cls.__members__.get(name.strip().upper())


@attrs.define(kw_only=True)
class SettlementSummary:
    """The first section of a settlement-details report: one payout's totals.

    ``payment_uuid`` is kept as text: Sezzle's own examples are not valid UUIDs.
    """

    total_order_amount: Decimal
    total_refund_amount: Decimal
    total_fee_amount: Decimal
    total_returned_fee_amount: Decimal
    total_chargeback_amount: Decimal
    total_chargeback_reversal_amount: Decimal
    total_correction_amount: Decimal
    total_referral_revenue_transfer_amount: Decimal
    total_bank_account_withdrawals: Decimal
    total_bank_account_withdrawal_reversals: Decimal
    forex_fees: Decimal
    net_settlement_amount: Decimal
    payment_uuid: str
    settlement_currency: str
    payout_date: datetime
    payout_status: str
    total_interest_transfer_amount: Decimal | None = None
    """Only for merchants in the interest program."""
    total_capture_amount: Decimal | None = None
    """v2 reports only."""
    final_payout_amount: Decimal | None = None
    """v2 reports only: the amount paid out, in ``payout_currency``."""
    payout_currency: str | None = None
    """v2 reports only."""
    extra: dict[str, str] = attrs.field(factory=dict)
    """Columns this model does not know, by header name, as written."""


@attrs.define
class SettlementLineItem:
    """One event that contributed to a payout: an order, a fee, a refund, a transfer, ...

    ``type`` and ``type_code`` are kept as written; ``line_type`` reads them as a ``LineType``.
    ``order_amount``, ``product_type``, ``mid`` and ``card_network_auth_ref`` are in v2 reports only.
    """

    type: str
    type_code: str
    amount: Decimal
    order_capture_date: datetime | None = None
    order_created_at: datetime | None = None
    event_date: datetime | None = None
    order_uuid: str | None = None
    customer_order_id: str | None = None
    external_reference_id: str | None = None
    order_amount: Decimal | None = None
    posting_currency: str | None = None
    chargeback_code: str | None = None
    sezzle_order_id: str | None = None
    product_type: str | None = None
    mid: str | None = None
    card_network_auth_ref: str | None = None
    extra: dict[str, str] = attrs.field(factory=dict)
    """Columns this model does not know (such as requested metadata keys), by header name, as written."""

    @property
    def line_type(self) -> LineType | None:
        """The type as a ``LineType``, or None for a code this library does not know yet."""
        return LineType.lookup(self.type_code, self.type)


_SUMMARY_REQUIRED = (
    "total_order_amount",
    "total_refund_amount",
    "total_fee_amount",
    "total_returned_fee_amount",
    "total_chargeback_amount",
    "total_chargeback_reversal_amount",
    "total_correction_amount",
    "total_referral_revenue_transfer_amount",
    "total_bank_account_withdrawals",
    "total_bank_account_withdrawal_reversals",
    "forex_fees",
    "net_settlement_amount",
    "payment_uuid",
    "settlement_currency",
    "payout_date",
    "payout_status",
)
_SUMMARY_OPTIONAL = ("total_interest_transfer_amount", "total_capture_amount", "final_payout_amount", "payout_currency")
_SUMMARY_COLUMNS = (*_SUMMARY_REQUIRED, *_SUMMARY_OPTIONAL)


def read_summary(header: Record | None, values: Record | None) -> SettlementSummary:
    """The summary from the report's first two records: its header and its one row of values."""
    if header is None:
        raise ReportParseError("the report is empty; a settlement-details report opens with its summary")
    columns = Columns.read(header[1], row=header[0], known=_SUMMARY_COLUMNS, required=_SUMMARY_REQUIRED)
    if values is None:
        raise ReportParseError("the summary has a header but no row of values", row=header[0])
    row, cells = values
    try:
        return _summary(dict(zip(_SUMMARY_COLUMNS, columns.pick(cells), strict=True)), columns.unknown_cells(cells))
    except CellError as error:
        raise error.at(row) from None


def _summary(text: dict[str, str], extra: dict[str, str]) -> SettlementSummary:
    def amount(name: str) -> Decimal:
        return parse_amount(text[name], name)

    def optional_amount(name: str) -> Decimal | None:
        return parse_amount(text[name], name) if text[name] else None

    def filled(name: str) -> str:
        if not text[name]:
            raise CellError(name, "is empty")
        return text[name]

    return SettlementSummary(
        total_order_amount=amount("total_order_amount"),
        total_capture_amount=optional_amount("total_capture_amount"),
        total_refund_amount=amount("total_refund_amount"),
        total_fee_amount=amount("total_fee_amount"),
        total_returned_fee_amount=amount("total_returned_fee_amount"),
        total_chargeback_amount=amount("total_chargeback_amount"),
        total_chargeback_reversal_amount=amount("total_chargeback_reversal_amount"),
        total_interest_transfer_amount=optional_amount("total_interest_transfer_amount"),
        total_correction_amount=amount("total_correction_amount"),
        total_referral_revenue_transfer_amount=amount("total_referral_revenue_transfer_amount"),
        total_bank_account_withdrawals=amount("total_bank_account_withdrawals"),
        total_bank_account_withdrawal_reversals=amount("total_bank_account_withdrawal_reversals"),
        forex_fees=amount("forex_fees"),
        net_settlement_amount=amount("net_settlement_amount"),
        payment_uuid=filled("payment_uuid"),
        settlement_currency=filled("settlement_currency"),
        payout_date=parse_timestamp(text["payout_date"], "payout_date"),
        payout_status=filled("payout_status"),
        final_payout_amount=optional_amount("final_payout_amount"),
        payout_currency=text["payout_currency"] or None,
        extra=extra,
    )


_LINE_ITEM_REQUIRED = ("type", "type_code", "amount")
_LINE_ITEM_COLUMNS = (
    *_LINE_ITEM_REQUIRED,
    "order_capture_date",
    "order_created_at",
    "event_date",
    "order_uuid",
    "customer_order_id",
    "external_reference_id",
    "order_amount",
    "posting_currency",
    "chargeback_code",
    "sezzle_order_id",
    "product_type",
    "mid",
    "card_network_auth_ref",
)


_OMITTABLE = 1


def line_item_columns(header: Record | None) -> Columns:
    """The layout of the line-item section, from its header record (None: the report ends after its summary)."""
    if header is None:
        return Columns.read((), row=0, known=_LINE_ITEM_COLUMNS, required=())
    # Sezzle's v1 reference shows rows without an order (corrections, transfers, withdrawals) leaving out
    # the last cell: 11 cells under 12 headers. That one omission is read as an empty cell; any other short
    # row is refused, as it is what a report cut short by a lost connection looks like.
    return Columns.read(
        header[1], row=header[0], known=_LINE_ITEM_COLUMNS, required=_LINE_ITEM_REQUIRED, omittable=_OMITTABLE
    )


def line_item_reader(columns: Columns) -> Callable[[list[str]], SettlementLineItem]:
    """Reads one line item's cells; built once per report, so each row only looks its cells up and converts them.

    A row is first converted the way nearly every Sezzle line item allows: plain decimal amounts and ISO 8601
    moments with an offset, inline. A row holding anything else is converted again cell by cell, which reads
    the unusual (a moment without offset or in another format) and names the column of a bad cell.
    """
    width, fit, pick, unknown = columns.width, columns.fit, columns.picker, columns.unknown
    # With every known column in the header, a row of the header's width needs no blank cell past its end.
    complete = all(index < width for index in columns.positions)
    iso = datetime.fromisoformat
    if len(unknown) == 1:
        ((only_name, only_index),) = unknown

        def extra(cells: list[str]) -> dict[str, str]:
            return {only_name: cells[only_index]}
    else:

        def extra(cells: list[str]) -> dict[str, str]:
            return {name: cells[index] for name, index in unknown}

    def read(cells: list[str]) -> SettlementLineItem:
        if len(cells) != width:
            fit(cells)
        elif not complete:  # the common case of fit(), inline
            cells.append("")
        (
            type_,
            type_code,
            amount_text,
            capture_text,
            created_text,
            event_text,
            order_uuid,
            customer_order_id,
            external_reference_id,
            order_amount_text,
            posting_currency,
            chargeback_code,
            sezzle_order_id,
            product_type,
            mid,
            card_network_auth_ref,
        ) = pick(cells)
        try:
            amount = Decimal(amount_text)
            order_amount = Decimal(order_amount_text) if order_amount_text else None
            capture = iso(capture_text) if capture_text else None
            # An order's events often share its capture's moment: the same text reads as the same value.
            created = capture if created_text == capture_text else iso(created_text) if created_text else None
            event = capture if event_text == capture_text else iso(event_text) if event_text else None
            plain = (
                amount.is_finite()
                and (order_amount is None or order_amount.is_finite())
                and (capture is None or capture.tzinfo is not None)
                and (created is None or created.tzinfo is not None)
                and (event is None or event.tzinfo is not None)
            )
        except (ValueError, ArithmeticError):
            plain = False
        if not plain:
            amount = parse_amount(amount_text, "amount")
            order_amount = parse_amount(order_amount_text, "order_amount") if order_amount_text else None
            capture = parse_timestamp(capture_text, "order_capture_date") if capture_text else None
            created = parse_timestamp(created_text, "order_created_at") if created_text else None
            event = parse_timestamp(event_text, "event_date") if event_text else None
        return SettlementLineItem(
            type_,
            type_code,
            amount,
            capture,
            created,
            event,
            order_uuid or None,
            customer_order_id or None,
            external_reference_id or None,
            order_amount,
            posting_currency or None,
            chargeback_code or None,
            sezzle_order_id or None,
            product_type or None,
            mid or None,
            card_network_auth_ref or None,
            extra(cells) if unknown else {},
        )

    return read
