from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.mobile_settings import MobileSettings
    from ..models.notification_settings import NotificationSettings


T = TypeVar("T", bound="MobileNotificationSettings")


@_attrs_define
class MobileNotificationSettings:
    """
    Attributes:
        notification_preferences (list[NotificationSettings] | Unset):
        daily_time_sheet_notification_settings (MobileSettings | Unset):
    """

    notification_preferences: list[NotificationSettings] | Unset = UNSET
    daily_time_sheet_notification_settings: MobileSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        notification_preferences: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.notification_preferences, Unset):
            notification_preferences = []
            for notification_preferences_item_data in self.notification_preferences:
                notification_preferences_item = notification_preferences_item_data.to_dict()
                notification_preferences.append(notification_preferences_item)

        daily_time_sheet_notification_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.daily_time_sheet_notification_settings, Unset):
            daily_time_sheet_notification_settings = self.daily_time_sheet_notification_settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if notification_preferences is not UNSET:
            field_dict["notificationPreferences"] = notification_preferences
        if daily_time_sheet_notification_settings is not UNSET:
            field_dict["dailyTimeSheetNotificationSettings"] = daily_time_sheet_notification_settings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.mobile_settings import MobileSettings  # noqa: PLC0415
        from ..models.notification_settings import NotificationSettings  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _notification_preferences = d.pop("notificationPreferences", UNSET)
        notification_preferences: list[NotificationSettings] | Unset = UNSET
        if _notification_preferences is not UNSET:
            notification_preferences = []
            for notification_preferences_item_data in _notification_preferences:
                if notification_preferences_item_data is None:
                    continue
                notification_preferences_item = NotificationSettings.from_dict(notification_preferences_item_data)

                notification_preferences.append(notification_preferences_item)

        _daily_time_sheet_notification_settings = d.pop("dailyTimeSheetNotificationSettings", UNSET)
        daily_time_sheet_notification_settings: MobileSettings | Unset
        if isinstance(_daily_time_sheet_notification_settings, Unset):
            daily_time_sheet_notification_settings = UNSET
        else:
            daily_time_sheet_notification_settings = MobileSettings.from_dict(_daily_time_sheet_notification_settings)

        _obj = cls(
            notification_preferences=notification_preferences,
            daily_time_sheet_notification_settings=daily_time_sheet_notification_settings,
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
