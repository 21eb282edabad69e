from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.report_authorization_permission import ReportAuthorizationPermission
from ..models.report_authorization_status import ReportAuthorizationStatus
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    not_an_array,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.change import Change
    from ..models.employee import Employee
    from ..models.report import Report


T = TypeVar("T", bound="ReportAuthorization")


@_attrs_define
class ReportAuthorization(Model):
    """The relevant grant of permission, if applicable

    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.id
        if _v is not UNSET:
            field_dict["id"] = _v
        _v = self.version
        if _v is not UNSET:
            field_dict["version"] = _v
        _v = self.changes
        if _v is not UNSET and not _in_request:
            field_dict["changes"] = [_e.to_dict() for _e in _v]
        _v = self.url
        if _v is not UNSET and not _in_request:
            field_dict["url"] = _v
        _v = self.granter
        if _v is not UNSET:
            field_dict["granter"] = _v.to_dict()
        _v = self.granter_delegator_id
        if _v is not UNSET:
            field_dict["granterDelegatorId"] = _v
        _v = self.subject
        if _v is not UNSET:
            field_dict["subject"] = _v.to_dict()
        _v = self.subject_delegator_id
        if _v is not UNSET:
            field_dict["subjectDelegatorId"] = _v
        _v = self.report
        if _v is not UNSET:
            field_dict["report"] = _v.to_dict()
        _v = self.status
        if _v is not UNSET:
            field_dict["status"] = _v._value_
        _v = self.permission
        if _v is not UNSET:
            field_dict["permission"] = _v._value_
        _v = self.granter_delegator_company_id
        if _v is not UNSET:
            field_dict["granterDelegatorCompanyId"] = _v
        _v = self.subject_delegator_company_id
        if _v is not UNSET:
            field_dict["subjectDelegatorCompanyId"] = _v
        _v = self.subject_delegator_name
        if _v is not UNSET:
            field_dict["subjectDelegatorName"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ReportAuthorization from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ReportAuthorization.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.change import Change  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415
        from ..models.report import Report  # noqa: PLC0415

        _new = object.__new__
        _e_status: dict[Any, Any] = enum_members(ReportAuthorizationStatus)
        _e_permission: dict[Any, Any] = enum_members(ReportAuthorizationPermission)
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "granterDelegatorId": "granter_delegator_id",
            "subjectDelegatorId": "subject_delegator_id",
            "granterDelegatorCompanyId": "granter_delegator_company_id",
            "subjectDelegatorCompanyId": "subject_delegator_company_id",
            "subjectDelegatorName": "subject_delegator_name",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.granter = o.granter_delegator_id = o.subject = (
                        o.subject_delegator_id
                    ) = o.report = o.status = o.permission = o.granter_delegator_company_id = (
                        o.subject_delegator_company_id
                    ) = o.subject_delegator_name = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 4 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.granter = o.granter_delegator_id = o.subject = (
                        o.subject_delegator_id
                    ) = o.report = o.status = o.permission = o.granter_delegator_company_id = (
                        o.subject_delegator_company_id
                    ) = o.subject_delegator_name = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("id")
                if v is None:
                    o.id = u
                    if "id" not in d:
                        m += 1
                else:
                    o.id = v
                v = g("version")
                if v is None:
                    o.version = u
                    if "version" not in d:
                        m += 1
                else:
                    o.version = v
                k = "changes"
                v = g("changes")
                if v is None:
                    o.changes = u
                    if "changes" not in d:
                        m += 1
                else:
                    o.changes = (
                        ([Change._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("url")
                if v is None:
                    o.url = u
                    if "url" not in d:
                        m += 1
                else:
                    o.url = v
                k = "granter"
                v = g("granter")
                if v is None:
                    o.granter = u
                    if "granter" not in d:
                        m += 1
                else:
                    o.granter = Employee._tx_parse(v)
                v = g("granterDelegatorId")
                if v is None:
                    o.granter_delegator_id = u
                    if "granterDelegatorId" not in d:
                        m += 1
                else:
                    o.granter_delegator_id = v
                k = "subject"
                v = g("subject")
                if v is None:
                    o.subject = u
                    if "subject" not in d:
                        m += 1
                else:
                    o.subject = Employee._tx_parse(v)
                v = g("subjectDelegatorId")
                if v is None:
                    o.subject_delegator_id = u
                    if "subjectDelegatorId" not in d:
                        m += 1
                else:
                    o.subject_delegator_id = v
                k = "report"
                v = g("report")
                if v is None:
                    o.report = u
                    if "report" not in d:
                        m += 1
                else:
                    o.report = Report._tx_parse(v)
                k = "status"
                v = g("status")
                if v is None:
                    o.status = u
                    if "status" not in d:
                        m += 1
                else:
                    o.status = e_ if (e_ := _e_status.get(v)) is not None else enum_value(ReportAuthorizationStatus, v)
                k = "permission"
                v = g("permission")
                if v is None:
                    o.permission = u
                    if "permission" not in d:
                        m += 1
                else:
                    o.permission = (
                        e_ if (e_ := _e_permission.get(v)) is not None else enum_value(ReportAuthorizationPermission, v)
                    )
                v = g("granterDelegatorCompanyId")
                if v is None:
                    o.granter_delegator_company_id = u
                    if "granterDelegatorCompanyId" not in d:
                        m += 1
                else:
                    o.granter_delegator_company_id = v
                v = g("subjectDelegatorCompanyId")
                if v is None:
                    o.subject_delegator_company_id = u
                    if "subjectDelegatorCompanyId" not in d:
                        m += 1
                else:
                    o.subject_delegator_company_id = v
                v = g("subjectDelegatorName")
                if v is None:
                    o.subject_delegator_name = u
                    if "subjectDelegatorName" not in d:
                        m += 1
                else:
                    o.subject_delegator_name = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 14 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("id", "id"),
            ("version", "version"),
            ("changes", "changes"),
            ("url", "url"),
            ("granter", "granter"),
            ("granter_delegator_id", "granterDelegatorId"),
            ("subject", "subject"),
            ("subject_delegator_id", "subjectDelegatorId"),
            ("report", "report"),
            ("status", "status"),
            ("permission", "permission"),
            ("granter_delegator_company_id", "granterDelegatorCompanyId"),
            ("subject_delegator_company_id", "subjectDelegatorCompanyId"),
            ("subject_delegator_name", "subjectDelegatorName"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.id
            o.id = u if v is None else v
            v = s.version
            o.version = u if v is None else v
            v = s.changes
            o.changes = (
                u
                if v is None or v is u
                else ([Change._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.url
            o.url = u if v is None else v
            v = s.granter
            o.granter = u if v is None or v is u else Employee._tx_parse(v)
            v = s.granter_delegator_id
            o.granter_delegator_id = u if v is None else v
            v = s.subject
            o.subject = u if v is None or v is u else Employee._tx_parse(v)
            v = s.subject_delegator_id
            o.subject_delegator_id = u if v is None else v
            v = s.report
            o.report = u if v is None or v is u else Report._tx_parse(v)
            v = s.status
            o.status = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_status.get(v)) is not None
                else enum_value(ReportAuthorizationStatus, v)
            )
            v = s.permission
            o.permission = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_permission.get(v)) is not None
                else enum_value(ReportAuthorizationPermission, v)
            )
            v = s.granter_delegator_company_id
            o.granter_delegator_company_id = u if v is None else v
            v = s.subject_delegator_company_id
            o.subject_delegator_company_id = u if v is None else v
            v = s.subject_delegator_name
            o.subject_delegator_name = u if v is None else v
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
