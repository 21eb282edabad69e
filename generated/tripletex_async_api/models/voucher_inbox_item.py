from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.voucher_inbox_item_filter_type import VoucherInboxItemFilterType
from ..models.voucher_inbox_item_pdf_scanning_status import VoucherInboxItemPdfScanningStatus
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
    from ..models.prediction_line import PredictionLine


T = TypeVar("T", bound="VoucherInboxItem")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("filterType", str, False),
    ("documents", list, False),
    ("documentIds", list, False),
    ("predictionLines", list, False),
    ("pdfScanningStatus", str, False),
)


@_attrs_define(on_setattr=mark_assigned)
class VoucherInboxItem(LazyModel):
    """
    Attributes:
        id (int | Unset): [read-only]
        company_id (int | Unset): [read-only]
        company_name (str | Unset): [read-only]
        description (str | Unset): [read-only]
        filter_type (VoucherInboxItemFilterType | Unset): [read-only]
        received_date (str | Unset): [read-only]
        voucher_id (int | Unset): [read-only]
        invoice_id (int | Unset): [read-only]
        bank_account (str | Unset): [read-only]
        kid (str | Unset): [read-only]
        merchant_name (str | Unset): [read-only]
        order_number_customer (str | Unset): [read-only]
        order_number_buyer (str | Unset): [read-only]
        project_ref (str | Unset): [read-only]
        vendor_ref (str | Unset): [read-only]
        buyers_ref (str | Unset): [read-only]
        buyers_contact (str | Unset): [read-only]
        last_comment (str | Unset): [read-only]
        invoice_number (str | Unset): [read-only]
        invoice_date (str | Unset): [read-only]
        due_date (str | Unset): [read-only]
        is_due (bool | Unset): [read-only]
        supplier_name (str | Unset): [read-only]
        invoice_amount (float | Unset): [read-only]
        invoice_currency (str | Unset): [read-only]
        documents (list[str] | Unset): [read-only]
        document_ids (list[int] | Unset): [read-only]
        account (str | Unset): [read-only]
        vat_number (str | Unset): [read-only]
        vat_amount (float | Unset): [read-only]
        vat_percentage (float | Unset): [read-only]
        project (str | Unset): [read-only]
        department (str | Unset): [read-only]
        payment_type_id (int | Unset): [read-only]
        payment_type (str | Unset): [read-only]
        import_failure_reason (str | Unset): [read-only]
        prediction_lines (list[PredictionLine] | Unset): [read-only]
        filename (str | Unset): [read-only]
        is_temporary (bool | Unset): [read-only]
        is_invoice_simple (bool | Unset): [read-only]
        is_invoice_detailed (bool | Unset): [read-only]
        has_predictions (bool | Unset): [read-only] Has one or more predictions from FabricAi
        has_smart_scan_suggestions (bool | Unset): [read-only] Has one or more suggestions from SmartScan
        is_locked (bool | Unset): [read-only] Is voucher locked for change by external integration
        comment_count (int | Unset): [read-only]
        non_automation_reason (str | Unset): [read-only]
        pdf_scanning_status (VoucherInboxItemPdfScanningStatus | Unset): [read-only]
        is_pdf_invoice_which_can_be_sent_to_ledger (bool | Unset): [read-only]
        can_be_sent_to_ledger (bool | Unset): [read-only] Possible to do one click 'Send to ledger'
        can_be_registered_as_changed (bool | Unset): [read-only] Possible to do one click 'Send to ledger'
        can_be_registered_as_simple_invoice (bool | Unset): [read-only]
        can_be_registered_as_detailed_invoice (bool | Unset): [read-only]
        can_be_registered_as_incoming_invoice (bool | Unset): [read-only]
        can_be_registered_as_bank_reconciliation (bool | Unset): [read-only]
        can_be_registered_as_payment_in (bool | Unset): [read-only]
        can_be_registered_as_income (bool | Unset): [read-only]
        can_be_registered_as_customs_declaration (bool | Unset): [read-only]
        can_be_registered_as_advanced (bool | Unset): [read-only]
        can_be_sent_to_accountant (bool | Unset): [read-only]
        can_be_sent_to_archive (bool | Unset): [read-only]
        can_be_deleted (bool | Unset): [read-only]
        can_be_registered_in_queue (bool | Unset): [read-only]
        can_be_merged (bool | Unset): [read-only]
        can_be_reclaimed (bool | Unset): [read-only]
        can_change_description (bool | Unset): [read-only]
        prefer_detailed_invoice (bool | Unset): [read-only]
        approval_has_been_rejected (bool | Unset): [read-only]
        allow_posting_before_voucher_approved (bool | Unset): [read-only]
        sender_email_address (str | Unset): [read-only]
        is_spam (bool | Unset): [read-only]
        email_arrival_time (str | Unset): [read-only]
        spam_report_for_display (str | Unset): [read-only]
        has_attachment (bool | Unset): [read-only]
        document_uploader_name (str | Unset): [read-only]
        document_uploader_email (str | Unset): [read-only]
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
        self._tx_load()
        _in_request = serializing_request_body()
        id = self.id

        company_id = self.company_id

        company_name = self.company_name

        description = self.description

        filter_type: str | Unset = UNSET
        if not isinstance(self.filter_type, Unset):
            filter_type = self.filter_type.value

        received_date = self.received_date

        voucher_id = self.voucher_id

        invoice_id = self.invoice_id

        bank_account = self.bank_account

        kid = self.kid

        merchant_name = self.merchant_name

        order_number_customer = self.order_number_customer

        order_number_buyer = self.order_number_buyer

        project_ref = self.project_ref

        vendor_ref = self.vendor_ref

        buyers_ref = self.buyers_ref

        buyers_contact = self.buyers_contact

        last_comment = self.last_comment

        invoice_number = self.invoice_number

        invoice_date = self.invoice_date

        due_date = self.due_date

        is_due = self.is_due

        supplier_name = self.supplier_name

        invoice_amount = self.invoice_amount

        invoice_currency = self.invoice_currency

        documents: list[str] | Unset = UNSET
        if not isinstance(self.documents, Unset):
            documents = self.documents

        document_ids: list[int] | Unset = UNSET
        if not isinstance(self.document_ids, Unset):
            document_ids = self.document_ids

        account = self.account

        vat_number = self.vat_number

        vat_amount = self.vat_amount

        vat_percentage = self.vat_percentage

        project = self.project

        department = self.department

        payment_type_id = self.payment_type_id

        payment_type = self.payment_type

        import_failure_reason = self.import_failure_reason

        prediction_lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.prediction_lines, Unset):
            prediction_lines = []
            for prediction_lines_item_data in self.prediction_lines:
                prediction_lines_item = prediction_lines_item_data.to_dict()
                prediction_lines.append(prediction_lines_item)

        filename = self.filename

        is_temporary = self.is_temporary

        is_invoice_simple = self.is_invoice_simple

        is_invoice_detailed = self.is_invoice_detailed

        has_predictions = self.has_predictions

        has_smart_scan_suggestions = self.has_smart_scan_suggestions

        is_locked = self.is_locked

        comment_count = self.comment_count

        non_automation_reason = self.non_automation_reason

        pdf_scanning_status: str | Unset = UNSET
        if not isinstance(self.pdf_scanning_status, Unset):
            pdf_scanning_status = self.pdf_scanning_status.value

        is_pdf_invoice_which_can_be_sent_to_ledger = self.is_pdf_invoice_which_can_be_sent_to_ledger

        can_be_sent_to_ledger = self.can_be_sent_to_ledger

        can_be_registered_as_changed = self.can_be_registered_as_changed

        can_be_registered_as_simple_invoice = self.can_be_registered_as_simple_invoice

        can_be_registered_as_detailed_invoice = self.can_be_registered_as_detailed_invoice

        can_be_registered_as_incoming_invoice = self.can_be_registered_as_incoming_invoice

        can_be_registered_as_bank_reconciliation = self.can_be_registered_as_bank_reconciliation

        can_be_registered_as_payment_in = self.can_be_registered_as_payment_in

        can_be_registered_as_income = self.can_be_registered_as_income

        can_be_registered_as_customs_declaration = self.can_be_registered_as_customs_declaration

        can_be_registered_as_advanced = self.can_be_registered_as_advanced

        can_be_sent_to_accountant = self.can_be_sent_to_accountant

        can_be_sent_to_archive = self.can_be_sent_to_archive

        can_be_deleted = self.can_be_deleted

        can_be_registered_in_queue = self.can_be_registered_in_queue

        can_be_merged = self.can_be_merged

        can_be_reclaimed = self.can_be_reclaimed

        can_change_description = self.can_change_description

        prefer_detailed_invoice = self.prefer_detailed_invoice

        approval_has_been_rejected = self.approval_has_been_rejected

        allow_posting_before_voucher_approved = self.allow_posting_before_voucher_approved

        sender_email_address = self.sender_email_address

        is_spam = self.is_spam

        email_arrival_time = self.email_arrival_time

        spam_report_for_display = self.spam_report_for_display

        has_attachment = self.has_attachment

        document_uploader_name = self.document_uploader_name

        document_uploader_email = self.document_uploader_email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET and not _in_request:
            field_dict["id"] = id
        if company_id is not UNSET and not _in_request:
            field_dict["companyId"] = company_id
        if company_name is not UNSET and not _in_request:
            field_dict["companyName"] = company_name
        if description is not UNSET and not _in_request:
            field_dict["description"] = description
        if filter_type is not UNSET and not _in_request:
            field_dict["filterType"] = filter_type
        if received_date is not UNSET and not _in_request:
            field_dict["receivedDate"] = received_date
        if voucher_id is not UNSET and not _in_request:
            field_dict["voucherId"] = voucher_id
        if invoice_id is not UNSET and not _in_request:
            field_dict["invoiceId"] = invoice_id
        if bank_account is not UNSET and not _in_request:
            field_dict["bankAccount"] = bank_account
        if kid is not UNSET and not _in_request:
            field_dict["kid"] = kid
        if merchant_name is not UNSET and not _in_request:
            field_dict["merchantName"] = merchant_name
        if order_number_customer is not UNSET and not _in_request:
            field_dict["orderNumberCustomer"] = order_number_customer
        if order_number_buyer is not UNSET and not _in_request:
            field_dict["orderNumberBuyer"] = order_number_buyer
        if project_ref is not UNSET and not _in_request:
            field_dict["projectRef"] = project_ref
        if vendor_ref is not UNSET and not _in_request:
            field_dict["vendorRef"] = vendor_ref
        if buyers_ref is not UNSET and not _in_request:
            field_dict["buyersRef"] = buyers_ref
        if buyers_contact is not UNSET and not _in_request:
            field_dict["buyersContact"] = buyers_contact
        if last_comment is not UNSET and not _in_request:
            field_dict["lastComment"] = last_comment
        if invoice_number is not UNSET and not _in_request:
            field_dict["invoiceNumber"] = invoice_number
        if invoice_date is not UNSET and not _in_request:
            field_dict["invoiceDate"] = invoice_date
        if due_date is not UNSET and not _in_request:
            field_dict["dueDate"] = due_date
        if is_due is not UNSET and not _in_request:
            field_dict["isDue"] = is_due
        if supplier_name is not UNSET and not _in_request:
            field_dict["supplierName"] = supplier_name
        if invoice_amount is not UNSET and not _in_request:
            field_dict["invoiceAmount"] = invoice_amount
        if invoice_currency is not UNSET and not _in_request:
            field_dict["invoiceCurrency"] = invoice_currency
        if documents is not UNSET and not _in_request:
            field_dict["documents"] = documents
        if document_ids is not UNSET and not _in_request:
            field_dict["documentIds"] = document_ids
        if account is not UNSET and not _in_request:
            field_dict["account"] = account
        if vat_number is not UNSET and not _in_request:
            field_dict["vatNumber"] = vat_number
        if vat_amount is not UNSET and not _in_request:
            field_dict["vatAmount"] = vat_amount
        if vat_percentage is not UNSET and not _in_request:
            field_dict["vatPercentage"] = vat_percentage
        if project is not UNSET and not _in_request:
            field_dict["project"] = project
        if department is not UNSET and not _in_request:
            field_dict["department"] = department
        if payment_type_id is not UNSET and not _in_request:
            field_dict["paymentTypeId"] = payment_type_id
        if payment_type is not UNSET and not _in_request:
            field_dict["paymentType"] = payment_type
        if import_failure_reason is not UNSET and not _in_request:
            field_dict["importFailureReason"] = import_failure_reason
        if prediction_lines is not UNSET and not _in_request:
            field_dict["predictionLines"] = prediction_lines
        if filename is not UNSET and not _in_request:
            field_dict["filename"] = filename
        if is_temporary is not UNSET and not _in_request:
            field_dict["isTemporary"] = is_temporary
        if is_invoice_simple is not UNSET and not _in_request:
            field_dict["isInvoiceSimple"] = is_invoice_simple
        if is_invoice_detailed is not UNSET and not _in_request:
            field_dict["isInvoiceDetailed"] = is_invoice_detailed
        if has_predictions is not UNSET and not _in_request:
            field_dict["hasPredictions"] = has_predictions
        if has_smart_scan_suggestions is not UNSET and not _in_request:
            field_dict["hasSmartScanSuggestions"] = has_smart_scan_suggestions
        if is_locked is not UNSET and not _in_request:
            field_dict["isLocked"] = is_locked
        if comment_count is not UNSET and not _in_request:
            field_dict["commentCount"] = comment_count
        if non_automation_reason is not UNSET and not _in_request:
            field_dict["nonAutomationReason"] = non_automation_reason
        if pdf_scanning_status is not UNSET and not _in_request:
            field_dict["pdfScanningStatus"] = pdf_scanning_status
        if is_pdf_invoice_which_can_be_sent_to_ledger is not UNSET and not _in_request:
            field_dict["isPDFInvoiceWhichCanBeSentToLedger"] = is_pdf_invoice_which_can_be_sent_to_ledger
        if can_be_sent_to_ledger is not UNSET and not _in_request:
            field_dict["canBeSentToLedger"] = can_be_sent_to_ledger
        if can_be_registered_as_changed is not UNSET and not _in_request:
            field_dict["canBeRegisteredAsChanged"] = can_be_registered_as_changed
        if can_be_registered_as_simple_invoice is not UNSET and not _in_request:
            field_dict["canBeRegisteredAsSimpleInvoice"] = can_be_registered_as_simple_invoice
        if can_be_registered_as_detailed_invoice is not UNSET and not _in_request:
            field_dict["canBeRegisteredAsDetailedInvoice"] = can_be_registered_as_detailed_invoice
        if can_be_registered_as_incoming_invoice is not UNSET and not _in_request:
            field_dict["canBeRegisteredAsIncomingInvoice"] = can_be_registered_as_incoming_invoice
        if can_be_registered_as_bank_reconciliation is not UNSET and not _in_request:
            field_dict["canBeRegisteredAsBankReconciliation"] = can_be_registered_as_bank_reconciliation
        if can_be_registered_as_payment_in is not UNSET and not _in_request:
            field_dict["canBeRegisteredAsPaymentIn"] = can_be_registered_as_payment_in
        if can_be_registered_as_income is not UNSET and not _in_request:
            field_dict["canBeRegisteredAsIncome"] = can_be_registered_as_income
        if can_be_registered_as_customs_declaration is not UNSET and not _in_request:
            field_dict["canBeRegisteredAsCustomsDeclaration"] = can_be_registered_as_customs_declaration
        if can_be_registered_as_advanced is not UNSET and not _in_request:
            field_dict["canBeRegisteredAsAdvanced"] = can_be_registered_as_advanced
        if can_be_sent_to_accountant is not UNSET and not _in_request:
            field_dict["canBeSentToAccountant"] = can_be_sent_to_accountant
        if can_be_sent_to_archive is not UNSET and not _in_request:
            field_dict["canBeSentToArchive"] = can_be_sent_to_archive
        if can_be_deleted is not UNSET and not _in_request:
            field_dict["canBeDeleted"] = can_be_deleted
        if can_be_registered_in_queue is not UNSET and not _in_request:
            field_dict["canBeRegisteredInQueue"] = can_be_registered_in_queue
        if can_be_merged is not UNSET and not _in_request:
            field_dict["canBeMerged"] = can_be_merged
        if can_be_reclaimed is not UNSET and not _in_request:
            field_dict["canBeReclaimed"] = can_be_reclaimed
        if can_change_description is not UNSET and not _in_request:
            field_dict["canChangeDescription"] = can_change_description
        if prefer_detailed_invoice is not UNSET and not _in_request:
            field_dict["preferDetailedInvoice"] = prefer_detailed_invoice
        if approval_has_been_rejected is not UNSET and not _in_request:
            field_dict["approvalHasBeenRejected"] = approval_has_been_rejected
        if allow_posting_before_voucher_approved is not UNSET and not _in_request:
            field_dict["allowPostingBeforeVoucherApproved"] = allow_posting_before_voucher_approved
        if sender_email_address is not UNSET and not _in_request:
            field_dict["senderEmailAddress"] = sender_email_address
        if is_spam is not UNSET and not _in_request:
            field_dict["isSpam"] = is_spam
        if email_arrival_time is not UNSET and not _in_request:
            field_dict["emailArrivalTime"] = email_arrival_time
        if spam_report_for_display is not UNSET and not _in_request:
            field_dict["spamReportForDisplay"] = spam_report_for_display
        if has_attachment is not UNSET and not _in_request:
            field_dict["hasAttachment"] = has_attachment
        if document_uploader_name is not UNSET and not _in_request:
            field_dict["documentUploaderName"] = document_uploader_name
        if document_uploader_email is not UNSET and not _in_request:
            field_dict["documentUploaderEmail"] = document_uploader_email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A VoucherInboxItem from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.prediction_line import PredictionLine  # noqa: PLC0415

        def _p_filter_type(_tx_v: Any) -> VoucherInboxItemFilterType | Unset:
            _filter_type = _tx_v
            filter_type: VoucherInboxItemFilterType | Unset
            if isinstance(_filter_type, Unset):
                filter_type = UNSET
            else:
                filter_type = VoucherInboxItemFilterType(_filter_type)

            return filter_type

        def _p_documents(_tx_v: Any) -> list[str] | Unset:
            documents = cast(list[str], _tx_v)

            return documents

        def _p_document_ids(_tx_v: Any) -> list[int] | Unset:
            document_ids = cast(list[int], _tx_v)

            return document_ids

        def _p_prediction_lines(_tx_v: Any) -> list[PredictionLine] | Unset:
            _prediction_lines = _tx_v
            prediction_lines: list[PredictionLine] | Unset = UNSET
            if _prediction_lines is not UNSET:
                prediction_lines = []
                for prediction_lines_item_data in _prediction_lines:
                    if prediction_lines_item_data is None:
                        continue
                    prediction_lines_item = PredictionLine._tx_from_json(prediction_lines_item_data)

                    prediction_lines.append(prediction_lines_item)

            return prediction_lines

        def _p_pdf_scanning_status(_tx_v: Any) -> VoucherInboxItemPdfScanningStatus | Unset:
            _pdf_scanning_status = _tx_v
            pdf_scanning_status: VoucherInboxItemPdfScanningStatus | Unset
            if isinstance(_pdf_scanning_status, Unset):
                pdf_scanning_status = UNSET
            else:
                pdf_scanning_status = VoucherInboxItemPdfScanningStatus(_pdf_scanning_status)

            return pdf_scanning_status

        _tx_known: frozenset[str] = frozenset(
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

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "company_id": ("companyId", None),
            "company_name": ("companyName", None),
            "description": ("description", None),
            "filter_type": ("filterType", _p_filter_type),
            "received_date": ("receivedDate", None),
            "voucher_id": ("voucherId", None),
            "invoice_id": ("invoiceId", None),
            "bank_account": ("bankAccount", None),
            "kid": ("kid", None),
            "merchant_name": ("merchantName", None),
            "order_number_customer": ("orderNumberCustomer", None),
            "order_number_buyer": ("orderNumberBuyer", None),
            "project_ref": ("projectRef", None),
            "vendor_ref": ("vendorRef", None),
            "buyers_ref": ("buyersRef", None),
            "buyers_contact": ("buyersContact", None),
            "last_comment": ("lastComment", None),
            "invoice_number": ("invoiceNumber", None),
            "invoice_date": ("invoiceDate", None),
            "due_date": ("dueDate", None),
            "is_due": ("isDue", None),
            "supplier_name": ("supplierName", None),
            "invoice_amount": ("invoiceAmount", None),
            "invoice_currency": ("invoiceCurrency", None),
            "documents": ("documents", _p_documents),
            "document_ids": ("documentIds", _p_document_ids),
            "account": ("account", None),
            "vat_number": ("vatNumber", None),
            "vat_amount": ("vatAmount", None),
            "vat_percentage": ("vatPercentage", None),
            "project": ("project", None),
            "department": ("department", None),
            "payment_type_id": ("paymentTypeId", None),
            "payment_type": ("paymentType", None),
            "import_failure_reason": ("importFailureReason", None),
            "prediction_lines": ("predictionLines", _p_prediction_lines),
            "filename": ("filename", None),
            "is_temporary": ("isTemporary", None),
            "is_invoice_simple": ("isInvoiceSimple", None),
            "is_invoice_detailed": ("isInvoiceDetailed", None),
            "has_predictions": ("hasPredictions", None),
            "has_smart_scan_suggestions": ("hasSmartScanSuggestions", None),
            "is_locked": ("isLocked", None),
            "comment_count": ("commentCount", None),
            "non_automation_reason": ("nonAutomationReason", None),
            "pdf_scanning_status": ("pdfScanningStatus", _p_pdf_scanning_status),
            "is_pdf_invoice_which_can_be_sent_to_ledger": ("isPDFInvoiceWhichCanBeSentToLedger", None),
            "can_be_sent_to_ledger": ("canBeSentToLedger", None),
            "can_be_registered_as_changed": ("canBeRegisteredAsChanged", None),
            "can_be_registered_as_simple_invoice": ("canBeRegisteredAsSimpleInvoice", None),
            "can_be_registered_as_detailed_invoice": ("canBeRegisteredAsDetailedInvoice", None),
            "can_be_registered_as_incoming_invoice": ("canBeRegisteredAsIncomingInvoice", None),
            "can_be_registered_as_bank_reconciliation": ("canBeRegisteredAsBankReconciliation", None),
            "can_be_registered_as_payment_in": ("canBeRegisteredAsPaymentIn", None),
            "can_be_registered_as_income": ("canBeRegisteredAsIncome", None),
            "can_be_registered_as_customs_declaration": ("canBeRegisteredAsCustomsDeclaration", None),
            "can_be_registered_as_advanced": ("canBeRegisteredAsAdvanced", None),
            "can_be_sent_to_accountant": ("canBeSentToAccountant", None),
            "can_be_sent_to_archive": ("canBeSentToArchive", None),
            "can_be_deleted": ("canBeDeleted", None),
            "can_be_registered_in_queue": ("canBeRegisteredInQueue", None),
            "can_be_merged": ("canBeMerged", None),
            "can_be_reclaimed": ("canBeReclaimed", None),
            "can_change_description": ("canChangeDescription", None),
            "prefer_detailed_invoice": ("preferDetailedInvoice", None),
            "approval_has_been_rejected": ("approvalHasBeenRejected", None),
            "allow_posting_before_voucher_approved": ("allowPostingBeforeVoucherApproved", None),
            "sender_email_address": ("senderEmailAddress", None),
            "is_spam": ("isSpam", None),
            "email_arrival_time": ("emailArrivalTime", None),
            "spam_report_for_display": ("spamReportForDisplay", None),
            "has_attachment": ("hasAttachment", None),
            "document_uploader_name": ("documentUploaderName", None),
            "document_uploader_email": ("documentUploaderEmail", None),
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
