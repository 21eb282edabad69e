from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tripletex_dashboard_widget_id import TripletexDashboardWidgetId
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    parse_error,
    parse_model,
    serializing_request_body,
)

T = TypeVar("T", bound="TripletexDashboardWidget")


@_attrs_define
class TripletexDashboardWidget(Model):
    """
    Attributes:
        id (TripletexDashboardWidgetId | Unset):
        hidden (bool | Unset):
        row_index (int | Unset):
        row_span (int | Unset):
        col_index (int | Unset):
        col_span (int | Unset):
    """

    id: TripletexDashboardWidgetId | Unset = UNSET
    hidden: bool | Unset = UNSET
    row_index: int | Unset = UNSET
    row_span: int | Unset = UNSET
    col_index: int | Unset = UNSET
    col_span: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.id
        if _v is not UNSET and not _in_request:
            field_dict["id"] = _v._value_
        _v = self.hidden
        if _v is not UNSET and not _in_request:
            field_dict["hidden"] = _v
        _v = self.row_index
        if _v is not UNSET and not _in_request:
            field_dict["rowIndex"] = _v
        _v = self.row_span
        if _v is not UNSET and not _in_request:
            field_dict["rowSpan"] = _v
        _v = self.col_index
        if _v is not UNSET and not _in_request:
            field_dict["colIndex"] = _v
        _v = self.col_span
        if _v is not UNSET and not _in_request:
            field_dict["colSpan"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TripletexDashboardWidget from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``TripletexDashboardWidget.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _e_id: dict[Any, Any] = enum_members(TripletexDashboardWidgetId)
        _known: frozenset[str] = frozenset(
            (
                "id",
                "hidden",
                "rowIndex",
                "rowSpan",
                "colIndex",
                "colSpan",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "id"
                v = g("id")
                if v is None:
                    o.id = u
                    if "id" not in d:
                        m += 1
                else:
                    o.id = e_ if (e_ := _e_id.get(v)) is not None else enum_value(TripletexDashboardWidgetId, v)
                v = g("hidden")
                if v is None:
                    o.hidden = u
                    if "hidden" not in d:
                        m += 1
                else:
                    o.hidden = v
                v = g("rowIndex")
                if v is None:
                    o.row_index = u
                    if "rowIndex" not in d:
                        m += 1
                else:
                    o.row_index = v
                v = g("rowSpan")
                if v is None:
                    o.row_span = u
                    if "rowSpan" not in d:
                        m += 1
                else:
                    o.row_span = v
                v = g("colIndex")
                if v is None:
                    o.col_index = u
                    if "colIndex" not in d:
                        m += 1
                else:
                    o.col_index = v
                v = g("colSpan")
                if v is None:
                    o.col_span = u
                    if "colSpan" not in d:
                        m += 1
                else:
                    o.col_span = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 6 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("id", "id"),
            ("hidden", "hidden"),
            ("row_index", "rowIndex"),
            ("row_span", "rowSpan"),
            ("col_index", "colIndex"),
            ("col_span", "colSpan"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.id
            o.id = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_id.get(v)) is not None
                else enum_value(TripletexDashboardWidgetId, v)
            )
            v = s.hidden
            o.hidden = u if v is None else v
            v = s.row_index
            o.row_index = u if v is None else v
            v = s.row_span
            o.row_span = u if v is None else v
            v = s.col_index
            o.col_index = u if v is None else v
            v = s.col_span
            o.col_span = u if v is None else v
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
