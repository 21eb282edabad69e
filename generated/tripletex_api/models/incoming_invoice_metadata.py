from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.incoming_invoice_metadata_cost_line_mode import IncomingInvoiceMetadataCostLineMode
from ..models.incoming_invoice_metadata_default_vat_report_type import IncomingInvoiceMetadataDefaultVatReportType
from ..models.incoming_invoice_metadata_invoice_life_cycle import IncomingInvoiceMetadataInvoiceLifeCycle
from ..models.incoming_invoice_metadata_invoice_source_type import IncomingInvoiceMetadataInvoiceSourceType
from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.brreg_company_lookup import BrregCompanyLookup


T = TypeVar("T", bound="IncomingInvoiceMetadata")


@_attrs_define
class IncomingInvoiceMetadata:
    """The invoice meta data.

    Attributes:
        voucher_id (int | Unset): [read-only] Voucher Id of the incoming invoice
        voucher_number (int | Unset): [read-only] Voucher number
        voucher_temp_number (int | Unset): [read-only] Voucher temporary number
        voucher_year (int | Unset): [read-only] Voucher year
        version (int | Unset): [read-only] Voucher version
        invoice_source_type (IncomingInvoiceMetadataInvoiceSourceType | Unset): [read-only] Invoice Source Type.
        invoice_life_cycle (IncomingInvoiceMetadataInvoiceLifeCycle | Unset): [read-only] Invoice Life Cycle.
        cost_line_mode (IncomingInvoiceMetadataCostLineMode | Unset): [read-only] Cost line mode for the invoice
        reverse_voucher_id (int | Unset): [read-only] Id of reverse voucher
        reverse_voucher_number (str | Unset): [read-only] Number of reverse voucher
        accounting_period_closed (bool | Unset): [read-only] If accounting period is closed
        annual_accounts_id (int | Unset): [read-only] The accounting period id this voucher belongs to
        primary_industry_vat_period_closed (bool | Unset): [read-only] If vat period is closed for primary industries
        primary_industry_vat_period_closed_report_id (int | Unset): [read-only] If vat period is closed for primary
            industries report ID
        general_industry_vat_period_closed (bool | Unset): [read-only] If vat period is closed for general industries
        general_industry_vat_period_closed_report_id (int | Unset): [read-only] If vat period is closed for general
            industries report ID
        default_vat_report_type (IncomingInvoiceMetadataDefaultVatReportType | Unset): [read-only]
        changed_at (str | Unset): [read-only] Changed at
        changed_by_employee_id (int | Unset): [read-only] Changed by employee ID
        changed_by_actual_employee_id (int | Unset): [read-only] Changed by actual employee ID
        changed_by_actual_company_id (int | Unset): [read-only] Changed by actual Company ID
        brreg_company_lookup (BrregCompanyLookup | Unset): Lookup of organization number from smartScan
    """

    voucher_id: int | Unset = UNSET
    voucher_number: int | Unset = UNSET
    voucher_temp_number: int | Unset = UNSET
    voucher_year: int | Unset = UNSET
    version: int | Unset = UNSET
    invoice_source_type: IncomingInvoiceMetadataInvoiceSourceType | Unset = UNSET
    invoice_life_cycle: IncomingInvoiceMetadataInvoiceLifeCycle | Unset = UNSET
    cost_line_mode: IncomingInvoiceMetadataCostLineMode | Unset = UNSET
    reverse_voucher_id: int | Unset = UNSET
    reverse_voucher_number: str | Unset = UNSET
    accounting_period_closed: bool | Unset = UNSET
    annual_accounts_id: int | Unset = UNSET
    primary_industry_vat_period_closed: bool | Unset = UNSET
    primary_industry_vat_period_closed_report_id: int | Unset = UNSET
    general_industry_vat_period_closed: bool | Unset = UNSET
    general_industry_vat_period_closed_report_id: int | Unset = UNSET
    default_vat_report_type: IncomingInvoiceMetadataDefaultVatReportType | Unset = UNSET
    changed_at: str | Unset = UNSET
    changed_by_employee_id: int | Unset = UNSET
    changed_by_actual_employee_id: int | Unset = UNSET
    changed_by_actual_company_id: int | Unset = UNSET
    brreg_company_lookup: BrregCompanyLookup | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        voucher_id = self.voucher_id

        voucher_number = self.voucher_number

        voucher_temp_number = self.voucher_temp_number

        voucher_year = self.voucher_year

        version = self.version

        invoice_source_type: str | Unset = UNSET
        if not isinstance(self.invoice_source_type, Unset):
            invoice_source_type = self.invoice_source_type.value

        invoice_life_cycle: str | Unset = UNSET
        if not isinstance(self.invoice_life_cycle, Unset):
            invoice_life_cycle = self.invoice_life_cycle.value

        cost_line_mode: str | Unset = UNSET
        if not isinstance(self.cost_line_mode, Unset):
            cost_line_mode = self.cost_line_mode.value

        reverse_voucher_id = self.reverse_voucher_id

        reverse_voucher_number = self.reverse_voucher_number

        accounting_period_closed = self.accounting_period_closed

        annual_accounts_id = self.annual_accounts_id

        primary_industry_vat_period_closed = self.primary_industry_vat_period_closed

        primary_industry_vat_period_closed_report_id = self.primary_industry_vat_period_closed_report_id

        general_industry_vat_period_closed = self.general_industry_vat_period_closed

        general_industry_vat_period_closed_report_id = self.general_industry_vat_period_closed_report_id

        default_vat_report_type: str | Unset = UNSET
        if not isinstance(self.default_vat_report_type, Unset):
            default_vat_report_type = self.default_vat_report_type.value

        changed_at = self.changed_at

        changed_by_employee_id = self.changed_by_employee_id

        changed_by_actual_employee_id = self.changed_by_actual_employee_id

        changed_by_actual_company_id = self.changed_by_actual_company_id

        brreg_company_lookup: dict[str, Any] | Unset = UNSET
        if not isinstance(self.brreg_company_lookup, Unset):
            brreg_company_lookup = self.brreg_company_lookup.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if voucher_id is not UNSET and not _in_request:
            field_dict["voucherId"] = voucher_id
        if voucher_number is not UNSET and not _in_request:
            field_dict["voucherNumber"] = voucher_number
        if voucher_temp_number is not UNSET and not _in_request:
            field_dict["voucherTempNumber"] = voucher_temp_number
        if voucher_year is not UNSET and not _in_request:
            field_dict["voucherYear"] = voucher_year
        if version is not UNSET and not _in_request:
            field_dict["version"] = version
        if invoice_source_type is not UNSET and not _in_request:
            field_dict["invoiceSourceType"] = invoice_source_type
        if invoice_life_cycle is not UNSET and not _in_request:
            field_dict["invoiceLifeCycle"] = invoice_life_cycle
        if cost_line_mode is not UNSET and not _in_request:
            field_dict["costLineMode"] = cost_line_mode
        if reverse_voucher_id is not UNSET and not _in_request:
            field_dict["reverseVoucherId"] = reverse_voucher_id
        if reverse_voucher_number is not UNSET and not _in_request:
            field_dict["reverseVoucherNumber"] = reverse_voucher_number
        if accounting_period_closed is not UNSET and not _in_request:
            field_dict["accountingPeriodClosed"] = accounting_period_closed
        if annual_accounts_id is not UNSET and not _in_request:
            field_dict["annualAccountsId"] = annual_accounts_id
        if primary_industry_vat_period_closed is not UNSET and not _in_request:
            field_dict["primaryIndustryVatPeriodClosed"] = primary_industry_vat_period_closed
        if primary_industry_vat_period_closed_report_id is not UNSET and not _in_request:
            field_dict["primaryIndustryVatPeriodClosedReportId"] = primary_industry_vat_period_closed_report_id
        if general_industry_vat_period_closed is not UNSET and not _in_request:
            field_dict["generalIndustryVatPeriodClosed"] = general_industry_vat_period_closed
        if general_industry_vat_period_closed_report_id is not UNSET and not _in_request:
            field_dict["generalIndustryVatPeriodClosedReportId"] = general_industry_vat_period_closed_report_id
        if default_vat_report_type is not UNSET and not _in_request:
            field_dict["defaultVatReportType"] = default_vat_report_type
        if changed_at is not UNSET and not _in_request:
            field_dict["changedAt"] = changed_at
        if changed_by_employee_id is not UNSET and not _in_request:
            field_dict["changedByEmployeeId"] = changed_by_employee_id
        if changed_by_actual_employee_id is not UNSET and not _in_request:
            field_dict["changedByActualEmployeeId"] = changed_by_actual_employee_id
        if changed_by_actual_company_id is not UNSET and not _in_request:
            field_dict["changedByActualCompanyId"] = changed_by_actual_company_id
        if brreg_company_lookup is not UNSET:
            field_dict["brregCompanyLookup"] = brreg_company_lookup

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.brreg_company_lookup import BrregCompanyLookup  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        voucher_id = d.pop("voucherId", UNSET)

        voucher_number = d.pop("voucherNumber", UNSET)

        voucher_temp_number = d.pop("voucherTempNumber", UNSET)

        voucher_year = d.pop("voucherYear", UNSET)

        version = d.pop("version", UNSET)

        _invoice_source_type = d.pop("invoiceSourceType", UNSET)
        invoice_source_type: IncomingInvoiceMetadataInvoiceSourceType | Unset
        if isinstance(_invoice_source_type, Unset):
            invoice_source_type = UNSET
        else:
            invoice_source_type = IncomingInvoiceMetadataInvoiceSourceType(_invoice_source_type)

        _invoice_life_cycle = d.pop("invoiceLifeCycle", UNSET)
        invoice_life_cycle: IncomingInvoiceMetadataInvoiceLifeCycle | Unset
        if isinstance(_invoice_life_cycle, Unset):
            invoice_life_cycle = UNSET
        else:
            invoice_life_cycle = IncomingInvoiceMetadataInvoiceLifeCycle(_invoice_life_cycle)

        _cost_line_mode = d.pop("costLineMode", UNSET)
        cost_line_mode: IncomingInvoiceMetadataCostLineMode | Unset
        if isinstance(_cost_line_mode, Unset):
            cost_line_mode = UNSET
        else:
            cost_line_mode = IncomingInvoiceMetadataCostLineMode(_cost_line_mode)

        reverse_voucher_id = d.pop("reverseVoucherId", UNSET)

        reverse_voucher_number = d.pop("reverseVoucherNumber", UNSET)

        accounting_period_closed = d.pop("accountingPeriodClosed", UNSET)

        annual_accounts_id = d.pop("annualAccountsId", UNSET)

        primary_industry_vat_period_closed = d.pop("primaryIndustryVatPeriodClosed", UNSET)

        primary_industry_vat_period_closed_report_id = d.pop("primaryIndustryVatPeriodClosedReportId", UNSET)

        general_industry_vat_period_closed = d.pop("generalIndustryVatPeriodClosed", UNSET)

        general_industry_vat_period_closed_report_id = d.pop("generalIndustryVatPeriodClosedReportId", UNSET)

        _default_vat_report_type = d.pop("defaultVatReportType", UNSET)
        default_vat_report_type: IncomingInvoiceMetadataDefaultVatReportType | Unset
        if isinstance(_default_vat_report_type, Unset):
            default_vat_report_type = UNSET
        else:
            default_vat_report_type = IncomingInvoiceMetadataDefaultVatReportType(_default_vat_report_type)

        changed_at = d.pop("changedAt", UNSET)

        changed_by_employee_id = d.pop("changedByEmployeeId", UNSET)

        changed_by_actual_employee_id = d.pop("changedByActualEmployeeId", UNSET)

        changed_by_actual_company_id = d.pop("changedByActualCompanyId", UNSET)

        _brreg_company_lookup = d.pop("brregCompanyLookup", UNSET)
        brreg_company_lookup: BrregCompanyLookup | Unset
        if isinstance(_brreg_company_lookup, Unset):
            brreg_company_lookup = UNSET
        else:
            brreg_company_lookup = BrregCompanyLookup.from_dict(_brreg_company_lookup)

        _obj = cls(
            voucher_id=voucher_id,
            voucher_number=voucher_number,
            voucher_temp_number=voucher_temp_number,
            voucher_year=voucher_year,
            version=version,
            invoice_source_type=invoice_source_type,
            invoice_life_cycle=invoice_life_cycle,
            cost_line_mode=cost_line_mode,
            reverse_voucher_id=reverse_voucher_id,
            reverse_voucher_number=reverse_voucher_number,
            accounting_period_closed=accounting_period_closed,
            annual_accounts_id=annual_accounts_id,
            primary_industry_vat_period_closed=primary_industry_vat_period_closed,
            primary_industry_vat_period_closed_report_id=primary_industry_vat_period_closed_report_id,
            general_industry_vat_period_closed=general_industry_vat_period_closed,
            general_industry_vat_period_closed_report_id=general_industry_vat_period_closed_report_id,
            default_vat_report_type=default_vat_report_type,
            changed_at=changed_at,
            changed_by_employee_id=changed_by_employee_id,
            changed_by_actual_employee_id=changed_by_actual_employee_id,
            changed_by_actual_company_id=changed_by_actual_company_id,
            brreg_company_lookup=brreg_company_lookup,
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
