from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.report_settings_filters_options_period_initial_value_provider import (
    ReportSettingsFiltersOptionsPeriodInitialValueProvider,
)
from ..models.report_settings_filters_options_period_step_size import ReportSettingsFiltersOptionsPeriodStepSize
from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.report_settings_filters_options_period_divisions import ReportSettingsFiltersOptionsPeriodDivisions
    from ..models.report_settings_filters_options_period_shortcuts import ReportSettingsFiltersOptionsPeriodShortcuts


T = TypeVar("T", bound="ReportSettingsFiltersOptionsPeriod")


@_attrs_define
class ReportSettingsFiltersOptionsPeriod:
    """
    Attributes:
        divisions (ReportSettingsFiltersOptionsPeriodDivisions | Unset):
        shortcuts (ReportSettingsFiltersOptionsPeriodShortcuts | Unset):
        step_size (ReportSettingsFiltersOptionsPeriodStepSize | Unset):
        initial_value_provider (ReportSettingsFiltersOptionsPeriodInitialValueProvider | Unset):
        start (str | Unset):
        end (str | Unset):
        version (int | Unset):
    """

    divisions: ReportSettingsFiltersOptionsPeriodDivisions | Unset = UNSET
    shortcuts: ReportSettingsFiltersOptionsPeriodShortcuts | Unset = UNSET
    step_size: ReportSettingsFiltersOptionsPeriodStepSize | Unset = UNSET
    initial_value_provider: ReportSettingsFiltersOptionsPeriodInitialValueProvider | Unset = UNSET
    start: str | Unset = UNSET
    end: str | Unset = UNSET
    version: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        divisions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.divisions, Unset):
            divisions = self.divisions.to_dict()

        shortcuts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shortcuts, Unset):
            shortcuts = self.shortcuts.to_dict()

        step_size: str | Unset = UNSET
        if not isinstance(self.step_size, Unset):
            step_size = self.step_size.value

        initial_value_provider: str | Unset = UNSET
        if not isinstance(self.initial_value_provider, Unset):
            initial_value_provider = self.initial_value_provider.value

        start = self.start

        end = self.end

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if divisions is not UNSET:
            field_dict["divisions"] = divisions
        if shortcuts is not UNSET:
            field_dict["shortcuts"] = shortcuts
        if step_size is not UNSET:
            field_dict["stepSize"] = step_size
        if initial_value_provider is not UNSET:
            field_dict["initialValueProvider"] = initial_value_provider
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.report_settings_filters_options_period_divisions import (
            ReportSettingsFiltersOptionsPeriodDivisions,  # noqa: PLC0415
        )
        from ..models.report_settings_filters_options_period_shortcuts import (
            ReportSettingsFiltersOptionsPeriodShortcuts,  # noqa: PLC0415
        )

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _divisions = d.pop("divisions", UNSET)
        divisions: ReportSettingsFiltersOptionsPeriodDivisions | Unset
        if isinstance(_divisions, Unset):
            divisions = UNSET
        else:
            divisions = ReportSettingsFiltersOptionsPeriodDivisions.from_dict(_divisions)

        _shortcuts = d.pop("shortcuts", UNSET)
        shortcuts: ReportSettingsFiltersOptionsPeriodShortcuts | Unset
        if isinstance(_shortcuts, Unset):
            shortcuts = UNSET
        else:
            shortcuts = ReportSettingsFiltersOptionsPeriodShortcuts.from_dict(_shortcuts)

        _step_size = d.pop("stepSize", UNSET)
        step_size: ReportSettingsFiltersOptionsPeriodStepSize | Unset
        if isinstance(_step_size, Unset):
            step_size = UNSET
        else:
            step_size = ReportSettingsFiltersOptionsPeriodStepSize(_step_size)

        _initial_value_provider = d.pop("initialValueProvider", UNSET)
        initial_value_provider: ReportSettingsFiltersOptionsPeriodInitialValueProvider | Unset
        if isinstance(_initial_value_provider, Unset):
            initial_value_provider = UNSET
        else:
            initial_value_provider = ReportSettingsFiltersOptionsPeriodInitialValueProvider(_initial_value_provider)

        start = d.pop("start", UNSET)

        end = d.pop("end", UNSET)

        version = d.pop("version", UNSET)

        _obj = cls(
            divisions=divisions,
            shortcuts=shortcuts,
            step_size=step_size,
            initial_value_provider=initial_value_provider,
            start=start,
            end=end,
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
