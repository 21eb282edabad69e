from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.incoming_invoice_vat_type_direction import IncomingInvoiceVatTypeDirection
from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="IncomingInvoiceVatType")


@_attrs_define
class IncomingInvoiceVatType:
    """
    Attributes:
        id (int | Unset): [read-only]
        direction (IncomingInvoiceVatTypeDirection | Unset): [read-only]
        number (str | Unset): [read-only]
        name (str | Unset): [read-only]
        basis_percentage (float | Unset): [read-only]
        percentage (float | Unset): [read-only]
        is_reverse_in_deductable_vat_code (bool | Unset): [read-only]
        is_reverse_in_non_deductable_vat_code (bool | Unset): [read-only]
        display_name (str | Unset): [read-only]
        reverse_in_deductable_vat_code (bool | Unset):
        reverse_in_non_deductable_vat_code (bool | Unset):
    """

    id: int | Unset = UNSET
    direction: IncomingInvoiceVatTypeDirection | Unset = UNSET
    number: str | Unset = UNSET
    name: str | Unset = UNSET
    basis_percentage: float | Unset = UNSET
    percentage: float | Unset = UNSET
    is_reverse_in_deductable_vat_code: bool | Unset = UNSET
    is_reverse_in_non_deductable_vat_code: bool | Unset = UNSET
    display_name: str | Unset = UNSET
    reverse_in_deductable_vat_code: bool | Unset = UNSET
    reverse_in_non_deductable_vat_code: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        id = self.id

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction.value

        number = self.number

        name = self.name

        basis_percentage = self.basis_percentage

        percentage = self.percentage

        is_reverse_in_deductable_vat_code = self.is_reverse_in_deductable_vat_code

        is_reverse_in_non_deductable_vat_code = self.is_reverse_in_non_deductable_vat_code

        display_name = self.display_name

        reverse_in_deductable_vat_code = self.reverse_in_deductable_vat_code

        reverse_in_non_deductable_vat_code = self.reverse_in_non_deductable_vat_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET and not _in_request:
            field_dict["id"] = id
        if direction is not UNSET and not _in_request:
            field_dict["direction"] = direction
        if number is not UNSET and not _in_request:
            field_dict["number"] = number
        if name is not UNSET and not _in_request:
            field_dict["name"] = name
        if basis_percentage is not UNSET and not _in_request:
            field_dict["basisPercentage"] = basis_percentage
        if percentage is not UNSET and not _in_request:
            field_dict["percentage"] = percentage
        if is_reverse_in_deductable_vat_code is not UNSET and not _in_request:
            field_dict["isReverseInDeductableVatCode"] = is_reverse_in_deductable_vat_code
        if is_reverse_in_non_deductable_vat_code is not UNSET and not _in_request:
            field_dict["isReverseInNonDeductableVatCode"] = is_reverse_in_non_deductable_vat_code
        if display_name is not UNSET and not _in_request:
            field_dict["displayName"] = display_name
        if reverse_in_deductable_vat_code is not UNSET:
            field_dict["reverseInDeductableVatCode"] = reverse_in_deductable_vat_code
        if reverse_in_non_deductable_vat_code is not UNSET:
            field_dict["reverseInNonDeductableVatCode"] = reverse_in_non_deductable_vat_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        id = d.pop("id", UNSET)

        _direction = d.pop("direction", UNSET)
        direction: IncomingInvoiceVatTypeDirection | Unset
        if isinstance(_direction, Unset):
            direction = UNSET
        else:
            direction = IncomingInvoiceVatTypeDirection(_direction)

        number = d.pop("number", UNSET)

        name = d.pop("name", UNSET)

        basis_percentage = d.pop("basisPercentage", UNSET)

        percentage = d.pop("percentage", UNSET)

        is_reverse_in_deductable_vat_code = d.pop("isReverseInDeductableVatCode", UNSET)

        is_reverse_in_non_deductable_vat_code = d.pop("isReverseInNonDeductableVatCode", UNSET)

        display_name = d.pop("displayName", UNSET)

        reverse_in_deductable_vat_code = d.pop("reverseInDeductableVatCode", UNSET)

        reverse_in_non_deductable_vat_code = d.pop("reverseInNonDeductableVatCode", UNSET)

        _obj = cls(
            id=id,
            direction=direction,
            number=number,
            name=name,
            basis_percentage=basis_percentage,
            percentage=percentage,
            is_reverse_in_deductable_vat_code=is_reverse_in_deductable_vat_code,
            is_reverse_in_non_deductable_vat_code=is_reverse_in_non_deductable_vat_code,
            display_name=display_name,
            reverse_in_deductable_vat_code=reverse_in_deductable_vat_code,
            reverse_in_non_deductable_vat_code=reverse_in_non_deductable_vat_code,
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
