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
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.brreg_company_lookup import BrregCompanyLookup


T = TypeVar("T", bound="IncomingInvoiceMetadata")


@_attrs_define
class IncomingInvoiceMetadata(Model):
    """The invoice meta data.

    Attributes:
        voucher_id (int | Unset): Voucher Id of the incoming invoice
        voucher_number (int | Unset): Voucher number
        voucher_temp_number (int | Unset): Voucher temporary number
        voucher_year (int | Unset): Voucher year
        version (int | Unset): Voucher version
        invoice_source_type (IncomingInvoiceMetadataInvoiceSourceType | Unset): Invoice Source Type.
        invoice_life_cycle (IncomingInvoiceMetadataInvoiceLifeCycle | Unset): Invoice Life Cycle.
        cost_line_mode (IncomingInvoiceMetadataCostLineMode | Unset): Cost line mode for the invoice
        reverse_voucher_id (int | Unset): Id of reverse voucher
        reverse_voucher_number (str | Unset): Number of reverse voucher
        accounting_period_closed (bool | Unset): If accounting period is closed
        annual_accounts_id (int | Unset): The accounting period id this voucher belongs to
        primary_industry_vat_period_closed (bool | Unset): If vat period is closed for primary industries
        primary_industry_vat_period_closed_report_id (int | Unset): If vat period is closed for primary industries
            report ID
        general_industry_vat_period_closed (bool | Unset): If vat period is closed for general industries
        general_industry_vat_period_closed_report_id (int | Unset): If vat period is closed for general industries
            report ID
        default_vat_report_type (IncomingInvoiceMetadataDefaultVatReportType | Unset):
        changed_at (str | Unset): Changed at
        changed_by_employee_id (int | Unset): Changed by employee ID
        changed_by_actual_employee_id (int | Unset): Changed by actual employee ID
        changed_by_actual_company_id (int | Unset): Changed by actual Company ID
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.voucher_id
        if _v is not UNSET and not _in_request:
            field_dict["voucherId"] = _v
        _v = self.voucher_number
        if _v is not UNSET and not _in_request:
            field_dict["voucherNumber"] = _v
        _v = self.voucher_temp_number
        if _v is not UNSET and not _in_request:
            field_dict["voucherTempNumber"] = _v
        _v = self.voucher_year
        if _v is not UNSET and not _in_request:
            field_dict["voucherYear"] = _v
        _v = self.version
        if _v is not UNSET and not _in_request:
            field_dict["version"] = _v
        _v = self.invoice_source_type
        if _v is not UNSET and not _in_request:
            field_dict["invoiceSourceType"] = _v._value_
        _v = self.invoice_life_cycle
        if _v is not UNSET and not _in_request:
            field_dict["invoiceLifeCycle"] = _v._value_
        _v = self.cost_line_mode
        if _v is not UNSET and not _in_request:
            field_dict["costLineMode"] = _v._value_
        _v = self.reverse_voucher_id
        if _v is not UNSET and not _in_request:
            field_dict["reverseVoucherId"] = _v
        _v = self.reverse_voucher_number
        if _v is not UNSET and not _in_request:
            field_dict["reverseVoucherNumber"] = _v
        _v = self.accounting_period_closed
        if _v is not UNSET and not _in_request:
            field_dict["accountingPeriodClosed"] = _v
        _v = self.annual_accounts_id
        if _v is not UNSET and not _in_request:
            field_dict["annualAccountsId"] = _v
        _v = self.primary_industry_vat_period_closed
        if _v is not UNSET and not _in_request:
            field_dict["primaryIndustryVatPeriodClosed"] = _v
        _v = self.primary_industry_vat_period_closed_report_id
        if _v is not UNSET and not _in_request:
            field_dict["primaryIndustryVatPeriodClosedReportId"] = _v
        _v = self.general_industry_vat_period_closed
        if _v is not UNSET and not _in_request:
            field_dict["generalIndustryVatPeriodClosed"] = _v
        _v = self.general_industry_vat_period_closed_report_id
        if _v is not UNSET and not _in_request:
            field_dict["generalIndustryVatPeriodClosedReportId"] = _v
        _v = self.default_vat_report_type
        if _v is not UNSET and not _in_request:
            field_dict["defaultVatReportType"] = _v._value_
        _v = self.changed_at
        if _v is not UNSET and not _in_request:
            field_dict["changedAt"] = _v
        _v = self.changed_by_employee_id
        if _v is not UNSET and not _in_request:
            field_dict["changedByEmployeeId"] = _v
        _v = self.changed_by_actual_employee_id
        if _v is not UNSET and not _in_request:
            field_dict["changedByActualEmployeeId"] = _v
        _v = self.changed_by_actual_company_id
        if _v is not UNSET and not _in_request:
            field_dict["changedByActualCompanyId"] = _v
        _v = self.brreg_company_lookup
        if _v is not UNSET:
            field_dict["brregCompanyLookup"] = _v.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A IncomingInvoiceMetadata from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``IncomingInvoiceMetadata.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.brreg_company_lookup import BrregCompanyLookup  # noqa: PLC0415

        _new = object.__new__
        _e_invoice_source_type: dict[Any, Any] = enum_members(IncomingInvoiceMetadataInvoiceSourceType)
        _e_invoice_life_cycle: dict[Any, Any] = enum_members(IncomingInvoiceMetadataInvoiceLifeCycle)
        _e_cost_line_mode: dict[Any, Any] = enum_members(IncomingInvoiceMetadataCostLineMode)
        _e_default_vat_report_type: dict[Any, Any] = enum_members(IncomingInvoiceMetadataDefaultVatReportType)
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "voucherId": "voucher_id",
            "voucherNumber": "voucher_number",
            "voucherTempNumber": "voucher_temp_number",
            "voucherYear": "voucher_year",
            "version": "version",
            "reverseVoucherId": "reverse_voucher_id",
            "reverseVoucherNumber": "reverse_voucher_number",
            "accountingPeriodClosed": "accounting_period_closed",
            "annualAccountsId": "annual_accounts_id",
            "primaryIndustryVatPeriodClosed": "primary_industry_vat_period_closed",
            "primaryIndustryVatPeriodClosedReportId": "primary_industry_vat_period_closed_report_id",
            "generalIndustryVatPeriodClosed": "general_industry_vat_period_closed",
            "generalIndustryVatPeriodClosedReportId": "general_industry_vat_period_closed_report_id",
            "changedAt": "changed_at",
            "changedByEmployeeId": "changed_by_employee_id",
            "changedByActualEmployeeId": "changed_by_actual_employee_id",
            "changedByActualCompanyId": "changed_by_actual_company_id",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 7 and _sparse_keys.issuperset(d):
                    o.voucher_id = o.voucher_number = o.voucher_temp_number = o.voucher_year = o.version = (
                        o.invoice_source_type
                    ) = o.invoice_life_cycle = o.cost_line_mode = o.reverse_voucher_id = o.reverse_voucher_number = (
                        o.accounting_period_closed
                    ) = o.annual_accounts_id = o.primary_industry_vat_period_closed = (
                        o.primary_industry_vat_period_closed_report_id
                    ) = o.general_industry_vat_period_closed = o.general_industry_vat_period_closed_report_id = (
                        o.default_vat_report_type
                    ) = o.changed_at = o.changed_by_employee_id = o.changed_by_actual_employee_id = (
                        o.changed_by_actual_company_id
                    ) = o.brreg_company_lookup = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("voucherId")
                if v is None:
                    o.voucher_id = u
                    if "voucherId" not in d:
                        m += 1
                else:
                    o.voucher_id = v
                v = g("voucherNumber")
                if v is None:
                    o.voucher_number = u
                    if "voucherNumber" not in d:
                        m += 1
                else:
                    o.voucher_number = v
                v = g("voucherTempNumber")
                if v is None:
                    o.voucher_temp_number = u
                    if "voucherTempNumber" not in d:
                        m += 1
                else:
                    o.voucher_temp_number = v
                v = g("voucherYear")
                if v is None:
                    o.voucher_year = u
                    if "voucherYear" not in d:
                        m += 1
                else:
                    o.voucher_year = v
                v = g("version")
                if v is None:
                    o.version = u
                    if "version" not in d:
                        m += 1
                else:
                    o.version = v
                k = "invoiceSourceType"
                v = g("invoiceSourceType")
                if v is None:
                    o.invoice_source_type = u
                    if "invoiceSourceType" not in d:
                        m += 1
                else:
                    o.invoice_source_type = (
                        e_
                        if (e_ := _e_invoice_source_type.get(v)) is not None
                        else enum_value(IncomingInvoiceMetadataInvoiceSourceType, v)
                    )
                k = "invoiceLifeCycle"
                v = g("invoiceLifeCycle")
                if v is None:
                    o.invoice_life_cycle = u
                    if "invoiceLifeCycle" not in d:
                        m += 1
                else:
                    o.invoice_life_cycle = (
                        e_
                        if (e_ := _e_invoice_life_cycle.get(v)) is not None
                        else enum_value(IncomingInvoiceMetadataInvoiceLifeCycle, v)
                    )
                k = "costLineMode"
                v = g("costLineMode")
                if v is None:
                    o.cost_line_mode = u
                    if "costLineMode" not in d:
                        m += 1
                else:
                    o.cost_line_mode = (
                        e_
                        if (e_ := _e_cost_line_mode.get(v)) is not None
                        else enum_value(IncomingInvoiceMetadataCostLineMode, v)
                    )
                v = g("reverseVoucherId")
                if v is None:
                    o.reverse_voucher_id = u
                    if "reverseVoucherId" not in d:
                        m += 1
                else:
                    o.reverse_voucher_id = v
                v = g("reverseVoucherNumber")
                if v is None:
                    o.reverse_voucher_number = u
                    if "reverseVoucherNumber" not in d:
                        m += 1
                else:
                    o.reverse_voucher_number = v
                v = g("accountingPeriodClosed")
                if v is None:
                    o.accounting_period_closed = u
                    if "accountingPeriodClosed" not in d:
                        m += 1
                else:
                    o.accounting_period_closed = v
                v = g("annualAccountsId")
                if v is None:
                    o.annual_accounts_id = u
                    if "annualAccountsId" not in d:
                        m += 1
                else:
                    o.annual_accounts_id = v
                v = g("primaryIndustryVatPeriodClosed")
                if v is None:
                    o.primary_industry_vat_period_closed = u
                    if "primaryIndustryVatPeriodClosed" not in d:
                        m += 1
                else:
                    o.primary_industry_vat_period_closed = v
                v = g("primaryIndustryVatPeriodClosedReportId")
                if v is None:
                    o.primary_industry_vat_period_closed_report_id = u
                    if "primaryIndustryVatPeriodClosedReportId" not in d:
                        m += 1
                else:
                    o.primary_industry_vat_period_closed_report_id = v
                v = g("generalIndustryVatPeriodClosed")
                if v is None:
                    o.general_industry_vat_period_closed = u
                    if "generalIndustryVatPeriodClosed" not in d:
                        m += 1
                else:
                    o.general_industry_vat_period_closed = v
                v = g("generalIndustryVatPeriodClosedReportId")
                if v is None:
                    o.general_industry_vat_period_closed_report_id = u
                    if "generalIndustryVatPeriodClosedReportId" not in d:
                        m += 1
                else:
                    o.general_industry_vat_period_closed_report_id = v
                k = "defaultVatReportType"
                v = g("defaultVatReportType")
                if v is None:
                    o.default_vat_report_type = u
                    if "defaultVatReportType" not in d:
                        m += 1
                else:
                    o.default_vat_report_type = (
                        e_
                        if (e_ := _e_default_vat_report_type.get(v)) is not None
                        else enum_value(IncomingInvoiceMetadataDefaultVatReportType, v)
                    )
                v = g("changedAt")
                if v is None:
                    o.changed_at = u
                    if "changedAt" not in d:
                        m += 1
                else:
                    o.changed_at = v
                v = g("changedByEmployeeId")
                if v is None:
                    o.changed_by_employee_id = u
                    if "changedByEmployeeId" not in d:
                        m += 1
                else:
                    o.changed_by_employee_id = v
                v = g("changedByActualEmployeeId")
                if v is None:
                    o.changed_by_actual_employee_id = u
                    if "changedByActualEmployeeId" not in d:
                        m += 1
                else:
                    o.changed_by_actual_employee_id = v
                v = g("changedByActualCompanyId")
                if v is None:
                    o.changed_by_actual_company_id = u
                    if "changedByActualCompanyId" not in d:
                        m += 1
                else:
                    o.changed_by_actual_company_id = v
                k = "brregCompanyLookup"
                v = g("brregCompanyLookup")
                if v is None:
                    o.brreg_company_lookup = u
                    if "brregCompanyLookup" not in d:
                        m += 1
                else:
                    o.brreg_company_lookup = BrregCompanyLookup._tx_parse(v)
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 22 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("voucher_id", "voucherId"),
            ("voucher_number", "voucherNumber"),
            ("voucher_temp_number", "voucherTempNumber"),
            ("voucher_year", "voucherYear"),
            ("version", "version"),
            ("invoice_source_type", "invoiceSourceType"),
            ("invoice_life_cycle", "invoiceLifeCycle"),
            ("cost_line_mode", "costLineMode"),
            ("reverse_voucher_id", "reverseVoucherId"),
            ("reverse_voucher_number", "reverseVoucherNumber"),
            ("accounting_period_closed", "accountingPeriodClosed"),
            ("annual_accounts_id", "annualAccountsId"),
            ("primary_industry_vat_period_closed", "primaryIndustryVatPeriodClosed"),
            ("primary_industry_vat_period_closed_report_id", "primaryIndustryVatPeriodClosedReportId"),
            ("general_industry_vat_period_closed", "generalIndustryVatPeriodClosed"),
            ("general_industry_vat_period_closed_report_id", "generalIndustryVatPeriodClosedReportId"),
            ("default_vat_report_type", "defaultVatReportType"),
            ("changed_at", "changedAt"),
            ("changed_by_employee_id", "changedByEmployeeId"),
            ("changed_by_actual_employee_id", "changedByActualEmployeeId"),
            ("changed_by_actual_company_id", "changedByActualCompanyId"),
            ("brreg_company_lookup", "brregCompanyLookup"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.voucher_id
            o.voucher_id = u if v is None else v
            v = s.voucher_number
            o.voucher_number = u if v is None else v
            v = s.voucher_temp_number
            o.voucher_temp_number = u if v is None else v
            v = s.voucher_year
            o.voucher_year = u if v is None else v
            v = s.version
            o.version = u if v is None else v
            v = s.invoice_source_type
            o.invoice_source_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_invoice_source_type.get(v)) is not None
                else enum_value(IncomingInvoiceMetadataInvoiceSourceType, v)
            )
            v = s.invoice_life_cycle
            o.invoice_life_cycle = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_invoice_life_cycle.get(v)) is not None
                else enum_value(IncomingInvoiceMetadataInvoiceLifeCycle, v)
            )
            v = s.cost_line_mode
            o.cost_line_mode = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_cost_line_mode.get(v)) is not None
                else enum_value(IncomingInvoiceMetadataCostLineMode, v)
            )
            v = s.reverse_voucher_id
            o.reverse_voucher_id = u if v is None else v
            v = s.reverse_voucher_number
            o.reverse_voucher_number = u if v is None else v
            v = s.accounting_period_closed
            o.accounting_period_closed = u if v is None else v
            v = s.annual_accounts_id
            o.annual_accounts_id = u if v is None else v
            v = s.primary_industry_vat_period_closed
            o.primary_industry_vat_period_closed = u if v is None else v
            v = s.primary_industry_vat_period_closed_report_id
            o.primary_industry_vat_period_closed_report_id = u if v is None else v
            v = s.general_industry_vat_period_closed
            o.general_industry_vat_period_closed = u if v is None else v
            v = s.general_industry_vat_period_closed_report_id
            o.general_industry_vat_period_closed_report_id = u if v is None else v
            v = s.default_vat_report_type
            o.default_vat_report_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_default_vat_report_type.get(v)) is not None
                else enum_value(IncomingInvoiceMetadataDefaultVatReportType, v)
            )
            v = s.changed_at
            o.changed_at = u if v is None else v
            v = s.changed_by_employee_id
            o.changed_by_employee_id = u if v is None else v
            v = s.changed_by_actual_employee_id
            o.changed_by_actual_employee_id = u if v is None else v
            v = s.changed_by_actual_company_id
            o.changed_by_actual_company_id = u if v is None else v
            v = s.brreg_company_lookup
            o.brreg_company_lookup = u if v is None or v is u else BrregCompanyLookup._tx_parse(v)
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
