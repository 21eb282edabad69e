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
    from ..models.timesheet_entry import TimesheetEntry


T = TypeVar("T", bound="TimeSheetAutosaveHour")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("hourEntry", dict, False),)


@_attrs_define(on_setattr=mark_assigned)
class TimeSheetAutosaveHour(LazyModel):
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
        self._tx_load()
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
        """A TimeSheetAutosaveHour from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.timesheet_entry import TimesheetEntry  # noqa: PLC0415

        def _p_hour_entry(_tx_v: Any) -> TimesheetEntry | Unset:
            _hour_entry = _tx_v
            hour_entry: TimesheetEntry | Unset
            if isinstance(_hour_entry, Unset):
                hour_entry = UNSET
            else:
                hour_entry = TimesheetEntry._tx_from_json(_hour_entry)

            return hour_entry

        _tx_known: frozenset[str] = frozenset(
            (
                "hourEntry",
                "newStopwatchIntervalString",
                "stopwatchIntervalString",
                "errorMessage",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "hour_entry": ("hourEntry", _p_hour_entry),
            "new_stopwatch_interval_string": ("newStopwatchIntervalString", None),
            "stopwatch_interval_string": ("stopwatchIntervalString", None),
            "error_message": ("errorMessage", None),
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
