from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.voucher_inbox_item_filter_type import VoucherInboxItemFilterType
from ..models.voucher_inbox_item_pdf_scanning_status import VoucherInboxItemPdfScanningStatus
from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.prediction_line import PredictionLine


T = TypeVar("T", bound="VoucherInboxItem")


@_attrs_define
class VoucherInboxItem:
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
        from ..models.prediction_line import PredictionLine  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        id = d.pop("id", UNSET)

        company_id = d.pop("companyId", UNSET)

        company_name = d.pop("companyName", UNSET)

        description = d.pop("description", UNSET)

        _filter_type = d.pop("filterType", UNSET)
        filter_type: VoucherInboxItemFilterType | Unset
        if isinstance(_filter_type, Unset):
            filter_type = UNSET
        else:
            filter_type = VoucherInboxItemFilterType(_filter_type)

        received_date = d.pop("receivedDate", UNSET)

        voucher_id = d.pop("voucherId", UNSET)

        invoice_id = d.pop("invoiceId", UNSET)

        bank_account = d.pop("bankAccount", UNSET)

        kid = d.pop("kid", UNSET)

        merchant_name = d.pop("merchantName", UNSET)

        order_number_customer = d.pop("orderNumberCustomer", UNSET)

        order_number_buyer = d.pop("orderNumberBuyer", UNSET)

        project_ref = d.pop("projectRef", UNSET)

        vendor_ref = d.pop("vendorRef", UNSET)

        buyers_ref = d.pop("buyersRef", UNSET)

        buyers_contact = d.pop("buyersContact", UNSET)

        last_comment = d.pop("lastComment", UNSET)

        invoice_number = d.pop("invoiceNumber", UNSET)

        invoice_date = d.pop("invoiceDate", UNSET)

        due_date = d.pop("dueDate", UNSET)

        is_due = d.pop("isDue", UNSET)

        supplier_name = d.pop("supplierName", UNSET)

        invoice_amount = d.pop("invoiceAmount", UNSET)

        invoice_currency = d.pop("invoiceCurrency", UNSET)

        documents = cast(list[str], d.pop("documents", UNSET))

        document_ids = cast(list[int], d.pop("documentIds", UNSET))

        account = d.pop("account", UNSET)

        vat_number = d.pop("vatNumber", UNSET)

        vat_amount = d.pop("vatAmount", UNSET)

        vat_percentage = d.pop("vatPercentage", UNSET)

        project = d.pop("project", UNSET)

        department = d.pop("department", UNSET)

        payment_type_id = d.pop("paymentTypeId", UNSET)

        payment_type = d.pop("paymentType", UNSET)

        import_failure_reason = d.pop("importFailureReason", UNSET)

        _prediction_lines = d.pop("predictionLines", UNSET)
        prediction_lines: list[PredictionLine] | Unset = UNSET
        if _prediction_lines is not UNSET:
            prediction_lines = []
            for prediction_lines_item_data in _prediction_lines:
                if prediction_lines_item_data is None:
                    continue
                prediction_lines_item = PredictionLine.from_dict(prediction_lines_item_data)

                prediction_lines.append(prediction_lines_item)

        filename = d.pop("filename", UNSET)

        is_temporary = d.pop("isTemporary", UNSET)

        is_invoice_simple = d.pop("isInvoiceSimple", UNSET)

        is_invoice_detailed = d.pop("isInvoiceDetailed", UNSET)

        has_predictions = d.pop("hasPredictions", UNSET)

        has_smart_scan_suggestions = d.pop("hasSmartScanSuggestions", UNSET)

        is_locked = d.pop("isLocked", UNSET)

        comment_count = d.pop("commentCount", UNSET)

        non_automation_reason = d.pop("nonAutomationReason", UNSET)

        _pdf_scanning_status = d.pop("pdfScanningStatus", UNSET)
        pdf_scanning_status: VoucherInboxItemPdfScanningStatus | Unset
        if isinstance(_pdf_scanning_status, Unset):
            pdf_scanning_status = UNSET
        else:
            pdf_scanning_status = VoucherInboxItemPdfScanningStatus(_pdf_scanning_status)

        is_pdf_invoice_which_can_be_sent_to_ledger = d.pop("isPDFInvoiceWhichCanBeSentToLedger", UNSET)

        can_be_sent_to_ledger = d.pop("canBeSentToLedger", UNSET)

        can_be_registered_as_changed = d.pop("canBeRegisteredAsChanged", UNSET)

        can_be_registered_as_simple_invoice = d.pop("canBeRegisteredAsSimpleInvoice", UNSET)

        can_be_registered_as_detailed_invoice = d.pop("canBeRegisteredAsDetailedInvoice", UNSET)

        can_be_registered_as_incoming_invoice = d.pop("canBeRegisteredAsIncomingInvoice", UNSET)

        can_be_registered_as_bank_reconciliation = d.pop("canBeRegisteredAsBankReconciliation", UNSET)

        can_be_registered_as_payment_in = d.pop("canBeRegisteredAsPaymentIn", UNSET)

        can_be_registered_as_income = d.pop("canBeRegisteredAsIncome", UNSET)

        can_be_registered_as_customs_declaration = d.pop("canBeRegisteredAsCustomsDeclaration", UNSET)

        can_be_registered_as_advanced = d.pop("canBeRegisteredAsAdvanced", UNSET)

        can_be_sent_to_accountant = d.pop("canBeSentToAccountant", UNSET)

        can_be_sent_to_archive = d.pop("canBeSentToArchive", UNSET)

        can_be_deleted = d.pop("canBeDeleted", UNSET)

        can_be_registered_in_queue = d.pop("canBeRegisteredInQueue", UNSET)

        can_be_merged = d.pop("canBeMerged", UNSET)

        can_be_reclaimed = d.pop("canBeReclaimed", UNSET)

        can_change_description = d.pop("canChangeDescription", UNSET)

        prefer_detailed_invoice = d.pop("preferDetailedInvoice", UNSET)

        approval_has_been_rejected = d.pop("approvalHasBeenRejected", UNSET)

        allow_posting_before_voucher_approved = d.pop("allowPostingBeforeVoucherApproved", UNSET)

        sender_email_address = d.pop("senderEmailAddress", UNSET)

        is_spam = d.pop("isSpam", UNSET)

        email_arrival_time = d.pop("emailArrivalTime", UNSET)

        spam_report_for_display = d.pop("spamReportForDisplay", UNSET)

        has_attachment = d.pop("hasAttachment", UNSET)

        document_uploader_name = d.pop("documentUploaderName", UNSET)

        document_uploader_email = d.pop("documentUploaderEmail", UNSET)

        _obj = cls(
            id=id,
            company_id=company_id,
            company_name=company_name,
            description=description,
            filter_type=filter_type,
            received_date=received_date,
            voucher_id=voucher_id,
            invoice_id=invoice_id,
            bank_account=bank_account,
            kid=kid,
            merchant_name=merchant_name,
            order_number_customer=order_number_customer,
            order_number_buyer=order_number_buyer,
            project_ref=project_ref,
            vendor_ref=vendor_ref,
            buyers_ref=buyers_ref,
            buyers_contact=buyers_contact,
            last_comment=last_comment,
            invoice_number=invoice_number,
            invoice_date=invoice_date,
            due_date=due_date,
            is_due=is_due,
            supplier_name=supplier_name,
            invoice_amount=invoice_amount,
            invoice_currency=invoice_currency,
            documents=documents,
            document_ids=document_ids,
            account=account,
            vat_number=vat_number,
            vat_amount=vat_amount,
            vat_percentage=vat_percentage,
            project=project,
            department=department,
            payment_type_id=payment_type_id,
            payment_type=payment_type,
            import_failure_reason=import_failure_reason,
            prediction_lines=prediction_lines,
            filename=filename,
            is_temporary=is_temporary,
            is_invoice_simple=is_invoice_simple,
            is_invoice_detailed=is_invoice_detailed,
            has_predictions=has_predictions,
            has_smart_scan_suggestions=has_smart_scan_suggestions,
            is_locked=is_locked,
            comment_count=comment_count,
            non_automation_reason=non_automation_reason,
            pdf_scanning_status=pdf_scanning_status,
            is_pdf_invoice_which_can_be_sent_to_ledger=is_pdf_invoice_which_can_be_sent_to_ledger,
            can_be_sent_to_ledger=can_be_sent_to_ledger,
            can_be_registered_as_changed=can_be_registered_as_changed,
            can_be_registered_as_simple_invoice=can_be_registered_as_simple_invoice,
            can_be_registered_as_detailed_invoice=can_be_registered_as_detailed_invoice,
            can_be_registered_as_incoming_invoice=can_be_registered_as_incoming_invoice,
            can_be_registered_as_bank_reconciliation=can_be_registered_as_bank_reconciliation,
            can_be_registered_as_payment_in=can_be_registered_as_payment_in,
            can_be_registered_as_income=can_be_registered_as_income,
            can_be_registered_as_customs_declaration=can_be_registered_as_customs_declaration,
            can_be_registered_as_advanced=can_be_registered_as_advanced,
            can_be_sent_to_accountant=can_be_sent_to_accountant,
            can_be_sent_to_archive=can_be_sent_to_archive,
            can_be_deleted=can_be_deleted,
            can_be_registered_in_queue=can_be_registered_in_queue,
            can_be_merged=can_be_merged,
            can_be_reclaimed=can_be_reclaimed,
            can_change_description=can_change_description,
            prefer_detailed_invoice=prefer_detailed_invoice,
            approval_has_been_rejected=approval_has_been_rejected,
            allow_posting_before_voucher_approved=allow_posting_before_voucher_approved,
            sender_email_address=sender_email_address,
            is_spam=is_spam,
            email_arrival_time=email_arrival_time,
            spam_report_for_display=spam_report_for_display,
            has_attachment=has_attachment,
            document_uploader_name=document_uploader_name,
            document_uploader_email=document_uploader_email,
        )

        _obj.additional_properties = d
        return _obj

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
