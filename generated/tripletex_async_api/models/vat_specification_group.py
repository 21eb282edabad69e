from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

if TYPE_CHECKING:
    from ..models.vat_specification_line import VatSpecificationLine


T = TypeVar("T", bound="VatSpecificationGroup")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("lines", list, False),)


@_attrs_define(on_setattr=mark_assigned)
class VatSpecificationGroup(LazyModel):
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
        self._tx_load()
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
        """A VatSpecificationGroup from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.vat_specification_line import VatSpecificationLine  # noqa: PLC0415

        def _p_lines(_tx_v: Any) -> list[VatSpecificationLine] | Unset:
            _lines = _tx_v
            lines: list[VatSpecificationLine] | Unset = UNSET
            if _lines is not UNSET:
                lines = []
                for lines_item_data in _lines:
                    if lines_item_data is None:
                        continue
                    lines_item = VatSpecificationLine._tx_from_json(lines_item_data)

                    lines.append(lines_item)

            return lines

        _tx_known: frozenset[str] = frozenset(
            (
                "name",
                "lines",
                "totalAmountVat",
                "totalAmountVatBasis",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "name": ("name", None),
            "lines": ("lines", _p_lines),
            "total_amount_vat": ("totalAmountVat", None),
            "total_amount_vat_basis": ("totalAmountVatBasis", None),
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
