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
    from ..models.copilot_report_render_column_filters import CopilotReportRenderColumnFilters
    from ..models.copilot_report_render_row_filters import CopilotReportRenderRowFilters
    from ..models.report_group_filter import ReportGroupFilter


T = TypeVar("T", bound="CopilotReportRender")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("globalFilter", dict, False),
    ("columnFilters", dict, False),
    ("rowFilters", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class CopilotReportRender(LazyModel):
    """CopilotReportRender Data Transfer Object

    Attributes:
        report_id (int | Unset): Report id
        global_filter (ReportGroupFilter | Unset):
        column_filters (CopilotReportRenderColumnFilters | Unset): Replace, amend, or set filters, including ordering,
            on column variableNames
        row_filters (CopilotReportRenderRowFilters | Unset): Replace, amend, or set filters, including ordering, on row
            variableNames
    """

    report_id: int | Unset = UNSET
    global_filter: ReportGroupFilter | Unset = UNSET
    column_filters: CopilotReportRenderColumnFilters | Unset = UNSET
    row_filters: CopilotReportRenderRowFilters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        report_id = self.report_id

        global_filter: dict[str, Any] | Unset = UNSET
        if not isinstance(self.global_filter, Unset):
            global_filter = self.global_filter.to_dict()

        column_filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.column_filters, Unset):
            column_filters = self.column_filters.to_dict()

        row_filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.row_filters, Unset):
            row_filters = self.row_filters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if report_id is not UNSET:
            field_dict["reportId"] = report_id
        if global_filter is not UNSET:
            field_dict["globalFilter"] = global_filter
        if column_filters is not UNSET:
            field_dict["columnFilters"] = column_filters
        if row_filters is not UNSET:
            field_dict["rowFilters"] = row_filters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A CopilotReportRender from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.copilot_report_render_column_filters import CopilotReportRenderColumnFilters  # noqa: PLC0415
        from ..models.copilot_report_render_row_filters import CopilotReportRenderRowFilters  # noqa: PLC0415
        from ..models.report_group_filter import ReportGroupFilter  # noqa: PLC0415

        def _p_global_filter(_tx_v: Any) -> ReportGroupFilter | Unset:
            _global_filter = _tx_v
            global_filter: ReportGroupFilter | Unset
            if isinstance(_global_filter, Unset):
                global_filter = UNSET
            else:
                global_filter = ReportGroupFilter._tx_from_json(_global_filter)

            return global_filter

        def _p_column_filters(_tx_v: Any) -> CopilotReportRenderColumnFilters | Unset:
            _column_filters = _tx_v
            column_filters: CopilotReportRenderColumnFilters | Unset
            if isinstance(_column_filters, Unset):
                column_filters = UNSET
            else:
                column_filters = CopilotReportRenderColumnFilters._tx_from_json(_column_filters)

            return column_filters

        def _p_row_filters(_tx_v: Any) -> CopilotReportRenderRowFilters | Unset:
            _row_filters = _tx_v
            row_filters: CopilotReportRenderRowFilters | Unset
            if isinstance(_row_filters, Unset):
                row_filters = UNSET
            else:
                row_filters = CopilotReportRenderRowFilters._tx_from_json(_row_filters)

            return row_filters

        _tx_known: frozenset[str] = frozenset(
            (
                "reportId",
                "globalFilter",
                "columnFilters",
                "rowFilters",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "report_id": ("reportId", None),
            "global_filter": ("globalFilter", _p_global_filter),
            "column_filters": ("columnFilters", _p_column_filters),
            "row_filters": ("rowFilters", _p_row_filters),
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
