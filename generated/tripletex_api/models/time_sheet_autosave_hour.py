from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.timesheet_entry import TimesheetEntry


T = TypeVar("T", bound="TimeSheetAutosaveHour")


@_attrs_define
class TimeSheetAutosaveHour:
    """
    Attributes:
        hour_entry (TimesheetEntry | Unset):
        new_stopwatch_interval_string (str | Unset): [read-only]
        stopwatch_interval_string (str | Unset): [read-only]
        error_message (str | Unset): [read-only]
    """

    hour_entry: TimesheetEntry | Unset = UNSET
    new_stopwatch_interval_string: str | Unset = UNSET
    stopwatch_interval_string: str | Unset = UNSET
    error_message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        hour_entry: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hour_entry, Unset):
            hour_entry = self.hour_entry.to_dict()

        new_stopwatch_interval_string = self.new_stopwatch_interval_string

        stopwatch_interval_string = self.stopwatch_interval_string

        error_message = self.error_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hour_entry is not UNSET:
            field_dict["hourEntry"] = hour_entry
        if new_stopwatch_interval_string is not UNSET and not _in_request:
            field_dict["newStopwatchIntervalString"] = new_stopwatch_interval_string
        if stopwatch_interval_string is not UNSET and not _in_request:
            field_dict["stopwatchIntervalString"] = stopwatch_interval_string
        if error_message is not UNSET and not _in_request:
            field_dict["errorMessage"] = error_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.timesheet_entry import TimesheetEntry  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _hour_entry = d.pop("hourEntry", UNSET)
        hour_entry: TimesheetEntry | Unset
        if isinstance(_hour_entry, Unset):
            hour_entry = UNSET
        else:
            hour_entry = TimesheetEntry.from_dict(_hour_entry)

        new_stopwatch_interval_string = d.pop("newStopwatchIntervalString", UNSET)

        stopwatch_interval_string = d.pop("stopwatchIntervalString", UNSET)

        error_message = d.pop("errorMessage", UNSET)

        _obj = cls(
            hour_entry=hour_entry,
            new_stopwatch_interval_string=new_stopwatch_interval_string,
            stopwatch_interval_string=stopwatch_interval_string,
            error_message=error_message,
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
