from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tripletex_dashboard_reminder_reminder_border_color import TripletexDashboardReminderReminderBorderColor
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
    from ..models.company_reminder import CompanyReminder
    from ..models.global_reminder import GlobalReminder


T = TypeVar("T", bound="TripletexDashboardReminder")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("globalReminder", dict, False),
    ("companyReminder", dict, False),
    ("reminderBorderColor", str, False),
)


@_attrs_define(on_setattr=mark_assigned)
class TripletexDashboardReminder(LazyModel):
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
        self._tx_load()
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
        """A TripletexDashboardReminder from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.company_reminder import CompanyReminder  # noqa: PLC0415
        from ..models.global_reminder import GlobalReminder  # noqa: PLC0415

        def _p_global_reminder(_tx_v: Any) -> GlobalReminder | Unset:
            _global_reminder = _tx_v
            global_reminder: GlobalReminder | Unset
            if isinstance(_global_reminder, Unset):
                global_reminder = UNSET
            else:
                global_reminder = GlobalReminder._tx_from_json(_global_reminder)

            return global_reminder

        def _p_company_reminder(_tx_v: Any) -> CompanyReminder | Unset:
            _company_reminder = _tx_v
            company_reminder: CompanyReminder | Unset
            if isinstance(_company_reminder, Unset):
                company_reminder = UNSET
            else:
                company_reminder = CompanyReminder._tx_from_json(_company_reminder)

            return company_reminder

        def _p_reminder_border_color(_tx_v: Any) -> TripletexDashboardReminderReminderBorderColor | Unset:
            _reminder_border_color = _tx_v
            reminder_border_color: TripletexDashboardReminderReminderBorderColor | Unset
            if isinstance(_reminder_border_color, Unset):
                reminder_border_color = UNSET
            else:
                reminder_border_color = TripletexDashboardReminderReminderBorderColor(_reminder_border_color)

            return reminder_border_color

        _tx_known: frozenset[str] = frozenset(
            (
                "globalReminder",
                "companyReminder",
                "reminderBorderColor",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "global_reminder": ("globalReminder", _p_global_reminder),
            "company_reminder": ("companyReminder", _p_company_reminder),
            "reminder_border_color": ("reminderBorderColor", _p_reminder_border_color),
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
