from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.voucher_inbox_item_filter_type import VoucherInboxItemFilterType
from ..models.voucher_inbox_item_pdf_scanning_status import VoucherInboxItemPdfScanningStatus
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    not_an_array,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.prediction_line import PredictionLine


T = TypeVar("T", bound="VoucherInboxItem")


@_attrs_define
class VoucherInboxItem(Model):
    """
    Attributes:
        id (int | Unset):
        company_id (int | Unset):
        company_name (str | Unset):
        description (str | Unset):
        filter_type (VoucherInboxItemFilterType | Unset):
        received_date (str | Unset):
        voucher_id (int | Unset):
        invoice_id (int | Unset):
        bank_account (str | Unset):
        kid (str | Unset):
        merchant_name (str | Unset):
        order_number_customer (str | Unset):
        order_number_buyer (str | Unset):
        project_ref (str | Unset):
        vendor_ref (str | Unset):
        buyers_ref (str | Unset):
        buyers_contact (str | Unset):
        last_comment (str | Unset):
        invoice_number (str | Unset):
        invoice_date (str | Unset):
        due_date (str | Unset):
        is_due (bool | Unset):
        supplier_name (str | Unset):
        invoice_amount (float | Unset):
        invoice_currency (str | Unset):
        documents (list[str] | Unset):
        document_ids (list[int] | Unset):
        account (str | Unset):
        vat_number (str | Unset):
        vat_amount (float | Unset):
        vat_percentage (float | Unset):
        project (str | Unset):
        department (str | Unset):
        payment_type_id (int | Unset):
        payment_type (str | Unset):
        import_failure_reason (str | Unset):
        prediction_lines (list[PredictionLine] | Unset):
        filename (str | Unset):
        is_temporary (bool | Unset):
        is_invoice_simple (bool | Unset):
        is_invoice_detailed (bool | Unset):
        has_predictions (bool | Unset): Has one or more predictions from FabricAi
        has_smart_scan_suggestions (bool | Unset): Has one or more suggestions from SmartScan
        is_locked (bool | Unset): Is voucher locked for change by external integration
        comment_count (int | Unset):
        non_automation_reason (str | Unset):
        pdf_scanning_status (VoucherInboxItemPdfScanningStatus | Unset):
        is_pdf_invoice_which_can_be_sent_to_ledger (bool | Unset):
        can_be_sent_to_ledger (bool | Unset): Possible to do one click 'Send to ledger'
        can_be_registered_as_changed (bool | Unset): Possible to do one click 'Send to ledger'
        can_be_registered_as_simple_invoice (bool | Unset):
        can_be_registered_as_detailed_invoice (bool | Unset):
        can_be_registered_as_incoming_invoice (bool | Unset):
        can_be_registered_as_bank_reconciliation (bool | Unset):
        can_be_registered_as_payment_in (bool | Unset):
        can_be_registered_as_income (bool | Unset):
        can_be_registered_as_customs_declaration (bool | Unset):
        can_be_registered_as_advanced (bool | Unset):
        can_be_sent_to_accountant (bool | Unset):
        can_be_sent_to_archive (bool | Unset):
        can_be_deleted (bool | Unset):
        can_be_registered_in_queue (bool | Unset):
        can_be_merged (bool | Unset):
        can_be_reclaimed (bool | Unset):
        can_change_description (bool | Unset):
        prefer_detailed_invoice (bool | Unset):
        approval_has_been_rejected (bool | Unset):
        allow_posting_before_voucher_approved (bool | Unset):
        sender_email_address (str | Unset):
        is_spam (bool | Unset):
        email_arrival_time (str | Unset):
        spam_report_for_display (str | Unset):
        has_attachment (bool | Unset):
        document_uploader_name (str | Unset):
        document_uploader_email (str | Unset):
    """

    id: int | Unset = UNSET
    company_id: int | Unset = UNSET
    company_name: str | Unset = UNSET
    description: str | Unset = UNSET
    filter_type: VoucherInboxItemFilterType | Unset = UNSET
    received_date: str | Unset = UNSET
    voucher_id: int | Unset = UNSET
    invoice_id: int | Unset = UNSET
    bank_account: str | Unset = UNSET
    kid: str | Unset = UNSET
    merchant_name: str | Unset = UNSET
    order_number_customer: str | Unset = UNSET
    order_number_buyer: str | Unset = UNSET
    project_ref: str | Unset = UNSET
    vendor_ref: str | Unset = UNSET
    buyers_ref: str | Unset = UNSET
    buyers_contact: str | Unset = UNSET
    last_comment: str | Unset = UNSET
    invoice_number: str | Unset = UNSET
    invoice_date: str | Unset = UNSET
    due_date: str | Unset = UNSET
    is_due: bool | Unset = UNSET
    supplier_name: str | Unset = UNSET
    invoice_amount: float | Unset = UNSET
    invoice_currency: str | Unset = UNSET
    documents: list[str] | Unset = UNSET
    document_ids: list[int] | Unset = UNSET
    account: str | Unset = UNSET
    vat_number: str | Unset = UNSET
    vat_amount: float | Unset = UNSET
    vat_percentage: float | Unset = UNSET
    project: str | Unset = UNSET
    department: str | Unset = UNSET
    payment_type_id: int | Unset = UNSET
    payment_type: str | Unset = UNSET
    import_failure_reason: str | Unset = UNSET
    prediction_lines: list[PredictionLine] | Unset = UNSET
    filename: str | Unset = UNSET
    is_temporary: bool | Unset = UNSET
    is_invoice_simple: bool | Unset = UNSET
    is_invoice_detailed: bool | Unset = UNSET
    has_predictions: bool | Unset = UNSET
    has_smart_scan_suggestions: bool | Unset = UNSET
    is_locked: bool | Unset = UNSET
    comment_count: int | Unset = UNSET
    non_automation_reason: str | Unset = UNSET
    pdf_scanning_status: VoucherInboxItemPdfScanningStatus | Unset = UNSET
    is_pdf_invoice_which_can_be_sent_to_ledger: bool | Unset = UNSET
    can_be_sent_to_ledger: bool | Unset = UNSET
    can_be_registered_as_changed: bool | Unset = UNSET
    can_be_registered_as_simple_invoice: bool | Unset = UNSET
    can_be_registered_as_detailed_invoice: bool | Unset = UNSET
    can_be_registered_as_incoming_invoice: bool | Unset = UNSET
    can_be_registered_as_bank_reconciliation: bool | Unset = UNSET
    can_be_registered_as_payment_in: bool | Unset = UNSET
    can_be_registered_as_income: bool | Unset = UNSET
    can_be_registered_as_customs_declaration: bool | Unset = UNSET
    can_be_registered_as_advanced: bool | Unset = UNSET
    can_be_sent_to_accountant: bool | Unset = UNSET
    can_be_sent_to_archive: bool | Unset = UNSET
    can_be_deleted: bool | Unset = UNSET
    can_be_registered_in_queue: bool | Unset = UNSET
    can_be_merged: bool | Unset = UNSET
    can_be_reclaimed: bool | Unset = UNSET
    can_change_description: bool | Unset = UNSET
    prefer_detailed_invoice: bool | Unset = UNSET
    approval_has_been_rejected: bool | Unset = UNSET
    allow_posting_before_voucher_approved: bool | Unset = UNSET
    sender_email_address: str | Unset = UNSET
    is_spam: bool | Unset = UNSET
    email_arrival_time: str | Unset = UNSET
    spam_report_for_display: str | Unset = UNSET
    has_attachment: bool | Unset = UNSET
    document_uploader_name: str | Unset = UNSET
    document_uploader_email: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.id
        if _v is not UNSET and not _in_request:
            field_dict["id"] = _v
        _v = self.company_id
        if _v is not UNSET and not _in_request:
            field_dict["companyId"] = _v
        _v = self.company_name
        if _v is not UNSET and not _in_request:
            field_dict["companyName"] = _v
        _v = self.description
        if _v is not UNSET and not _in_request:
            field_dict["description"] = _v
        _v = self.filter_type
        if _v is not UNSET and not _in_request:
            field_dict["filterType"] = _v._value_
        _v = self.received_date
        if _v is not UNSET and not _in_request:
            field_dict["receivedDate"] = _v
        _v = self.voucher_id
        if _v is not UNSET and not _in_request:
            field_dict["voucherId"] = _v
        _v = self.invoice_id
        if _v is not UNSET and not _in_request:
            field_dict["invoiceId"] = _v
        _v = self.bank_account
        if _v is not UNSET and not _in_request:
            field_dict["bankAccount"] = _v
        _v = self.kid
        if _v is not UNSET and not _in_request:
            field_dict["kid"] = _v
        _v = self.merchant_name
        if _v is not UNSET and not _in_request:
            field_dict["merchantName"] = _v
        _v = self.order_number_customer
        if _v is not UNSET and not _in_request:
            field_dict["orderNumberCustomer"] = _v
        _v = self.order_number_buyer
        if _v is not UNSET and not _in_request:
            field_dict["orderNumberBuyer"] = _v
        _v = self.project_ref
        if _v is not UNSET and not _in_request:
            field_dict["projectRef"] = _v
        _v = self.vendor_ref
        if _v is not UNSET and not _in_request:
            field_dict["vendorRef"] = _v
        _v = self.buyers_ref
        if _v is not UNSET and not _in_request:
            field_dict["buyersRef"] = _v
        _v = self.buyers_contact
        if _v is not UNSET and not _in_request:
            field_dict["buyersContact"] = _v
        _v = self.last_comment
        if _v is not UNSET and not _in_request:
            field_dict["lastComment"] = _v
        _v = self.invoice_number
        if _v is not UNSET and not _in_request:
            field_dict["invoiceNumber"] = _v
        _v = self.invoice_date
        if _v is not UNSET and not _in_request:
            field_dict["invoiceDate"] = _v
        _v = self.due_date
        if _v is not UNSET and not _in_request:
            field_dict["dueDate"] = _v
        _v = self.is_due
        if _v is not UNSET and not _in_request:
            field_dict["isDue"] = _v
        _v = self.supplier_name
        if _v is not UNSET and not _in_request:
            field_dict["supplierName"] = _v
        _v = self.invoice_amount
        if _v is not UNSET and not _in_request:
            field_dict["invoiceAmount"] = _v
        _v = self.invoice_currency
        if _v is not UNSET and not _in_request:
            field_dict["invoiceCurrency"] = _v
        _v = self.documents
        if _v is not UNSET and not _in_request:
            field_dict["documents"] = _v
        _v = self.document_ids
        if _v is not UNSET and not _in_request:
            field_dict["documentIds"] = _v
        _v = self.account
        if _v is not UNSET and not _in_request:
            field_dict["account"] = _v
        _v = self.vat_number
        if _v is not UNSET and not _in_request:
            field_dict["vatNumber"] = _v
        _v = self.vat_amount
        if _v is not UNSET and not _in_request:
            field_dict["vatAmount"] = _v
        _v = self.vat_percentage
        if _v is not UNSET and not _in_request:
            field_dict["vatPercentage"] = _v
        _v = self.project
        if _v is not UNSET and not _in_request:
            field_dict["project"] = _v
        _v = self.department
        if _v is not UNSET and not _in_request:
            field_dict["department"] = _v
        _v = self.payment_type_id
        if _v is not UNSET and not _in_request:
            field_dict["paymentTypeId"] = _v
        _v = self.payment_type
        if _v is not UNSET and not _in_request:
            field_dict["paymentType"] = _v
        _v = self.import_failure_reason
        if _v is not UNSET and not _in_request:
            field_dict["importFailureReason"] = _v
        _v = self.prediction_lines
        if _v is not UNSET and not _in_request:
            field_dict["predictionLines"] = [_e.to_dict() for _e in _v]
        _v = self.filename
        if _v is not UNSET and not _in_request:
            field_dict["filename"] = _v
        _v = self.is_temporary
        if _v is not UNSET and not _in_request:
            field_dict["isTemporary"] = _v
        _v = self.is_invoice_simple
        if _v is not UNSET and not _in_request:
            field_dict["isInvoiceSimple"] = _v
        _v = self.is_invoice_detailed
        if _v is not UNSET and not _in_request:
            field_dict["isInvoiceDetailed"] = _v
        _v = self.has_predictions
        if _v is not UNSET and not _in_request:
            field_dict["hasPredictions"] = _v
        _v = self.has_smart_scan_suggestions
        if _v is not UNSET and not _in_request:
            field_dict["hasSmartScanSuggestions"] = _v
        _v = self.is_locked
        if _v is not UNSET and not _in_request:
            field_dict["isLocked"] = _v
        _v = self.comment_count
        if _v is not UNSET and not _in_request:
            field_dict["commentCount"] = _v
        _v = self.non_automation_reason
        if _v is not UNSET and not _in_request:
            field_dict["nonAutomationReason"] = _v
        _v = self.pdf_scanning_status
        if _v is not UNSET and not _in_request:
            field_dict["pdfScanningStatus"] = _v._value_
        _v = self.is_pdf_invoice_which_can_be_sent_to_ledger
        if _v is not UNSET and not _in_request:
            field_dict["isPDFInvoiceWhichCanBeSentToLedger"] = _v
        _v = self.can_be_sent_to_ledger
        if _v is not UNSET and not _in_request:
            field_dict["canBeSentToLedger"] = _v
        _v = self.can_be_registered_as_changed
        if _v is not UNSET and not _in_request:
            field_dict["canBeRegisteredAsChanged"] = _v
        _v = self.can_be_registered_as_simple_invoice
        if _v is not UNSET and not _in_request:
            field_dict["canBeRegisteredAsSimpleInvoice"] = _v
        _v = self.can_be_registered_as_detailed_invoice
        if _v is not UNSET and not _in_request:
            field_dict["canBeRegisteredAsDetailedInvoice"] = _v
        _v = self.can_be_registered_as_incoming_invoice
        if _v is not UNSET and not _in_request:
            field_dict["canBeRegisteredAsIncomingInvoice"] = _v
        _v = self.can_be_registered_as_bank_reconciliation
        if _v is not UNSET and not _in_request:
            field_dict["canBeRegisteredAsBankReconciliation"] = _v
        _v = self.can_be_registered_as_payment_in
        if _v is not UNSET and not _in_request:
            field_dict["canBeRegisteredAsPaymentIn"] = _v
        _v = self.can_be_registered_as_income
        if _v is not UNSET and not _in_request:
            field_dict["canBeRegisteredAsIncome"] = _v
        _v = self.can_be_registered_as_customs_declaration
        if _v is not UNSET and not _in_request:
            field_dict["canBeRegisteredAsCustomsDeclaration"] = _v
        _v = self.can_be_registered_as_advanced
        if _v is not UNSET and not _in_request:
            field_dict["canBeRegisteredAsAdvanced"] = _v
        _v = self.can_be_sent_to_accountant
        if _v is not UNSET and not _in_request:
            field_dict["canBeSentToAccountant"] = _v
        _v = self.can_be_sent_to_archive
        if _v is not UNSET and not _in_request:
            field_dict["canBeSentToArchive"] = _v
        _v = self.can_be_deleted
        if _v is not UNSET and not _in_request:
            field_dict["canBeDeleted"] = _v
        _v = self.can_be_registered_in_queue
        if _v is not UNSET and not _in_request:
            field_dict["canBeRegisteredInQueue"] = _v
        _v = self.can_be_merged
        if _v is not UNSET and not _in_request:
            field_dict["canBeMerged"] = _v
        _v = self.can_be_reclaimed
        if _v is not UNSET and not _in_request:
            field_dict["canBeReclaimed"] = _v
        _v = self.can_change_description
        if _v is not UNSET and not _in_request:
            field_dict["canChangeDescription"] = _v
        _v = self.prefer_detailed_invoice
        if _v is not UNSET and not _in_request:
            field_dict["preferDetailedInvoice"] = _v
        _v = self.approval_has_been_rejected
        if _v is not UNSET and not _in_request:
            field_dict["approvalHasBeenRejected"] = _v
        _v = self.allow_posting_before_voucher_approved
        if _v is not UNSET and not _in_request:
            field_dict["allowPostingBeforeVoucherApproved"] = _v
        _v = self.sender_email_address
        if _v is not UNSET and not _in_request:
            field_dict["senderEmailAddress"] = _v
        _v = self.is_spam
        if _v is not UNSET and not _in_request:
            field_dict["isSpam"] = _v
        _v = self.email_arrival_time
        if _v is not UNSET and not _in_request:
            field_dict["emailArrivalTime"] = _v
        _v = self.spam_report_for_display
        if _v is not UNSET and not _in_request:
            field_dict["spamReportForDisplay"] = _v
        _v = self.has_attachment
        if _v is not UNSET and not _in_request:
            field_dict["hasAttachment"] = _v
        _v = self.document_uploader_name
        if _v is not UNSET and not _in_request:
            field_dict["documentUploaderName"] = _v
        _v = self.document_uploader_email
        if _v is not UNSET and not _in_request:
            field_dict["documentUploaderEmail"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A VoucherInboxItem from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``VoucherInboxItem.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.prediction_line import PredictionLine  # noqa: PLC0415

        _new = object.__new__
        _e_filter_type: dict[Any, Any] = enum_members(VoucherInboxItemFilterType)
        _e_pdf_scanning_status: dict[Any, Any] = enum_members(VoucherInboxItemPdfScanningStatus)
        _known: frozenset[str] = frozenset(
            (
                "id",
                "companyId",
                "companyName",
                "description",
                "filterType",
                "receivedDate",
                "voucherId",
                "invoiceId",
                "bankAccount",
                "kid",
                "merchantName",
                "orderNumberCustomer",
                "orderNumberBuyer",
                "projectRef",
                "vendorRef",
                "buyersRef",
                "buyersContact",
                "lastComment",
                "invoiceNumber",
                "invoiceDate",
                "dueDate",
                "isDue",
                "supplierName",
                "invoiceAmount",
                "invoiceCurrency",
                "documents",
                "documentIds",
                "account",
                "vatNumber",
                "vatAmount",
                "vatPercentage",
                "project",
                "department",
                "paymentTypeId",
                "paymentType",
                "importFailureReason",
                "predictionLines",
                "filename",
                "isTemporary",
                "isInvoiceSimple",
                "isInvoiceDetailed",
                "hasPredictions",
                "hasSmartScanSuggestions",
                "isLocked",
                "commentCount",
                "nonAutomationReason",
                "pdfScanningStatus",
                "isPDFInvoiceWhichCanBeSentToLedger",
                "canBeSentToLedger",
                "canBeRegisteredAsChanged",
                "canBeRegisteredAsSimpleInvoice",
                "canBeRegisteredAsDetailedInvoice",
                "canBeRegisteredAsIncomingInvoice",
                "canBeRegisteredAsBankReconciliation",
                "canBeRegisteredAsPaymentIn",
                "canBeRegisteredAsIncome",
                "canBeRegisteredAsCustomsDeclaration",
                "canBeRegisteredAsAdvanced",
                "canBeSentToAccountant",
                "canBeSentToArchive",
                "canBeDeleted",
                "canBeRegisteredInQueue",
                "canBeMerged",
                "canBeReclaimed",
                "canChangeDescription",
                "preferDetailedInvoice",
                "approvalHasBeenRejected",
                "allowPostingBeforeVoucherApproved",
                "senderEmailAddress",
                "isSpam",
                "emailArrivalTime",
                "spamReportForDisplay",
                "hasAttachment",
                "documentUploaderName",
                "documentUploaderEmail",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "companyId": "company_id",
            "companyName": "company_name",
            "description": "description",
            "receivedDate": "received_date",
            "voucherId": "voucher_id",
            "invoiceId": "invoice_id",
            "bankAccount": "bank_account",
            "kid": "kid",
            "merchantName": "merchant_name",
            "orderNumberCustomer": "order_number_customer",
            "orderNumberBuyer": "order_number_buyer",
            "projectRef": "project_ref",
            "vendorRef": "vendor_ref",
            "buyersRef": "buyers_ref",
            "buyersContact": "buyers_contact",
            "lastComment": "last_comment",
            "invoiceNumber": "invoice_number",
            "invoiceDate": "invoice_date",
            "dueDate": "due_date",
            "isDue": "is_due",
            "supplierName": "supplier_name",
            "invoiceAmount": "invoice_amount",
            "invoiceCurrency": "invoice_currency",
            "account": "account",
            "vatNumber": "vat_number",
            "vatAmount": "vat_amount",
            "vatPercentage": "vat_percentage",
            "project": "project",
            "department": "department",
            "paymentTypeId": "payment_type_id",
            "paymentType": "payment_type",
            "importFailureReason": "import_failure_reason",
            "filename": "filename",
            "isTemporary": "is_temporary",
            "isInvoiceSimple": "is_invoice_simple",
            "isInvoiceDetailed": "is_invoice_detailed",
            "hasPredictions": "has_predictions",
            "hasSmartScanSuggestions": "has_smart_scan_suggestions",
            "isLocked": "is_locked",
            "commentCount": "comment_count",
            "nonAutomationReason": "non_automation_reason",
            "isPDFInvoiceWhichCanBeSentToLedger": "is_pdf_invoice_which_can_be_sent_to_ledger",
            "canBeSentToLedger": "can_be_sent_to_ledger",
            "canBeRegisteredAsChanged": "can_be_registered_as_changed",
            "canBeRegisteredAsSimpleInvoice": "can_be_registered_as_simple_invoice",
            "canBeRegisteredAsDetailedInvoice": "can_be_registered_as_detailed_invoice",
            "canBeRegisteredAsIncomingInvoice": "can_be_registered_as_incoming_invoice",
            "canBeRegisteredAsBankReconciliation": "can_be_registered_as_bank_reconciliation",
            "canBeRegisteredAsPaymentIn": "can_be_registered_as_payment_in",
            "canBeRegisteredAsIncome": "can_be_registered_as_income",
            "canBeRegisteredAsCustomsDeclaration": "can_be_registered_as_customs_declaration",
            "canBeRegisteredAsAdvanced": "can_be_registered_as_advanced",
            "canBeSentToAccountant": "can_be_sent_to_accountant",
            "canBeSentToArchive": "can_be_sent_to_archive",
            "canBeDeleted": "can_be_deleted",
            "canBeRegisteredInQueue": "can_be_registered_in_queue",
            "canBeMerged": "can_be_merged",
            "canBeReclaimed": "can_be_reclaimed",
            "canChangeDescription": "can_change_description",
            "preferDetailedInvoice": "prefer_detailed_invoice",
            "approvalHasBeenRejected": "approval_has_been_rejected",
            "allowPostingBeforeVoucherApproved": "allow_posting_before_voucher_approved",
            "senderEmailAddress": "sender_email_address",
            "isSpam": "is_spam",
            "emailArrivalTime": "email_arrival_time",
            "spamReportForDisplay": "spam_report_for_display",
            "hasAttachment": "has_attachment",
            "documentUploaderName": "document_uploader_name",
            "documentUploaderEmail": "document_uploader_email",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 25 and _sparse_keys.issuperset(d):
                    o.id = o.company_id = o.company_name = o.description = o.filter_type = o.received_date = (
                        o.voucher_id
                    ) = o.invoice_id = o.bank_account = o.kid = o.merchant_name = o.order_number_customer = (
                        o.order_number_buyer
                    ) = o.project_ref = o.vendor_ref = o.buyers_ref = o.buyers_contact = o.last_comment = (
                        o.invoice_number
                    ) = o.invoice_date = o.due_date = o.is_due = o.supplier_name = o.invoice_amount = (
                        o.invoice_currency
                    ) = o.documents = o.document_ids = o.account = o.vat_number = o.vat_amount = o.vat_percentage = (
                        o.project
                    ) = o.department = o.payment_type_id = o.payment_type = o.import_failure_reason = (
                        o.prediction_lines
                    ) = o.filename = o.is_temporary = o.is_invoice_simple = o.is_invoice_detailed = (
                        o.has_predictions
                    ) = o.has_smart_scan_suggestions = o.is_locked = o.comment_count = o.non_automation_reason = (
                        o.pdf_scanning_status
                    ) = o.is_pdf_invoice_which_can_be_sent_to_ledger = o.can_be_sent_to_ledger = (
                        o.can_be_registered_as_changed
                    ) = o.can_be_registered_as_simple_invoice = o.can_be_registered_as_detailed_invoice = (
                        o.can_be_registered_as_incoming_invoice
                    ) = o.can_be_registered_as_bank_reconciliation = o.can_be_registered_as_payment_in = (
                        o.can_be_registered_as_income
                    ) = o.can_be_registered_as_customs_declaration = o.can_be_registered_as_advanced = (
                        o.can_be_sent_to_accountant
                    ) = o.can_be_sent_to_archive = o.can_be_deleted = o.can_be_registered_in_queue = o.can_be_merged = (
                        o.can_be_reclaimed
                    ) = o.can_change_description = o.prefer_detailed_invoice = o.approval_has_been_rejected = (
                        o.allow_posting_before_voucher_approved
                    ) = o.sender_email_address = o.is_spam = o.email_arrival_time = o.spam_report_for_display = (
                        o.has_attachment
                    ) = o.document_uploader_name = o.document_uploader_email = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("id")
                if v is None:
                    o.id = u
                    if "id" not in d:
                        m += 1
                else:
                    o.id = v
                v = g("companyId")
                if v is None:
                    o.company_id = u
                    if "companyId" not in d:
                        m += 1
                else:
                    o.company_id = v
                v = g("companyName")
                if v is None:
                    o.company_name = u
                    if "companyName" not in d:
                        m += 1
                else:
                    o.company_name = v
                v = g("description")
                if v is None:
                    o.description = u
                    if "description" not in d:
                        m += 1
                else:
                    o.description = v
                k = "filterType"
                v = g("filterType")
                if v is None:
                    o.filter_type = u
                    if "filterType" not in d:
                        m += 1
                else:
                    o.filter_type = (
                        e_ if (e_ := _e_filter_type.get(v)) is not None else enum_value(VoucherInboxItemFilterType, v)
                    )
                v = g("receivedDate")
                if v is None:
                    o.received_date = u
                    if "receivedDate" not in d:
                        m += 1
                else:
                    o.received_date = v
                v = g("voucherId")
                if v is None:
                    o.voucher_id = u
                    if "voucherId" not in d:
                        m += 1
                else:
                    o.voucher_id = v
                v = g("invoiceId")
                if v is None:
                    o.invoice_id = u
                    if "invoiceId" not in d:
                        m += 1
                else:
                    o.invoice_id = v
                v = g("bankAccount")
                if v is None:
                    o.bank_account = u
                    if "bankAccount" not in d:
                        m += 1
                else:
                    o.bank_account = v
                v = g("kid")
                if v is None:
                    o.kid = u
                    if "kid" not in d:
                        m += 1
                else:
                    o.kid = v
                v = g("merchantName")
                if v is None:
                    o.merchant_name = u
                    if "merchantName" not in d:
                        m += 1
                else:
                    o.merchant_name = v
                v = g("orderNumberCustomer")
                if v is None:
                    o.order_number_customer = u
                    if "orderNumberCustomer" not in d:
                        m += 1
                else:
                    o.order_number_customer = v
                v = g("orderNumberBuyer")
                if v is None:
                    o.order_number_buyer = u
                    if "orderNumberBuyer" not in d:
                        m += 1
                else:
                    o.order_number_buyer = v
                v = g("projectRef")
                if v is None:
                    o.project_ref = u
                    if "projectRef" not in d:
                        m += 1
                else:
                    o.project_ref = v
                v = g("vendorRef")
                if v is None:
                    o.vendor_ref = u
                    if "vendorRef" not in d:
                        m += 1
                else:
                    o.vendor_ref = v
                v = g("buyersRef")
                if v is None:
                    o.buyers_ref = u
                    if "buyersRef" not in d:
                        m += 1
                else:
                    o.buyers_ref = v
                v = g("buyersContact")
                if v is None:
                    o.buyers_contact = u
                    if "buyersContact" not in d:
                        m += 1
                else:
                    o.buyers_contact = v
                v = g("lastComment")
                if v is None:
                    o.last_comment = u
                    if "lastComment" not in d:
                        m += 1
                else:
                    o.last_comment = v
                v = g("invoiceNumber")
                if v is None:
                    o.invoice_number = u
                    if "invoiceNumber" not in d:
                        m += 1
                else:
                    o.invoice_number = v
                v = g("invoiceDate")
                if v is None:
                    o.invoice_date = u
                    if "invoiceDate" not in d:
                        m += 1
                else:
                    o.invoice_date = v
                v = g("dueDate")
                if v is None:
                    o.due_date = u
                    if "dueDate" not in d:
                        m += 1
                else:
                    o.due_date = v
                v = g("isDue")
                if v is None:
                    o.is_due = u
                    if "isDue" not in d:
                        m += 1
                else:
                    o.is_due = v
                v = g("supplierName")
                if v is None:
                    o.supplier_name = u
                    if "supplierName" not in d:
                        m += 1
                else:
                    o.supplier_name = v
                v = g("invoiceAmount")
                if v is None:
                    o.invoice_amount = u
                    if "invoiceAmount" not in d:
                        m += 1
                else:
                    o.invoice_amount = v
                v = g("invoiceCurrency")
                if v is None:
                    o.invoice_currency = u
                    if "invoiceCurrency" not in d:
                        m += 1
                else:
                    o.invoice_currency = v
                k = "documents"
                v = g("documents")
                if v is None:
                    o.documents = u
                    if "documents" not in d:
                        m += 1
                else:
                    o.documents = v
                k = "documentIds"
                v = g("documentIds")
                if v is None:
                    o.document_ids = u
                    if "documentIds" not in d:
                        m += 1
                else:
                    o.document_ids = v
                v = g("account")
                if v is None:
                    o.account = u
                    if "account" not in d:
                        m += 1
                else:
                    o.account = v
                v = g("vatNumber")
                if v is None:
                    o.vat_number = u
                    if "vatNumber" not in d:
                        m += 1
                else:
                    o.vat_number = v
                v = g("vatAmount")
                if v is None:
                    o.vat_amount = u
                    if "vatAmount" not in d:
                        m += 1
                else:
                    o.vat_amount = v
                v = g("vatPercentage")
                if v is None:
                    o.vat_percentage = u
                    if "vatPercentage" not in d:
                        m += 1
                else:
                    o.vat_percentage = v
                v = g("project")
                if v is None:
                    o.project = u
                    if "project" not in d:
                        m += 1
                else:
                    o.project = v
                v = g("department")
                if v is None:
                    o.department = u
                    if "department" not in d:
                        m += 1
                else:
                    o.department = v
                v = g("paymentTypeId")
                if v is None:
                    o.payment_type_id = u
                    if "paymentTypeId" not in d:
                        m += 1
                else:
                    o.payment_type_id = v
                v = g("paymentType")
                if v is None:
                    o.payment_type = u
                    if "paymentType" not in d:
                        m += 1
                else:
                    o.payment_type = v
                v = g("importFailureReason")
                if v is None:
                    o.import_failure_reason = u
                    if "importFailureReason" not in d:
                        m += 1
                else:
                    o.import_failure_reason = v
                k = "predictionLines"
                v = g("predictionLines")
                if v is None:
                    o.prediction_lines = u
                    if "predictionLines" not in d:
                        m += 1
                else:
                    o.prediction_lines = (
                        ([PredictionLine._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("filename")
                if v is None:
                    o.filename = u
                    if "filename" not in d:
                        m += 1
                else:
                    o.filename = v
                v = g("isTemporary")
                if v is None:
                    o.is_temporary = u
                    if "isTemporary" not in d:
                        m += 1
                else:
                    o.is_temporary = v
                v = g("isInvoiceSimple")
                if v is None:
                    o.is_invoice_simple = u
                    if "isInvoiceSimple" not in d:
                        m += 1
                else:
                    o.is_invoice_simple = v
                v = g("isInvoiceDetailed")
                if v is None:
                    o.is_invoice_detailed = u
                    if "isInvoiceDetailed" not in d:
                        m += 1
                else:
                    o.is_invoice_detailed = v
                v = g("hasPredictions")
                if v is None:
                    o.has_predictions = u
                    if "hasPredictions" not in d:
                        m += 1
                else:
                    o.has_predictions = v
                v = g("hasSmartScanSuggestions")
                if v is None:
                    o.has_smart_scan_suggestions = u
                    if "hasSmartScanSuggestions" not in d:
                        m += 1
                else:
                    o.has_smart_scan_suggestions = v
                v = g("isLocked")
                if v is None:
                    o.is_locked = u
                    if "isLocked" not in d:
                        m += 1
                else:
                    o.is_locked = v
                v = g("commentCount")
                if v is None:
                    o.comment_count = u
                    if "commentCount" not in d:
                        m += 1
                else:
                    o.comment_count = v
                v = g("nonAutomationReason")
                if v is None:
                    o.non_automation_reason = u
                    if "nonAutomationReason" not in d:
                        m += 1
                else:
                    o.non_automation_reason = v
                k = "pdfScanningStatus"
                v = g("pdfScanningStatus")
                if v is None:
                    o.pdf_scanning_status = u
                    if "pdfScanningStatus" not in d:
                        m += 1
                else:
                    o.pdf_scanning_status = (
                        e_
                        if (e_ := _e_pdf_scanning_status.get(v)) is not None
                        else enum_value(VoucherInboxItemPdfScanningStatus, v)
                    )
                v = g("isPDFInvoiceWhichCanBeSentToLedger")
                if v is None:
                    o.is_pdf_invoice_which_can_be_sent_to_ledger = u
                    if "isPDFInvoiceWhichCanBeSentToLedger" not in d:
                        m += 1
                else:
                    o.is_pdf_invoice_which_can_be_sent_to_ledger = v
                v = g("canBeSentToLedger")
                if v is None:
                    o.can_be_sent_to_ledger = u
                    if "canBeSentToLedger" not in d:
                        m += 1
                else:
                    o.can_be_sent_to_ledger = v
                v = g("canBeRegisteredAsChanged")
                if v is None:
                    o.can_be_registered_as_changed = u
                    if "canBeRegisteredAsChanged" not in d:
                        m += 1
                else:
                    o.can_be_registered_as_changed = v
                v = g("canBeRegisteredAsSimpleInvoice")
                if v is None:
                    o.can_be_registered_as_simple_invoice = u
                    if "canBeRegisteredAsSimpleInvoice" not in d:
                        m += 1
                else:
                    o.can_be_registered_as_simple_invoice = v
                v = g("canBeRegisteredAsDetailedInvoice")
                if v is None:
                    o.can_be_registered_as_detailed_invoice = u
                    if "canBeRegisteredAsDetailedInvoice" not in d:
                        m += 1
                else:
                    o.can_be_registered_as_detailed_invoice = v
                v = g("canBeRegisteredAsIncomingInvoice")
                if v is None:
                    o.can_be_registered_as_incoming_invoice = u
                    if "canBeRegisteredAsIncomingInvoice" not in d:
                        m += 1
                else:
                    o.can_be_registered_as_incoming_invoice = v
                v = g("canBeRegisteredAsBankReconciliation")
                if v is None:
                    o.can_be_registered_as_bank_reconciliation = u
                    if "canBeRegisteredAsBankReconciliation" not in d:
                        m += 1
                else:
                    o.can_be_registered_as_bank_reconciliation = v
                v = g("canBeRegisteredAsPaymentIn")
                if v is None:
                    o.can_be_registered_as_payment_in = u
                    if "canBeRegisteredAsPaymentIn" not in d:
                        m += 1
                else:
                    o.can_be_registered_as_payment_in = v
                v = g("canBeRegisteredAsIncome")
                if v is None:
                    o.can_be_registered_as_income = u
                    if "canBeRegisteredAsIncome" not in d:
                        m += 1
                else:
                    o.can_be_registered_as_income = v
                v = g("canBeRegisteredAsCustomsDeclaration")
                if v is None:
                    o.can_be_registered_as_customs_declaration = u
                    if "canBeRegisteredAsCustomsDeclaration" not in d:
                        m += 1
                else:
                    o.can_be_registered_as_customs_declaration = v
                v = g("canBeRegisteredAsAdvanced")
                if v is None:
                    o.can_be_registered_as_advanced = u
                    if "canBeRegisteredAsAdvanced" not in d:
                        m += 1
                else:
                    o.can_be_registered_as_advanced = v
                v = g("canBeSentToAccountant")
                if v is None:
                    o.can_be_sent_to_accountant = u
                    if "canBeSentToAccountant" not in d:
                        m += 1
                else:
                    o.can_be_sent_to_accountant = v
                v = g("canBeSentToArchive")
                if v is None:
                    o.can_be_sent_to_archive = u
                    if "canBeSentToArchive" not in d:
                        m += 1
                else:
                    o.can_be_sent_to_archive = v
                v = g("canBeDeleted")
                if v is None:
                    o.can_be_deleted = u
                    if "canBeDeleted" not in d:
                        m += 1
                else:
                    o.can_be_deleted = v
                v = g("canBeRegisteredInQueue")
                if v is None:
                    o.can_be_registered_in_queue = u
                    if "canBeRegisteredInQueue" not in d:
                        m += 1
                else:
                    o.can_be_registered_in_queue = v
                v = g("canBeMerged")
                if v is None:
                    o.can_be_merged = u
                    if "canBeMerged" not in d:
                        m += 1
                else:
                    o.can_be_merged = v
                v = g("canBeReclaimed")
                if v is None:
                    o.can_be_reclaimed = u
                    if "canBeReclaimed" not in d:
                        m += 1
                else:
                    o.can_be_reclaimed = v
                v = g("canChangeDescription")
                if v is None:
                    o.can_change_description = u
                    if "canChangeDescription" not in d:
                        m += 1
                else:
                    o.can_change_description = v
                v = g("preferDetailedInvoice")
                if v is None:
                    o.prefer_detailed_invoice = u
                    if "preferDetailedInvoice" not in d:
                        m += 1
                else:
                    o.prefer_detailed_invoice = v
                v = g("approvalHasBeenRejected")
                if v is None:
                    o.approval_has_been_rejected = u
                    if "approvalHasBeenRejected" not in d:
                        m += 1
                else:
                    o.approval_has_been_rejected = v
                v = g("allowPostingBeforeVoucherApproved")
                if v is None:
                    o.allow_posting_before_voucher_approved = u
                    if "allowPostingBeforeVoucherApproved" not in d:
                        m += 1
                else:
                    o.allow_posting_before_voucher_approved = v
                v = g("senderEmailAddress")
                if v is None:
                    o.sender_email_address = u
                    if "senderEmailAddress" not in d:
                        m += 1
                else:
                    o.sender_email_address = v
                v = g("isSpam")
                if v is None:
                    o.is_spam = u
                    if "isSpam" not in d:
                        m += 1
                else:
                    o.is_spam = v
                v = g("emailArrivalTime")
                if v is None:
                    o.email_arrival_time = u
                    if "emailArrivalTime" not in d:
                        m += 1
                else:
                    o.email_arrival_time = v
                v = g("spamReportForDisplay")
                if v is None:
                    o.spam_report_for_display = u
                    if "spamReportForDisplay" not in d:
                        m += 1
                else:
                    o.spam_report_for_display = v
                v = g("hasAttachment")
                if v is None:
                    o.has_attachment = u
                    if "hasAttachment" not in d:
                        m += 1
                else:
                    o.has_attachment = v
                v = g("documentUploaderName")
                if v is None:
                    o.document_uploader_name = u
                    if "documentUploaderName" not in d:
                        m += 1
                else:
                    o.document_uploader_name = v
                v = g("documentUploaderEmail")
                if v is None:
                    o.document_uploader_email = u
                    if "documentUploaderEmail" not in d:
                        m += 1
                else:
                    o.document_uploader_email = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 75 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("id", "id"),
            ("company_id", "companyId"),
            ("company_name", "companyName"),
            ("description", "description"),
            ("filter_type", "filterType"),
            ("received_date", "receivedDate"),
            ("voucher_id", "voucherId"),
            ("invoice_id", "invoiceId"),
            ("bank_account", "bankAccount"),
            ("kid", "kid"),
            ("merchant_name", "merchantName"),
            ("order_number_customer", "orderNumberCustomer"),
            ("order_number_buyer", "orderNumberBuyer"),
            ("project_ref", "projectRef"),
            ("vendor_ref", "vendorRef"),
            ("buyers_ref", "buyersRef"),
            ("buyers_contact", "buyersContact"),
            ("last_comment", "lastComment"),
            ("invoice_number", "invoiceNumber"),
            ("invoice_date", "invoiceDate"),
            ("due_date", "dueDate"),
            ("is_due", "isDue"),
            ("supplier_name", "supplierName"),
            ("invoice_amount", "invoiceAmount"),
            ("invoice_currency", "invoiceCurrency"),
            ("documents", "documents"),
            ("document_ids", "documentIds"),
            ("account", "account"),
            ("vat_number", "vatNumber"),
            ("vat_amount", "vatAmount"),
            ("vat_percentage", "vatPercentage"),
            ("project", "project"),
            ("department", "department"),
            ("payment_type_id", "paymentTypeId"),
            ("payment_type", "paymentType"),
            ("import_failure_reason", "importFailureReason"),
            ("prediction_lines", "predictionLines"),
            ("filename", "filename"),
            ("is_temporary", "isTemporary"),
            ("is_invoice_simple", "isInvoiceSimple"),
            ("is_invoice_detailed", "isInvoiceDetailed"),
            ("has_predictions", "hasPredictions"),
            ("has_smart_scan_suggestions", "hasSmartScanSuggestions"),
            ("is_locked", "isLocked"),
            ("comment_count", "commentCount"),
            ("non_automation_reason", "nonAutomationReason"),
            ("pdf_scanning_status", "pdfScanningStatus"),
            ("is_pdf_invoice_which_can_be_sent_to_ledger", "isPDFInvoiceWhichCanBeSentToLedger"),
            ("can_be_sent_to_ledger", "canBeSentToLedger"),
            ("can_be_registered_as_changed", "canBeRegisteredAsChanged"),
            ("can_be_registered_as_simple_invoice", "canBeRegisteredAsSimpleInvoice"),
            ("can_be_registered_as_detailed_invoice", "canBeRegisteredAsDetailedInvoice"),
            ("can_be_registered_as_incoming_invoice", "canBeRegisteredAsIncomingInvoice"),
            ("can_be_registered_as_bank_reconciliation", "canBeRegisteredAsBankReconciliation"),
            ("can_be_registered_as_payment_in", "canBeRegisteredAsPaymentIn"),
            ("can_be_registered_as_income", "canBeRegisteredAsIncome"),
            ("can_be_registered_as_customs_declaration", "canBeRegisteredAsCustomsDeclaration"),
            ("can_be_registered_as_advanced", "canBeRegisteredAsAdvanced"),
            ("can_be_sent_to_accountant", "canBeSentToAccountant"),
            ("can_be_sent_to_archive", "canBeSentToArchive"),
            ("can_be_deleted", "canBeDeleted"),
            ("can_be_registered_in_queue", "canBeRegisteredInQueue"),
            ("can_be_merged", "canBeMerged"),
            ("can_be_reclaimed", "canBeReclaimed"),
            ("can_change_description", "canChangeDescription"),
            ("prefer_detailed_invoice", "preferDetailedInvoice"),
            ("approval_has_been_rejected", "approvalHasBeenRejected"),
            ("allow_posting_before_voucher_approved", "allowPostingBeforeVoucherApproved"),
            ("sender_email_address", "senderEmailAddress"),
            ("is_spam", "isSpam"),
            ("email_arrival_time", "emailArrivalTime"),
            ("spam_report_for_display", "spamReportForDisplay"),
            ("has_attachment", "hasAttachment"),
            ("document_uploader_name", "documentUploaderName"),
            ("document_uploader_email", "documentUploaderEmail"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.id
            o.id = u if v is None else v
            v = s.company_id
            o.company_id = u if v is None else v
            v = s.company_name
            o.company_name = u if v is None else v
            v = s.description
            o.description = u if v is None else v
            v = s.filter_type
            o.filter_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_filter_type.get(v)) is not None
                else enum_value(VoucherInboxItemFilterType, v)
            )
            v = s.received_date
            o.received_date = u if v is None else v
            v = s.voucher_id
            o.voucher_id = u if v is None else v
            v = s.invoice_id
            o.invoice_id = u if v is None else v
            v = s.bank_account
            o.bank_account = u if v is None else v
            v = s.kid
            o.kid = u if v is None else v
            v = s.merchant_name
            o.merchant_name = u if v is None else v
            v = s.order_number_customer
            o.order_number_customer = u if v is None else v
            v = s.order_number_buyer
            o.order_number_buyer = u if v is None else v
            v = s.project_ref
            o.project_ref = u if v is None else v
            v = s.vendor_ref
            o.vendor_ref = u if v is None else v
            v = s.buyers_ref
            o.buyers_ref = u if v is None else v
            v = s.buyers_contact
            o.buyers_contact = u if v is None else v
            v = s.last_comment
            o.last_comment = u if v is None else v
            v = s.invoice_number
            o.invoice_number = u if v is None else v
            v = s.invoice_date
            o.invoice_date = u if v is None else v
            v = s.due_date
            o.due_date = u if v is None else v
            v = s.is_due
            o.is_due = u if v is None else v
            v = s.supplier_name
            o.supplier_name = u if v is None else v
            v = s.invoice_amount
            o.invoice_amount = u if v is None else v
            v = s.invoice_currency
            o.invoice_currency = u if v is None else v
            v = s.documents
            o.documents = u if v is None or v is u else v
            v = s.document_ids
            o.document_ids = u if v is None or v is u else v
            v = s.account
            o.account = u if v is None else v
            v = s.vat_number
            o.vat_number = u if v is None else v
            v = s.vat_amount
            o.vat_amount = u if v is None else v
            v = s.vat_percentage
            o.vat_percentage = u if v is None else v
            v = s.project
            o.project = u if v is None else v
            v = s.department
            o.department = u if v is None else v
            v = s.payment_type_id
            o.payment_type_id = u if v is None else v
            v = s.payment_type
            o.payment_type = u if v is None else v
            v = s.import_failure_reason
            o.import_failure_reason = u if v is None else v
            v = s.prediction_lines
            o.prediction_lines = (
                u
                if v is None or v is u
                else ([PredictionLine._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.filename
            o.filename = u if v is None else v
            v = s.is_temporary
            o.is_temporary = u if v is None else v
            v = s.is_invoice_simple
            o.is_invoice_simple = u if v is None else v
            v = s.is_invoice_detailed
            o.is_invoice_detailed = u if v is None else v
            v = s.has_predictions
            o.has_predictions = u if v is None else v
            v = s.has_smart_scan_suggestions
            o.has_smart_scan_suggestions = u if v is None else v
            v = s.is_locked
            o.is_locked = u if v is None else v
            v = s.comment_count
            o.comment_count = u if v is None else v
            v = s.non_automation_reason
            o.non_automation_reason = u if v is None else v
            v = s.pdf_scanning_status
            o.pdf_scanning_status = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_pdf_scanning_status.get(v)) is not None
                else enum_value(VoucherInboxItemPdfScanningStatus, v)
            )
            v = s.is_pdf_invoice_which_can_be_sent_to_ledger
            o.is_pdf_invoice_which_can_be_sent_to_ledger = u if v is None else v
            v = s.can_be_sent_to_ledger
            o.can_be_sent_to_ledger = u if v is None else v
            v = s.can_be_registered_as_changed
            o.can_be_registered_as_changed = u if v is None else v
            v = s.can_be_registered_as_simple_invoice
            o.can_be_registered_as_simple_invoice = u if v is None else v
            v = s.can_be_registered_as_detailed_invoice
            o.can_be_registered_as_detailed_invoice = u if v is None else v
            v = s.can_be_registered_as_incoming_invoice
            o.can_be_registered_as_incoming_invoice = u if v is None else v
            v = s.can_be_registered_as_bank_reconciliation
            o.can_be_registered_as_bank_reconciliation = u if v is None else v
            v = s.can_be_registered_as_payment_in
            o.can_be_registered_as_payment_in = u if v is None else v
            v = s.can_be_registered_as_income
            o.can_be_registered_as_income = u if v is None else v
            v = s.can_be_registered_as_customs_declaration
            o.can_be_registered_as_customs_declaration = u if v is None else v
            v = s.can_be_registered_as_advanced
            o.can_be_registered_as_advanced = u if v is None else v
            v = s.can_be_sent_to_accountant
            o.can_be_sent_to_accountant = u if v is None else v
            v = s.can_be_sent_to_archive
            o.can_be_sent_to_archive = u if v is None else v
            v = s.can_be_deleted
            o.can_be_deleted = u if v is None else v
            v = s.can_be_registered_in_queue
            o.can_be_registered_in_queue = u if v is None else v
            v = s.can_be_merged
            o.can_be_merged = u if v is None else v
            v = s.can_be_reclaimed
            o.can_be_reclaimed = u if v is None else v
            v = s.can_change_description
            o.can_change_description = u if v is None else v
            v = s.prefer_detailed_invoice
            o.prefer_detailed_invoice = u if v is None else v
            v = s.approval_has_been_rejected
            o.approval_has_been_rejected = u if v is None else v
            v = s.allow_posting_before_voucher_approved
            o.allow_posting_before_voucher_approved = u if v is None else v
            v = s.sender_email_address
            o.sender_email_address = u if v is None else v
            v = s.is_spam
            o.is_spam = u if v is None else v
            v = s.email_arrival_time
            o.email_arrival_time = u if v is None else v
            v = s.spam_report_for_display
            o.spam_report_for_display = u if v is None else v
            v = s.has_attachment
            o.has_attachment = u if v is None else v
            v = s.document_uploader_name
            o.document_uploader_name = u if v is None else v
            v = s.document_uploader_email
            o.document_uploader_email = u if v is None else v
            o.additional_properties = {}
            return o

        return ModelParsers(parse, WireSpec(_wire_fields, convert))

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
