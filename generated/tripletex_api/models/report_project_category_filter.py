from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.report_singular_filter import ReportSingularFilter


T = TypeVar("T", bound="ReportProjectCategoryFilter")


@_attrs_define
class ReportProjectCategoryFilter:
    """
    Attributes:
        filters (list[ReportSingularFilter] | Unset):
        complement (bool | Unset):
        exclude_empty_element (bool | Unset):
        version (int | Unset):
    """

    filters: list[ReportSingularFilter] | Unset = UNSET
    complement: bool | Unset = UNSET
    exclude_empty_element: bool | Unset = UNSET
    version: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = []
            for filters_item_data in self.filters:
                filters_item = filters_item_data.to_dict()
                filters.append(filters_item)

        complement = self.complement

        exclude_empty_element = self.exclude_empty_element

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if filters is not UNSET:
            field_dict["filters"] = filters
        if complement is not UNSET:
            field_dict["complement"] = complement
        if exclude_empty_element is not UNSET:
            field_dict["excludeEmptyElement"] = exclude_empty_element
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.report_singular_filter import ReportSingularFilter  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _filters = d.pop("filters", UNSET)
        filters: list[ReportSingularFilter] | Unset = UNSET
        if _filters is not UNSET:
            filters = []
            for filters_item_data in _filters:
                if filters_item_data is None:
                    continue
                filters_item = ReportSingularFilter.from_dict(filters_item_data)

                filters.append(filters_item)

        complement = d.pop("complement", UNSET)

        exclude_empty_element = d.pop("excludeEmptyElement", UNSET)

        version = d.pop("version", UNSET)

        _obj = cls(
            filters=filters,
            complement=complement,
            exclude_empty_element=exclude_empty_element,
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
