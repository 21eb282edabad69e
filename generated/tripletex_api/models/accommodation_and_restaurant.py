from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.generic_data_overview import GenericDataOverview
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="AccommodationAndRestaurant")


@_attrs_define
class AccommodationAndRestaurant:
    """
    Attributes:
        year_end_report (YearEndReport | Unset):
        generic_data_overviews (list[GenericDataOverview] | Unset):
    """

    year_end_report: YearEndReport | Unset = UNSET
    generic_data_overviews: list[GenericDataOverview] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        year_end_report: dict[str, Any] | Unset = UNSET
        if not isinstance(self.year_end_report, Unset):
            year_end_report = self.year_end_report.to_dict()

        generic_data_overviews: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.generic_data_overviews, Unset):
            generic_data_overviews = []
            for generic_data_overviews_item_data in self.generic_data_overviews:
                generic_data_overviews_item = generic_data_overviews_item_data.to_dict()
                generic_data_overviews.append(generic_data_overviews_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if year_end_report is not UNSET:
            field_dict["yearEndReport"] = year_end_report
        if generic_data_overviews is not UNSET:
            field_dict["genericDataOverviews"] = generic_data_overviews

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.generic_data_overview import GenericDataOverview  # noqa: PLC0415
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _year_end_report = d.pop("yearEndReport", UNSET)
        year_end_report: YearEndReport | Unset
        if isinstance(_year_end_report, Unset):
            year_end_report = UNSET
        else:
            year_end_report = YearEndReport.from_dict(_year_end_report)

        _generic_data_overviews = d.pop("genericDataOverviews", UNSET)
        generic_data_overviews: list[GenericDataOverview] | Unset = UNSET
        if _generic_data_overviews is not UNSET:
            generic_data_overviews = []
            for generic_data_overviews_item_data in _generic_data_overviews:
                if generic_data_overviews_item_data is None:
                    continue
                generic_data_overviews_item = GenericDataOverview.from_dict(generic_data_overviews_item_data)

                generic_data_overviews.append(generic_data_overviews_item)

        _obj = cls(
            year_end_report=year_end_report,
            generic_data_overviews=generic_data_overviews,
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
