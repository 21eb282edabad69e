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
    from ..models.change import Change
    from ..models.department import Department
    from ..models.employee import Employee
    from ..models.project import Project
    from ..models.voucher import Voucher


T = TypeVar("T", bound="VoucherApprovalListElement")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("voucher", dict, False),
    ("employee", dict, False),
    ("actionEmployee", dict, False),
    ("department", dict, False),
    ("project", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class VoucherApprovalListElement(LazyModel):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        voucher (Voucher | Unset):
        employee (Employee | Unset):
        action_employee (Employee | Unset):
        status (int | Unset): [read-only]
        organisation_level (int | Unset): [read-only]
        is_vendor_attestant (bool | Unset): [read-only]
        department (Department | Unset): The department for this account. If multiple industries are activated, all
            postings on this account will be towards this department. If multiple industries are not activated, it is
            ignored.
        project (Project | Unset):
        comment (str | Unset):
        comment_from_originator (str | Unset):
        action_date (str | Unset): [read-only]
        action_employee_name (str | Unset): [read-only]
        action_employee_picture_id (int | Unset): [read-only]
        action_employee_is_auth_company_attestor (bool | Unset): [read-only]
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

        voucher: dict[str, Any] | Unset = UNSET
        if not isinstance(self.voucher, Unset):
            voucher = self.voucher.to_dict()

        employee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.employee, Unset):
            employee = self.employee.to_dict()

        action_employee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.action_employee, Unset):
            action_employee = self.action_employee.to_dict()

        status = self.status

        organisation_level = self.organisation_level

        is_vendor_attestant = self.is_vendor_attestant

        department: dict[str, Any] | Unset = UNSET
        if not isinstance(self.department, Unset):
            department = self.department.to_dict()

        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        comment = self.comment

        comment_from_originator = self.comment_from_originator

        action_date = self.action_date

        action_employee_name = self.action_employee_name

        action_employee_picture_id = self.action_employee_picture_id

        action_employee_is_auth_company_attestor = self.action_employee_is_auth_company_attestor

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
        if voucher is not UNSET:
            field_dict["voucher"] = voucher
        if employee is not UNSET:
            field_dict["employee"] = employee
        if action_employee is not UNSET:
            field_dict["actionEmployee"] = action_employee
        if status is not UNSET and not _in_request:
            field_dict["status"] = status
        if organisation_level is not UNSET and not _in_request:
            field_dict["organisationLevel"] = organisation_level
        if is_vendor_attestant is not UNSET and not _in_request:
            field_dict["isVendorAttestant"] = is_vendor_attestant
        if department is not UNSET:
            field_dict["department"] = department
        if project is not UNSET:
            field_dict["project"] = project
        if comment is not UNSET:
            field_dict["comment"] = comment
        if comment_from_originator is not UNSET:
            field_dict["commentFromOriginator"] = comment_from_originator
        if action_date is not UNSET and not _in_request:
            field_dict["actionDate"] = action_date
        if action_employee_name is not UNSET and not _in_request:
            field_dict["actionEmployeeName"] = action_employee_name
        if action_employee_picture_id is not UNSET and not _in_request:
            field_dict["actionEmployeePictureId"] = action_employee_picture_id
        if action_employee_is_auth_company_attestor is not UNSET and not _in_request:
            field_dict["actionEmployeeIsAuthCompanyAttestor"] = action_employee_is_auth_company_attestor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A VoucherApprovalListElement from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.department import Department  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415
        from ..models.project import Project  # noqa: PLC0415
        from ..models.voucher import Voucher  # noqa: PLC0415

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

        def _p_voucher(_tx_v: Any) -> Voucher | Unset:
            _voucher = _tx_v
            voucher: Voucher | Unset
            if isinstance(_voucher, Unset):
                voucher = UNSET
            else:
                voucher = Voucher._tx_from_json(_voucher)

            return voucher

        def _p_employee(_tx_v: Any) -> Employee | Unset:
            _employee = _tx_v
            employee: Employee | Unset
            if isinstance(_employee, Unset):
                employee = UNSET
            else:
                employee = Employee._tx_from_json(_employee)

            return employee

        def _p_action_employee(_tx_v: Any) -> Employee | Unset:
            _action_employee = _tx_v
            action_employee: Employee | Unset
            if isinstance(_action_employee, Unset):
                action_employee = UNSET
            else:
                action_employee = Employee._tx_from_json(_action_employee)

            return action_employee

        def _p_department(_tx_v: Any) -> Department | Unset:
            _department = _tx_v
            department: Department | Unset
            if isinstance(_department, Unset):
                department = UNSET
            else:
                department = Department._tx_from_json(_department)

            return department

        def _p_project(_tx_v: Any) -> Project | Unset:
            _project = _tx_v
            project: Project | Unset
            if isinstance(_project, Unset):
                project = UNSET
            else:
                project = Project._tx_from_json(_project)

            return project

        _tx_known: frozenset[str] = frozenset(
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

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "voucher": ("voucher", _p_voucher),
            "employee": ("employee", _p_employee),
            "action_employee": ("actionEmployee", _p_action_employee),
            "status": ("status", None),
            "organisation_level": ("organisationLevel", None),
            "is_vendor_attestant": ("isVendorAttestant", None),
            "department": ("department", _p_department),
            "project": ("project", _p_project),
            "comment": ("comment", None),
            "comment_from_originator": ("commentFromOriginator", None),
            "action_date": ("actionDate", None),
            "action_employee_name": ("actionEmployeeName", None),
            "action_employee_picture_id": ("actionEmployeePictureId", None),
            "action_employee_is_auth_company_attestor": ("actionEmployeeIsAuthCompanyAttestor", None),
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
