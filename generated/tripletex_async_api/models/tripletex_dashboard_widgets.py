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
    from ..models.tripletex_dashboard_widget import TripletexDashboardWidget


T = TypeVar("T", bound="TripletexDashboardWidgets")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("content", list, False),
    ("sidebar", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class TripletexDashboardWidgets(LazyModel):
    """
    Attributes:
        content (list[TripletexDashboardWidget] | Unset): [read-only]
        sidebar (list[TripletexDashboardWidget] | Unset): [read-only]
    """

    content: list[TripletexDashboardWidget] | Unset = UNSET
    sidebar: list[TripletexDashboardWidget] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
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
        """A TripletexDashboardWidgets from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.tripletex_dashboard_widget import TripletexDashboardWidget  # noqa: PLC0415

        def _p_content(_tx_v: Any) -> list[TripletexDashboardWidget] | Unset:
            _content = _tx_v
            content: list[TripletexDashboardWidget] | Unset = UNSET
            if _content is not UNSET:
                content = []
                for content_item_data in _content:
                    if content_item_data is None:
                        continue
                    content_item = TripletexDashboardWidget._tx_from_json(content_item_data)

                    content.append(content_item)

            return content

        def _p_sidebar(_tx_v: Any) -> list[TripletexDashboardWidget] | Unset:
            _sidebar = _tx_v
            sidebar: list[TripletexDashboardWidget] | Unset = UNSET
            if _sidebar is not UNSET:
                sidebar = []
                for sidebar_item_data in _sidebar:
                    if sidebar_item_data is None:
                        continue
                    sidebar_item = TripletexDashboardWidget._tx_from_json(sidebar_item_data)

                    sidebar.append(sidebar_item)

            return sidebar

        _tx_known: frozenset[str] = frozenset(
            (
                "content",
                "sidebar",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "content": ("content", _p_content),
            "sidebar": ("sidebar", _p_sidebar),
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
