from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.report_range_filter import ReportRangeFilter
    from ..models.report_singular_filter import ReportSingularFilter


T = TypeVar("T", bound="ReportAccountFilterV3")


@_attrs_define
class ReportAccountFilterV3:
    """
    Attributes:
        range_filters (list[ReportRangeFilter] | Unset):
        singular_filters (list[ReportSingularFilter] | Unset):
        complement_singular_filters (bool | Unset):
        version (int | Unset):
    """

    range_filters: list[ReportRangeFilter] | Unset = UNSET
    singular_filters: list[ReportSingularFilter] | Unset = UNSET
    complement_singular_filters: bool | Unset = UNSET
    version: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        range_filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.range_filters, Unset):
            range_filters = []
            for range_filters_item_data in self.range_filters:
                range_filters_item = range_filters_item_data.to_dict()
                range_filters.append(range_filters_item)

        singular_filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.singular_filters, Unset):
            singular_filters = []
            for singular_filters_item_data in self.singular_filters:
                singular_filters_item = singular_filters_item_data.to_dict()
                singular_filters.append(singular_filters_item)

        complement_singular_filters = self.complement_singular_filters

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if range_filters is not UNSET:
            field_dict["rangeFilters"] = range_filters
        if singular_filters is not UNSET:
            field_dict["singularFilters"] = singular_filters
        if complement_singular_filters is not UNSET:
            field_dict["complementSingularFilters"] = complement_singular_filters
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.report_range_filter import ReportRangeFilter  # noqa: PLC0415
        from ..models.report_singular_filter import ReportSingularFilter  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _range_filters = d.pop("rangeFilters", UNSET)
        range_filters: list[ReportRangeFilter] | Unset = UNSET
        if _range_filters is not UNSET:
            range_filters = []
            for range_filters_item_data in _range_filters:
                if range_filters_item_data is None:
                    continue
                range_filters_item = ReportRangeFilter.from_dict(range_filters_item_data)

                range_filters.append(range_filters_item)

        _singular_filters = d.pop("singularFilters", UNSET)
        singular_filters: list[ReportSingularFilter] | Unset = UNSET
        if _singular_filters is not UNSET:
            singular_filters = []
            for singular_filters_item_data in _singular_filters:
                if singular_filters_item_data is None:
                    continue
                singular_filters_item = ReportSingularFilter.from_dict(singular_filters_item_data)

                singular_filters.append(singular_filters_item)

        complement_singular_filters = d.pop("complementSingularFilters", UNSET)

        version = d.pop("version", UNSET)

        _obj = cls(
            range_filters=range_filters,
            singular_filters=singular_filters,
            complement_singular_filters=complement_singular_filters,
            version=version,
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
