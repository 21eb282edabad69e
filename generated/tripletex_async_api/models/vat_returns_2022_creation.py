from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vat_returns_2022_creation_report_type import VatReturns2022CreationReportType
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

T = TypeVar("T", bound="VatReturns2022Creation")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("reportType", str, False),)


@_attrs_define(on_setattr=mark_assigned)
class VatReturns2022Creation(LazyModel):
    """
    Attributes:
        year (int | Unset): The year of creating the vatReturns
        term (int | Unset): The term of the vatReturns. Must be according to the terms the company have.
        report_type (VatReturns2022CreationReportType | Unset): Vat report type
    """

    year: int | Unset = UNSET
    term: int | Unset = UNSET
    report_type: VatReturns2022CreationReportType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        year = self.year

        term = self.term

        report_type: str | Unset = UNSET
        if not isinstance(self.report_type, Unset):
            report_type = self.report_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if year is not UNSET:
            field_dict["year"] = year
        if term is not UNSET:
            field_dict["term"] = term
        if report_type is not UNSET:
            field_dict["reportType"] = report_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A VatReturns2022Creation from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_report_type(_tx_v: Any) -> VatReturns2022CreationReportType | Unset:
            _report_type = _tx_v
            report_type: VatReturns2022CreationReportType | Unset
            if isinstance(_report_type, Unset):
                report_type = UNSET
            else:
                report_type = VatReturns2022CreationReportType(_report_type)

            return report_type

        _tx_known: frozenset[str] = frozenset(
            (
                "year",
                "term",
                "reportType",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "year": ("year", None),
            "term": ("term", None),
            "report_type": ("reportType", _p_report_type),
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
