from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ADDITIONAL_PROPERTIES,
    UNSET,
    LazyModel,
    ParserTable,
    Shape,
    Unset,
    lazy_model,
    mark_assigned,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.change import Change
    from ..models.currency import Currency
    from ..models.order_line import OrderLine
    from ..models.posting import Posting
    from ..models.supplier import Supplier
    from ..models.voucher import Voucher
    from ..models.voucher_approval_list_element import VoucherApprovalListElement


T = TypeVar("T", bound="SupplierInvoice")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("supplier", dict, False),
    ("voucher", dict, False),
    ("currency", dict, False),
    ("orderLines", list, False),
    ("payments", list, False),
    ("approvalListElements", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class SupplierInvoice(LazyModel):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        invoice_number (str | Unset): Invoice number
        invoice_date (str | Unset):
        supplier (Supplier | Unset):
        invoice_due_date (str | Unset):
        kid_or_receiver_reference (str | Unset): KID or message
        voucher (Voucher | Unset):
        amount (float | Unset): [read-only] In the company’s currency, typically NOK. Is 0 if value is missing.
        amount_currency (float | Unset): In the specified currency.
        amount_excluding_vat (float | Unset): [read-only] Amount excluding VAT (NOK). Is 0 if value is missing.
        amount_excluding_vat_currency (float | Unset): [read-only] Amount excluding VAT in the specified currency. Is 0
            if value is missing.
        currency (Currency | Unset):
        is_credit_note (bool | Unset): [read-only]
        order_lines (list[OrderLine] | Unset): [read-only]
        payments (list[Posting] | Unset): [read-only]
        original_invoice_document_id (int | Unset): [read-only]
        approval_list_elements (list[VoucherApprovalListElement] | Unset): [read-only]
        outstanding_amount (float | Unset): [read-only] The amount outstanding on the invoice, in the invoice currency.
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    invoice_number: str | Unset = UNSET
    invoice_date: str | Unset = UNSET
    supplier: Supplier | Unset = UNSET
    invoice_due_date: str | Unset = UNSET
    kid_or_receiver_reference: str | Unset = UNSET
    voucher: Voucher | Unset = UNSET
    amount: float | Unset = UNSET
    amount_currency: float | Unset = UNSET
    amount_excluding_vat: float | Unset = UNSET
    amount_excluding_vat_currency: float | Unset = UNSET
    currency: Currency | Unset = UNSET
    is_credit_note: bool | Unset = UNSET
    order_lines: list[OrderLine] | Unset = UNSET
    payments: list[Posting] | Unset = UNSET
    original_invoice_document_id: int | Unset = UNSET
    approval_list_elements: list[VoucherApprovalListElement] | Unset = UNSET
    outstanding_amount: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        id = self.id

        version = self.version

        changes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.changes, Unset):
            changes = []
            for changes_item_data in self.changes:
                changes_item = changes_item_data.to_dict()
                changes.append(changes_item)

        url = self.url

        invoice_number = self.invoice_number

        invoice_date = self.invoice_date

        supplier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.supplier, Unset):
            supplier = self.supplier.to_dict()

        invoice_due_date = self.invoice_due_date

        kid_or_receiver_reference = self.kid_or_receiver_reference

        voucher: dict[str, Any] | Unset = UNSET
        if not isinstance(self.voucher, Unset):
            voucher = self.voucher.to_dict()

        amount = self.amount

        amount_currency = self.amount_currency

        amount_excluding_vat = self.amount_excluding_vat

        amount_excluding_vat_currency = self.amount_excluding_vat_currency

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        is_credit_note = self.is_credit_note

        order_lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.order_lines, Unset):
            order_lines = []
            for order_lines_item_data in self.order_lines:
                order_lines_item = order_lines_item_data.to_dict()
                order_lines.append(order_lines_item)

        payments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payments, Unset):
            payments = []
            for payments_item_data in self.payments:
                payments_item = payments_item_data.to_dict()
                payments.append(payments_item)

        original_invoice_document_id = self.original_invoice_document_id

        approval_list_elements: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.approval_list_elements, Unset):
            approval_list_elements = []
            for approval_list_elements_item_data in self.approval_list_elements:
                approval_list_elements_item = approval_list_elements_item_data.to_dict()
                approval_list_elements.append(approval_list_elements_item)

        outstanding_amount = self.outstanding_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if version is not UNSET:
            field_dict["version"] = version
        if changes is not UNSET and not _in_request:
            field_dict["changes"] = changes
        if url is not UNSET and not _in_request:
            field_dict["url"] = url
        if invoice_number is not UNSET:
            field_dict["invoiceNumber"] = invoice_number
        if invoice_date is not UNSET:
            field_dict["invoiceDate"] = invoice_date
        if supplier is not UNSET:
            field_dict["supplier"] = supplier
        if invoice_due_date is not UNSET:
            field_dict["invoiceDueDate"] = invoice_due_date
        if kid_or_receiver_reference is not UNSET:
            field_dict["kidOrReceiverReference"] = kid_or_receiver_reference
        if voucher is not UNSET:
            field_dict["voucher"] = voucher
        if amount is not UNSET and not _in_request:
            field_dict["amount"] = amount
        if amount_currency is not UNSET:
            field_dict["amountCurrency"] = amount_currency
        if amount_excluding_vat is not UNSET and not _in_request:
            field_dict["amountExcludingVat"] = amount_excluding_vat
        if amount_excluding_vat_currency is not UNSET and not _in_request:
            field_dict["amountExcludingVatCurrency"] = amount_excluding_vat_currency
        if currency is not UNSET:
            field_dict["currency"] = currency
        if is_credit_note is not UNSET and not _in_request:
            field_dict["isCreditNote"] = is_credit_note
        if order_lines is not UNSET and not _in_request:
            field_dict["orderLines"] = order_lines
        if payments is not UNSET and not _in_request:
            field_dict["payments"] = payments
        if original_invoice_document_id is not UNSET and not _in_request:
            field_dict["originalInvoiceDocumentId"] = original_invoice_document_id
        if approval_list_elements is not UNSET and not _in_request:
            field_dict["approvalListElements"] = approval_list_elements
        if outstanding_amount is not UNSET and not _in_request:
            field_dict["outstandingAmount"] = outstanding_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SupplierInvoice from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.currency import Currency  # noqa: PLC0415
        from ..models.order_line import OrderLine  # noqa: PLC0415
        from ..models.posting import Posting  # noqa: PLC0415
        from ..models.supplier import Supplier  # noqa: PLC0415
        from ..models.voucher import Voucher  # noqa: PLC0415
        from ..models.voucher_approval_list_element import VoucherApprovalListElement  # noqa: PLC0415

        def _p_changes(_tx_v: Any) -> list[Change] | Unset:
            _changes = _tx_v
            changes: list[Change] | Unset = UNSET
            if _changes is not UNSET:
                changes = []
                for changes_item_data in _changes:
                    if changes_item_data is None:
                        continue
                    changes_item = Change._tx_from_json(changes_item_data)

                    changes.append(changes_item)

            return changes

        def _p_supplier(_tx_v: Any) -> Supplier | Unset:
            _supplier = _tx_v
            supplier: Supplier | Unset
            if isinstance(_supplier, Unset):
                supplier = UNSET
            else:
                supplier = Supplier._tx_from_json(_supplier)

            return supplier

        def _p_voucher(_tx_v: Any) -> Voucher | Unset:
            _voucher = _tx_v
            voucher: Voucher | Unset
            if isinstance(_voucher, Unset):
                voucher = UNSET
            else:
                voucher = Voucher._tx_from_json(_voucher)

            return voucher

        def _p_currency(_tx_v: Any) -> Currency | Unset:
            _currency = _tx_v
            currency: Currency | Unset
            if isinstance(_currency, Unset):
                currency = UNSET
            else:
                currency = Currency._tx_from_json(_currency)

            return currency

        def _p_order_lines(_tx_v: Any) -> list[OrderLine] | Unset:
            _order_lines = _tx_v
            order_lines: list[OrderLine] | Unset = UNSET
            if _order_lines is not UNSET:
                order_lines = []
                for order_lines_item_data in _order_lines:
                    if order_lines_item_data is None:
                        continue
                    order_lines_item = OrderLine._tx_from_json(order_lines_item_data)

                    order_lines.append(order_lines_item)

            return order_lines

        def _p_payments(_tx_v: Any) -> list[Posting] | Unset:
            _payments = _tx_v
            payments: list[Posting] | Unset = UNSET
            if _payments is not UNSET:
                payments = []
                for payments_item_data in _payments:
                    if payments_item_data is None:
                        continue
                    payments_item = Posting._tx_from_json(payments_item_data)

                    payments.append(payments_item)

            return payments

        def _p_approval_list_elements(_tx_v: Any) -> list[VoucherApprovalListElement] | Unset:
            _approval_list_elements = _tx_v
            approval_list_elements: list[VoucherApprovalListElement] | Unset = UNSET
            if _approval_list_elements is not UNSET:
                approval_list_elements = []
                for approval_list_elements_item_data in _approval_list_elements:
                    if approval_list_elements_item_data is None:
                        continue
                    approval_list_elements_item = VoucherApprovalListElement._tx_from_json(
                        approval_list_elements_item_data
                    )

                    approval_list_elements.append(approval_list_elements_item)

            return approval_list_elements

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "invoiceNumber",
                "invoiceDate",
                "supplier",
                "invoiceDueDate",
                "kidOrReceiverReference",
                "voucher",
                "amount",
                "amountCurrency",
                "amountExcludingVat",
                "amountExcludingVatCurrency",
                "currency",
                "isCreditNote",
                "orderLines",
                "payments",
                "originalInvoiceDocumentId",
                "approvalListElements",
                "outstandingAmount",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "invoice_number": ("invoiceNumber", None),
            "invoice_date": ("invoiceDate", None),
            "supplier": ("supplier", _p_supplier),
            "invoice_due_date": ("invoiceDueDate", None),
            "kid_or_receiver_reference": ("kidOrReceiverReference", None),
            "voucher": ("voucher", _p_voucher),
            "amount": ("amount", None),
            "amount_currency": ("amountCurrency", None),
            "amount_excluding_vat": ("amountExcludingVat", None),
            "amount_excluding_vat_currency": ("amountExcludingVatCurrency", None),
            "currency": ("currency", _p_currency),
            "is_credit_note": ("isCreditNote", None),
            "order_lines": ("orderLines", _p_order_lines),
            "payments": ("payments", _p_payments),
            "original_invoice_document_id": ("originalInvoiceDocumentId", None),
            "approval_list_elements": ("approvalListElements", _p_approval_list_elements),
            "outstanding_amount": ("outstandingAmount", None),
            "additional_properties": (ADDITIONAL_PROPERTIES, _p_additional_properties),
        }

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
