from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tripletex_dashboard_reminder_reminder_border_color import TripletexDashboardReminderReminderBorderColor
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    parse_error,
    parse_model,
)

if TYPE_CHECKING:
    from ..models.company_reminder import CompanyReminder
    from ..models.global_reminder import GlobalReminder


T = TypeVar("T", bound="TripletexDashboardReminder")


@_attrs_define
class TripletexDashboardReminder(Model):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.global_reminder
        if _v is not UNSET:
            field_dict["globalReminder"] = _v.to_dict()
        _v = self.company_reminder
        if _v is not UNSET:
            field_dict["companyReminder"] = _v.to_dict()
        _v = self.reminder_border_color
        if _v is not UNSET:
            field_dict["reminderBorderColor"] = _v._value_
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TripletexDashboardReminder from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``TripletexDashboardReminder.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.company_reminder import CompanyReminder  # noqa: PLC0415
        from ..models.global_reminder import GlobalReminder  # noqa: PLC0415

        _new = object.__new__
        _e_reminder_border_color: dict[Any, Any] = enum_members(TripletexDashboardReminderReminderBorderColor)
        _known: frozenset[str] = frozenset(
            (
                "globalReminder",
                "companyReminder",
                "reminderBorderColor",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "globalReminder"
                v = g("globalReminder")
                if v is None:
                    o.global_reminder = u
                    if "globalReminder" not in d:
                        m += 1
                else:
                    o.global_reminder = GlobalReminder._tx_parse(v)
                k = "companyReminder"
                v = g("companyReminder")
                if v is None:
                    o.company_reminder = u
                    if "companyReminder" not in d:
                        m += 1
                else:
                    o.company_reminder = CompanyReminder._tx_parse(v)
                k = "reminderBorderColor"
                v = g("reminderBorderColor")
                if v is None:
                    o.reminder_border_color = u
                    if "reminderBorderColor" not in d:
                        m += 1
                else:
                    o.reminder_border_color = (
                        e_
                        if (e_ := _e_reminder_border_color.get(v)) is not None
                        else enum_value(TripletexDashboardReminderReminderBorderColor, v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 3 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("global_reminder", "globalReminder"),
            ("company_reminder", "companyReminder"),
            ("reminder_border_color", "reminderBorderColor"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.global_reminder
            o.global_reminder = u if v is None or v is u else GlobalReminder._tx_parse(v)
            v = s.company_reminder
            o.company_reminder = u if v is None or v is u else CompanyReminder._tx_parse(v)
            v = s.reminder_border_color
            o.reminder_border_color = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_reminder_border_color.get(v)) is not None
                else enum_value(TripletexDashboardReminderReminderBorderColor, v)
            )
            o.additional_properties = {}
            return o

        return ModelParsers(parse, WireSpec(_wire_fields, convert))

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
