from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tripletex_dashboard_reminder_reminder_border_color import TripletexDashboardReminderReminderBorderColor
from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.company_reminder import CompanyReminder
    from ..models.global_reminder import GlobalReminder


T = TypeVar("T", bound="TripletexDashboardReminder")


@_attrs_define
class TripletexDashboardReminder:
    """
    Attributes:
        global_reminder (GlobalReminder | Unset):
        company_reminder (CompanyReminder | Unset):
        reminder_border_color (TripletexDashboardReminderReminderBorderColor | Unset):
    """

    global_reminder: GlobalReminder | Unset = UNSET
    company_reminder: CompanyReminder | Unset = UNSET
    reminder_border_color: TripletexDashboardReminderReminderBorderColor | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        global_reminder: dict[str, Any] | Unset = UNSET
        if not isinstance(self.global_reminder, Unset):
            global_reminder = self.global_reminder.to_dict()

        company_reminder: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company_reminder, Unset):
            company_reminder = self.company_reminder.to_dict()

        reminder_border_color: str | Unset = UNSET
        if not isinstance(self.reminder_border_color, Unset):
            reminder_border_color = self.reminder_border_color.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if global_reminder is not UNSET:
            field_dict["globalReminder"] = global_reminder
        if company_reminder is not UNSET:
            field_dict["companyReminder"] = company_reminder
        if reminder_border_color is not UNSET:
            field_dict["reminderBorderColor"] = reminder_border_color

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.company_reminder import CompanyReminder  # noqa: PLC0415
        from ..models.global_reminder import GlobalReminder  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _global_reminder = d.pop("globalReminder", UNSET)
        global_reminder: GlobalReminder | Unset
        if isinstance(_global_reminder, Unset):
            global_reminder = UNSET
        else:
            global_reminder = GlobalReminder.from_dict(_global_reminder)

        _company_reminder = d.pop("companyReminder", UNSET)
        company_reminder: CompanyReminder | Unset
        if isinstance(_company_reminder, Unset):
            company_reminder = UNSET
        else:
            company_reminder = CompanyReminder.from_dict(_company_reminder)

        _reminder_border_color = d.pop("reminderBorderColor", UNSET)
        reminder_border_color: TripletexDashboardReminderReminderBorderColor | Unset
        if isinstance(_reminder_border_color, Unset):
            reminder_border_color = UNSET
        else:
            reminder_border_color = TripletexDashboardReminderReminderBorderColor(_reminder_border_color)

        _obj = cls(
            global_reminder=global_reminder,
            company_reminder=company_reminder,
            reminder_border_color=reminder_border_color,
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
