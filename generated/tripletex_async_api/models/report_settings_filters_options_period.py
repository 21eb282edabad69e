from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.report_settings_filters_options_period_initial_value_provider import (
    ReportSettingsFiltersOptionsPeriodInitialValueProvider,
)
from ..models.report_settings_filters_options_period_step_size import ReportSettingsFiltersOptionsPeriodStepSize
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
    from ..models.report_settings_filters_options_period_divisions import ReportSettingsFiltersOptionsPeriodDivisions
    from ..models.report_settings_filters_options_period_shortcuts import ReportSettingsFiltersOptionsPeriodShortcuts


T = TypeVar("T", bound="ReportSettingsFiltersOptionsPeriod")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("divisions", dict, False),
    ("shortcuts", dict, False),
    ("stepSize", str, False),
    ("initialValueProvider", str, False),
)


@_attrs_define(on_setattr=mark_assigned)
class ReportSettingsFiltersOptionsPeriod(LazyModel):
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
        self._tx_load()
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
        """A ReportSettingsFiltersOptionsPeriod from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.report_settings_filters_options_period_divisions import (
            ReportSettingsFiltersOptionsPeriodDivisions,  # noqa: PLC0415
        )
        from ..models.report_settings_filters_options_period_shortcuts import (
            ReportSettingsFiltersOptionsPeriodShortcuts,  # noqa: PLC0415
        )

        def _p_divisions(_tx_v: Any) -> ReportSettingsFiltersOptionsPeriodDivisions | Unset:
            _divisions = _tx_v
            divisions: ReportSettingsFiltersOptionsPeriodDivisions | Unset
            if isinstance(_divisions, Unset):
                divisions = UNSET
            else:
                divisions = ReportSettingsFiltersOptionsPeriodDivisions._tx_from_json(_divisions)

            return divisions

        def _p_shortcuts(_tx_v: Any) -> ReportSettingsFiltersOptionsPeriodShortcuts | Unset:
            _shortcuts = _tx_v
            shortcuts: ReportSettingsFiltersOptionsPeriodShortcuts | Unset
            if isinstance(_shortcuts, Unset):
                shortcuts = UNSET
            else:
                shortcuts = ReportSettingsFiltersOptionsPeriodShortcuts._tx_from_json(_shortcuts)

            return shortcuts

        def _p_step_size(_tx_v: Any) -> ReportSettingsFiltersOptionsPeriodStepSize | Unset:
            _step_size = _tx_v
            step_size: ReportSettingsFiltersOptionsPeriodStepSize | Unset
            if isinstance(_step_size, Unset):
                step_size = UNSET
            else:
                step_size = ReportSettingsFiltersOptionsPeriodStepSize(_step_size)

            return step_size

        def _p_initial_value_provider(_tx_v: Any) -> ReportSettingsFiltersOptionsPeriodInitialValueProvider | Unset:
            _initial_value_provider = _tx_v
            initial_value_provider: ReportSettingsFiltersOptionsPeriodInitialValueProvider | Unset
            if isinstance(_initial_value_provider, Unset):
                initial_value_provider = UNSET
            else:
                initial_value_provider = ReportSettingsFiltersOptionsPeriodInitialValueProvider(_initial_value_provider)

            return initial_value_provider

        _tx_known: frozenset[str] = frozenset(
            (
                "divisions",
                "shortcuts",
                "stepSize",
                "initialValueProvider",
                "start",
                "end",
                "version",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "divisions": ("divisions", _p_divisions),
            "shortcuts": ("shortcuts", _p_shortcuts),
            "step_size": ("stepSize", _p_step_size),
            "initial_value_provider": ("initialValueProvider", _p_initial_value_provider),
            "start": ("start", None),
            "end": ("end", None),
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
