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
    parse_error,
    parse_model,
)

if TYPE_CHECKING:
    from ..models.report_settings_access import ReportSettingsAccess
    from ..models.report_settings_feedback import ReportSettingsFeedback
    from ..models.report_settings_filters import ReportSettingsFilters
    from ..models.report_settings_headers import ReportSettingsHeaders


T = TypeVar("T", bound="ReportSettings")


@_attrs_define
class ReportSettings(Model):
    """Metadata describing the report settings

    Attributes:
        headers (ReportSettingsHeaders | Unset):
        filters (ReportSettingsFilters | Unset):
        feedback (ReportSettingsFeedback | Unset):
        access (ReportSettingsAccess | Unset):
        version (int | Unset):
    """

    headers: ReportSettingsHeaders | Unset = UNSET
    filters: ReportSettingsFilters | Unset = UNSET
    feedback: ReportSettingsFeedback | Unset = UNSET
    access: ReportSettingsAccess | Unset = UNSET
    version: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.headers
        if _v is not UNSET:
            field_dict["headers"] = _v.to_dict()
        _v = self.filters
        if _v is not UNSET:
            field_dict["filters"] = _v.to_dict()
        _v = self.feedback
        if _v is not UNSET:
            field_dict["feedback"] = _v.to_dict()
        _v = self.access
        if _v is not UNSET:
            field_dict["access"] = _v.to_dict()
        _v = self.version
        if _v is not UNSET:
            field_dict["version"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ReportSettings from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ReportSettings.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.report_settings_access import ReportSettingsAccess  # noqa: PLC0415
        from ..models.report_settings_feedback import ReportSettingsFeedback  # noqa: PLC0415
        from ..models.report_settings_filters import ReportSettingsFilters  # noqa: PLC0415
        from ..models.report_settings_headers import ReportSettingsHeaders  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "headers",
                "filters",
                "feedback",
                "access",
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
                k = "headers"
                v = g("headers")
                if v is None:
                    o.headers = u
                    if "headers" not in d:
                        m += 1
                else:
                    o.headers = ReportSettingsHeaders._tx_parse(v)
                k = "filters"
                v = g("filters")
                if v is None:
                    o.filters = u
                    if "filters" not in d:
                        m += 1
                else:
                    o.filters = ReportSettingsFilters._tx_parse(v)
                k = "feedback"
                v = g("feedback")
                if v is None:
                    o.feedback = u
                    if "feedback" not in d:
                        m += 1
                else:
                    o.feedback = ReportSettingsFeedback._tx_parse(v)
                k = "access"
                v = g("access")
                if v is None:
                    o.access = u
                    if "access" not in d:
                        m += 1
                else:
                    o.access = ReportSettingsAccess._tx_parse(v)
                v = g("version")
                if v is None:
                    o.version = u
                    if "version" not in d:
                        m += 1
                else:
                    o.version = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 5 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("headers", "headers"),
            ("filters", "filters"),
            ("feedback", "feedback"),
            ("access", "access"),
            ("version", "version"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.headers
            o.headers = u if v is None or v is u else ReportSettingsHeaders._tx_parse(v)
            v = s.filters
            o.filters = u if v is None or v is u else ReportSettingsFilters._tx_parse(v)
            v = s.feedback
            o.feedback = u if v is None or v is u else ReportSettingsFeedback._tx_parse(v)
            v = s.access
            o.access = u if v is None or v is u else ReportSettingsAccess._tx_parse(v)
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
