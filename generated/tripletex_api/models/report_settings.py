from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.report_settings_access import ReportSettingsAccess
    from ..models.report_settings_feedback import ReportSettingsFeedback
    from ..models.report_settings_filters import ReportSettingsFilters
    from ..models.report_settings_headers import ReportSettingsHeaders


T = TypeVar("T", bound="ReportSettings")


@_attrs_define
class ReportSettings:
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
        from ..models.report_settings_access import ReportSettingsAccess  # noqa: PLC0415
        from ..models.report_settings_feedback import ReportSettingsFeedback  # noqa: PLC0415
        from ..models.report_settings_filters import ReportSettingsFilters  # noqa: PLC0415
        from ..models.report_settings_headers import ReportSettingsHeaders  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _headers = d.pop("headers", UNSET)
        headers: ReportSettingsHeaders | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = ReportSettingsHeaders.from_dict(_headers)

        _filters = d.pop("filters", UNSET)
        filters: ReportSettingsFilters | Unset
        if isinstance(_filters, Unset):
            filters = UNSET
        else:
            filters = ReportSettingsFilters.from_dict(_filters)

        _feedback = d.pop("feedback", UNSET)
        feedback: ReportSettingsFeedback | Unset
        if isinstance(_feedback, Unset):
            feedback = UNSET
        else:
            feedback = ReportSettingsFeedback.from_dict(_feedback)

        _access = d.pop("access", UNSET)
        access: ReportSettingsAccess | Unset
        if isinstance(_access, Unset):
            access = UNSET
        else:
            access = ReportSettingsAccess.from_dict(_access)

        version = d.pop("version", UNSET)

        _obj = cls(
            headers=headers,
            filters=filters,
            feedback=feedback,
            access=access,
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
