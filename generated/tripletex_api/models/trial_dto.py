from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="TrialDTO")


@_attrs_define
class TrialDTO:
    """
    Attributes:
        package_name (str | Unset): [read-only]
        package_name_translated (str | Unset): [read-only]
        company_end_date (str | Unset): [read-only]
    """

    package_name: str | Unset = UNSET
    package_name_translated: str | Unset = UNSET
    company_end_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        package_name = self.package_name

        package_name_translated = self.package_name_translated

        company_end_date = self.company_end_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if package_name is not UNSET and not _in_request:
            field_dict["packageName"] = package_name
        if package_name_translated is not UNSET and not _in_request:
            field_dict["packageNameTranslated"] = package_name_translated
        if company_end_date is not UNSET and not _in_request:
            field_dict["companyEndDate"] = company_end_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        package_name = d.pop("packageName", UNSET)

        package_name_translated = d.pop("packageNameTranslated", UNSET)

        company_end_date = d.pop("companyEndDate", UNSET)

        _obj = cls(
            package_name=package_name,
            package_name_translated=package_name_translated,
            company_end_date=company_end_date,
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
