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
    from ..models.cell_blueprint_v1 import CellBlueprintV1
    from ..models.header_blueprint_v1 import HeaderBlueprintV1
    from ..models.report_settings import ReportSettings


T = TypeVar("T", bound="ReportBlueprintV2")


@_attrs_define
class ReportBlueprintV2(Model):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.name
        if _v is not UNSET:
            field_dict["name"] = _v
        _v = self.description
        if _v is not UNSET:
            field_dict["description"] = _v
        _v = self.settings
        if _v is not UNSET:
            field_dict["settings"] = _v.to_dict()
        _v = self.columns
        if _v is not UNSET:
            field_dict["columns"] = [_e.to_dict() for _e in _v]
        _v = self.rows
        if _v is not UNSET:
            field_dict["rows"] = [_e.to_dict() for _e in _v]
        _v = self.cells
        if _v is not UNSET:
            field_dict["cells"] = [_e.to_dict() for _e in _v]
        _v = self.version
        if _v is not UNSET:
            field_dict["version"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ReportBlueprintV2 from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ReportBlueprintV2.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.cell_blueprint_v1 import CellBlueprintV1  # noqa: PLC0415
        from ..models.header_blueprint_v1 import HeaderBlueprintV1  # noqa: PLC0415
        from ..models.report_settings import ReportSettings  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
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

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("name")
                if v is None:
                    o.name = u
                    if "name" not in d:
                        m += 1
                else:
                    o.name = v
                v = g("description")
                if v is None:
                    o.description = u
                    if "description" not in d:
                        m += 1
                else:
                    o.description = v
                k = "settings"
                v = g("settings")
                if v is None:
                    o.settings = u
                    if "settings" not in d:
                        m += 1
                else:
                    o.settings = ReportSettings._tx_parse(v)
                k = "columns"
                v = g("columns")
                if v is None:
                    o.columns = u
                    if "columns" not in d:
                        m += 1
                else:
                    o.columns = (
                        ([HeaderBlueprintV1._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "rows"
                v = g("rows")
                if v is None:
                    o.rows = u
                    if "rows" not in d:
                        m += 1
                else:
                    o.rows = (
                        ([HeaderBlueprintV1._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "cells"
                v = g("cells")
                if v is None:
                    o.cells = u
                    if "cells" not in d:
                        m += 1
                else:
                    o.cells = (
                        ([CellBlueprintV1._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("version")
                if v is None:
                    o.version = u
                    if "version" not in d:
                        m += 1
                else:
                    o.version = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 7 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("name", "name"),
            ("description", "description"),
            ("settings", "settings"),
            ("columns", "columns"),
            ("rows", "rows"),
            ("cells", "cells"),
            ("version", "version"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.name
            o.name = u if v is None else v
            v = s.description
            o.description = u if v is None else v
            v = s.settings
            o.settings = u if v is None or v is u else ReportSettings._tx_parse(v)
            v = s.columns
            o.columns = (
                u
                if v is None or v is u
                else ([HeaderBlueprintV1._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.rows
            o.rows = (
                u
                if v is None or v is u
                else ([HeaderBlueprintV1._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.cells
            o.cells = (
                u
                if v is None or v is u
                else ([CellBlueprintV1._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.version
            o.version = u if v is None else v
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
