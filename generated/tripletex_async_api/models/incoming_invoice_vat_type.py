from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.incoming_invoice_vat_type_direction import IncomingInvoiceVatTypeDirection
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

T = TypeVar("T", bound="IncomingInvoiceVatType")


@_attrs_define
class IncomingInvoiceVatType(Model):
    """
    Attributes:
        id (int | Unset):
        direction (IncomingInvoiceVatTypeDirection | Unset):
        number (str | Unset):
        name (str | Unset):
        basis_percentage (float | Unset):
        percentage (float | Unset):
        is_reverse_in_deductable_vat_code (bool | Unset):
        is_reverse_in_non_deductable_vat_code (bool | Unset):
        display_name (str | Unset):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.id
        if _v is not UNSET and not _in_request:
            field_dict["id"] = _v
        _v = self.direction
        if _v is not UNSET and not _in_request:
            field_dict["direction"] = _v._value_
        _v = self.number
        if _v is not UNSET and not _in_request:
            field_dict["number"] = _v
        _v = self.name
        if _v is not UNSET and not _in_request:
            field_dict["name"] = _v
        _v = self.basis_percentage
        if _v is not UNSET and not _in_request:
            field_dict["basisPercentage"] = _v
        _v = self.percentage
        if _v is not UNSET and not _in_request:
            field_dict["percentage"] = _v
        _v = self.is_reverse_in_deductable_vat_code
        if _v is not UNSET and not _in_request:
            field_dict["isReverseInDeductableVatCode"] = _v
        _v = self.is_reverse_in_non_deductable_vat_code
        if _v is not UNSET and not _in_request:
            field_dict["isReverseInNonDeductableVatCode"] = _v
        _v = self.display_name
        if _v is not UNSET and not _in_request:
            field_dict["displayName"] = _v
        _v = self.reverse_in_deductable_vat_code
        if _v is not UNSET:
            field_dict["reverseInDeductableVatCode"] = _v
        _v = self.reverse_in_non_deductable_vat_code
        if _v is not UNSET:
            field_dict["reverseInNonDeductableVatCode"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A IncomingInvoiceVatType from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``IncomingInvoiceVatType.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _e_direction: dict[Any, Any] = enum_members(IncomingInvoiceVatTypeDirection)
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "number": "number",
            "name": "name",
            "basisPercentage": "basis_percentage",
            "percentage": "percentage",
            "isReverseInDeductableVatCode": "is_reverse_in_deductable_vat_code",
            "isReverseInNonDeductableVatCode": "is_reverse_in_non_deductable_vat_code",
            "displayName": "display_name",
            "reverseInDeductableVatCode": "reverse_in_deductable_vat_code",
            "reverseInNonDeductableVatCode": "reverse_in_non_deductable_vat_code",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.id = o.direction = o.number = o.name = o.basis_percentage = o.percentage = (
                        o.is_reverse_in_deductable_vat_code
                    ) = o.is_reverse_in_non_deductable_vat_code = o.display_name = o.reverse_in_deductable_vat_code = (
                        o.reverse_in_non_deductable_vat_code
                    ) = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("id")
                if v is None:
                    o.id = u
                    if "id" not in d:
                        m += 1
                else:
                    o.id = v
                k = "direction"
                v = g("direction")
                if v is None:
                    o.direction = u
                    if "direction" not in d:
                        m += 1
                else:
                    o.direction = (
                        e_
                        if (e_ := _e_direction.get(v)) is not None
                        else enum_value(IncomingInvoiceVatTypeDirection, v)
                    )
                v = g("number")
                if v is None:
                    o.number = u
                    if "number" not in d:
                        m += 1
                else:
                    o.number = v
                v = g("name")
                if v is None:
                    o.name = u
                    if "name" not in d:
                        m += 1
                else:
                    o.name = v
                v = g("basisPercentage")
                if v is None:
                    o.basis_percentage = u
                    if "basisPercentage" not in d:
                        m += 1
                else:
                    o.basis_percentage = v
                v = g("percentage")
                if v is None:
                    o.percentage = u
                    if "percentage" not in d:
                        m += 1
                else:
                    o.percentage = v
                v = g("isReverseInDeductableVatCode")
                if v is None:
                    o.is_reverse_in_deductable_vat_code = u
                    if "isReverseInDeductableVatCode" not in d:
                        m += 1
                else:
                    o.is_reverse_in_deductable_vat_code = v
                v = g("isReverseInNonDeductableVatCode")
                if v is None:
                    o.is_reverse_in_non_deductable_vat_code = u
                    if "isReverseInNonDeductableVatCode" not in d:
                        m += 1
                else:
                    o.is_reverse_in_non_deductable_vat_code = v
                v = g("displayName")
                if v is None:
                    o.display_name = u
                    if "displayName" not in d:
                        m += 1
                else:
                    o.display_name = v
                v = g("reverseInDeductableVatCode")
                if v is None:
                    o.reverse_in_deductable_vat_code = u
                    if "reverseInDeductableVatCode" not in d:
                        m += 1
                else:
                    o.reverse_in_deductable_vat_code = v
                v = g("reverseInNonDeductableVatCode")
                if v is None:
                    o.reverse_in_non_deductable_vat_code = u
                    if "reverseInNonDeductableVatCode" not in d:
                        m += 1
                else:
                    o.reverse_in_non_deductable_vat_code = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 11 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("id", "id"),
            ("direction", "direction"),
            ("number", "number"),
            ("name", "name"),
            ("basis_percentage", "basisPercentage"),
            ("percentage", "percentage"),
            ("is_reverse_in_deductable_vat_code", "isReverseInDeductableVatCode"),
            ("is_reverse_in_non_deductable_vat_code", "isReverseInNonDeductableVatCode"),
            ("display_name", "displayName"),
            ("reverse_in_deductable_vat_code", "reverseInDeductableVatCode"),
            ("reverse_in_non_deductable_vat_code", "reverseInNonDeductableVatCode"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.id
            o.id = u if v is None else v
            v = s.direction
            o.direction = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_direction.get(v)) is not None
                else enum_value(IncomingInvoiceVatTypeDirection, v)
            )
            v = s.number
            o.number = u if v is None else v
            v = s.name
            o.name = u if v is None else v
            v = s.basis_percentage
            o.basis_percentage = u if v is None else v
            v = s.percentage
            o.percentage = u if v is None else v
            v = s.is_reverse_in_deductable_vat_code
            o.is_reverse_in_deductable_vat_code = u if v is None else v
            v = s.is_reverse_in_non_deductable_vat_code
            o.is_reverse_in_non_deductable_vat_code = u if v is None else v
            v = s.display_name
            o.display_name = u if v is None else v
            v = s.reverse_in_deductable_vat_code
            o.reverse_in_deductable_vat_code = u if v is None else v
            v = s.reverse_in_non_deductable_vat_code
            o.reverse_in_non_deductable_vat_code = u if v is None else v
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
