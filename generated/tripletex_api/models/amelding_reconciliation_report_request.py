from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="AmeldingReconciliationReportRequest")


@_attrs_define
class AmeldingReconciliationReportRequest:
    """
    Attributes:
        year (int | Unset): The income year of the requested report
        month_from (int | Unset): The start month of the requested report Example: 9.
        month_to (int | Unset): The end month of the requested report Example: 10.
    """

    year: int | Unset = UNSET
    month_from: int | Unset = UNSET
    month_to: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        year = self.year

        month_from = self.month_from

        month_to = self.month_to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if year is not UNSET:
            field_dict["year"] = year
        if month_from is not UNSET:
            field_dict["monthFrom"] = month_from
        if month_to is not UNSET:
            field_dict["monthTo"] = month_to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        year = d.pop("year", UNSET)

        month_from = d.pop("monthFrom", UNSET)

        month_to = d.pop("monthTo", UNSET)

        _obj = cls(
            year=year,
            month_from=month_from,
            month_to=month_to,
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
