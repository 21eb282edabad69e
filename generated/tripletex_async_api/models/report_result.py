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
    from ..models.report_result_cell import ReportResultCell
    from ..models.report_result_column_header import ReportResultColumnHeader
    from ..models.report_result_row_header import ReportResultRowHeader


T = TypeVar("T", bound="ReportResult")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("columnHeaders", list, False),
    ("rowHeaders", list, False),
    ("tableContent", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class ReportResult(LazyModel):
    """The Report result

    Attributes:
        name (str | Unset):
        column_headers (list[ReportResultColumnHeader] | Unset):
        row_headers (list[ReportResultRowHeader] | Unset):
        table_content (list[list[ReportResultCell]] | Unset):
        row_depth (int | Unset):
        height (int | Unset):
        column_depth (int | Unset):
        width (int | Unset):
    """

    name: str | Unset = UNSET
    column_headers: list[ReportResultColumnHeader] | Unset = UNSET
    row_headers: list[ReportResultRowHeader] | Unset = UNSET
    table_content: list[list[ReportResultCell]] | Unset = UNSET
    row_depth: int | Unset = UNSET
    height: int | Unset = UNSET
    column_depth: int | Unset = UNSET
    width: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        name = self.name

        column_headers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.column_headers, Unset):
            column_headers = []
            for column_headers_item_data in self.column_headers:
                column_headers_item = column_headers_item_data.to_dict()
                column_headers.append(column_headers_item)

        row_headers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.row_headers, Unset):
            row_headers = []
            for row_headers_item_data in self.row_headers:
                row_headers_item = row_headers_item_data.to_dict()
                row_headers.append(row_headers_item)

        table_content: list[list[dict[str, Any]]] | Unset = UNSET
        if not isinstance(self.table_content, Unset):
            table_content = []
            for table_content_item_data in self.table_content:
                table_content_item = []
                for table_content_item_item_data in table_content_item_data:
                    table_content_item_item = table_content_item_item_data.to_dict()
                    table_content_item.append(table_content_item_item)

                table_content.append(table_content_item)

        row_depth = self.row_depth

        height = self.height

        column_depth = self.column_depth

        width = self.width

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if column_headers is not UNSET:
            field_dict["columnHeaders"] = column_headers
        if row_headers is not UNSET:
            field_dict["rowHeaders"] = row_headers
        if table_content is not UNSET:
            field_dict["tableContent"] = table_content
        if row_depth is not UNSET:
            field_dict["rowDepth"] = row_depth
        if height is not UNSET:
            field_dict["height"] = height
        if column_depth is not UNSET:
            field_dict["columnDepth"] = column_depth
        if width is not UNSET:
            field_dict["width"] = width

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ReportResult from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.report_result_cell import ReportResultCell  # noqa: PLC0415
        from ..models.report_result_column_header import ReportResultColumnHeader  # noqa: PLC0415
        from ..models.report_result_row_header import ReportResultRowHeader  # noqa: PLC0415

        def _p_column_headers(_tx_v: Any) -> list[ReportResultColumnHeader] | Unset:
            _column_headers = _tx_v
            column_headers: list[ReportResultColumnHeader] | Unset = UNSET
            if _column_headers is not UNSET:
                column_headers = []
                for column_headers_item_data in _column_headers:
                    if column_headers_item_data is None:
                        continue
                    column_headers_item = ReportResultColumnHeader._tx_from_json(column_headers_item_data)

                    column_headers.append(column_headers_item)

            return column_headers

        def _p_row_headers(_tx_v: Any) -> list[ReportResultRowHeader] | Unset:
            _row_headers = _tx_v
            row_headers: list[ReportResultRowHeader] | Unset = UNSET
            if _row_headers is not UNSET:
                row_headers = []
                for row_headers_item_data in _row_headers:
                    if row_headers_item_data is None:
                        continue
                    row_headers_item = ReportResultRowHeader._tx_from_json(row_headers_item_data)

                    row_headers.append(row_headers_item)

            return row_headers

        def _p_table_content(_tx_v: Any) -> list[list[ReportResultCell]] | Unset:
            _table_content = _tx_v
            table_content: list[list[ReportResultCell]] | Unset = UNSET
            if _table_content is not UNSET:
                table_content = []
                for table_content_item_data in _table_content:
                    if table_content_item_data is None:
                        continue
                    table_content_item = []
                    _table_content_item = table_content_item_data
                    for table_content_item_item_data in _table_content_item:
                        if table_content_item_item_data is None:
                            continue
                        table_content_item_item = ReportResultCell._tx_from_json(table_content_item_item_data)

                        table_content_item.append(table_content_item_item)

                    table_content.append(table_content_item)

            return table_content

        _tx_known: frozenset[str] = frozenset(
            (
                "name",
                "columnHeaders",
                "rowHeaders",
                "tableContent",
                "rowDepth",
                "height",
                "columnDepth",
                "width",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "name": ("name", None),
            "column_headers": ("columnHeaders", _p_column_headers),
            "row_headers": ("rowHeaders", _p_row_headers),
            "table_content": ("tableContent", _p_table_content),
            "row_depth": ("rowDepth", None),
            "height": ("height", None),
            "column_depth": ("columnDepth", None),
            "width": ("width", None),
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
