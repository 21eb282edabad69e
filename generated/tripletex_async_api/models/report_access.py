from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.report_access_reason import ReportAccessReason
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
    from ..models.report import Report
    from ..models.report_authorization import ReportAuthorization


T = TypeVar("T", bound="ReportAccess")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("report", dict, False),
    ("grant", dict, False),
    ("reason", str, False),
)


@_attrs_define(on_setattr=mark_assigned)
class ReportAccess(LazyModel):
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
        self._tx_load()
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
        """A ReportAccess from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.report import Report  # noqa: PLC0415
        from ..models.report_authorization import ReportAuthorization  # noqa: PLC0415

        def _p_report(_tx_v: Any) -> Report | Unset:
            _report = _tx_v
            report: Report | Unset
            if isinstance(_report, Unset):
                report = UNSET
            else:
                report = Report._tx_from_json(_report)

            return report

        def _p_grant(_tx_v: Any) -> ReportAuthorization | Unset:
            _grant = _tx_v
            grant: ReportAuthorization | Unset
            if isinstance(_grant, Unset):
                grant = UNSET
            else:
                grant = ReportAuthorization._tx_from_json(_grant)

            return grant

        def _p_reason(_tx_v: Any) -> ReportAccessReason | Unset:
            _reason = _tx_v
            reason: ReportAccessReason | Unset
            if isinstance(_reason, Unset):
                reason = UNSET
            else:
                reason = ReportAccessReason(_reason)

            return reason

        _tx_known: frozenset[str] = frozenset(
            (
                "report",
                "grant",
                "reason",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "report": ("report", _p_report),
            "grant": ("grant", _p_grant),
            "reason": ("reason", _p_reason),
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
