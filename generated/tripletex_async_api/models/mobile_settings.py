from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    not_an_array,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.change import Change
    from ..models.employee import Employee


T = TypeVar("T", bound="MobileSettings")


@_attrs_define
class MobileSettings(Model):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.id
        if _v is not UNSET:
            field_dict["id"] = _v
        _v = self.version
        if _v is not UNSET:
            field_dict["version"] = _v
        _v = self.changes
        if _v is not UNSET and not _in_request:
            field_dict["changes"] = [_e.to_dict() for _e in _v]
        _v = self.url
        if _v is not UNSET and not _in_request:
            field_dict["url"] = _v
        _v = self.employee
        if _v is not UNSET:
            field_dict["employee"] = _v.to_dict()
        _v = self.is_time_sheet_daily_notification_active
        if _v is not UNSET:
            field_dict["isTimeSheetDailyNotificationActive"] = _v
        _v = self.notification_time
        if _v is not UNSET:
            field_dict["notificationTime"] = _v
        _v = self.is_monday_active
        if _v is not UNSET:
            field_dict["isMondayActive"] = _v
        _v = self.is_tuesday_active
        if _v is not UNSET:
            field_dict["isTuesdayActive"] = _v
        _v = self.is_wednesday_active
        if _v is not UNSET:
            field_dict["isWednesdayActive"] = _v
        _v = self.is_thursday_active
        if _v is not UNSET:
            field_dict["isThursdayActive"] = _v
        _v = self.is_friday_active
        if _v is not UNSET:
            field_dict["isFridayActive"] = _v
        _v = self.is_saturday_active
        if _v is not UNSET:
            field_dict["isSaturdayActive"] = _v
        _v = self.is_sunday_active
        if _v is not UNSET:
            field_dict["isSundayActive"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A MobileSettings from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``MobileSettings.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.change import Change  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "isTimeSheetDailyNotificationActive": "is_time_sheet_daily_notification_active",
            "notificationTime": "notification_time",
            "isMondayActive": "is_monday_active",
            "isTuesdayActive": "is_tuesday_active",
            "isWednesdayActive": "is_wednesday_active",
            "isThursdayActive": "is_thursday_active",
            "isFridayActive": "is_friday_active",
            "isSaturdayActive": "is_saturday_active",
            "isSundayActive": "is_sunday_active",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.employee = o.is_time_sheet_daily_notification_active = (
                        o.notification_time
                    ) = o.is_monday_active = o.is_tuesday_active = o.is_wednesday_active = o.is_thursday_active = (
                        o.is_friday_active
                    ) = o.is_saturday_active = o.is_sunday_active = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 4 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.employee = o.is_time_sheet_daily_notification_active = (
                        o.notification_time
                    ) = o.is_monday_active = o.is_tuesday_active = o.is_wednesday_active = o.is_thursday_active = (
                        o.is_friday_active
                    ) = o.is_saturday_active = o.is_sunday_active = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("id")
                if v is None:
                    o.id = u
                    if "id" not in d:
                        m += 1
                else:
                    o.id = v
                v = g("version")
                if v is None:
                    o.version = u
                    if "version" not in d:
                        m += 1
                else:
                    o.version = v
                k = "changes"
                v = g("changes")
                if v is None:
                    o.changes = u
                    if "changes" not in d:
                        m += 1
                else:
                    o.changes = (
                        ([Change._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("url")
                if v is None:
                    o.url = u
                    if "url" not in d:
                        m += 1
                else:
                    o.url = v
                k = "employee"
                v = g("employee")
                if v is None:
                    o.employee = u
                    if "employee" not in d:
                        m += 1
                else:
                    o.employee = Employee._tx_parse(v)
                v = g("isTimeSheetDailyNotificationActive")
                if v is None:
                    o.is_time_sheet_daily_notification_active = u
                    if "isTimeSheetDailyNotificationActive" not in d:
                        m += 1
                else:
                    o.is_time_sheet_daily_notification_active = v
                v = g("notificationTime")
                if v is None:
                    o.notification_time = u
                    if "notificationTime" not in d:
                        m += 1
                else:
                    o.notification_time = v
                v = g("isMondayActive")
                if v is None:
                    o.is_monday_active = u
                    if "isMondayActive" not in d:
                        m += 1
                else:
                    o.is_monday_active = v
                v = g("isTuesdayActive")
                if v is None:
                    o.is_tuesday_active = u
                    if "isTuesdayActive" not in d:
                        m += 1
                else:
                    o.is_tuesday_active = v
                v = g("isWednesdayActive")
                if v is None:
                    o.is_wednesday_active = u
                    if "isWednesdayActive" not in d:
                        m += 1
                else:
                    o.is_wednesday_active = v
                v = g("isThursdayActive")
                if v is None:
                    o.is_thursday_active = u
                    if "isThursdayActive" not in d:
                        m += 1
                else:
                    o.is_thursday_active = v
                v = g("isFridayActive")
                if v is None:
                    o.is_friday_active = u
                    if "isFridayActive" not in d:
                        m += 1
                else:
                    o.is_friday_active = v
                v = g("isSaturdayActive")
                if v is None:
                    o.is_saturday_active = u
                    if "isSaturdayActive" not in d:
                        m += 1
                else:
                    o.is_saturday_active = v
                v = g("isSundayActive")
                if v is None:
                    o.is_sunday_active = u
                    if "isSundayActive" not in d:
                        m += 1
                else:
                    o.is_sunday_active = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 14 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("id", "id"),
            ("version", "version"),
            ("changes", "changes"),
            ("url", "url"),
            ("employee", "employee"),
            ("is_time_sheet_daily_notification_active", "isTimeSheetDailyNotificationActive"),
            ("notification_time", "notificationTime"),
            ("is_monday_active", "isMondayActive"),
            ("is_tuesday_active", "isTuesdayActive"),
            ("is_wednesday_active", "isWednesdayActive"),
            ("is_thursday_active", "isThursdayActive"),
            ("is_friday_active", "isFridayActive"),
            ("is_saturday_active", "isSaturdayActive"),
            ("is_sunday_active", "isSundayActive"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.id
            o.id = u if v is None else v
            v = s.version
            o.version = u if v is None else v
            v = s.changes
            o.changes = (
                u
                if v is None or v is u
                else ([Change._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.url
            o.url = u if v is None else v
            v = s.employee
            o.employee = u if v is None or v is u else Employee._tx_parse(v)
            v = s.is_time_sheet_daily_notification_active
            o.is_time_sheet_daily_notification_active = u if v is None else v
            v = s.notification_time
            o.notification_time = u if v is None else v
            v = s.is_monday_active
            o.is_monday_active = u if v is None else v
            v = s.is_tuesday_active
            o.is_tuesday_active = u if v is None else v
            v = s.is_wednesday_active
            o.is_wednesday_active = u if v is None else v
            v = s.is_thursday_active
            o.is_thursday_active = u if v is None else v
            v = s.is_friday_active
            o.is_friday_active = u if v is None else v
            v = s.is_saturday_active
            o.is_saturday_active = u if v is None else v
            v = s.is_sunday_active
            o.is_sunday_active = u if v is None else v
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
