from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tripletex_dashboard_widget_id import TripletexDashboardWidgetId
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

T = TypeVar("T", bound="TripletexDashboardWidget")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("id", str, False),)


@_attrs_define(on_setattr=mark_assigned)
class TripletexDashboardWidget(LazyModel):
    """
    Attributes:
        id (TripletexDashboardWidgetId | Unset): [read-only]
        hidden (bool | Unset): [read-only]
        row_index (int | Unset): [read-only]
        row_span (int | Unset): [read-only]
        col_index (int | Unset): [read-only]
        col_span (int | Unset): [read-only]
    """

    id: TripletexDashboardWidgetId | Unset = UNSET
    hidden: bool | Unset = UNSET
    row_index: int | Unset = UNSET
    row_span: int | Unset = UNSET
    col_index: int | Unset = UNSET
    col_span: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = self.id.value

        hidden = self.hidden

        row_index = self.row_index

        row_span = self.row_span

        col_index = self.col_index

        col_span = self.col_span

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET and not _in_request:
            field_dict["id"] = id
        if hidden is not UNSET and not _in_request:
            field_dict["hidden"] = hidden
        if row_index is not UNSET and not _in_request:
            field_dict["rowIndex"] = row_index
        if row_span is not UNSET and not _in_request:
            field_dict["rowSpan"] = row_span
        if col_index is not UNSET and not _in_request:
            field_dict["colIndex"] = col_index
        if col_span is not UNSET and not _in_request:
            field_dict["colSpan"] = col_span

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TripletexDashboardWidget from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_id(_tx_v: Any) -> TripletexDashboardWidgetId | Unset:
            _id = _tx_v
            id: TripletexDashboardWidgetId | Unset
            if isinstance(_id, Unset):
                id = UNSET
            else:
                id = TripletexDashboardWidgetId(_id)

            return id

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "hidden",
                "rowIndex",
                "rowSpan",
                "colIndex",
                "colSpan",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", _p_id),
            "hidden": ("hidden", None),
            "row_index": ("rowIndex", None),
            "row_span": ("rowSpan", None),
            "col_index": ("colIndex", None),
            "col_span": ("colSpan", None),
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
