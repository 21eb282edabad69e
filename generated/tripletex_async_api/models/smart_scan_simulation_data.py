from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.smart_scan_simulation_data_document_type import SmartScanSimulationDataDocumentType
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
)

T = TypeVar("T", bound="SmartScanSimulationData")


@_attrs_define
class SmartScanSimulationData(Model):
    """
    Attributes:
        vendor_id (int | Unset): The Incoming invoice draft vendor
        invoice_date (str | Unset): The date the invoice was issued.
        due_date (str | Unset): The date the invoice is due.
        currency_id (int | Unset): Currency used in the invoice.
        invoice_amount (float | Unset): Amount including VAT.
        invoice_number (str | Unset): If value is set to 0, the invoice number will be generated.
        document_type (SmartScanSimulationDataDocumentType | Unset): Voucher type of the invoice.
    """

    vendor_id: int | Unset = UNSET
    invoice_date: str | Unset = UNSET
    due_date: str | Unset = UNSET
    currency_id: int | Unset = UNSET
    invoice_amount: float | Unset = UNSET
    invoice_number: str | Unset = UNSET
    document_type: SmartScanSimulationDataDocumentType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.vendor_id
        if _v is not UNSET:
            field_dict["vendorId"] = _v
        _v = self.invoice_date
        if _v is not UNSET:
            field_dict["invoiceDate"] = _v
        _v = self.due_date
        if _v is not UNSET:
            field_dict["dueDate"] = _v
        _v = self.currency_id
        if _v is not UNSET:
            field_dict["currencyId"] = _v
        _v = self.invoice_amount
        if _v is not UNSET:
            field_dict["invoiceAmount"] = _v
        _v = self.invoice_number
        if _v is not UNSET:
            field_dict["invoiceNumber"] = _v
        _v = self.document_type
        if _v is not UNSET:
            field_dict["documentType"] = _v._value_
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SmartScanSimulationData from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``SmartScanSimulationData.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _e_document_type: dict[Any, Any] = enum_members(SmartScanSimulationDataDocumentType)
        _known: frozenset[str] = frozenset(
            (
                "vendorId",
                "invoiceDate",
                "dueDate",
                "currencyId",
                "invoiceAmount",
                "invoiceNumber",
                "documentType",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("vendorId")
                if v is None:
                    o.vendor_id = u
                    if "vendorId" not in d:
                        m += 1
                else:
                    o.vendor_id = v
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
                v = g("currencyId")
                if v is None:
                    o.currency_id = u
                    if "currencyId" not in d:
                        m += 1
                else:
                    o.currency_id = v
                v = g("invoiceAmount")
                if v is None:
                    o.invoice_amount = u
                    if "invoiceAmount" not in d:
                        m += 1
                else:
                    o.invoice_amount = v
                v = g("invoiceNumber")
                if v is None:
                    o.invoice_number = u
                    if "invoiceNumber" not in d:
                        m += 1
                else:
                    o.invoice_number = v
                k = "documentType"
                v = g("documentType")
                if v is None:
                    o.document_type = u
                    if "documentType" not in d:
                        m += 1
                else:
                    o.document_type = (
                        e_
                        if (e_ := _e_document_type.get(v)) is not None
                        else enum_value(SmartScanSimulationDataDocumentType, v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 7 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("vendor_id", "vendorId"),
            ("invoice_date", "invoiceDate"),
            ("due_date", "dueDate"),
            ("currency_id", "currencyId"),
            ("invoice_amount", "invoiceAmount"),
            ("invoice_number", "invoiceNumber"),
            ("document_type", "documentType"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.vendor_id
            o.vendor_id = u if v is None else v
            v = s.invoice_date
            o.invoice_date = u if v is None else v
            v = s.due_date
            o.due_date = u if v is None else v
            v = s.currency_id
            o.currency_id = u if v is None else v
            v = s.invoice_amount
            o.invoice_amount = u if v is None else v
            v = s.invoice_number
            o.invoice_number = u if v is None else v
            v = s.document_type
            o.document_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_document_type.get(v)) is not None
                else enum_value(SmartScanSimulationDataDocumentType, v)
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
