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
    from ..models.change import Change
    from ..models.employee import Employee


T = TypeVar("T", bound="MobileSettings")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("employee", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class MobileSettings(LazyModel):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        employee (Employee | Unset):
        is_time_sheet_daily_notification_active (bool | Unset):
        notification_time (str | Unset):
        is_monday_active (bool | Unset):
        is_tuesday_active (bool | Unset):
        is_wednesday_active (bool | Unset):
        is_thursday_active (bool | Unset):
        is_friday_active (bool | Unset):
        is_saturday_active (bool | Unset):
        is_sunday_active (bool | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    employee: Employee | Unset = UNSET
    is_time_sheet_daily_notification_active: bool | Unset = UNSET
    notification_time: str | Unset = UNSET
    is_monday_active: bool | Unset = UNSET
    is_tuesday_active: bool | Unset = UNSET
    is_wednesday_active: bool | Unset = UNSET
    is_thursday_active: bool | Unset = UNSET
    is_friday_active: bool | Unset = UNSET
    is_saturday_active: bool | Unset = UNSET
    is_sunday_active: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        id = self.id

        version = self.version

        changes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.changes, Unset):
            changes = []
            for changes_item_data in self.changes:
                changes_item = changes_item_data.to_dict()
                changes.append(changes_item)

        url = self.url

        employee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.employee, Unset):
            employee = self.employee.to_dict()

        is_time_sheet_daily_notification_active = self.is_time_sheet_daily_notification_active

        notification_time = self.notification_time

        is_monday_active = self.is_monday_active

        is_tuesday_active = self.is_tuesday_active

        is_wednesday_active = self.is_wednesday_active

        is_thursday_active = self.is_thursday_active

        is_friday_active = self.is_friday_active

        is_saturday_active = self.is_saturday_active

        is_sunday_active = self.is_sunday_active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if version is not UNSET:
            field_dict["version"] = version
        if changes is not UNSET and not _in_request:
            field_dict["changes"] = changes
        if url is not UNSET and not _in_request:
            field_dict["url"] = url
        if employee is not UNSET:
            field_dict["employee"] = employee
        if is_time_sheet_daily_notification_active is not UNSET:
            field_dict["isTimeSheetDailyNotificationActive"] = is_time_sheet_daily_notification_active
        if notification_time is not UNSET:
            field_dict["notificationTime"] = notification_time
        if is_monday_active is not UNSET:
            field_dict["isMondayActive"] = is_monday_active
        if is_tuesday_active is not UNSET:
            field_dict["isTuesdayActive"] = is_tuesday_active
        if is_wednesday_active is not UNSET:
            field_dict["isWednesdayActive"] = is_wednesday_active
        if is_thursday_active is not UNSET:
            field_dict["isThursdayActive"] = is_thursday_active
        if is_friday_active is not UNSET:
            field_dict["isFridayActive"] = is_friday_active
        if is_saturday_active is not UNSET:
            field_dict["isSaturdayActive"] = is_saturday_active
        if is_sunday_active is not UNSET:
            field_dict["isSundayActive"] = is_sunday_active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A MobileSettings from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415

        def _p_changes(_tx_v: Any) -> list[Change] | Unset:
            _changes = _tx_v
            changes: list[Change] | Unset = UNSET
            if _changes is not UNSET:
                changes = []
                for changes_item_data in _changes:
                    if changes_item_data is None:
                        continue
                    changes_item = Change._tx_from_json(changes_item_data)

                    changes.append(changes_item)

            return changes

        def _p_employee(_tx_v: Any) -> Employee | Unset:
            _employee = _tx_v
            employee: Employee | Unset
            if isinstance(_employee, Unset):
                employee = UNSET
            else:
                employee = Employee._tx_from_json(_employee)

            return employee

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "employee",
                "isTimeSheetDailyNotificationActive",
                "notificationTime",
                "isMondayActive",
                "isTuesdayActive",
                "isWednesdayActive",
                "isThursdayActive",
                "isFridayActive",
                "isSaturdayActive",
                "isSundayActive",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "employee": ("employee", _p_employee),
            "is_time_sheet_daily_notification_active": ("isTimeSheetDailyNotificationActive", None),
            "notification_time": ("notificationTime", None),
            "is_monday_active": ("isMondayActive", None),
            "is_tuesday_active": ("isTuesdayActive", None),
            "is_wednesday_active": ("isWednesdayActive", None),
            "is_thursday_active": ("isThursdayActive", None),
            "is_friday_active": ("isFridayActive", None),
            "is_saturday_active": ("isSaturdayActive", None),
            "is_sunday_active": ("isSundayActive", None),
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
