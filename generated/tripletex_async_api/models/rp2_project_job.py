from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

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

T = TypeVar("T", bound="RP2ProjectJob")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class RP2ProjectJob(LazyModel):
    """
    Attributes:
        id (int | Unset):
        label (str | Unset):
        sub_label (str | Unset):
        duration (float | Unset):
        duration_unit (str | Unset):
        period_id (int | Unset):
        sub_period_id (int | Unset):
        start_date (str | Unset):
        start_time (str | Unset):
        end_time (str | Unset):
    """

    id: int | Unset = UNSET
    label: str | Unset = UNSET
    sub_label: str | Unset = UNSET
    duration: float | Unset = UNSET
    duration_unit: str | Unset = UNSET
    period_id: int | Unset = UNSET
    sub_period_id: int | Unset = UNSET
    start_date: str | Unset = UNSET
    start_time: str | Unset = UNSET
    end_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        id = self.id

        label = self.label

        sub_label = self.sub_label

        duration = self.duration

        duration_unit = self.duration_unit

        period_id = self.period_id

        sub_period_id = self.sub_period_id

        start_date = self.start_date

        start_time = self.start_time

        end_time = self.end_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if label is not UNSET:
            field_dict["label"] = label
        if sub_label is not UNSET:
            field_dict["subLabel"] = sub_label
        if duration is not UNSET:
            field_dict["duration"] = duration
        if duration_unit is not UNSET:
            field_dict["durationUnit"] = duration_unit
        if period_id is not UNSET:
            field_dict["periodId"] = period_id
        if sub_period_id is not UNSET:
            field_dict["subPeriodId"] = sub_period_id
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if end_time is not UNSET:
            field_dict["endTime"] = end_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A RP2ProjectJob from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "label",
                "subLabel",
                "duration",
                "durationUnit",
                "periodId",
                "subPeriodId",
                "startDate",
                "startTime",
                "endTime",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "label": ("label", None),
            "sub_label": ("subLabel", None),
            "duration": ("duration", None),
            "duration_unit": ("durationUnit", None),
            "period_id": ("periodId", None),
            "sub_period_id": ("subPeriodId", None),
            "start_date": ("startDate", None),
            "start_time": ("startTime", None),
            "end_time": ("endTime", None),
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
