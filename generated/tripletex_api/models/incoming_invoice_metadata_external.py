from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.incoming_invoice_metadata_external_default_vat_report_type import (
    IncomingInvoiceMetadataExternalDefaultVatReportType,
)
from ..models.incoming_invoice_metadata_external_invoice_life_cycle import (
    IncomingInvoiceMetadataExternalInvoiceLifeCycle,
)
from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="IncomingInvoiceMetadataExternal")


@_attrs_define
class IncomingInvoiceMetadataExternal:
    """The invoice meta data.

    Attributes:
        voucher_number (int | Unset): [read-only] Voucher number
        voucher_temp_number (int | Unset): [read-only] Voucher temporary number
        voucher_year (int | Unset): [read-only] Voucher year
        version (int | Unset): [read-only] Voucher version
        invoice_life_cycle (IncomingInvoiceMetadataExternalInvoiceLifeCycle | Unset): [read-only] Invoice Life Cycle.
        reverse_voucher_id (int | Unset): [read-only] Id of reverse voucher
        accounting_period_closed (bool | Unset): [read-only] If accounting period is closed
        primary_industry_vat_period_closed (bool | Unset): [read-only] If vat period is closed for primary industries
        general_industry_vat_period_closed (bool | Unset): [read-only] If vat period is closed for general industries
        default_vat_report_type (IncomingInvoiceMetadataExternalDefaultVatReportType | Unset): [read-only]
    """

    voucher_number: int | Unset = UNSET
    voucher_temp_number: int | Unset = UNSET
    voucher_year: int | Unset = UNSET
    version: int | Unset = UNSET
    invoice_life_cycle: IncomingInvoiceMetadataExternalInvoiceLifeCycle | Unset = UNSET
    reverse_voucher_id: int | Unset = UNSET
    accounting_period_closed: bool | Unset = UNSET
    primary_industry_vat_period_closed: bool | Unset = UNSET
    general_industry_vat_period_closed: bool | Unset = UNSET
    default_vat_report_type: IncomingInvoiceMetadataExternalDefaultVatReportType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        voucher_number = self.voucher_number

        voucher_temp_number = self.voucher_temp_number

        voucher_year = self.voucher_year

        version = self.version

        invoice_life_cycle: str | Unset = UNSET
        if not isinstance(self.invoice_life_cycle, Unset):
            invoice_life_cycle = self.invoice_life_cycle.value

        reverse_voucher_id = self.reverse_voucher_id

        accounting_period_closed = self.accounting_period_closed

        primary_industry_vat_period_closed = self.primary_industry_vat_period_closed

        general_industry_vat_period_closed = self.general_industry_vat_period_closed

        default_vat_report_type: str | Unset = UNSET
        if not isinstance(self.default_vat_report_type, Unset):
            default_vat_report_type = self.default_vat_report_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if voucher_number is not UNSET and not _in_request:
            field_dict["voucherNumber"] = voucher_number
        if voucher_temp_number is not UNSET and not _in_request:
            field_dict["voucherTempNumber"] = voucher_temp_number
        if voucher_year is not UNSET and not _in_request:
            field_dict["voucherYear"] = voucher_year
        if version is not UNSET and not _in_request:
            field_dict["version"] = version
        if invoice_life_cycle is not UNSET and not _in_request:
            field_dict["invoiceLifeCycle"] = invoice_life_cycle
        if reverse_voucher_id is not UNSET and not _in_request:
            field_dict["reverseVoucherId"] = reverse_voucher_id
        if accounting_period_closed is not UNSET and not _in_request:
            field_dict["accountingPeriodClosed"] = accounting_period_closed
        if primary_industry_vat_period_closed is not UNSET and not _in_request:
            field_dict["primaryIndustryVatPeriodClosed"] = primary_industry_vat_period_closed
        if general_industry_vat_period_closed is not UNSET and not _in_request:
            field_dict["generalIndustryVatPeriodClosed"] = general_industry_vat_period_closed
        if default_vat_report_type is not UNSET and not _in_request:
            field_dict["defaultVatReportType"] = default_vat_report_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        voucher_number = d.pop("voucherNumber", UNSET)

        voucher_temp_number = d.pop("voucherTempNumber", UNSET)

        voucher_year = d.pop("voucherYear", UNSET)

        version = d.pop("version", UNSET)

        _invoice_life_cycle = d.pop("invoiceLifeCycle", UNSET)
        invoice_life_cycle: IncomingInvoiceMetadataExternalInvoiceLifeCycle | Unset
        if isinstance(_invoice_life_cycle, Unset):
            invoice_life_cycle = UNSET
        else:
            invoice_life_cycle = IncomingInvoiceMetadataExternalInvoiceLifeCycle(_invoice_life_cycle)

        reverse_voucher_id = d.pop("reverseVoucherId", UNSET)

        accounting_period_closed = d.pop("accountingPeriodClosed", UNSET)

        primary_industry_vat_period_closed = d.pop("primaryIndustryVatPeriodClosed", UNSET)

        general_industry_vat_period_closed = d.pop("generalIndustryVatPeriodClosed", UNSET)

        _default_vat_report_type = d.pop("defaultVatReportType", UNSET)
        default_vat_report_type: IncomingInvoiceMetadataExternalDefaultVatReportType | Unset
        if isinstance(_default_vat_report_type, Unset):
            default_vat_report_type = UNSET
        else:
            default_vat_report_type = IncomingInvoiceMetadataExternalDefaultVatReportType(_default_vat_report_type)

        _obj = cls(
            voucher_number=voucher_number,
            voucher_temp_number=voucher_temp_number,
            voucher_year=voucher_year,
            version=version,
            invoice_life_cycle=invoice_life_cycle,
            reverse_voucher_id=reverse_voucher_id,
            accounting_period_closed=accounting_period_closed,
            primary_industry_vat_period_closed=primary_industry_vat_period_closed,
            general_industry_vat_period_closed=general_industry_vat_period_closed,
            default_vat_report_type=default_vat_report_type,
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
