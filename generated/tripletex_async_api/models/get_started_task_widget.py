from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_started_task_widget_status import GetStartedTaskWidgetStatus
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

T = TypeVar("T", bound="GetStartedTaskWidget")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("status", str, False),)


@_attrs_define(on_setattr=mark_assigned)
class GetStartedTaskWidget(LazyModel):
    """
    Attributes:
        id (int | Unset):
        icon (str | Unset):
        title (str | Unset):
        status (GetStartedTaskWidgetStatus | Unset):
        action_url (str | Unset):
        data_test_id (str | Unset):
    """

    id: int | Unset = UNSET
    icon: str | Unset = UNSET
    title: str | Unset = UNSET
    status: GetStartedTaskWidgetStatus | Unset = UNSET
    action_url: str | Unset = UNSET
    data_test_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        id = self.id

        icon = self.icon

        title = self.title

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        action_url = self.action_url

        data_test_id = self.data_test_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if icon is not UNSET:
            field_dict["icon"] = icon
        if title is not UNSET:
            field_dict["title"] = title
        if status is not UNSET:
            field_dict["status"] = status
        if action_url is not UNSET:
            field_dict["actionUrl"] = action_url
        if data_test_id is not UNSET:
            field_dict["dataTestId"] = data_test_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A GetStartedTaskWidget from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_status(_tx_v: Any) -> GetStartedTaskWidgetStatus | Unset:
            _status = _tx_v
            status: GetStartedTaskWidgetStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = GetStartedTaskWidgetStatus(_status)

            return status

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "icon",
                "title",
                "status",
                "actionUrl",
                "dataTestId",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "icon": ("icon", None),
            "title": ("title", None),
            "status": ("status", _p_status),
            "action_url": ("actionUrl", None),
            "data_test_id": ("dataTestId", None),
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
