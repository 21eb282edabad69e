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
    from ..models.data_series_point import DataSeriesPoint


T = TypeVar("T", bound="ChartDatapoint")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("dataSeriesPoints", list, False),)


@_attrs_define(on_setattr=mark_assigned)
class ChartDatapoint(LazyModel):
    """Chart data point

    Attributes:
        x_value (str | Unset):
        data_series_points (list[DataSeriesPoint] | Unset):
    """

    x_value: str | Unset = UNSET
    data_series_points: list[DataSeriesPoint] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
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
        """A ChartDatapoint from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.data_series_point import DataSeriesPoint  # noqa: PLC0415

        def _p_data_series_points(_tx_v: Any) -> list[DataSeriesPoint] | Unset:
            _data_series_points = _tx_v
            data_series_points: list[DataSeriesPoint] | Unset = UNSET
            if _data_series_points is not UNSET:
                data_series_points = []
                for data_series_points_item_data in _data_series_points:
                    if data_series_points_item_data is None:
                        continue
                    data_series_points_item = DataSeriesPoint._tx_from_json(data_series_points_item_data)

                    data_series_points.append(data_series_points_item)

            return data_series_points

        _tx_known: frozenset[str] = frozenset(
            (
                "xValue",
                "dataSeriesPoints",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "x_value": ("xValue", None),
            "data_series_points": ("dataSeriesPoints", _p_data_series_points),
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
