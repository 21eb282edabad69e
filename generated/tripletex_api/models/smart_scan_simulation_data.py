from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.smart_scan_simulation_data_document_type import SmartScanSimulationDataDocumentType
from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="SmartScanSimulationData")


@_attrs_define
class SmartScanSimulationData:
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
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        vendor_id = d.pop("vendorId", UNSET)

        invoice_date = d.pop("invoiceDate", UNSET)

        due_date = d.pop("dueDate", UNSET)

        currency_id = d.pop("currencyId", UNSET)

        invoice_amount = d.pop("invoiceAmount", UNSET)

        invoice_number = d.pop("invoiceNumber", UNSET)

        _document_type = d.pop("documentType", UNSET)
        document_type: SmartScanSimulationDataDocumentType | Unset
        if isinstance(_document_type, Unset):
            document_type = UNSET
        else:
            document_type = SmartScanSimulationDataDocumentType(_document_type)

        _obj = cls(
            vendor_id=vendor_id,
            invoice_date=invoice_date,
            due_date=due_date,
            currency_id=currency_id,
            invoice_amount=invoice_amount,
            invoice_number=invoice_number,
            document_type=document_type,
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
