from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.project_supplier_invoice_summary_project_id_to_sub_project_name_map import (
        ProjectSupplierInvoiceSummaryProjectIdToSubProjectNameMap,
    )


T = TypeVar("T", bound="ProjectSupplierInvoiceSummary")


@_attrs_define
class ProjectSupplierInvoiceSummary(Model):
    """
    Attributes:
        invoice_id (int | Unset):
        vendor_id (int | Unset):
        vendor_invoice_number (str | Unset):
        expired_vendor_invoice (bool | Unset):
        voucher_id (int | Unset):
        voucher_number_as_string (str | Unset):
        account_id (int | Unset):
        attachment_id (int | Unset):
        document_id (int | Unset):
        vendor_name (str | Unset):
        department_name (str | Unset):
        department_id (int | Unset):
        invoice_date (str | Unset):
        due_date (str | Unset):
        amount_excl_vat (float | Unset): Amount excluding VAT in the given currency. If multiple postings exist for the
            same voucher, their amounts are summed.
        amount_incl_vat (float | Unset): Amount including VAT in the given currency. If multiple postings exist for the
            same voucher, their amounts are summed.
        paid_amount (float | Unset): Used to specify the prepaid amount of the invoice. If multiple postings exist for
            the same voucher, their amounts are summed.
        outstanding_amount (float | Unset): The amountCurrency outstanding based on the history collection, excluding
            reminders. If multiple postings exist for the same voucher, their amounts are summed.
        currency_code (str | Unset):
        project_id_to_sub_project_name_map (ProjectSupplierInvoiceSummaryProjectIdToSubProjectNameMap | Unset): A map of
            project id to sub project name
        insufficient_info_for_paid_amount (bool | Unset): Indicator used to show/hide warnings on UI when paid amount
            calculation has insufficient information.
        paid_amount_in_company_currency (float | Unset): Paid amount converted to the company's currency. If multiple
            currencies are involved, all amounts are converted and summed.
        outstanding_amount_in_company_currency (float | Unset): Outstanding amount converted to the company's currency.
            If multiple currencies are involved, all amounts are converted and summed.
        amount_excl_vat_in_company_currency (float | Unset): Amount excluding VAT converted to the company's currency.
            If multiple currencies are involved, all amounts are converted and summed.
        amount_incl_vat_in_company_currency (float | Unset): Amount including VAT converted to the company's currency.
            If multiple currencies are involved, all amounts are converted and summed.
        close_group_id (int | Unset):
        closed (bool | Unset): Flag to know if the invoice and containing postings are closed
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.invoice_id
        if _v is not UNSET and not _in_request:
            field_dict["invoiceId"] = _v
        _v = self.vendor_id
        if _v is not UNSET and not _in_request:
            field_dict["vendorId"] = _v
        _v = self.vendor_invoice_number
        if _v is not UNSET and not _in_request:
            field_dict["vendorInvoiceNumber"] = _v
        _v = self.expired_vendor_invoice
        if _v is not UNSET and not _in_request:
            field_dict["expiredVendorInvoice"] = _v
        _v = self.voucher_id
        if _v is not UNSET and not _in_request:
            field_dict["voucherId"] = _v
        _v = self.voucher_number_as_string
        if _v is not UNSET and not _in_request:
            field_dict["voucherNumberAsString"] = _v
        _v = self.account_id
        if _v is not UNSET and not _in_request:
            field_dict["accountId"] = _v
        _v = self.attachment_id
        if _v is not UNSET and not _in_request:
            field_dict["attachmentId"] = _v
        _v = self.document_id
        if _v is not UNSET and not _in_request:
            field_dict["documentId"] = _v
        _v = self.vendor_name
        if _v is not UNSET and not _in_request:
            field_dict["vendorName"] = _v
        _v = self.department_name
        if _v is not UNSET and not _in_request:
            field_dict["departmentName"] = _v
        _v = self.department_id
        if _v is not UNSET and not _in_request:
            field_dict["departmentId"] = _v
        _v = self.invoice_date
        if _v is not UNSET and not _in_request:
            field_dict["invoiceDate"] = _v
        _v = self.due_date
        if _v is not UNSET and not _in_request:
            field_dict["dueDate"] = _v
        _v = self.amount_excl_vat
        if _v is not UNSET and not _in_request:
            field_dict["amountExclVat"] = _v
        _v = self.amount_incl_vat
        if _v is not UNSET and not _in_request:
            field_dict["amountInclVat"] = _v
        _v = self.paid_amount
        if _v is not UNSET and not _in_request:
            field_dict["paidAmount"] = _v
        _v = self.outstanding_amount
        if _v is not UNSET and not _in_request:
            field_dict["outstandingAmount"] = _v
        _v = self.currency_code
        if _v is not UNSET and not _in_request:
            field_dict["currencyCode"] = _v
        _v = self.project_id_to_sub_project_name_map
        if _v is not UNSET:
            field_dict["projectIdToSubProjectNameMap"] = _v.to_dict()
        _v = self.insufficient_info_for_paid_amount
        if _v is not UNSET and not _in_request:
            field_dict["insufficientInfoForPaidAmount"] = _v
        _v = self.paid_amount_in_company_currency
        if _v is not UNSET and not _in_request:
            field_dict["paidAmountInCompanyCurrency"] = _v
        _v = self.outstanding_amount_in_company_currency
        if _v is not UNSET and not _in_request:
            field_dict["outstandingAmountInCompanyCurrency"] = _v
        _v = self.amount_excl_vat_in_company_currency
        if _v is not UNSET and not _in_request:
            field_dict["amountExclVatInCompanyCurrency"] = _v
        _v = self.amount_incl_vat_in_company_currency
        if _v is not UNSET and not _in_request:
            field_dict["amountInclVatInCompanyCurrency"] = _v
        _v = self.close_group_id
        if _v is not UNSET and not _in_request:
            field_dict["closeGroupId"] = _v
        _v = self.closed
        if _v is not UNSET and not _in_request:
            field_dict["closed"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ProjectSupplierInvoiceSummary from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ProjectSupplierInvoiceSummary.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.project_supplier_invoice_summary_project_id_to_sub_project_name_map import (
            ProjectSupplierInvoiceSummaryProjectIdToSubProjectNameMap,  # noqa: PLC0415
        )

        _new = object.__new__
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "invoiceId": "invoice_id",
            "vendorId": "vendor_id",
            "vendorInvoiceNumber": "vendor_invoice_number",
            "expiredVendorInvoice": "expired_vendor_invoice",
            "voucherId": "voucher_id",
            "voucherNumberAsString": "voucher_number_as_string",
            "accountId": "account_id",
            "attachmentId": "attachment_id",
            "documentId": "document_id",
            "vendorName": "vendor_name",
            "departmentName": "department_name",
            "departmentId": "department_id",
            "invoiceDate": "invoice_date",
            "dueDate": "due_date",
            "amountExclVat": "amount_excl_vat",
            "amountInclVat": "amount_incl_vat",
            "paidAmount": "paid_amount",
            "outstandingAmount": "outstanding_amount",
            "currencyCode": "currency_code",
            "insufficientInfoForPaidAmount": "insufficient_info_for_paid_amount",
            "paidAmountInCompanyCurrency": "paid_amount_in_company_currency",
            "outstandingAmountInCompanyCurrency": "outstanding_amount_in_company_currency",
            "amountExclVatInCompanyCurrency": "amount_excl_vat_in_company_currency",
            "amountInclVatInCompanyCurrency": "amount_incl_vat_in_company_currency",
            "closeGroupId": "close_group_id",
            "closed": "closed",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 9 and _sparse_keys.issuperset(d):
                    o.invoice_id = o.vendor_id = o.vendor_invoice_number = o.expired_vendor_invoice = o.voucher_id = (
                        o.voucher_number_as_string
                    ) = o.account_id = o.attachment_id = o.document_id = o.vendor_name = o.department_name = (
                        o.department_id
                    ) = o.invoice_date = o.due_date = o.amount_excl_vat = o.amount_incl_vat = o.paid_amount = (
                        o.outstanding_amount
                    ) = o.currency_code = o.project_id_to_sub_project_name_map = o.insufficient_info_for_paid_amount = (
                        o.paid_amount_in_company_currency
                    ) = o.outstanding_amount_in_company_currency = o.amount_excl_vat_in_company_currency = (
                        o.amount_incl_vat_in_company_currency
                    ) = o.close_group_id = o.closed = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("invoiceId")
                if v is None:
                    o.invoice_id = u
                    if "invoiceId" not in d:
                        m += 1
                else:
                    o.invoice_id = v
                v = g("vendorId")
                if v is None:
                    o.vendor_id = u
                    if "vendorId" not in d:
                        m += 1
                else:
                    o.vendor_id = v
                v = g("vendorInvoiceNumber")
                if v is None:
                    o.vendor_invoice_number = u
                    if "vendorInvoiceNumber" not in d:
                        m += 1
                else:
                    o.vendor_invoice_number = v
                v = g("expiredVendorInvoice")
                if v is None:
                    o.expired_vendor_invoice = u
                    if "expiredVendorInvoice" not in d:
                        m += 1
                else:
                    o.expired_vendor_invoice = v
                v = g("voucherId")
                if v is None:
                    o.voucher_id = u
                    if "voucherId" not in d:
                        m += 1
                else:
                    o.voucher_id = v
                v = g("voucherNumberAsString")
                if v is None:
                    o.voucher_number_as_string = u
                    if "voucherNumberAsString" not in d:
                        m += 1
                else:
                    o.voucher_number_as_string = v
                v = g("accountId")
                if v is None:
                    o.account_id = u
                    if "accountId" not in d:
                        m += 1
                else:
                    o.account_id = v
                v = g("attachmentId")
                if v is None:
                    o.attachment_id = u
                    if "attachmentId" not in d:
                        m += 1
                else:
                    o.attachment_id = v
                v = g("documentId")
                if v is None:
                    o.document_id = u
                    if "documentId" not in d:
                        m += 1
                else:
                    o.document_id = v
                v = g("vendorName")
                if v is None:
                    o.vendor_name = u
                    if "vendorName" not in d:
                        m += 1
                else:
                    o.vendor_name = v
                v = g("departmentName")
                if v is None:
                    o.department_name = u
                    if "departmentName" not in d:
                        m += 1
                else:
                    o.department_name = v
                v = g("departmentId")
                if v is None:
                    o.department_id = u
                    if "departmentId" not in d:
                        m += 1
                else:
                    o.department_id = v
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
                v = g("amountExclVat")
                if v is None:
                    o.amount_excl_vat = u
                    if "amountExclVat" not in d:
                        m += 1
                else:
                    o.amount_excl_vat = v
                v = g("amountInclVat")
                if v is None:
                    o.amount_incl_vat = u
                    if "amountInclVat" not in d:
                        m += 1
                else:
                    o.amount_incl_vat = v
                v = g("paidAmount")
                if v is None:
                    o.paid_amount = u
                    if "paidAmount" not in d:
                        m += 1
                else:
                    o.paid_amount = v
                v = g("outstandingAmount")
                if v is None:
                    o.outstanding_amount = u
                    if "outstandingAmount" not in d:
                        m += 1
                else:
                    o.outstanding_amount = v
                v = g("currencyCode")
                if v is None:
                    o.currency_code = u
                    if "currencyCode" not in d:
                        m += 1
                else:
                    o.currency_code = v
                k = "projectIdToSubProjectNameMap"
                v = g("projectIdToSubProjectNameMap")
                if v is None:
                    o.project_id_to_sub_project_name_map = u
                    if "projectIdToSubProjectNameMap" not in d:
                        m += 1
                else:
                    o.project_id_to_sub_project_name_map = (
                        ProjectSupplierInvoiceSummaryProjectIdToSubProjectNameMap._tx_parse(v)
                    )
                v = g("insufficientInfoForPaidAmount")
                if v is None:
                    o.insufficient_info_for_paid_amount = u
                    if "insufficientInfoForPaidAmount" not in d:
                        m += 1
                else:
                    o.insufficient_info_for_paid_amount = v
                v = g("paidAmountInCompanyCurrency")
                if v is None:
                    o.paid_amount_in_company_currency = u
                    if "paidAmountInCompanyCurrency" not in d:
                        m += 1
                else:
                    o.paid_amount_in_company_currency = v
                v = g("outstandingAmountInCompanyCurrency")
                if v is None:
                    o.outstanding_amount_in_company_currency = u
                    if "outstandingAmountInCompanyCurrency" not in d:
                        m += 1
                else:
                    o.outstanding_amount_in_company_currency = v
                v = g("amountExclVatInCompanyCurrency")
                if v is None:
                    o.amount_excl_vat_in_company_currency = u
                    if "amountExclVatInCompanyCurrency" not in d:
                        m += 1
                else:
                    o.amount_excl_vat_in_company_currency = v
                v = g("amountInclVatInCompanyCurrency")
                if v is None:
                    o.amount_incl_vat_in_company_currency = u
                    if "amountInclVatInCompanyCurrency" not in d:
                        m += 1
                else:
                    o.amount_incl_vat_in_company_currency = v
                v = g("closeGroupId")
                if v is None:
                    o.close_group_id = u
                    if "closeGroupId" not in d:
                        m += 1
                else:
                    o.close_group_id = v
                v = g("closed")
                if v is None:
                    o.closed = u
                    if "closed" not in d:
                        m += 1
                else:
                    o.closed = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 27 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("invoice_id", "invoiceId"),
            ("vendor_id", "vendorId"),
            ("vendor_invoice_number", "vendorInvoiceNumber"),
            ("expired_vendor_invoice", "expiredVendorInvoice"),
            ("voucher_id", "voucherId"),
            ("voucher_number_as_string", "voucherNumberAsString"),
            ("account_id", "accountId"),
            ("attachment_id", "attachmentId"),
            ("document_id", "documentId"),
            ("vendor_name", "vendorName"),
            ("department_name", "departmentName"),
            ("department_id", "departmentId"),
            ("invoice_date", "invoiceDate"),
            ("due_date", "dueDate"),
            ("amount_excl_vat", "amountExclVat"),
            ("amount_incl_vat", "amountInclVat"),
            ("paid_amount", "paidAmount"),
            ("outstanding_amount", "outstandingAmount"),
            ("currency_code", "currencyCode"),
            ("project_id_to_sub_project_name_map", "projectIdToSubProjectNameMap"),
            ("insufficient_info_for_paid_amount", "insufficientInfoForPaidAmount"),
            ("paid_amount_in_company_currency", "paidAmountInCompanyCurrency"),
            ("outstanding_amount_in_company_currency", "outstandingAmountInCompanyCurrency"),
            ("amount_excl_vat_in_company_currency", "amountExclVatInCompanyCurrency"),
            ("amount_incl_vat_in_company_currency", "amountInclVatInCompanyCurrency"),
            ("close_group_id", "closeGroupId"),
            ("closed", "closed"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.invoice_id
            o.invoice_id = u if v is None else v
            v = s.vendor_id
            o.vendor_id = u if v is None else v
            v = s.vendor_invoice_number
            o.vendor_invoice_number = u if v is None else v
            v = s.expired_vendor_invoice
            o.expired_vendor_invoice = u if v is None else v
            v = s.voucher_id
            o.voucher_id = u if v is None else v
            v = s.voucher_number_as_string
            o.voucher_number_as_string = u if v is None else v
            v = s.account_id
            o.account_id = u if v is None else v
            v = s.attachment_id
            o.attachment_id = u if v is None else v
            v = s.document_id
            o.document_id = u if v is None else v
            v = s.vendor_name
            o.vendor_name = u if v is None else v
            v = s.department_name
            o.department_name = u if v is None else v
            v = s.department_id
            o.department_id = u if v is None else v
            v = s.invoice_date
            o.invoice_date = u if v is None else v
            v = s.due_date
            o.due_date = u if v is None else v
            v = s.amount_excl_vat
            o.amount_excl_vat = u if v is None else v
            v = s.amount_incl_vat
            o.amount_incl_vat = u if v is None else v
            v = s.paid_amount
            o.paid_amount = u if v is None else v
            v = s.outstanding_amount
            o.outstanding_amount = u if v is None else v
            v = s.currency_code
            o.currency_code = u if v is None else v
            v = s.project_id_to_sub_project_name_map
            o.project_id_to_sub_project_name_map = (
                u if v is None or v is u else ProjectSupplierInvoiceSummaryProjectIdToSubProjectNameMap._tx_parse(v)
            )
            v = s.insufficient_info_for_paid_amount
            o.insufficient_info_for_paid_amount = u if v is None else v
            v = s.paid_amount_in_company_currency
            o.paid_amount_in_company_currency = u if v is None else v
            v = s.outstanding_amount_in_company_currency
            o.outstanding_amount_in_company_currency = u if v is None else v
            v = s.amount_excl_vat_in_company_currency
            o.amount_excl_vat_in_company_currency = u if v is None else v
            v = s.amount_incl_vat_in_company_currency
            o.amount_incl_vat_in_company_currency = u if v is None else v
            v = s.close_group_id
            o.close_group_id = u if v is None else v
            v = s.closed
            o.closed = u if v is None else v
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
