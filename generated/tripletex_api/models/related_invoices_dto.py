from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="RelatedInvoicesDTO")


@_attrs_define
class RelatedInvoicesDTO:
    """
    Attributes:
        invoice_id (int | Unset): [read-only]
        invoice_number (int | Unset): [read-only]
        is_credit_note (bool | Unset): [read-only]
    """

    invoice_id: int | Unset = UNSET
    invoice_number: int | Unset = UNSET
    is_credit_note: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        invoice_id = self.invoice_id

        invoice_number = self.invoice_number

        is_credit_note = self.is_credit_note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if invoice_id is not UNSET and not _in_request:
            field_dict["invoiceId"] = invoice_id
        if invoice_number is not UNSET and not _in_request:
            field_dict["invoiceNumber"] = invoice_number
        if is_credit_note is not UNSET and not _in_request:
            field_dict["isCreditNote"] = is_credit_note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        invoice_id = d.pop("invoiceId", UNSET)

        invoice_number = d.pop("invoiceNumber", UNSET)

        is_credit_note = d.pop("isCreditNote", UNSET)

        _obj = cls(
            invoice_id=invoice_id,
            invoice_number=invoice_number,
            is_credit_note=is_credit_note,
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
