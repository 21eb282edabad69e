from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.data_series_point import DataSeriesPoint


T = TypeVar("T", bound="ChartDatapoint")


@_attrs_define
class ChartDatapoint:
    """Chart data point

    Attributes:
        x_value (str | Unset):
        data_series_points (list[DataSeriesPoint] | Unset):
    """

    x_value: str | Unset = UNSET
    data_series_points: list[DataSeriesPoint] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        x_value = self.x_value

        data_series_points: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data_series_points, Unset):
            data_series_points = []
            for data_series_points_item_data in self.data_series_points:
                data_series_points_item = data_series_points_item_data.to_dict()
                data_series_points.append(data_series_points_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if x_value is not UNSET:
            field_dict["xValue"] = x_value
        if data_series_points is not UNSET:
            field_dict["dataSeriesPoints"] = data_series_points

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.data_series_point import DataSeriesPoint  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        x_value = d.pop("xValue", UNSET)

        _data_series_points = d.pop("dataSeriesPoints", UNSET)
        data_series_points: list[DataSeriesPoint] | Unset = UNSET
        if _data_series_points is not UNSET:
            data_series_points = []
            for data_series_points_item_data in _data_series_points:
                if data_series_points_item_data is None:
                    continue
                data_series_points_item = DataSeriesPoint.from_dict(data_series_points_item_data)

                data_series_points.append(data_series_points_item)

        _obj = cls(
            x_value=x_value,
            data_series_points=data_series_points,
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
