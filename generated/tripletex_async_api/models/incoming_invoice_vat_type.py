from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.incoming_invoice_vat_type_direction import IncomingInvoiceVatTypeDirection
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

T = TypeVar("T", bound="IncomingInvoiceVatType")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("direction", str, False),)


@_attrs_define(on_setattr=mark_assigned)
class IncomingInvoiceVatType(LazyModel):
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
        self._tx_load()
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
        """A IncomingInvoiceVatType from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_direction(_tx_v: Any) -> IncomingInvoiceVatTypeDirection | Unset:
            _direction = _tx_v
            direction: IncomingInvoiceVatTypeDirection | Unset
            if isinstance(_direction, Unset):
                direction = UNSET
            else:
                direction = IncomingInvoiceVatTypeDirection(_direction)

            return direction

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "direction",
                "number",
                "name",
                "basisPercentage",
                "percentage",
                "isReverseInDeductableVatCode",
                "isReverseInNonDeductableVatCode",
                "displayName",
                "reverseInDeductableVatCode",
                "reverseInNonDeductableVatCode",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "direction": ("direction", _p_direction),
            "number": ("number", None),
            "name": ("name", None),
            "basis_percentage": ("basisPercentage", None),
            "percentage": ("percentage", None),
            "is_reverse_in_deductable_vat_code": ("isReverseInDeductableVatCode", None),
            "is_reverse_in_non_deductable_vat_code": ("isReverseInNonDeductableVatCode", None),
            "display_name": ("displayName", None),
            "reverse_in_deductable_vat_code": ("reverseInDeductableVatCode", None),
            "reverse_in_non_deductable_vat_code": ("reverseInNonDeductableVatCode", None),
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
