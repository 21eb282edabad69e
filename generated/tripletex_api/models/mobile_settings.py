from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.change import Change
    from ..models.employee import Employee


T = TypeVar("T", bound="MobileSettings")


@_attrs_define
class MobileSettings:
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
        from ..models.change import Change  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        id = d.pop("id", UNSET)

        version = d.pop("version", UNSET)

        _changes = d.pop("changes", UNSET)
        changes: list[Change] | Unset = UNSET
        if _changes is not UNSET:
            changes = []
            for changes_item_data in _changes:
                if changes_item_data is None:
                    continue
                changes_item = Change.from_dict(changes_item_data)

                changes.append(changes_item)

        url = d.pop("url", UNSET)

        _employee = d.pop("employee", UNSET)
        employee: Employee | Unset
        if isinstance(_employee, Unset):
            employee = UNSET
        else:
            employee = Employee.from_dict(_employee)

        is_time_sheet_daily_notification_active = d.pop("isTimeSheetDailyNotificationActive", UNSET)

        notification_time = d.pop("notificationTime", UNSET)

        is_monday_active = d.pop("isMondayActive", UNSET)

        is_tuesday_active = d.pop("isTuesdayActive", UNSET)

        is_wednesday_active = d.pop("isWednesdayActive", UNSET)

        is_thursday_active = d.pop("isThursdayActive", UNSET)

        is_friday_active = d.pop("isFridayActive", UNSET)

        is_saturday_active = d.pop("isSaturdayActive", UNSET)

        is_sunday_active = d.pop("isSundayActive", UNSET)

        _obj = cls(
            id=id,
            version=version,
            changes=changes,
            url=url,
            employee=employee,
            is_time_sheet_daily_notification_active=is_time_sheet_daily_notification_active,
            notification_time=notification_time,
            is_monday_active=is_monday_active,
            is_tuesday_active=is_tuesday_active,
            is_wednesday_active=is_wednesday_active,
            is_thursday_active=is_thursday_active,
            is_friday_active=is_friday_active,
            is_saturday_active=is_saturday_active,
            is_sunday_active=is_sunday_active,
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
