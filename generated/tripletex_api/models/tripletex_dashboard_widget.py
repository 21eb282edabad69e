from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tripletex_dashboard_widget_id import TripletexDashboardWidgetId
from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="TripletexDashboardWidget")


@_attrs_define
class TripletexDashboardWidget:
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
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _id = d.pop("id", UNSET)
        id: TripletexDashboardWidgetId | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = TripletexDashboardWidgetId(_id)

        hidden = d.pop("hidden", UNSET)

        row_index = d.pop("rowIndex", UNSET)

        row_span = d.pop("rowSpan", UNSET)

        col_index = d.pop("colIndex", UNSET)

        col_span = d.pop("colSpan", UNSET)

        _obj = cls(
            id=id,
            hidden=hidden,
            row_index=row_index,
            row_span=row_span,
            col_index=col_index,
            col_span=col_span,
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
