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
    from ..models.project_supplier_invoice_summary_project_id_to_sub_project_name_map import (
        ProjectSupplierInvoiceSummaryProjectIdToSubProjectNameMap,
    )


T = TypeVar("T", bound="ProjectSupplierInvoiceSummary")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("projectIdToSubProjectNameMap", dict, False),)


@_attrs_define(on_setattr=mark_assigned)
class ProjectSupplierInvoiceSummary(LazyModel):
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
        self._tx_load()
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
        """A ProjectSupplierInvoiceSummary from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.project_supplier_invoice_summary_project_id_to_sub_project_name_map import (
            ProjectSupplierInvoiceSummaryProjectIdToSubProjectNameMap,  # noqa: PLC0415
        )

        def _p_project_id_to_sub_project_name_map(
            _tx_v: Any,
        ) -> ProjectSupplierInvoiceSummaryProjectIdToSubProjectNameMap | Unset:
            _project_id_to_sub_project_name_map = _tx_v
            project_id_to_sub_project_name_map: ProjectSupplierInvoiceSummaryProjectIdToSubProjectNameMap | Unset
            if isinstance(_project_id_to_sub_project_name_map, Unset):
                project_id_to_sub_project_name_map = UNSET
            else:
                project_id_to_sub_project_name_map = (
                    ProjectSupplierInvoiceSummaryProjectIdToSubProjectNameMap._tx_from_json(
                        _project_id_to_sub_project_name_map
                    )
                )

            return project_id_to_sub_project_name_map

        _tx_known: frozenset[str] = frozenset(
            (
                "invoiceId",
                "vendorId",
                "vendorInvoiceNumber",
                "expiredVendorInvoice",
                "voucherId",
                "voucherNumberAsString",
                "accountId",
                "attachmentId",
                "documentId",
                "vendorName",
                "departmentName",
                "departmentId",
                "invoiceDate",
                "dueDate",
                "amountExclVat",
                "amountInclVat",
                "paidAmount",
                "outstandingAmount",
                "currencyCode",
                "projectIdToSubProjectNameMap",
                "insufficientInfoForPaidAmount",
                "paidAmountInCompanyCurrency",
                "outstandingAmountInCompanyCurrency",
                "amountExclVatInCompanyCurrency",
                "amountInclVatInCompanyCurrency",
                "closeGroupId",
                "closed",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "invoice_id": ("invoiceId", None),
            "vendor_id": ("vendorId", None),
            "vendor_invoice_number": ("vendorInvoiceNumber", None),
            "expired_vendor_invoice": ("expiredVendorInvoice", None),
            "voucher_id": ("voucherId", None),
            "voucher_number_as_string": ("voucherNumberAsString", None),
            "account_id": ("accountId", None),
            "attachment_id": ("attachmentId", None),
            "document_id": ("documentId", None),
            "vendor_name": ("vendorName", None),
            "department_name": ("departmentName", None),
            "department_id": ("departmentId", None),
            "invoice_date": ("invoiceDate", None),
            "due_date": ("dueDate", None),
            "amount_excl_vat": ("amountExclVat", None),
            "amount_incl_vat": ("amountInclVat", None),
            "paid_amount": ("paidAmount", None),
            "outstanding_amount": ("outstandingAmount", None),
            "currency_code": ("currencyCode", None),
            "project_id_to_sub_project_name_map": (
                "projectIdToSubProjectNameMap",
                _p_project_id_to_sub_project_name_map,
            ),
            "insufficient_info_for_paid_amount": ("insufficientInfoForPaidAmount", None),
            "paid_amount_in_company_currency": ("paidAmountInCompanyCurrency", None),
            "outstanding_amount_in_company_currency": ("outstandingAmountInCompanyCurrency", None),
            "amount_excl_vat_in_company_currency": ("amountExclVatInCompanyCurrency", None),
            "amount_incl_vat_in_company_currency": ("amountInclVatInCompanyCurrency", None),
            "close_group_id": ("closeGroupId", None),
            "closed": ("closed", None),
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
