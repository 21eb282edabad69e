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
    from ..models.report_settings_access import ReportSettingsAccess
    from ..models.report_settings_feedback import ReportSettingsFeedback
    from ..models.report_settings_filters import ReportSettingsFilters
    from ..models.report_settings_headers import ReportSettingsHeaders


T = TypeVar("T", bound="ReportSettings")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("headers", dict, False),
    ("filters", dict, False),
    ("feedback", dict, False),
    ("access", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class ReportSettings(LazyModel):
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
        self._tx_load()
        _in_request = serializing_request_body()
        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = self.filters.to_dict()

        feedback: dict[str, Any] | Unset = UNSET
        if not isinstance(self.feedback, Unset):
            feedback = self.feedback.to_dict()

        access: dict[str, Any] | Unset = UNSET
        if not isinstance(self.access, Unset):
            access = self.access.to_dict()

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if headers is not UNSET:
            field_dict["headers"] = headers
        if filters is not UNSET:
            field_dict["filters"] = filters
        if feedback is not UNSET:
            field_dict["feedback"] = feedback
        if access is not UNSET:
            field_dict["access"] = access
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ReportSettings from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.report_settings_access import ReportSettingsAccess  # noqa: PLC0415
        from ..models.report_settings_feedback import ReportSettingsFeedback  # noqa: PLC0415
        from ..models.report_settings_filters import ReportSettingsFilters  # noqa: PLC0415
        from ..models.report_settings_headers import ReportSettingsHeaders  # noqa: PLC0415

        def _p_headers(_tx_v: Any) -> ReportSettingsHeaders | Unset:
            _headers = _tx_v
            headers: ReportSettingsHeaders | Unset
            if isinstance(_headers, Unset):
                headers = UNSET
            else:
                headers = ReportSettingsHeaders._tx_from_json(_headers)

            return headers

        def _p_filters(_tx_v: Any) -> ReportSettingsFilters | Unset:
            _filters = _tx_v
            filters: ReportSettingsFilters | Unset
            if isinstance(_filters, Unset):
                filters = UNSET
            else:
                filters = ReportSettingsFilters._tx_from_json(_filters)

            return filters

        def _p_feedback(_tx_v: Any) -> ReportSettingsFeedback | Unset:
            _feedback = _tx_v
            feedback: ReportSettingsFeedback | Unset
            if isinstance(_feedback, Unset):
                feedback = UNSET
            else:
                feedback = ReportSettingsFeedback._tx_from_json(_feedback)

            return feedback

        def _p_access(_tx_v: Any) -> ReportSettingsAccess | Unset:
            _access = _tx_v
            access: ReportSettingsAccess | Unset
            if isinstance(_access, Unset):
                access = UNSET
            else:
                access = ReportSettingsAccess._tx_from_json(_access)

            return access

        _tx_known: frozenset[str] = frozenset(
            (
                "headers",
                "filters",
                "feedback",
                "access",
                "version",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "headers": ("headers", _p_headers),
            "filters": ("filters", _p_filters),
            "feedback": ("feedback", _p_feedback),
            "access": ("access", _p_access),
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
