from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.report_authorization_permission import ReportAuthorizationPermission
from ..models.report_authorization_status import ReportAuthorizationStatus
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
    from ..models.change import Change
    from ..models.employee import Employee
    from ..models.report import Report


T = TypeVar("T", bound="ReportAuthorization")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("granter", dict, False),
    ("subject", dict, False),
    ("report", dict, False),
    ("status", str, False),
    ("permission", str, False),
)


@_attrs_define(on_setattr=mark_assigned)
class ReportAuthorization(LazyModel):
    """The relevant grant of permission, if applicable

    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        granter (Employee | Unset):
        granter_delegator_id (int | Unset): If set specifies the delegator to the granter proxy employee.
        subject (Employee | Unset):
        subject_delegator_id (int | Unset): If set specifies the delegator to the subject proxy employee.
        report (Report | Unset): The target resource to be granted permissions for
        status (ReportAuthorizationStatus | Unset): The status of this grant of authorization
        permission (ReportAuthorizationPermission | Unset): The specific permission this grant of authorization is for
        granter_delegator_company_id (int | Unset): The company id of the granter delegator
        subject_delegator_company_id (int | Unset): The company id of the subject delegator
        subject_delegator_name (str | Unset): The name of the subject delegator
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    granter: Employee | Unset = UNSET
    granter_delegator_id: int | Unset = UNSET
    subject: Employee | Unset = UNSET
    subject_delegator_id: int | Unset = UNSET
    report: Report | Unset = UNSET
    status: ReportAuthorizationStatus | Unset = UNSET
    permission: ReportAuthorizationPermission | Unset = UNSET
    granter_delegator_company_id: int | Unset = UNSET
    subject_delegator_company_id: int | Unset = UNSET
    subject_delegator_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        id = self.id

        version = self.version

        changes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.changes, Unset):
            changes = []
            for changes_item_data in self.changes:
                changes_item = changes_item_data.to_dict()
                changes.append(changes_item)

        url = self.url

        granter: dict[str, Any] | Unset = UNSET
        if not isinstance(self.granter, Unset):
            granter = self.granter.to_dict()

        granter_delegator_id = self.granter_delegator_id

        subject: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subject, Unset):
            subject = self.subject.to_dict()

        subject_delegator_id = self.subject_delegator_id

        report: dict[str, Any] | Unset = UNSET
        if not isinstance(self.report, Unset):
            report = self.report.to_dict()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        permission: str | Unset = UNSET
        if not isinstance(self.permission, Unset):
            permission = self.permission.value

        granter_delegator_company_id = self.granter_delegator_company_id

        subject_delegator_company_id = self.subject_delegator_company_id

        subject_delegator_name = self.subject_delegator_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if version is not UNSET:
            field_dict["version"] = version
        if changes is not UNSET and not _in_request:
            field_dict["changes"] = changes
        if url is not UNSET and not _in_request:
            field_dict["url"] = url
        if granter is not UNSET:
            field_dict["granter"] = granter
        if granter_delegator_id is not UNSET:
            field_dict["granterDelegatorId"] = granter_delegator_id
        if subject is not UNSET:
            field_dict["subject"] = subject
        if subject_delegator_id is not UNSET:
            field_dict["subjectDelegatorId"] = subject_delegator_id
        if report is not UNSET:
            field_dict["report"] = report
        if status is not UNSET:
            field_dict["status"] = status
        if permission is not UNSET:
            field_dict["permission"] = permission
        if granter_delegator_company_id is not UNSET:
            field_dict["granterDelegatorCompanyId"] = granter_delegator_company_id
        if subject_delegator_company_id is not UNSET:
            field_dict["subjectDelegatorCompanyId"] = subject_delegator_company_id
        if subject_delegator_name is not UNSET:
            field_dict["subjectDelegatorName"] = subject_delegator_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ReportAuthorization from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415
        from ..models.report import Report  # noqa: PLC0415

        def _p_changes(_tx_v: Any) -> list[Change] | Unset:
            _changes = _tx_v
            changes: list[Change] | Unset = UNSET
            if _changes is not UNSET:
                changes = []
                for changes_item_data in _changes:
                    if changes_item_data is None:
                        continue
                    changes_item = Change._tx_from_json(changes_item_data)

                    changes.append(changes_item)

            return changes

        def _p_granter(_tx_v: Any) -> Employee | Unset:
            _granter = _tx_v
            granter: Employee | Unset
            if isinstance(_granter, Unset):
                granter = UNSET
            else:
                granter = Employee._tx_from_json(_granter)

            return granter

        def _p_subject(_tx_v: Any) -> Employee | Unset:
            _subject = _tx_v
            subject: Employee | Unset
            if isinstance(_subject, Unset):
                subject = UNSET
            else:
                subject = Employee._tx_from_json(_subject)

            return subject

        def _p_report(_tx_v: Any) -> Report | Unset:
            _report = _tx_v
            report: Report | Unset
            if isinstance(_report, Unset):
                report = UNSET
            else:
                report = Report._tx_from_json(_report)

            return report

        def _p_status(_tx_v: Any) -> ReportAuthorizationStatus | Unset:
            _status = _tx_v
            status: ReportAuthorizationStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = ReportAuthorizationStatus(_status)

            return status

        def _p_permission(_tx_v: Any) -> ReportAuthorizationPermission | Unset:
            _permission = _tx_v
            permission: ReportAuthorizationPermission | Unset
            if isinstance(_permission, Unset):
                permission = UNSET
            else:
                permission = ReportAuthorizationPermission(_permission)

            return permission

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "granter",
                "granterDelegatorId",
                "subject",
                "subjectDelegatorId",
                "report",
                "status",
                "permission",
                "granterDelegatorCompanyId",
                "subjectDelegatorCompanyId",
                "subjectDelegatorName",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "granter": ("granter", _p_granter),
            "granter_delegator_id": ("granterDelegatorId", None),
            "subject": ("subject", _p_subject),
            "subject_delegator_id": ("subjectDelegatorId", None),
            "report": ("report", _p_report),
            "status": ("status", _p_status),
            "permission": ("permission", _p_permission),
            "granter_delegator_company_id": ("granterDelegatorCompanyId", None),
            "subject_delegator_company_id": ("subjectDelegatorCompanyId", None),
            "subject_delegator_name": ("subjectDelegatorName", None),
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
