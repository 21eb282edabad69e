from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    not_an_array,
    parse_error,
    parse_model,
)

if TYPE_CHECKING:
    from ..models.chart_datapoint import ChartDatapoint
    from ..models.chart_summary import ChartSummary
    from ..models.data_series_definition import DataSeriesDefinition
    from ..models.presort import Presort


T = TypeVar("T", bound="VisualizationBlock")


@_attrs_define
class VisualizationBlock(Model):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.type_
        if _v is not UNSET:
            field_dict["type"] = _v
        _v = self.chart_type
        if _v is not UNSET:
            field_dict["chartType"] = _v
        _v = self.chart_title
        if _v is not UNSET:
            field_dict["chartTitle"] = _v
        _v = self.x_axis_data_key
        if _v is not UNSET:
            field_dict["xAxisDataKey"] = _v
        _v = self.data_series_definitions
        if _v is not UNSET:
            field_dict["dataSeriesDefinitions"] = [_e.to_dict() for _e in _v]
        _v = self.datapoints
        if _v is not UNSET:
            field_dict["datapoints"] = [_e.to_dict() for _e in _v]
        _v = self.summary
        if _v is not UNSET:
            field_dict["summary"] = _v.to_dict()
        _v = self.presort
        if _v is not UNSET:
            field_dict["presort"] = _v.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A VisualizationBlock from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``VisualizationBlock.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.chart_datapoint import ChartDatapoint  # noqa: PLC0415
        from ..models.chart_summary import ChartSummary  # noqa: PLC0415
        from ..models.data_series_definition import DataSeriesDefinition  # noqa: PLC0415
        from ..models.presort import Presort  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "type": "type_",
            "chartType": "chart_type",
            "chartTitle": "chart_title",
            "xAxisDataKey": "x_axis_data_key",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.type_ = o.chart_type = o.chart_title = o.x_axis_data_key = o.data_series_definitions = (
                        o.datapoints
                    ) = o.summary = o.presort = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("type")
                if v is None:
                    o.type_ = u
                    if "type" not in d:
                        m += 1
                else:
                    o.type_ = v
                v = g("chartType")
                if v is None:
                    o.chart_type = u
                    if "chartType" not in d:
                        m += 1
                else:
                    o.chart_type = v
                v = g("chartTitle")
                if v is None:
                    o.chart_title = u
                    if "chartTitle" not in d:
                        m += 1
                else:
                    o.chart_title = v
                v = g("xAxisDataKey")
                if v is None:
                    o.x_axis_data_key = u
                    if "xAxisDataKey" not in d:
                        m += 1
                else:
                    o.x_axis_data_key = v
                k = "dataSeriesDefinitions"
                v = g("dataSeriesDefinitions")
                if v is None:
                    o.data_series_definitions = u
                    if "dataSeriesDefinitions" not in d:
                        m += 1
                else:
                    o.data_series_definitions = (
                        ([DataSeriesDefinition._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "datapoints"
                v = g("datapoints")
                if v is None:
                    o.datapoints = u
                    if "datapoints" not in d:
                        m += 1
                else:
                    o.datapoints = (
                        ([ChartDatapoint._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "summary"
                v = g("summary")
                if v is None:
                    o.summary = u
                    if "summary" not in d:
                        m += 1
                else:
                    o.summary = ChartSummary._tx_parse(v)
                k = "presort"
                v = g("presort")
                if v is None:
                    o.presort = u
                    if "presort" not in d:
                        m += 1
                else:
                    o.presort = Presort._tx_parse(v)
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 8 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("type_", "type"),
            ("chart_type", "chartType"),
            ("chart_title", "chartTitle"),
            ("x_axis_data_key", "xAxisDataKey"),
            ("data_series_definitions", "dataSeriesDefinitions"),
            ("datapoints", "datapoints"),
            ("summary", "summary"),
            ("presort", "presort"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.type_
            o.type_ = u if v is None else v
            v = s.chart_type
            o.chart_type = u if v is None else v
            v = s.chart_title
            o.chart_title = u if v is None else v
            v = s.x_axis_data_key
            o.x_axis_data_key = u if v is None else v
            v = s.data_series_definitions
            o.data_series_definitions = (
                u
                if v is None or v is u
                else ([DataSeriesDefinition._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.datapoints
            o.datapoints = (
                u
                if v is None or v is u
                else ([ChartDatapoint._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.summary
            o.summary = u if v is None or v is u else ChartSummary._tx_parse(v)
            v = s.presort
            o.presort = u if v is None or v is u else Presort._tx_parse(v)
            o.additional_properties = {}
            return o

        return ModelParsers(parse, WireSpec(_wire_fields, convert))

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
