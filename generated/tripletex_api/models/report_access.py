from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.report_access_reason import ReportAccessReason
from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.report import Report
    from ..models.report_authorization import ReportAuthorization


T = TypeVar("T", bound="ReportAccess")


@_attrs_define
class ReportAccess:
    """Metadata of what Report this render is for and how it is accessible

    Attributes:
        report (Report | Unset): The target resource to be granted permissions for
        grant (ReportAuthorization | Unset): The relevant grant of permission, if applicable
        reason (ReportAccessReason | Unset): [read-only] The reason for having access
    """

    report: Report | Unset = UNSET
    grant: ReportAuthorization | Unset = UNSET
    reason: ReportAccessReason | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        report: dict[str, Any] | Unset = UNSET
        if not isinstance(self.report, Unset):
            report = self.report.to_dict()

        grant: dict[str, Any] | Unset = UNSET
        if not isinstance(self.grant, Unset):
            grant = self.grant.to_dict()

        reason: str | Unset = UNSET
        if not isinstance(self.reason, Unset):
            reason = self.reason.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if report is not UNSET:
            field_dict["report"] = report
        if grant is not UNSET:
            field_dict["grant"] = grant
        if reason is not UNSET and not _in_request:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.report import Report  # noqa: PLC0415
        from ..models.report_authorization import ReportAuthorization  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _report = d.pop("report", UNSET)
        report: Report | Unset
        if isinstance(_report, Unset):
            report = UNSET
        else:
            report = Report.from_dict(_report)

        _grant = d.pop("grant", UNSET)
        grant: ReportAuthorization | Unset
        if isinstance(_grant, Unset):
            grant = UNSET
        else:
            grant = ReportAuthorization.from_dict(_grant)

        _reason = d.pop("reason", UNSET)
        reason: ReportAccessReason | Unset
        if isinstance(_reason, Unset):
            reason = UNSET
        else:
            reason = ReportAccessReason(_reason)

        _obj = cls(
            report=report,
            grant=grant,
            reason=reason,
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
