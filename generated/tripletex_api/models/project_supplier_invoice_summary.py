from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.project_supplier_invoice_summary_project_id_to_sub_project_name_map import (
        ProjectSupplierInvoiceSummaryProjectIdToSubProjectNameMap,
    )


T = TypeVar("T", bound="ProjectSupplierInvoiceSummary")


@_attrs_define
class ProjectSupplierInvoiceSummary:
    """
    Attributes:
        invoice_id (int | Unset): [read-only]
        vendor_id (int | Unset): [read-only]
        vendor_invoice_number (str | Unset): [read-only]
        expired_vendor_invoice (bool | Unset): [read-only]
        voucher_id (int | Unset): [read-only]
        voucher_number_as_string (str | Unset): [read-only]
        account_id (int | Unset): [read-only]
        attachment_id (int | Unset): [read-only]
        document_id (int | Unset): [read-only]
        vendor_name (str | Unset): [read-only]
        department_name (str | Unset): [read-only]
        department_id (int | Unset): [read-only]
        invoice_date (str | Unset): [read-only]
        due_date (str | Unset): [read-only]
        amount_excl_vat (float | Unset): [read-only] Amount excluding VAT in the given currency. If multiple postings
            exist for the same voucher, their amounts are summed.
        amount_incl_vat (float | Unset): [read-only] Amount including VAT in the given currency. If multiple postings
            exist for the same voucher, their amounts are summed.
        paid_amount (float | Unset): [read-only] Used to specify the prepaid amount of the invoice. If multiple postings
            exist for the same voucher, their amounts are summed.
        outstanding_amount (float | Unset): [read-only] The amountCurrency outstanding based on the history collection,
            excluding reminders. If multiple postings exist for the same voucher, their amounts are summed.
        currency_code (str | Unset): [read-only]
        project_id_to_sub_project_name_map (ProjectSupplierInvoiceSummaryProjectIdToSubProjectNameMap | Unset): A map of
            project id to sub project name
        insufficient_info_for_paid_amount (bool | Unset): [read-only] Indicator used to show/hide warnings on UI when
            paid amount calculation has insufficient information.
        paid_amount_in_company_currency (float | Unset): [read-only] Paid amount converted to the company's currency. If
            multiple currencies are involved, all amounts are converted and summed.
        outstanding_amount_in_company_currency (float | Unset): [read-only] Outstanding amount converted to the
            company's currency. If multiple currencies are involved, all amounts are converted and summed.
        amount_excl_vat_in_company_currency (float | Unset): [read-only] Amount excluding VAT converted to the company's
            currency. If multiple currencies are involved, all amounts are converted and summed.
        amount_incl_vat_in_company_currency (float | Unset): [read-only] Amount including VAT converted to the company's
            currency. If multiple currencies are involved, all amounts are converted and summed.
        close_group_id (int | Unset): [read-only]
        closed (bool | Unset): [read-only] Flag to know if the invoice and containing postings are closed
    """

    invoice_id: int | Unset = UNSET
    vendor_id: int | Unset = UNSET
    vendor_invoice_number: str | Unset = UNSET
    expired_vendor_invoice: bool | Unset = UNSET
    voucher_id: int | Unset = UNSET
    voucher_number_as_string: str | Unset = UNSET
    account_id: int | Unset = UNSET
    attachment_id: int | Unset = UNSET
    document_id: int | Unset = UNSET
    vendor_name: str | Unset = UNSET
    department_name: str | Unset = UNSET
    department_id: int | Unset = UNSET
    invoice_date: str | Unset = UNSET
    due_date: str | Unset = UNSET
    amount_excl_vat: float | Unset = UNSET
    amount_incl_vat: float | Unset = UNSET
    paid_amount: float | Unset = UNSET
    outstanding_amount: float | Unset = UNSET
    currency_code: str | Unset = UNSET
    project_id_to_sub_project_name_map: ProjectSupplierInvoiceSummaryProjectIdToSubProjectNameMap | Unset = UNSET
    insufficient_info_for_paid_amount: bool | Unset = UNSET
    paid_amount_in_company_currency: float | Unset = UNSET
    outstanding_amount_in_company_currency: float | Unset = UNSET
    amount_excl_vat_in_company_currency: float | Unset = UNSET
    amount_incl_vat_in_company_currency: float | Unset = UNSET
    close_group_id: int | Unset = UNSET
    closed: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        invoice_id = self.invoice_id

        vendor_id = self.vendor_id

        vendor_invoice_number = self.vendor_invoice_number

        expired_vendor_invoice = self.expired_vendor_invoice

        voucher_id = self.voucher_id

        voucher_number_as_string = self.voucher_number_as_string

        account_id = self.account_id

        attachment_id = self.attachment_id

        document_id = self.document_id

        vendor_name = self.vendor_name

        department_name = self.department_name

        department_id = self.department_id

        invoice_date = self.invoice_date

        due_date = self.due_date

        amount_excl_vat = self.amount_excl_vat

        amount_incl_vat = self.amount_incl_vat

        paid_amount = self.paid_amount

        outstanding_amount = self.outstanding_amount

        currency_code = self.currency_code

        project_id_to_sub_project_name_map: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project_id_to_sub_project_name_map, Unset):
            project_id_to_sub_project_name_map = self.project_id_to_sub_project_name_map.to_dict()

        insufficient_info_for_paid_amount = self.insufficient_info_for_paid_amount

        paid_amount_in_company_currency = self.paid_amount_in_company_currency

        outstanding_amount_in_company_currency = self.outstanding_amount_in_company_currency

        amount_excl_vat_in_company_currency = self.amount_excl_vat_in_company_currency

        amount_incl_vat_in_company_currency = self.amount_incl_vat_in_company_currency

        close_group_id = self.close_group_id

        closed = self.closed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if invoice_id is not UNSET and not _in_request:
            field_dict["invoiceId"] = invoice_id
        if vendor_id is not UNSET and not _in_request:
            field_dict["vendorId"] = vendor_id
        if vendor_invoice_number is not UNSET and not _in_request:
            field_dict["vendorInvoiceNumber"] = vendor_invoice_number
        if expired_vendor_invoice is not UNSET and not _in_request:
            field_dict["expiredVendorInvoice"] = expired_vendor_invoice
        if voucher_id is not UNSET and not _in_request:
            field_dict["voucherId"] = voucher_id
        if voucher_number_as_string is not UNSET and not _in_request:
            field_dict["voucherNumberAsString"] = voucher_number_as_string
        if account_id is not UNSET and not _in_request:
            field_dict["accountId"] = account_id
        if attachment_id is not UNSET and not _in_request:
            field_dict["attachmentId"] = attachment_id
        if document_id is not UNSET and not _in_request:
            field_dict["documentId"] = document_id
        if vendor_name is not UNSET and not _in_request:
            field_dict["vendorName"] = vendor_name
        if department_name is not UNSET and not _in_request:
            field_dict["departmentName"] = department_name
        if department_id is not UNSET and not _in_request:
            field_dict["departmentId"] = department_id
        if invoice_date is not UNSET and not _in_request:
            field_dict["invoiceDate"] = invoice_date
        if due_date is not UNSET and not _in_request:
            field_dict["dueDate"] = due_date
        if amount_excl_vat is not UNSET and not _in_request:
            field_dict["amountExclVat"] = amount_excl_vat
        if amount_incl_vat is not UNSET and not _in_request:
            field_dict["amountInclVat"] = amount_incl_vat
        if paid_amount is not UNSET and not _in_request:
            field_dict["paidAmount"] = paid_amount
        if outstanding_amount is not UNSET and not _in_request:
            field_dict["outstandingAmount"] = outstanding_amount
        if currency_code is not UNSET and not _in_request:
            field_dict["currencyCode"] = currency_code
        if project_id_to_sub_project_name_map is not UNSET:
            field_dict["projectIdToSubProjectNameMap"] = project_id_to_sub_project_name_map
        if insufficient_info_for_paid_amount is not UNSET and not _in_request:
            field_dict["insufficientInfoForPaidAmount"] = insufficient_info_for_paid_amount
        if paid_amount_in_company_currency is not UNSET and not _in_request:
            field_dict["paidAmountInCompanyCurrency"] = paid_amount_in_company_currency
        if outstanding_amount_in_company_currency is not UNSET and not _in_request:
            field_dict["outstandingAmountInCompanyCurrency"] = outstanding_amount_in_company_currency
        if amount_excl_vat_in_company_currency is not UNSET and not _in_request:
            field_dict["amountExclVatInCompanyCurrency"] = amount_excl_vat_in_company_currency
        if amount_incl_vat_in_company_currency is not UNSET and not _in_request:
            field_dict["amountInclVatInCompanyCurrency"] = amount_incl_vat_in_company_currency
        if close_group_id is not UNSET and not _in_request:
            field_dict["closeGroupId"] = close_group_id
        if closed is not UNSET and not _in_request:
            field_dict["closed"] = closed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.project_supplier_invoice_summary_project_id_to_sub_project_name_map import (
            ProjectSupplierInvoiceSummaryProjectIdToSubProjectNameMap,  # noqa: PLC0415
        )

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        invoice_id = d.pop("invoiceId", UNSET)

        vendor_id = d.pop("vendorId", UNSET)

        vendor_invoice_number = d.pop("vendorInvoiceNumber", UNSET)

        expired_vendor_invoice = d.pop("expiredVendorInvoice", UNSET)

        voucher_id = d.pop("voucherId", UNSET)

        voucher_number_as_string = d.pop("voucherNumberAsString", UNSET)

        account_id = d.pop("accountId", UNSET)

        attachment_id = d.pop("attachmentId", UNSET)

        document_id = d.pop("documentId", UNSET)

        vendor_name = d.pop("vendorName", UNSET)

        department_name = d.pop("departmentName", UNSET)

        department_id = d.pop("departmentId", UNSET)

        invoice_date = d.pop("invoiceDate", UNSET)

        due_date = d.pop("dueDate", UNSET)

        amount_excl_vat = d.pop("amountExclVat", UNSET)

        amount_incl_vat = d.pop("amountInclVat", UNSET)

        paid_amount = d.pop("paidAmount", UNSET)

        outstanding_amount = d.pop("outstandingAmount", UNSET)

        currency_code = d.pop("currencyCode", UNSET)

        _project_id_to_sub_project_name_map = d.pop("projectIdToSubProjectNameMap", UNSET)
        project_id_to_sub_project_name_map: ProjectSupplierInvoiceSummaryProjectIdToSubProjectNameMap | Unset
        if isinstance(_project_id_to_sub_project_name_map, Unset):
            project_id_to_sub_project_name_map = UNSET
        else:
            project_id_to_sub_project_name_map = ProjectSupplierInvoiceSummaryProjectIdToSubProjectNameMap.from_dict(
                _project_id_to_sub_project_name_map
            )

        insufficient_info_for_paid_amount = d.pop("insufficientInfoForPaidAmount", UNSET)

        paid_amount_in_company_currency = d.pop("paidAmountInCompanyCurrency", UNSET)

        outstanding_amount_in_company_currency = d.pop("outstandingAmountInCompanyCurrency", UNSET)

        amount_excl_vat_in_company_currency = d.pop("amountExclVatInCompanyCurrency", UNSET)

        amount_incl_vat_in_company_currency = d.pop("amountInclVatInCompanyCurrency", UNSET)

        close_group_id = d.pop("closeGroupId", UNSET)

        closed = d.pop("closed", UNSET)

        _obj = cls(
            invoice_id=invoice_id,
            vendor_id=vendor_id,
            vendor_invoice_number=vendor_invoice_number,
            expired_vendor_invoice=expired_vendor_invoice,
            voucher_id=voucher_id,
            voucher_number_as_string=voucher_number_as_string,
            account_id=account_id,
            attachment_id=attachment_id,
            document_id=document_id,
            vendor_name=vendor_name,
            department_name=department_name,
            department_id=department_id,
            invoice_date=invoice_date,
            due_date=due_date,
            amount_excl_vat=amount_excl_vat,
            amount_incl_vat=amount_incl_vat,
            paid_amount=paid_amount,
            outstanding_amount=outstanding_amount,
            currency_code=currency_code,
            project_id_to_sub_project_name_map=project_id_to_sub_project_name_map,
            insufficient_info_for_paid_amount=insufficient_info_for_paid_amount,
            paid_amount_in_company_currency=paid_amount_in_company_currency,
            outstanding_amount_in_company_currency=outstanding_amount_in_company_currency,
            amount_excl_vat_in_company_currency=amount_excl_vat_in_company_currency,
            amount_incl_vat_in_company_currency=amount_incl_vat_in_company_currency,
            close_group_id=close_group_id,
            closed=closed,
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
