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

T = TypeVar("T", bound="IncomingInvoiceMetadataExternal")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("invoiceLifeCycle", str, False),
    ("defaultVatReportType", str, False),
)


@_attrs_define(on_setattr=mark_assigned)
class IncomingInvoiceMetadataExternal(LazyModel):
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
        self._tx_load()
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
        """A IncomingInvoiceMetadataExternal from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_invoice_life_cycle(_tx_v: Any) -> IncomingInvoiceMetadataExternalInvoiceLifeCycle | Unset:
            _invoice_life_cycle = _tx_v
            invoice_life_cycle: IncomingInvoiceMetadataExternalInvoiceLifeCycle | Unset
            if isinstance(_invoice_life_cycle, Unset):
                invoice_life_cycle = UNSET
            else:
                invoice_life_cycle = IncomingInvoiceMetadataExternalInvoiceLifeCycle(_invoice_life_cycle)

            return invoice_life_cycle

        def _p_default_vat_report_type(_tx_v: Any) -> IncomingInvoiceMetadataExternalDefaultVatReportType | Unset:
            _default_vat_report_type = _tx_v
            default_vat_report_type: IncomingInvoiceMetadataExternalDefaultVatReportType | Unset
            if isinstance(_default_vat_report_type, Unset):
                default_vat_report_type = UNSET
            else:
                default_vat_report_type = IncomingInvoiceMetadataExternalDefaultVatReportType(_default_vat_report_type)

            return default_vat_report_type

        _tx_known: frozenset[str] = frozenset(
            (
                "voucherNumber",
                "voucherTempNumber",
                "voucherYear",
                "version",
                "invoiceLifeCycle",
                "reverseVoucherId",
                "accountingPeriodClosed",
                "primaryIndustryVatPeriodClosed",
                "generalIndustryVatPeriodClosed",
                "defaultVatReportType",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "voucher_number": ("voucherNumber", None),
            "voucher_temp_number": ("voucherTempNumber", None),
            "voucher_year": ("voucherYear", None),
            "version": ("version", None),
            "invoice_life_cycle": ("invoiceLifeCycle", _p_invoice_life_cycle),
            "reverse_voucher_id": ("reverseVoucherId", None),
            "accounting_period_closed": ("accountingPeriodClosed", None),
            "primary_industry_vat_period_closed": ("primaryIndustryVatPeriodClosed", None),
            "general_industry_vat_period_closed": ("generalIndustryVatPeriodClosed", None),
            "default_vat_report_type": ("defaultVatReportType", _p_default_vat_report_type),
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
