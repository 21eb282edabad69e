from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.tripletex_dashboard_widget import TripletexDashboardWidget


T = TypeVar("T", bound="TripletexDashboardWidgets")


@_attrs_define
class TripletexDashboardWidgets:
    """
    Attributes:
        content (list[TripletexDashboardWidget] | Unset): [read-only]
        sidebar (list[TripletexDashboardWidget] | Unset): [read-only]
    """

    content: list[TripletexDashboardWidget] | Unset = UNSET
    sidebar: list[TripletexDashboardWidget] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        content: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = []
            for content_item_data in self.content:
                content_item = content_item_data.to_dict()
                content.append(content_item)

        sidebar: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sidebar, Unset):
            sidebar = []
            for sidebar_item_data in self.sidebar:
                sidebar_item = sidebar_item_data.to_dict()
                sidebar.append(sidebar_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if content is not UNSET and not _in_request:
            field_dict["content"] = content
        if sidebar is not UNSET and not _in_request:
            field_dict["sidebar"] = sidebar

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.tripletex_dashboard_widget import TripletexDashboardWidget  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _content = d.pop("content", UNSET)
        content: list[TripletexDashboardWidget] | Unset = UNSET
        if _content is not UNSET:
            content = []
            for content_item_data in _content:
                if content_item_data is None:
                    continue
                content_item = TripletexDashboardWidget.from_dict(content_item_data)

                content.append(content_item)

        _sidebar = d.pop("sidebar", UNSET)
        sidebar: list[TripletexDashboardWidget] | Unset = UNSET
        if _sidebar is not UNSET:
            sidebar = []
            for sidebar_item_data in _sidebar:
                if sidebar_item_data is None:
                    continue
                sidebar_item = TripletexDashboardWidget.from_dict(sidebar_item_data)

                sidebar.append(sidebar_item)

        _obj = cls(
            content=content,
            sidebar=sidebar,
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
