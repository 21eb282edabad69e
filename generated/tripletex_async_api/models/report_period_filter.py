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
    from ..models.report_filter_period_datum import ReportFilterPeriodDatum


T = TypeVar("T", bound="ReportPeriodFilter")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("duration", dict, False),
    ("offset", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class ReportPeriodFilter(LazyModel):
    """
    Attributes:
        type_ (int | Unset):
        start (str | Unset):
        end (str | Unset):
        duration (ReportFilterPeriodDatum | Unset):
        offset (ReportFilterPeriodDatum | Unset):
        constrain_end_to_interval (bool | Unset):
        version (int | Unset):
    """

    type_: int | Unset = UNSET
    start: str | Unset = UNSET
    end: str | Unset = UNSET
    duration: ReportFilterPeriodDatum | Unset = UNSET
    offset: ReportFilterPeriodDatum | Unset = UNSET
    constrain_end_to_interval: bool | Unset = UNSET
    version: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        type_ = self.type_

        start = self.start

        end = self.end

        duration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration.to_dict()

        offset: dict[str, Any] | Unset = UNSET
        if not isinstance(self.offset, Unset):
            offset = self.offset.to_dict()

        constrain_end_to_interval = self.constrain_end_to_interval

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if duration is not UNSET:
            field_dict["duration"] = duration
        if offset is not UNSET:
            field_dict["offset"] = offset
        if constrain_end_to_interval is not UNSET:
            field_dict["constrainEndToInterval"] = constrain_end_to_interval
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ReportPeriodFilter from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.report_filter_period_datum import ReportFilterPeriodDatum  # noqa: PLC0415

        def _p_duration(_tx_v: Any) -> ReportFilterPeriodDatum | Unset:
            _duration = _tx_v
            duration: ReportFilterPeriodDatum | Unset
            if isinstance(_duration, Unset):
                duration = UNSET
            else:
                duration = ReportFilterPeriodDatum._tx_from_json(_duration)

            return duration

        def _p_offset(_tx_v: Any) -> ReportFilterPeriodDatum | Unset:
            _offset = _tx_v
            offset: ReportFilterPeriodDatum | Unset
            if isinstance(_offset, Unset):
                offset = UNSET
            else:
                offset = ReportFilterPeriodDatum._tx_from_json(_offset)

            return offset

        _tx_known: frozenset[str] = frozenset(
            (
                "type",
                "start",
                "end",
                "duration",
                "offset",
                "constrainEndToInterval",
                "version",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "type_": ("type", None),
            "start": ("start", None),
            "end": ("end", None),
            "duration": ("duration", _p_duration),
            "offset": ("offset", _p_offset),
            "constrain_end_to_interval": ("constrainEndToInterval", None),
            "version": ("version", None),
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
