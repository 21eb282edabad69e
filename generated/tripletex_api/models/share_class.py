from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="ShareClass")


@_attrs_define
class ShareClass:
    """
    Attributes:
        year_end_report (YearEndReport | Unset):
        type_ (str | Unset): [read-only]
        id (int | Unset): [read-only]
        name (str | Unset): [read-only]
        technical_name (str | Unset): [read-only]
    """

    year_end_report: YearEndReport | Unset = UNSET
    type_: str | Unset = UNSET
    id: int | Unset = UNSET
    name: str | Unset = UNSET
    technical_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        year_end_report: dict[str, Any] | Unset = UNSET
        if not isinstance(self.year_end_report, Unset):
            year_end_report = self.year_end_report.to_dict()

        type_ = self.type_

        id = self.id

        name = self.name

        technical_name = self.technical_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if year_end_report is not UNSET:
            field_dict["yearEndReport"] = year_end_report
        if type_ is not UNSET and not _in_request:
            field_dict["type"] = type_
        if id is not UNSET and not _in_request:
            field_dict["id"] = id
        if name is not UNSET and not _in_request:
            field_dict["name"] = name
        if technical_name is not UNSET and not _in_request:
            field_dict["technicalName"] = technical_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _year_end_report = d.pop("yearEndReport", UNSET)
        year_end_report: YearEndReport | Unset
        if isinstance(_year_end_report, Unset):
            year_end_report = UNSET
        else:
            year_end_report = YearEndReport.from_dict(_year_end_report)

        type_ = d.pop("type", UNSET)

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        technical_name = d.pop("technicalName", UNSET)

        _obj = cls(
            year_end_report=year_end_report,
            type_=type_,
            id=id,
            name=name,
            technical_name=technical_name,
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
