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
    parse_error,
    parse_model,
)

if TYPE_CHECKING:
    from ..models.copilot_report_render_column_filters import CopilotReportRenderColumnFilters
    from ..models.copilot_report_render_row_filters import CopilotReportRenderRowFilters
    from ..models.report_group_filter import ReportGroupFilter


T = TypeVar("T", bound="CopilotReportRender")


@_attrs_define
class CopilotReportRender(Model):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.report_id
        if _v is not UNSET:
            field_dict["reportId"] = _v
        _v = self.global_filter
        if _v is not UNSET:
            field_dict["globalFilter"] = _v.to_dict()
        _v = self.column_filters
        if _v is not UNSET:
            field_dict["columnFilters"] = _v.to_dict()
        _v = self.row_filters
        if _v is not UNSET:
            field_dict["rowFilters"] = _v.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A CopilotReportRender from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``CopilotReportRender.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.copilot_report_render_column_filters import CopilotReportRenderColumnFilters  # noqa: PLC0415
        from ..models.copilot_report_render_row_filters import CopilotReportRenderRowFilters  # noqa: PLC0415
        from ..models.report_group_filter import ReportGroupFilter  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "reportId",
                "globalFilter",
                "columnFilters",
                "rowFilters",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("reportId")
                if v is None:
                    o.report_id = u
                    if "reportId" not in d:
                        m += 1
                else:
                    o.report_id = v
                k = "globalFilter"
                v = g("globalFilter")
                if v is None:
                    o.global_filter = u
                    if "globalFilter" not in d:
                        m += 1
                else:
                    o.global_filter = ReportGroupFilter._tx_parse(v)
                k = "columnFilters"
                v = g("columnFilters")
                if v is None:
                    o.column_filters = u
                    if "columnFilters" not in d:
                        m += 1
                else:
                    o.column_filters = CopilotReportRenderColumnFilters._tx_parse(v)
                k = "rowFilters"
                v = g("rowFilters")
                if v is None:
                    o.row_filters = u
                    if "rowFilters" not in d:
                        m += 1
                else:
                    o.row_filters = CopilotReportRenderRowFilters._tx_parse(v)
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 4 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("report_id", "reportId"),
            ("global_filter", "globalFilter"),
            ("column_filters", "columnFilters"),
            ("row_filters", "rowFilters"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.report_id
            o.report_id = u if v is None else v
            v = s.global_filter
            o.global_filter = u if v is None or v is u else ReportGroupFilter._tx_parse(v)
            v = s.column_filters
            o.column_filters = u if v is None or v is u else CopilotReportRenderColumnFilters._tx_parse(v)
            v = s.row_filters
            o.row_filters = u if v is None or v is u else CopilotReportRenderRowFilters._tx_parse(v)
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
