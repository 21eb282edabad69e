from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.incoming_invoice_metadata_cost_line_mode import IncomingInvoiceMetadataCostLineMode
from ..models.incoming_invoice_metadata_default_vat_report_type import IncomingInvoiceMetadataDefaultVatReportType
from ..models.incoming_invoice_metadata_invoice_life_cycle import IncomingInvoiceMetadataInvoiceLifeCycle
from ..models.incoming_invoice_metadata_invoice_source_type import IncomingInvoiceMetadataInvoiceSourceType
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
    from ..models.brreg_company_lookup import BrregCompanyLookup


T = TypeVar("T", bound="IncomingInvoiceMetadata")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("invoiceSourceType", str, False),
    ("invoiceLifeCycle", str, False),
    ("costLineMode", str, False),
    ("defaultVatReportType", str, False),
    ("brregCompanyLookup", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class IncomingInvoiceMetadata(LazyModel):
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
        self._tx_load()
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
        """A IncomingInvoiceMetadata from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.brreg_company_lookup import BrregCompanyLookup  # noqa: PLC0415

        def _p_invoice_source_type(_tx_v: Any) -> IncomingInvoiceMetadataInvoiceSourceType | Unset:
            _invoice_source_type = _tx_v
            invoice_source_type: IncomingInvoiceMetadataInvoiceSourceType | Unset
            if isinstance(_invoice_source_type, Unset):
                invoice_source_type = UNSET
            else:
                invoice_source_type = IncomingInvoiceMetadataInvoiceSourceType(_invoice_source_type)

            return invoice_source_type

        def _p_invoice_life_cycle(_tx_v: Any) -> IncomingInvoiceMetadataInvoiceLifeCycle | Unset:
            _invoice_life_cycle = _tx_v
            invoice_life_cycle: IncomingInvoiceMetadataInvoiceLifeCycle | Unset
            if isinstance(_invoice_life_cycle, Unset):
                invoice_life_cycle = UNSET
            else:
                invoice_life_cycle = IncomingInvoiceMetadataInvoiceLifeCycle(_invoice_life_cycle)

            return invoice_life_cycle

        def _p_cost_line_mode(_tx_v: Any) -> IncomingInvoiceMetadataCostLineMode | Unset:
            _cost_line_mode = _tx_v
            cost_line_mode: IncomingInvoiceMetadataCostLineMode | Unset
            if isinstance(_cost_line_mode, Unset):
                cost_line_mode = UNSET
            else:
                cost_line_mode = IncomingInvoiceMetadataCostLineMode(_cost_line_mode)

            return cost_line_mode

        def _p_default_vat_report_type(_tx_v: Any) -> IncomingInvoiceMetadataDefaultVatReportType | Unset:
            _default_vat_report_type = _tx_v
            default_vat_report_type: IncomingInvoiceMetadataDefaultVatReportType | Unset
            if isinstance(_default_vat_report_type, Unset):
                default_vat_report_type = UNSET
            else:
                default_vat_report_type = IncomingInvoiceMetadataDefaultVatReportType(_default_vat_report_type)

            return default_vat_report_type

        def _p_brreg_company_lookup(_tx_v: Any) -> BrregCompanyLookup | Unset:
            _brreg_company_lookup = _tx_v
            brreg_company_lookup: BrregCompanyLookup | Unset
            if isinstance(_brreg_company_lookup, Unset):
                brreg_company_lookup = UNSET
            else:
                brreg_company_lookup = BrregCompanyLookup._tx_from_json(_brreg_company_lookup)

            return brreg_company_lookup

        _tx_known: frozenset[str] = frozenset(
            (
                "voucherId",
                "voucherNumber",
                "voucherTempNumber",
                "voucherYear",
                "version",
                "invoiceSourceType",
                "invoiceLifeCycle",
                "costLineMode",
                "reverseVoucherId",
                "reverseVoucherNumber",
                "accountingPeriodClosed",
                "annualAccountsId",
                "primaryIndustryVatPeriodClosed",
                "primaryIndustryVatPeriodClosedReportId",
                "generalIndustryVatPeriodClosed",
                "generalIndustryVatPeriodClosedReportId",
                "defaultVatReportType",
                "changedAt",
                "changedByEmployeeId",
                "changedByActualEmployeeId",
                "changedByActualCompanyId",
                "brregCompanyLookup",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "voucher_id": ("voucherId", None),
            "voucher_number": ("voucherNumber", None),
            "voucher_temp_number": ("voucherTempNumber", None),
            "voucher_year": ("voucherYear", None),
            "version": ("version", None),
            "invoice_source_type": ("invoiceSourceType", _p_invoice_source_type),
            "invoice_life_cycle": ("invoiceLifeCycle", _p_invoice_life_cycle),
            "cost_line_mode": ("costLineMode", _p_cost_line_mode),
            "reverse_voucher_id": ("reverseVoucherId", None),
            "reverse_voucher_number": ("reverseVoucherNumber", None),
            "accounting_period_closed": ("accountingPeriodClosed", None),
            "annual_accounts_id": ("annualAccountsId", None),
            "primary_industry_vat_period_closed": ("primaryIndustryVatPeriodClosed", None),
            "primary_industry_vat_period_closed_report_id": ("primaryIndustryVatPeriodClosedReportId", None),
            "general_industry_vat_period_closed": ("generalIndustryVatPeriodClosed", None),
            "general_industry_vat_period_closed_report_id": ("generalIndustryVatPeriodClosedReportId", None),
            "default_vat_report_type": ("defaultVatReportType", _p_default_vat_report_type),
            "changed_at": ("changedAt", None),
            "changed_by_employee_id": ("changedByEmployeeId", None),
            "changed_by_actual_employee_id": ("changedByActualEmployeeId", None),
            "changed_by_actual_company_id": ("changedByActualCompanyId", None),
            "brreg_company_lookup": ("brregCompanyLookup", _p_brreg_company_lookup),
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
