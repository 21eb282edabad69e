from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.cell_blueprint_v1 import CellBlueprintV1
    from ..models.header_blueprint_v1 import HeaderBlueprintV1
    from ..models.report_settings import ReportSettings


T = TypeVar("T", bound="ReportBlueprintV2")


@_attrs_define
class ReportBlueprintV2:
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
        from ..models.cell_blueprint_v1 import CellBlueprintV1  # noqa: PLC0415
        from ..models.header_blueprint_v1 import HeaderBlueprintV1  # noqa: PLC0415
        from ..models.report_settings import ReportSettings  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        _settings = d.pop("settings", UNSET)
        settings: ReportSettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = ReportSettings.from_dict(_settings)

        _columns = d.pop("columns", UNSET)
        columns: list[HeaderBlueprintV1] | Unset = UNSET
        if _columns is not UNSET:
            columns = []
            for columns_item_data in _columns:
                if columns_item_data is None:
                    continue
                columns_item = HeaderBlueprintV1.from_dict(columns_item_data)

                columns.append(columns_item)

        _rows = d.pop("rows", UNSET)
        rows: list[HeaderBlueprintV1] | Unset = UNSET
        if _rows is not UNSET:
            rows = []
            for rows_item_data in _rows:
                if rows_item_data is None:
                    continue
                rows_item = HeaderBlueprintV1.from_dict(rows_item_data)

                rows.append(rows_item)

        _cells = d.pop("cells", UNSET)
        cells: list[CellBlueprintV1] | Unset = UNSET
        if _cells is not UNSET:
            cells = []
            for cells_item_data in _cells:
                if cells_item_data is None:
                    continue
                cells_item = CellBlueprintV1.from_dict(cells_item_data)

                cells.append(cells_item)

        version = d.pop("version", UNSET)

        _obj = cls(
            name=name,
            description=description,
            settings=settings,
            columns=columns,
            rows=rows,
            cells=cells,
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
