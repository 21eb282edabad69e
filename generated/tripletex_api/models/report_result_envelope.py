from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.report_access import ReportAccess
    from ..models.report_result import ReportResult
    from ..models.report_settings import ReportSettings


T = TypeVar("T", bound="ReportResultEnvelope")


@_attrs_define
class ReportResultEnvelope:
    """
    Attributes:
        result (ReportResult | Unset): The Report result
        access (ReportAccess | Unset): Metadata of what Report this render is for and how it is accessible
        settings (ReportSettings | Unset): Metadata describing the report settings
    """

    result: ReportResult | Unset = UNSET
    access: ReportAccess | Unset = UNSET
    settings: ReportSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result.to_dict()

        access: dict[str, Any] | Unset = UNSET
        if not isinstance(self.access, Unset):
            access = self.access.to_dict()

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if result is not UNSET:
            field_dict["result"] = result
        if access is not UNSET:
            field_dict["access"] = access
        if settings is not UNSET:
            field_dict["settings"] = settings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.report_access import ReportAccess  # noqa: PLC0415
        from ..models.report_result import ReportResult  # noqa: PLC0415
        from ..models.report_settings import ReportSettings  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _result = d.pop("result", UNSET)
        result: ReportResult | Unset
        if isinstance(_result, Unset):
            result = UNSET
        else:
            result = ReportResult.from_dict(_result)

        _access = d.pop("access", UNSET)
        access: ReportAccess | Unset
        if isinstance(_access, Unset):
            access = UNSET
        else:
            access = ReportAccess.from_dict(_access)

        _settings = d.pop("settings", UNSET)
        settings: ReportSettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = ReportSettings.from_dict(_settings)

        _obj = cls(
            result=result,
            access=access,
            settings=settings,
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
