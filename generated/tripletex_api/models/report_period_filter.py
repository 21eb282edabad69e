from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.report_filter_period_datum import ReportFilterPeriodDatum


T = TypeVar("T", bound="ReportPeriodFilter")


@_attrs_define
class ReportPeriodFilter:
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
        from ..models.report_filter_period_datum import ReportFilterPeriodDatum  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        type_ = d.pop("type", UNSET)

        start = d.pop("start", UNSET)

        end = d.pop("end", UNSET)

        _duration = d.pop("duration", UNSET)
        duration: ReportFilterPeriodDatum | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = ReportFilterPeriodDatum.from_dict(_duration)

        _offset = d.pop("offset", UNSET)
        offset: ReportFilterPeriodDatum | Unset
        if isinstance(_offset, Unset):
            offset = UNSET
        else:
            offset = ReportFilterPeriodDatum.from_dict(_offset)

        constrain_end_to_interval = d.pop("constrainEndToInterval", UNSET)

        version = d.pop("version", UNSET)

        _obj = cls(
            type_=type_,
            start=start,
            end=end,
            duration=duration,
            offset=offset,
            constrain_end_to_interval=constrain_end_to_interval,
            version=version,
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
