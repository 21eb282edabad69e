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
    from ..models.chart_datapoint import ChartDatapoint
    from ..models.chart_summary import ChartSummary
    from ..models.data_series_definition import DataSeriesDefinition
    from ..models.presort import Presort


T = TypeVar("T", bound="VisualizationBlock")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("dataSeriesDefinitions", list, False),
    ("datapoints", list, False),
    ("summary", dict, False),
    ("presort", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class VisualizationBlock(LazyModel):
    """Visualization block containing chart data

    Attributes:
        type_ (str | Unset):
        chart_type (str | Unset):
        chart_title (str | Unset):
        x_axis_data_key (str | Unset):
        data_series_definitions (list[DataSeriesDefinition] | Unset):
        datapoints (list[ChartDatapoint] | Unset):
        summary (ChartSummary | Unset): Chart summary information
        presort (Presort | Unset): Presort configuration for chart data ordering
    """

    type_: str | Unset = UNSET
    chart_type: str | Unset = UNSET
    chart_title: str | Unset = UNSET
    x_axis_data_key: str | Unset = UNSET
    data_series_definitions: list[DataSeriesDefinition] | Unset = UNSET
    datapoints: list[ChartDatapoint] | Unset = UNSET
    summary: ChartSummary | Unset = UNSET
    presort: Presort | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        type_ = self.type_

        chart_type = self.chart_type

        chart_title = self.chart_title

        x_axis_data_key = self.x_axis_data_key

        data_series_definitions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data_series_definitions, Unset):
            data_series_definitions = []
            for data_series_definitions_item_data in self.data_series_definitions:
                data_series_definitions_item = data_series_definitions_item_data.to_dict()
                data_series_definitions.append(data_series_definitions_item)

        datapoints: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.datapoints, Unset):
            datapoints = []
            for datapoints_item_data in self.datapoints:
                datapoints_item = datapoints_item_data.to_dict()
                datapoints.append(datapoints_item)

        summary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.summary, Unset):
            summary = self.summary.to_dict()

        presort: dict[str, Any] | Unset = UNSET
        if not isinstance(self.presort, Unset):
            presort = self.presort.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if chart_type is not UNSET:
            field_dict["chartType"] = chart_type
        if chart_title is not UNSET:
            field_dict["chartTitle"] = chart_title
        if x_axis_data_key is not UNSET:
            field_dict["xAxisDataKey"] = x_axis_data_key
        if data_series_definitions is not UNSET:
            field_dict["dataSeriesDefinitions"] = data_series_definitions
        if datapoints is not UNSET:
            field_dict["datapoints"] = datapoints
        if summary is not UNSET:
            field_dict["summary"] = summary
        if presort is not UNSET:
            field_dict["presort"] = presort

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A VisualizationBlock from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.chart_datapoint import ChartDatapoint  # noqa: PLC0415
        from ..models.chart_summary import ChartSummary  # noqa: PLC0415
        from ..models.data_series_definition import DataSeriesDefinition  # noqa: PLC0415
        from ..models.presort import Presort  # noqa: PLC0415

        def _p_data_series_definitions(_tx_v: Any) -> list[DataSeriesDefinition] | Unset:
            _data_series_definitions = _tx_v
            data_series_definitions: list[DataSeriesDefinition] | Unset = UNSET
            if _data_series_definitions is not UNSET:
                data_series_definitions = []
                for data_series_definitions_item_data in _data_series_definitions:
                    if data_series_definitions_item_data is None:
                        continue
                    data_series_definitions_item = DataSeriesDefinition._tx_from_json(data_series_definitions_item_data)

                    data_series_definitions.append(data_series_definitions_item)

            return data_series_definitions

        def _p_datapoints(_tx_v: Any) -> list[ChartDatapoint] | Unset:
            _datapoints = _tx_v
            datapoints: list[ChartDatapoint] | Unset = UNSET
            if _datapoints is not UNSET:
                datapoints = []
                for datapoints_item_data in _datapoints:
                    if datapoints_item_data is None:
                        continue
                    datapoints_item = ChartDatapoint._tx_from_json(datapoints_item_data)

                    datapoints.append(datapoints_item)

            return datapoints

        def _p_summary(_tx_v: Any) -> ChartSummary | Unset:
            _summary = _tx_v
            summary: ChartSummary | Unset
            if isinstance(_summary, Unset):
                summary = UNSET
            else:
                summary = ChartSummary._tx_from_json(_summary)

            return summary

        def _p_presort(_tx_v: Any) -> Presort | Unset:
            _presort = _tx_v
            presort: Presort | Unset
            if isinstance(_presort, Unset):
                presort = UNSET
            else:
                presort = Presort._tx_from_json(_presort)

            return presort

        _tx_known: frozenset[str] = frozenset(
            (
                "type",
                "chartType",
                "chartTitle",
                "xAxisDataKey",
                "dataSeriesDefinitions",
                "datapoints",
                "summary",
                "presort",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "type_": ("type", None),
            "chart_type": ("chartType", None),
            "chart_title": ("chartTitle", None),
            "x_axis_data_key": ("xAxisDataKey", None),
            "data_series_definitions": ("dataSeriesDefinitions", _p_data_series_definitions),
            "datapoints": ("datapoints", _p_datapoints),
            "summary": ("summary", _p_summary),
            "presort": ("presort", _p_presort),
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
