from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vat_returns_2022_creation_report_type import VatReturns2022CreationReportType
from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="VatReturns2022Creation")


@_attrs_define
class VatReturns2022Creation:
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
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        year = d.pop("year", UNSET)

        term = d.pop("term", UNSET)

        _report_type = d.pop("reportType", UNSET)
        report_type: VatReturns2022CreationReportType | Unset
        if isinstance(_report_type, Unset):
            report_type = UNSET
        else:
            report_type = VatReturns2022CreationReportType(_report_type)

        _obj = cls(
            year=year,
            term=term,
            report_type=report_type,
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
