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
    from ..models.cell_blueprint_v1 import CellBlueprintV1
    from ..models.header_blueprint_v1 import HeaderBlueprintV1
    from ..models.report_settings import ReportSettings


T = TypeVar("T", bound="ReportBlueprintV2")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("settings", dict, False),
    ("columns", list, False),
    ("rows", list, False),
    ("cells", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class ReportBlueprintV2(LazyModel):
    """blueprint

    Attributes:
        name (str | Unset):
        description (str | Unset):
        settings (ReportSettings | Unset): Metadata describing the report settings
        columns (list[HeaderBlueprintV1] | Unset):
        rows (list[HeaderBlueprintV1] | Unset):
        cells (list[CellBlueprintV1] | Unset):
        version (int | Unset):
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    settings: ReportSettings | Unset = UNSET
    columns: list[HeaderBlueprintV1] | Unset = UNSET
    rows: list[HeaderBlueprintV1] | Unset = UNSET
    cells: list[CellBlueprintV1] | Unset = UNSET
    version: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        name = self.name

        description = self.description

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        columns: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.columns, Unset):
            columns = []
            for columns_item_data in self.columns:
                columns_item = columns_item_data.to_dict()
                columns.append(columns_item)

        rows: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rows, Unset):
            rows = []
            for rows_item_data in self.rows:
                rows_item = rows_item_data.to_dict()
                rows.append(rows_item)

        cells: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cells, Unset):
            cells = []
            for cells_item_data in self.cells:
                cells_item = cells_item_data.to_dict()
                cells.append(cells_item)

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if settings is not UNSET:
            field_dict["settings"] = settings
        if columns is not UNSET:
            field_dict["columns"] = columns
        if rows is not UNSET:
            field_dict["rows"] = rows
        if cells is not UNSET:
            field_dict["cells"] = cells
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ReportBlueprintV2 from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.cell_blueprint_v1 import CellBlueprintV1  # noqa: PLC0415
        from ..models.header_blueprint_v1 import HeaderBlueprintV1  # noqa: PLC0415
        from ..models.report_settings import ReportSettings  # noqa: PLC0415

        def _p_settings(_tx_v: Any) -> ReportSettings | Unset:
            _settings = _tx_v
            settings: ReportSettings | Unset
            if isinstance(_settings, Unset):
                settings = UNSET
            else:
                settings = ReportSettings._tx_from_json(_settings)

            return settings

        def _p_columns(_tx_v: Any) -> list[HeaderBlueprintV1] | Unset:
            _columns = _tx_v
            columns: list[HeaderBlueprintV1] | Unset = UNSET
            if _columns is not UNSET:
                columns = []
                for columns_item_data in _columns:
                    if columns_item_data is None:
                        continue
                    columns_item = HeaderBlueprintV1._tx_from_json(columns_item_data)

                    columns.append(columns_item)

            return columns

        def _p_rows(_tx_v: Any) -> list[HeaderBlueprintV1] | Unset:
            _rows = _tx_v
            rows: list[HeaderBlueprintV1] | Unset = UNSET
            if _rows is not UNSET:
                rows = []
                for rows_item_data in _rows:
                    if rows_item_data is None:
                        continue
                    rows_item = HeaderBlueprintV1._tx_from_json(rows_item_data)

                    rows.append(rows_item)

            return rows

        def _p_cells(_tx_v: Any) -> list[CellBlueprintV1] | Unset:
            _cells = _tx_v
            cells: list[CellBlueprintV1] | Unset = UNSET
            if _cells is not UNSET:
                cells = []
                for cells_item_data in _cells:
                    if cells_item_data is None:
                        continue
                    cells_item = CellBlueprintV1._tx_from_json(cells_item_data)

                    cells.append(cells_item)

            return cells

        _tx_known: frozenset[str] = frozenset(
            (
                "name",
                "description",
                "settings",
                "columns",
                "rows",
                "cells",
                "version",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "name": ("name", None),
            "description": ("description", None),
            "settings": ("settings", _p_settings),
            "columns": ("columns", _p_columns),
            "rows": ("rows", _p_rows),
            "cells": ("cells", _p_cells),
            "version": ("version", None),
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
