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
    from ..models.mobile_settings import MobileSettings
    from ..models.notification_settings import NotificationSettings


T = TypeVar("T", bound="MobileNotificationSettings")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("notificationPreferences", list, False),
    ("dailyTimeSheetNotificationSettings", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class MobileNotificationSettings(LazyModel):
    """
    Attributes:
        notification_preferences (list[NotificationSettings] | Unset):
        daily_time_sheet_notification_settings (MobileSettings | Unset):
    """

    notification_preferences: list[NotificationSettings] | Unset = UNSET
    daily_time_sheet_notification_settings: MobileSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
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
        """A MobileNotificationSettings from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.mobile_settings import MobileSettings  # noqa: PLC0415
        from ..models.notification_settings import NotificationSettings  # noqa: PLC0415

        def _p_notification_preferences(_tx_v: Any) -> list[NotificationSettings] | Unset:
            _notification_preferences = _tx_v
            notification_preferences: list[NotificationSettings] | Unset = UNSET
            if _notification_preferences is not UNSET:
                notification_preferences = []
                for notification_preferences_item_data in _notification_preferences:
                    if notification_preferences_item_data is None:
                        continue
                    notification_preferences_item = NotificationSettings._tx_from_json(
                        notification_preferences_item_data
                    )

                    notification_preferences.append(notification_preferences_item)

            return notification_preferences

        def _p_daily_time_sheet_notification_settings(_tx_v: Any) -> MobileSettings | Unset:
            _daily_time_sheet_notification_settings = _tx_v
            daily_time_sheet_notification_settings: MobileSettings | Unset
            if isinstance(_daily_time_sheet_notification_settings, Unset):
                daily_time_sheet_notification_settings = UNSET
            else:
                daily_time_sheet_notification_settings = MobileSettings._tx_from_json(
                    _daily_time_sheet_notification_settings
                )

            return daily_time_sheet_notification_settings

        _tx_known: frozenset[str] = frozenset(
            (
                "notificationPreferences",
                "dailyTimeSheetNotificationSettings",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "notification_preferences": ("notificationPreferences", _p_notification_preferences),
            "daily_time_sheet_notification_settings": (
                "dailyTimeSheetNotificationSettings",
                _p_daily_time_sheet_notification_settings,
            ),
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
