from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_started_task_widget_status import GetStartedTaskWidgetStatus
from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="GetStartedTaskWidget")


@_attrs_define
class GetStartedTaskWidget:
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
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        id = d.pop("id", UNSET)

        icon = d.pop("icon", UNSET)

        title = d.pop("title", UNSET)

        _status = d.pop("status", UNSET)
        status: GetStartedTaskWidgetStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = GetStartedTaskWidgetStatus(_status)

        action_url = d.pop("actionUrl", UNSET)

        data_test_id = d.pop("dataTestId", UNSET)

        _obj = cls(
            id=id,
            icon=icon,
            title=title,
            status=status,
            action_url=action_url,
            data_test_id=data_test_id,
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
