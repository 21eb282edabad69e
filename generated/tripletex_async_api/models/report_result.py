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
    from ..models.report_result_cell import ReportResultCell
    from ..models.report_result_column_header import ReportResultColumnHeader
    from ..models.report_result_row_header import ReportResultRowHeader


T = TypeVar("T", bound="ReportResult")


@_attrs_define
class ReportResult(Model):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.name
        if _v is not UNSET:
            field_dict["name"] = _v
        _v = self.column_headers
        if _v is not UNSET:
            field_dict["columnHeaders"] = [_e.to_dict() for _e in _v]
        _v = self.row_headers
        if _v is not UNSET:
            field_dict["rowHeaders"] = [_e.to_dict() for _e in _v]
        table_content: list[list[dict[str, Any]]] | Unset = UNSET
        if not isinstance(self.table_content, Unset):
            table_content = []
            for table_content_item_data in self.table_content:
                table_content_item = []
                for table_content_item_item_data in table_content_item_data:
                    table_content_item_item = table_content_item_item_data.to_dict()
                    table_content_item.append(table_content_item_item)

                table_content.append(table_content_item)

        if table_content is not UNSET:
            field_dict["tableContent"] = table_content
        _v = self.row_depth
        if _v is not UNSET:
            field_dict["rowDepth"] = _v
        _v = self.height
        if _v is not UNSET:
            field_dict["height"] = _v
        _v = self.column_depth
        if _v is not UNSET:
            field_dict["columnDepth"] = _v
        _v = self.width
        if _v is not UNSET:
            field_dict["width"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ReportResult from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ReportResult.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.report_result_cell import ReportResultCell  # noqa: PLC0415
        from ..models.report_result_column_header import ReportResultColumnHeader  # noqa: PLC0415
        from ..models.report_result_row_header import ReportResultRowHeader  # noqa: PLC0415

        _new = object.__new__

        def _c_table_content(_tx_v: Any) -> Any:
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
                        table_content_item_item = ReportResultCell._tx_parse(table_content_item_item_data)

                        table_content_item.append(table_content_item_item)

                    table_content.append(table_content_item)

            return table_content

        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "name": "name",
            "rowDepth": "row_depth",
            "height": "height",
            "columnDepth": "column_depth",
            "width": "width",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.name = o.column_headers = o.row_headers = o.table_content = o.row_depth = o.height = (
                        o.column_depth
                    ) = o.width = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
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
                k = "columnHeaders"
                v = g("columnHeaders")
                if v is None:
                    o.column_headers = u
                    if "columnHeaders" not in d:
                        m += 1
                else:
                    o.column_headers = (
                        ([ReportResultColumnHeader._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "rowHeaders"
                v = g("rowHeaders")
                if v is None:
                    o.row_headers = u
                    if "rowHeaders" not in d:
                        m += 1
                else:
                    o.row_headers = (
                        ([ReportResultRowHeader._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "tableContent"
                v = g("tableContent")
                if v is None:
                    o.table_content = u
                    if "tableContent" not in d:
                        m += 1
                else:
                    o.table_content = _c_table_content(v)
                v = g("rowDepth")
                if v is None:
                    o.row_depth = u
                    if "rowDepth" not in d:
                        m += 1
                else:
                    o.row_depth = v
                v = g("height")
                if v is None:
                    o.height = u
                    if "height" not in d:
                        m += 1
                else:
                    o.height = v
                v = g("columnDepth")
                if v is None:
                    o.column_depth = u
                    if "columnDepth" not in d:
                        m += 1
                else:
                    o.column_depth = v
                v = g("width")
                if v is None:
                    o.width = u
                    if "width" not in d:
                        m += 1
                else:
                    o.width = v
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
            ("name", "name"),
            ("column_headers", "columnHeaders"),
            ("row_headers", "rowHeaders"),
            ("table_content", "tableContent"),
            ("row_depth", "rowDepth"),
            ("height", "height"),
            ("column_depth", "columnDepth"),
            ("width", "width"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.name
            o.name = u if v is None else v
            v = s.column_headers
            o.column_headers = (
                u
                if v is None or v is u
                else ([ReportResultColumnHeader._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.row_headers
            o.row_headers = (
                u
                if v is None or v is u
                else ([ReportResultRowHeader._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.table_content
            o.table_content = u if v is None or v is u else _c_table_content(v)
            v = s.row_depth
            o.row_depth = u if v is None else v
            v = s.height
            o.height = u if v is None else v
            v = s.column_depth
            o.column_depth = u if v is None else v
            v = s.width
            o.width = u if v is None else v
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
