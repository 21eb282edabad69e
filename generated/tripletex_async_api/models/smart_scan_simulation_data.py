from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.smart_scan_simulation_data_document_type import SmartScanSimulationDataDocumentType
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

T = TypeVar("T", bound="SmartScanSimulationData")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("documentType", str, False),)


@_attrs_define(on_setattr=mark_assigned)
class SmartScanSimulationData(LazyModel):
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
        self._tx_load()
        _in_request = serializing_request_body()
        vendor_id = self.vendor_id

        invoice_date = self.invoice_date

        due_date = self.due_date

        currency_id = self.currency_id

        invoice_amount = self.invoice_amount

        invoice_number = self.invoice_number

        document_type: str | Unset = UNSET
        if not isinstance(self.document_type, Unset):
            document_type = self.document_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if vendor_id is not UNSET:
            field_dict["vendorId"] = vendor_id
        if invoice_date is not UNSET:
            field_dict["invoiceDate"] = invoice_date
        if due_date is not UNSET:
            field_dict["dueDate"] = due_date
        if currency_id is not UNSET:
            field_dict["currencyId"] = currency_id
        if invoice_amount is not UNSET:
            field_dict["invoiceAmount"] = invoice_amount
        if invoice_number is not UNSET:
            field_dict["invoiceNumber"] = invoice_number
        if document_type is not UNSET:
            field_dict["documentType"] = document_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SmartScanSimulationData from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_document_type(_tx_v: Any) -> SmartScanSimulationDataDocumentType | Unset:
            _document_type = _tx_v
            document_type: SmartScanSimulationDataDocumentType | Unset
            if isinstance(_document_type, Unset):
                document_type = UNSET
            else:
                document_type = SmartScanSimulationDataDocumentType(_document_type)

            return document_type

        _tx_known: frozenset[str] = frozenset(
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

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "vendor_id": ("vendorId", None),
            "invoice_date": ("invoiceDate", None),
            "due_date": ("dueDate", None),
            "currency_id": ("currencyId", None),
            "invoice_amount": ("invoiceAmount", None),
            "invoice_number": ("invoiceNumber", None),
            "document_type": ("documentType", _p_document_type),
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
