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

T = TypeVar("T", bound="IncomingInvoiceMetadataExternal")


@_attrs_define
class IncomingInvoiceMetadataExternal(Model):
    """The invoice meta data.

    Attributes:
        voucher_number (int | Unset): Voucher number
        voucher_temp_number (int | Unset): Voucher temporary number
        voucher_year (int | Unset): Voucher year
        version (int | Unset): Voucher version
        invoice_life_cycle (IncomingInvoiceMetadataExternalInvoiceLifeCycle | Unset): Invoice Life Cycle.
        reverse_voucher_id (int | Unset): Id of reverse voucher
        accounting_period_closed (bool | Unset): If accounting period is closed
        primary_industry_vat_period_closed (bool | Unset): If vat period is closed for primary industries
        general_industry_vat_period_closed (bool | Unset): If vat period is closed for general industries
        default_vat_report_type (IncomingInvoiceMetadataExternalDefaultVatReportType | Unset):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
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
        _v = self.invoice_life_cycle
        if _v is not UNSET and not _in_request:
            field_dict["invoiceLifeCycle"] = _v._value_
        _v = self.reverse_voucher_id
        if _v is not UNSET and not _in_request:
            field_dict["reverseVoucherId"] = _v
        _v = self.accounting_period_closed
        if _v is not UNSET and not _in_request:
            field_dict["accountingPeriodClosed"] = _v
        _v = self.primary_industry_vat_period_closed
        if _v is not UNSET and not _in_request:
            field_dict["primaryIndustryVatPeriodClosed"] = _v
        _v = self.general_industry_vat_period_closed
        if _v is not UNSET and not _in_request:
            field_dict["generalIndustryVatPeriodClosed"] = _v
        _v = self.default_vat_report_type
        if _v is not UNSET and not _in_request:
            field_dict["defaultVatReportType"] = _v._value_
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A IncomingInvoiceMetadataExternal from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``IncomingInvoiceMetadataExternal.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _e_invoice_life_cycle: dict[Any, Any] = enum_members(IncomingInvoiceMetadataExternalInvoiceLifeCycle)
        _e_default_vat_report_type: dict[Any, Any] = enum_members(IncomingInvoiceMetadataExternalDefaultVatReportType)
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "voucherNumber": "voucher_number",
            "voucherTempNumber": "voucher_temp_number",
            "voucherYear": "voucher_year",
            "version": "version",
            "reverseVoucherId": "reverse_voucher_id",
            "accountingPeriodClosed": "accounting_period_closed",
            "primaryIndustryVatPeriodClosed": "primary_industry_vat_period_closed",
            "generalIndustryVatPeriodClosed": "general_industry_vat_period_closed",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.voucher_number = o.voucher_temp_number = o.voucher_year = o.version = o.invoice_life_cycle = (
                        o.reverse_voucher_id
                    ) = o.accounting_period_closed = o.primary_industry_vat_period_closed = (
                        o.general_industry_vat_period_closed
                    ) = o.default_vat_report_type = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
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
                        else enum_value(IncomingInvoiceMetadataExternalInvoiceLifeCycle, v)
                    )
                v = g("reverseVoucherId")
                if v is None:
                    o.reverse_voucher_id = u
                    if "reverseVoucherId" not in d:
                        m += 1
                else:
                    o.reverse_voucher_id = v
                v = g("accountingPeriodClosed")
                if v is None:
                    o.accounting_period_closed = u
                    if "accountingPeriodClosed" not in d:
                        m += 1
                else:
                    o.accounting_period_closed = v
                v = g("primaryIndustryVatPeriodClosed")
                if v is None:
                    o.primary_industry_vat_period_closed = u
                    if "primaryIndustryVatPeriodClosed" not in d:
                        m += 1
                else:
                    o.primary_industry_vat_period_closed = v
                v = g("generalIndustryVatPeriodClosed")
                if v is None:
                    o.general_industry_vat_period_closed = u
                    if "generalIndustryVatPeriodClosed" not in d:
                        m += 1
                else:
                    o.general_industry_vat_period_closed = v
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
                        else enum_value(IncomingInvoiceMetadataExternalDefaultVatReportType, v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 10 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("voucher_number", "voucherNumber"),
            ("voucher_temp_number", "voucherTempNumber"),
            ("voucher_year", "voucherYear"),
            ("version", "version"),
            ("invoice_life_cycle", "invoiceLifeCycle"),
            ("reverse_voucher_id", "reverseVoucherId"),
            ("accounting_period_closed", "accountingPeriodClosed"),
            ("primary_industry_vat_period_closed", "primaryIndustryVatPeriodClosed"),
            ("general_industry_vat_period_closed", "generalIndustryVatPeriodClosed"),
            ("default_vat_report_type", "defaultVatReportType"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.voucher_number
            o.voucher_number = u if v is None else v
            v = s.voucher_temp_number
            o.voucher_temp_number = u if v is None else v
            v = s.voucher_year
            o.voucher_year = u if v is None else v
            v = s.version
            o.version = u if v is None else v
            v = s.invoice_life_cycle
            o.invoice_life_cycle = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_invoice_life_cycle.get(v)) is not None
                else enum_value(IncomingInvoiceMetadataExternalInvoiceLifeCycle, v)
            )
            v = s.reverse_voucher_id
            o.reverse_voucher_id = u if v is None else v
            v = s.accounting_period_closed
            o.accounting_period_closed = u if v is None else v
            v = s.primary_industry_vat_period_closed
            o.primary_industry_vat_period_closed = u if v is None else v
            v = s.general_industry_vat_period_closed
            o.general_industry_vat_period_closed = u if v is None else v
            v = s.default_vat_report_type
            o.default_vat_report_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_default_vat_report_type.get(v)) is not None
                else enum_value(IncomingInvoiceMetadataExternalDefaultVatReportType, v)
            )
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
