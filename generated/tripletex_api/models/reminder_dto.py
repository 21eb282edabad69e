from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.reminder_widget_dto import ReminderWidgetDTO


T = TypeVar("T", bound="ReminderDTO")


@_attrs_define
class ReminderDTO:
    """
    Attributes:
        reminders (list[ReminderWidgetDTO] | Unset): [read-only]
    """

    reminders: list[ReminderWidgetDTO] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        reminders: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.reminders, Unset):
            reminders = []
            for reminders_item_data in self.reminders:
                reminders_item = reminders_item_data.to_dict()
                reminders.append(reminders_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reminders is not UNSET and not _in_request:
            field_dict["reminders"] = reminders

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.reminder_widget_dto import ReminderWidgetDTO  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _reminders = d.pop("reminders", UNSET)
        reminders: list[ReminderWidgetDTO] | Unset = UNSET
        if _reminders is not UNSET:
            reminders = []
            for reminders_item_data in _reminders:
                if reminders_item_data is None:
                    continue
                reminders_item = ReminderWidgetDTO.from_dict(reminders_item_data)

                reminders.append(reminders_item)

        _obj = cls(
            reminders=reminders,
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
