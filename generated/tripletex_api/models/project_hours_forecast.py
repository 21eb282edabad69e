from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.project_hours_forecast_forecast_hours_by_activity import ProjectHoursForecastForecastHoursByActivity


T = TypeVar("T", bound="ProjectHoursForecast")


@_attrs_define
class ProjectHoursForecast:
    """
    Attributes:
        forecast_hours_by_activity (ProjectHoursForecastForecastHoursByActivity | Unset): [read-only]
        forecast_project (float | Unset): [read-only]
    """

    forecast_hours_by_activity: ProjectHoursForecastForecastHoursByActivity | Unset = UNSET
    forecast_project: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        forecast_hours_by_activity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.forecast_hours_by_activity, Unset):
            forecast_hours_by_activity = self.forecast_hours_by_activity.to_dict()

        forecast_project = self.forecast_project

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if forecast_hours_by_activity is not UNSET and not _in_request:
            field_dict["forecastHoursByActivity"] = forecast_hours_by_activity
        if forecast_project is not UNSET and not _in_request:
            field_dict["forecastProject"] = forecast_project

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.project_hours_forecast_forecast_hours_by_activity import (
            ProjectHoursForecastForecastHoursByActivity,  # noqa: PLC0415
        )

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _forecast_hours_by_activity = d.pop("forecastHoursByActivity", UNSET)
        forecast_hours_by_activity: ProjectHoursForecastForecastHoursByActivity | Unset
        if isinstance(_forecast_hours_by_activity, Unset):
            forecast_hours_by_activity = UNSET
        else:
            forecast_hours_by_activity = ProjectHoursForecastForecastHoursByActivity.from_dict(
                _forecast_hours_by_activity
            )

        forecast_project = d.pop("forecastProject", UNSET)

        _obj = cls(
            forecast_hours_by_activity=forecast_hours_by_activity,
            forecast_project=forecast_project,
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
