from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.vat_specification_line import VatSpecificationLine


T = TypeVar("T", bound="VatSpecificationGroup")


@_attrs_define
class VatSpecificationGroup:
    """
    Attributes:
        name (str | Unset): [read-only] The name of the group
        lines (list[VatSpecificationLine] | Unset): [read-only] The vat lines
        total_amount_vat (float | Unset): [read-only] Total vat amount on the group
        total_amount_vat_basis (float | Unset): [read-only] Total vat basis amount on the group
    """

    name: str | Unset = UNSET
    lines: list[VatSpecificationLine] | Unset = UNSET
    total_amount_vat: float | Unset = UNSET
    total_amount_vat_basis: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        name = self.name

        lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.lines, Unset):
            lines = []
            for lines_item_data in self.lines:
                lines_item = lines_item_data.to_dict()
                lines.append(lines_item)

        total_amount_vat = self.total_amount_vat

        total_amount_vat_basis = self.total_amount_vat_basis

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET and not _in_request:
            field_dict["name"] = name
        if lines is not UNSET and not _in_request:
            field_dict["lines"] = lines
        if total_amount_vat is not UNSET and not _in_request:
            field_dict["totalAmountVat"] = total_amount_vat
        if total_amount_vat_basis is not UNSET and not _in_request:
            field_dict["totalAmountVatBasis"] = total_amount_vat_basis

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.vat_specification_line import VatSpecificationLine  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        name = d.pop("name", UNSET)

        _lines = d.pop("lines", UNSET)
        lines: list[VatSpecificationLine] | Unset = UNSET
        if _lines is not UNSET:
            lines = []
            for lines_item_data in _lines:
                if lines_item_data is None:
                    continue
                lines_item = VatSpecificationLine.from_dict(lines_item_data)

                lines.append(lines_item)

        total_amount_vat = d.pop("totalAmountVat", UNSET)

        total_amount_vat_basis = d.pop("totalAmountVatBasis", UNSET)

        _obj = cls(
            name=name,
            lines=lines,
            total_amount_vat=total_amount_vat,
            total_amount_vat_basis=total_amount_vat_basis,
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
