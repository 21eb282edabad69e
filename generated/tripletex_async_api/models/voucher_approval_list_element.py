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
    not_an_array,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.change import Change
    from ..models.department import Department
    from ..models.employee import Employee
    from ..models.project import Project
    from ..models.voucher import Voucher


T = TypeVar("T", bound="VoucherApprovalListElement")


@_attrs_define
class VoucherApprovalListElement(Model):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        voucher (Voucher | Unset):
        employee (Employee | Unset):
        action_employee (Employee | Unset):
        status (int | Unset):
        organisation_level (int | Unset):
        is_vendor_attestant (bool | Unset):
        department (Department | Unset): The department for this account. If multiple industries are activated, all
            postings on this account will be towards this department. If multiple industries are not activated, it is
            ignored.
        project (Project | Unset):
        comment (str | Unset):
        comment_from_originator (str | Unset):
        action_date (str | Unset):
        action_employee_name (str | Unset):
        action_employee_picture_id (int | Unset):
        action_employee_is_auth_company_attestor (bool | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    voucher: Voucher | Unset = UNSET
    employee: Employee | Unset = UNSET
    action_employee: Employee | Unset = UNSET
    status: int | Unset = UNSET
    organisation_level: int | Unset = UNSET
    is_vendor_attestant: bool | Unset = UNSET
    department: Department | Unset = UNSET
    project: Project | Unset = UNSET
    comment: str | Unset = UNSET
    comment_from_originator: str | Unset = UNSET
    action_date: str | Unset = UNSET
    action_employee_name: str | Unset = UNSET
    action_employee_picture_id: int | Unset = UNSET
    action_employee_is_auth_company_attestor: bool | Unset = UNSET
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
        _v = self.voucher
        if _v is not UNSET:
            field_dict["voucher"] = _v.to_dict()
        _v = self.employee
        if _v is not UNSET:
            field_dict["employee"] = _v.to_dict()
        _v = self.action_employee
        if _v is not UNSET:
            field_dict["actionEmployee"] = _v.to_dict()
        _v = self.status
        if _v is not UNSET and not _in_request:
            field_dict["status"] = _v
        _v = self.organisation_level
        if _v is not UNSET and not _in_request:
            field_dict["organisationLevel"] = _v
        _v = self.is_vendor_attestant
        if _v is not UNSET and not _in_request:
            field_dict["isVendorAttestant"] = _v
        _v = self.department
        if _v is not UNSET:
            field_dict["department"] = _v.to_dict()
        _v = self.project
        if _v is not UNSET:
            field_dict["project"] = _v.to_dict()
        _v = self.comment
        if _v is not UNSET:
            field_dict["comment"] = _v
        _v = self.comment_from_originator
        if _v is not UNSET:
            field_dict["commentFromOriginator"] = _v
        _v = self.action_date
        if _v is not UNSET and not _in_request:
            field_dict["actionDate"] = _v
        _v = self.action_employee_name
        if _v is not UNSET and not _in_request:
            field_dict["actionEmployeeName"] = _v
        _v = self.action_employee_picture_id
        if _v is not UNSET and not _in_request:
            field_dict["actionEmployeePictureId"] = _v
        _v = self.action_employee_is_auth_company_attestor
        if _v is not UNSET and not _in_request:
            field_dict["actionEmployeeIsAuthCompanyAttestor"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A VoucherApprovalListElement from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``VoucherApprovalListElement.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.change import Change  # noqa: PLC0415
        from ..models.department import Department  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415
        from ..models.project import Project  # noqa: PLC0415
        from ..models.voucher import Voucher  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "voucher",
                "employee",
                "actionEmployee",
                "status",
                "organisationLevel",
                "isVendorAttestant",
                "department",
                "project",
                "comment",
                "commentFromOriginator",
                "actionDate",
                "actionEmployeeName",
                "actionEmployeePictureId",
                "actionEmployeeIsAuthCompanyAttestor",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "status": "status",
            "organisationLevel": "organisation_level",
            "isVendorAttestant": "is_vendor_attestant",
            "comment": "comment",
            "commentFromOriginator": "comment_from_originator",
            "actionDate": "action_date",
            "actionEmployeeName": "action_employee_name",
            "actionEmployeePictureId": "action_employee_picture_id",
            "actionEmployeeIsAuthCompanyAttestor": "action_employee_is_auth_company_attestor",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.voucher = o.employee = o.action_employee = o.status = (
                        o.organisation_level
                    ) = o.is_vendor_attestant = o.department = o.project = o.comment = o.comment_from_originator = (
                        o.action_date
                    ) = o.action_employee_name = o.action_employee_picture_id = (
                        o.action_employee_is_auth_company_attestor
                    ) = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 6 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.voucher = o.employee = o.action_employee = o.status = (
                        o.organisation_level
                    ) = o.is_vendor_attestant = o.department = o.project = o.comment = o.comment_from_originator = (
                        o.action_date
                    ) = o.action_employee_name = o.action_employee_picture_id = (
                        o.action_employee_is_auth_company_attestor
                    ) = UNSET
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
                k = "voucher"
                v = g("voucher")
                if v is None:
                    o.voucher = u
                    if "voucher" not in d:
                        m += 1
                else:
                    o.voucher = Voucher._tx_parse(v)
                k = "employee"
                v = g("employee")
                if v is None:
                    o.employee = u
                    if "employee" not in d:
                        m += 1
                else:
                    o.employee = Employee._tx_parse(v)
                k = "actionEmployee"
                v = g("actionEmployee")
                if v is None:
                    o.action_employee = u
                    if "actionEmployee" not in d:
                        m += 1
                else:
                    o.action_employee = Employee._tx_parse(v)
                v = g("status")
                if v is None:
                    o.status = u
                    if "status" not in d:
                        m += 1
                else:
                    o.status = v
                v = g("organisationLevel")
                if v is None:
                    o.organisation_level = u
                    if "organisationLevel" not in d:
                        m += 1
                else:
                    o.organisation_level = v
                v = g("isVendorAttestant")
                if v is None:
                    o.is_vendor_attestant = u
                    if "isVendorAttestant" not in d:
                        m += 1
                else:
                    o.is_vendor_attestant = v
                k = "department"
                v = g("department")
                if v is None:
                    o.department = u
                    if "department" not in d:
                        m += 1
                else:
                    o.department = Department._tx_parse(v)
                k = "project"
                v = g("project")
                if v is None:
                    o.project = u
                    if "project" not in d:
                        m += 1
                else:
                    o.project = Project._tx_parse(v)
                v = g("comment")
                if v is None:
                    o.comment = u
                    if "comment" not in d:
                        m += 1
                else:
                    o.comment = v
                v = g("commentFromOriginator")
                if v is None:
                    o.comment_from_originator = u
                    if "commentFromOriginator" not in d:
                        m += 1
                else:
                    o.comment_from_originator = v
                v = g("actionDate")
                if v is None:
                    o.action_date = u
                    if "actionDate" not in d:
                        m += 1
                else:
                    o.action_date = v
                v = g("actionEmployeeName")
                if v is None:
                    o.action_employee_name = u
                    if "actionEmployeeName" not in d:
                        m += 1
                else:
                    o.action_employee_name = v
                v = g("actionEmployeePictureId")
                if v is None:
                    o.action_employee_picture_id = u
                    if "actionEmployeePictureId" not in d:
                        m += 1
                else:
                    o.action_employee_picture_id = v
                v = g("actionEmployeeIsAuthCompanyAttestor")
                if v is None:
                    o.action_employee_is_auth_company_attestor = u
                    if "actionEmployeeIsAuthCompanyAttestor" not in d:
                        m += 1
                else:
                    o.action_employee_is_auth_company_attestor = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 18 else {key: v for key, v in d.items() if v is not None and key not in _known}
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
            ("voucher", "voucher"),
            ("employee", "employee"),
            ("action_employee", "actionEmployee"),
            ("status", "status"),
            ("organisation_level", "organisationLevel"),
            ("is_vendor_attestant", "isVendorAttestant"),
            ("department", "department"),
            ("project", "project"),
            ("comment", "comment"),
            ("comment_from_originator", "commentFromOriginator"),
            ("action_date", "actionDate"),
            ("action_employee_name", "actionEmployeeName"),
            ("action_employee_picture_id", "actionEmployeePictureId"),
            ("action_employee_is_auth_company_attestor", "actionEmployeeIsAuthCompanyAttestor"),
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
            v = s.voucher
            o.voucher = u if v is None or v is u else Voucher._tx_parse(v)
            v = s.employee
            o.employee = u if v is None or v is u else Employee._tx_parse(v)
            v = s.action_employee
            o.action_employee = u if v is None or v is u else Employee._tx_parse(v)
            v = s.status
            o.status = u if v is None else v
            v = s.organisation_level
            o.organisation_level = u if v is None else v
            v = s.is_vendor_attestant
            o.is_vendor_attestant = u if v is None else v
            v = s.department
            o.department = u if v is None or v is u else Department._tx_parse(v)
            v = s.project
            o.project = u if v is None or v is u else Project._tx_parse(v)
            v = s.comment
            o.comment = u if v is None else v
            v = s.comment_from_originator
            o.comment_from_originator = u if v is None else v
            v = s.action_date
            o.action_date = u if v is None else v
            v = s.action_employee_name
            o.action_employee_name = u if v is None else v
            v = s.action_employee_picture_id
            o.action_employee_picture_id = u if v is None else v
            v = s.action_employee_is_auth_company_attestor
            o.action_employee_is_auth_company_attestor = u if v is None else v
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
