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
    from ..models.report_settings_filters_options_period_divisions import ReportSettingsFiltersOptionsPeriodDivisions
    from ..models.report_settings_filters_options_period_shortcuts import ReportSettingsFiltersOptionsPeriodShortcuts


T = TypeVar("T", bound="ReportSettingsFiltersOptionsPeriod")


@_attrs_define
class ReportSettingsFiltersOptionsPeriod(Model):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.divisions
        if _v is not UNSET:
            field_dict["divisions"] = _v.to_dict()
        _v = self.shortcuts
        if _v is not UNSET:
            field_dict["shortcuts"] = _v.to_dict()
        _v = self.step_size
        if _v is not UNSET:
            field_dict["stepSize"] = _v._value_
        _v = self.initial_value_provider
        if _v is not UNSET:
            field_dict["initialValueProvider"] = _v._value_
        _v = self.start
        if _v is not UNSET:
            field_dict["start"] = _v
        _v = self.end
        if _v is not UNSET:
            field_dict["end"] = _v
        _v = self.version
        if _v is not UNSET:
            field_dict["version"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ReportSettingsFiltersOptionsPeriod from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ReportSettingsFiltersOptionsPeriod.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.report_settings_filters_options_period_divisions import (
            ReportSettingsFiltersOptionsPeriodDivisions,  # noqa: PLC0415
        )
        from ..models.report_settings_filters_options_period_shortcuts import (
            ReportSettingsFiltersOptionsPeriodShortcuts,  # noqa: PLC0415
        )

        _new = object.__new__
        _e_step_size: dict[Any, Any] = enum_members(ReportSettingsFiltersOptionsPeriodStepSize)
        _e_initial_value_provider: dict[Any, Any] = enum_members(ReportSettingsFiltersOptionsPeriodInitialValueProvider)
        _known: frozenset[str] = frozenset(
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

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "divisions"
                v = g("divisions")
                if v is None:
                    o.divisions = u
                    if "divisions" not in d:
                        m += 1
                else:
                    o.divisions = ReportSettingsFiltersOptionsPeriodDivisions._tx_parse(v)
                k = "shortcuts"
                v = g("shortcuts")
                if v is None:
                    o.shortcuts = u
                    if "shortcuts" not in d:
                        m += 1
                else:
                    o.shortcuts = ReportSettingsFiltersOptionsPeriodShortcuts._tx_parse(v)
                k = "stepSize"
                v = g("stepSize")
                if v is None:
                    o.step_size = u
                    if "stepSize" not in d:
                        m += 1
                else:
                    o.step_size = (
                        e_
                        if (e_ := _e_step_size.get(v)) is not None
                        else enum_value(ReportSettingsFiltersOptionsPeriodStepSize, v)
                    )
                k = "initialValueProvider"
                v = g("initialValueProvider")
                if v is None:
                    o.initial_value_provider = u
                    if "initialValueProvider" not in d:
                        m += 1
                else:
                    o.initial_value_provider = (
                        e_
                        if (e_ := _e_initial_value_provider.get(v)) is not None
                        else enum_value(ReportSettingsFiltersOptionsPeriodInitialValueProvider, v)
                    )
                v = g("start")
                if v is None:
                    o.start = u
                    if "start" not in d:
                        m += 1
                else:
                    o.start = v
                v = g("end")
                if v is None:
                    o.end = u
                    if "end" not in d:
                        m += 1
                else:
                    o.end = v
                v = g("version")
                if v is None:
                    o.version = u
                    if "version" not in d:
                        m += 1
                else:
                    o.version = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 7 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("divisions", "divisions"),
            ("shortcuts", "shortcuts"),
            ("step_size", "stepSize"),
            ("initial_value_provider", "initialValueProvider"),
            ("start", "start"),
            ("end", "end"),
            ("version", "version"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.divisions
            o.divisions = u if v is None or v is u else ReportSettingsFiltersOptionsPeriodDivisions._tx_parse(v)
            v = s.shortcuts
            o.shortcuts = u if v is None or v is u else ReportSettingsFiltersOptionsPeriodShortcuts._tx_parse(v)
            v = s.step_size
            o.step_size = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_step_size.get(v)) is not None
                else enum_value(ReportSettingsFiltersOptionsPeriodStepSize, v)
            )
            v = s.initial_value_provider
            o.initial_value_provider = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_initial_value_provider.get(v)) is not None
                else enum_value(ReportSettingsFiltersOptionsPeriodInitialValueProvider, v)
            )
            v = s.start
            o.start = u if v is None else v
            v = s.end
            o.end = u if v is None else v
            v = s.version
            o.version = u if v is None else v
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
