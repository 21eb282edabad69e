from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.employee_overview_employee_approver_relation_type import EmployeeOverviewEmployeeApproverRelationType
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
    from ..models.address import Address
    from ..models.change import Change
    from ..models.company_employee_rate import CompanyEmployeeRate
    from ..models.department import Department
    from ..models.employee import Employee
    from ..models.employee_category import EmployeeCategory
    from ..models.employment import Employment
    from ..models.employment_details import EmploymentDetails


T = TypeVar("T", bound="EmployeeOverview")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("address", dict, False),
    ("department", dict, False),
    ("employeeCategory", dict, False),
    ("lastActiveEmployment", dict, False),
    ("currentCompanyEmployeeRate", dict, False),
    ("employmentDetails", dict, False),
    ("employeeApprover", dict, False),
    ("employeeApproverRelationType", str, False),
)


@_attrs_define(on_setattr=mark_assigned)
class EmployeeOverview(LazyModel):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        first_name (str | Unset):
        last_name (str | Unset):
        display_name (str | Unset): [read-only]
        number (str | Unset):
        date_of_birth (str | Unset):
        email (str | Unset):
        phone_number_mobile (str | Unset): [read-only]
        phone_number_home (str | Unset):
        phone_number_work (str | Unset):
        national_identity_number (str | Unset):
        is_contact (bool | Unset): [read-only]
        address (Address | Unset): Address tied to the employee
        department (Department | Unset): The department for this account. If multiple industries are activated, all
            postings on this account will be towards this department. If multiple industries are not activated, it is
            ignored.
        employee_category (EmployeeCategory | Unset):
        picture_id (int | Unset): [read-only]
        company_id (int | Unset): [read-only]
        last_active_employment (Employment | Unset): Employments tied to the employee
        current_company_employee_rate (CompanyEmployeeRate | Unset):
        delivery_method_wage_slip_string (str | Unset): [read-only]
        bank_account_number (str | Unset):
        allow_login (bool | Unset):
        auth_read_only (bool | Unset):
        is_proxy (bool | Unset):
        visma_connect_2f_aactive (bool | Unset): [read-only]
        has_resigned (bool | Unset): [read-only]
        is_user_administrator (bool | Unset): [read-only]
        allow_reg_info (bool | Unset): [read-only]
        social_security_number_or_d_number (str | Unset): [read-only]
        is_payslip_only (bool | Unset): [read-only]
        employment_details (EmploymentDetails | Unset): Employment types tied to the employment
        employee_approver (Employee | Unset):
        employee_approver_relation_type (EmployeeOverviewEmployeeApproverRelationType | Unset): [read-only]
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    display_name: str | Unset = UNSET
    number: str | Unset = UNSET
    date_of_birth: str | Unset = UNSET
    email: str | Unset = UNSET
    phone_number_mobile: str | Unset = UNSET
    phone_number_home: str | Unset = UNSET
    phone_number_work: str | Unset = UNSET
    national_identity_number: str | Unset = UNSET
    is_contact: bool | Unset = UNSET
    address: Address | Unset = UNSET
    department: Department | Unset = UNSET
    employee_category: EmployeeCategory | Unset = UNSET
    picture_id: int | Unset = UNSET
    company_id: int | Unset = UNSET
    last_active_employment: Employment | Unset = UNSET
    current_company_employee_rate: CompanyEmployeeRate | Unset = UNSET
    delivery_method_wage_slip_string: str | Unset = UNSET
    bank_account_number: str | Unset = UNSET
    allow_login: bool | Unset = UNSET
    auth_read_only: bool | Unset = UNSET
    is_proxy: bool | Unset = UNSET
    visma_connect_2f_aactive: bool | Unset = UNSET
    has_resigned: bool | Unset = UNSET
    is_user_administrator: bool | Unset = UNSET
    allow_reg_info: bool | Unset = UNSET
    social_security_number_or_d_number: str | Unset = UNSET
    is_payslip_only: bool | Unset = UNSET
    employment_details: EmploymentDetails | Unset = UNSET
    employee_approver: Employee | Unset = UNSET
    employee_approver_relation_type: EmployeeOverviewEmployeeApproverRelationType | Unset = UNSET
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

        first_name = self.first_name

        last_name = self.last_name

        display_name = self.display_name

        number = self.number

        date_of_birth = self.date_of_birth

        email = self.email

        phone_number_mobile = self.phone_number_mobile

        phone_number_home = self.phone_number_home

        phone_number_work = self.phone_number_work

        national_identity_number = self.national_identity_number

        is_contact = self.is_contact

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        department: dict[str, Any] | Unset = UNSET
        if not isinstance(self.department, Unset):
            department = self.department.to_dict()

        employee_category: dict[str, Any] | Unset = UNSET
        if not isinstance(self.employee_category, Unset):
            employee_category = self.employee_category.to_dict()

        picture_id = self.picture_id

        company_id = self.company_id

        last_active_employment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_active_employment, Unset):
            last_active_employment = self.last_active_employment.to_dict()

        current_company_employee_rate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.current_company_employee_rate, Unset):
            current_company_employee_rate = self.current_company_employee_rate.to_dict()

        delivery_method_wage_slip_string = self.delivery_method_wage_slip_string

        bank_account_number = self.bank_account_number

        allow_login = self.allow_login

        auth_read_only = self.auth_read_only

        is_proxy = self.is_proxy

        visma_connect_2f_aactive = self.visma_connect_2f_aactive

        has_resigned = self.has_resigned

        is_user_administrator = self.is_user_administrator

        allow_reg_info = self.allow_reg_info

        social_security_number_or_d_number = self.social_security_number_or_d_number

        is_payslip_only = self.is_payslip_only

        employment_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.employment_details, Unset):
            employment_details = self.employment_details.to_dict()

        employee_approver: dict[str, Any] | Unset = UNSET
        if not isinstance(self.employee_approver, Unset):
            employee_approver = self.employee_approver.to_dict()

        employee_approver_relation_type: str | Unset = UNSET
        if not isinstance(self.employee_approver_relation_type, Unset):
            employee_approver_relation_type = self.employee_approver_relation_type.value

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
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if display_name is not UNSET and not _in_request:
            field_dict["displayName"] = display_name
        if number is not UNSET:
            field_dict["number"] = number
        if date_of_birth is not UNSET:
            field_dict["dateOfBirth"] = date_of_birth
        if email is not UNSET:
            field_dict["email"] = email
        if phone_number_mobile is not UNSET and not _in_request:
            field_dict["phoneNumberMobile"] = phone_number_mobile
        if phone_number_home is not UNSET:
            field_dict["phoneNumberHome"] = phone_number_home
        if phone_number_work is not UNSET:
            field_dict["phoneNumberWork"] = phone_number_work
        if national_identity_number is not UNSET:
            field_dict["nationalIdentityNumber"] = national_identity_number
        if is_contact is not UNSET and not _in_request:
            field_dict["isContact"] = is_contact
        if address is not UNSET:
            field_dict["address"] = address
        if department is not UNSET:
            field_dict["department"] = department
        if employee_category is not UNSET:
            field_dict["employeeCategory"] = employee_category
        if picture_id is not UNSET and not _in_request:
            field_dict["pictureId"] = picture_id
        if company_id is not UNSET and not _in_request:
            field_dict["companyId"] = company_id
        if last_active_employment is not UNSET:
            field_dict["lastActiveEmployment"] = last_active_employment
        if current_company_employee_rate is not UNSET:
            field_dict["currentCompanyEmployeeRate"] = current_company_employee_rate
        if delivery_method_wage_slip_string is not UNSET and not _in_request:
            field_dict["deliveryMethodWageSlipString"] = delivery_method_wage_slip_string
        if bank_account_number is not UNSET:
            field_dict["bankAccountNumber"] = bank_account_number
        if allow_login is not UNSET:
            field_dict["allowLogin"] = allow_login
        if auth_read_only is not UNSET:
            field_dict["authReadOnly"] = auth_read_only
        if is_proxy is not UNSET:
            field_dict["isProxy"] = is_proxy
        if visma_connect_2f_aactive is not UNSET and not _in_request:
            field_dict["vismaConnect2FAactive"] = visma_connect_2f_aactive
        if has_resigned is not UNSET and not _in_request:
            field_dict["hasResigned"] = has_resigned
        if is_user_administrator is not UNSET and not _in_request:
            field_dict["isUserAdministrator"] = is_user_administrator
        if allow_reg_info is not UNSET and not _in_request:
            field_dict["allowRegInfo"] = allow_reg_info
        if social_security_number_or_d_number is not UNSET and not _in_request:
            field_dict["socialSecurityNumberOrDNumber"] = social_security_number_or_d_number
        if is_payslip_only is not UNSET and not _in_request:
            field_dict["isPayslipOnly"] = is_payslip_only
        if employment_details is not UNSET:
            field_dict["employmentDetails"] = employment_details
        if employee_approver is not UNSET:
            field_dict["employeeApprover"] = employee_approver
        if employee_approver_relation_type is not UNSET and not _in_request:
            field_dict["employeeApproverRelationType"] = employee_approver_relation_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A EmployeeOverview from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.address import Address  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415
        from ..models.company_employee_rate import CompanyEmployeeRate  # noqa: PLC0415
        from ..models.department import Department  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415
        from ..models.employee_category import EmployeeCategory  # noqa: PLC0415
        from ..models.employment import Employment  # noqa: PLC0415
        from ..models.employment_details import EmploymentDetails  # noqa: PLC0415

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

        def _p_address(_tx_v: Any) -> Address | Unset:
            _address = _tx_v
            address: Address | Unset
            if isinstance(_address, Unset):
                address = UNSET
            else:
                address = Address._tx_from_json(_address)

            return address

        def _p_department(_tx_v: Any) -> Department | Unset:
            _department = _tx_v
            department: Department | Unset
            if isinstance(_department, Unset):
                department = UNSET
            else:
                department = Department._tx_from_json(_department)

            return department

        def _p_employee_category(_tx_v: Any) -> EmployeeCategory | Unset:
            _employee_category = _tx_v
            employee_category: EmployeeCategory | Unset
            if isinstance(_employee_category, Unset):
                employee_category = UNSET
            else:
                employee_category = EmployeeCategory._tx_from_json(_employee_category)

            return employee_category

        def _p_last_active_employment(_tx_v: Any) -> Employment | Unset:
            _last_active_employment = _tx_v
            last_active_employment: Employment | Unset
            if isinstance(_last_active_employment, Unset):
                last_active_employment = UNSET
            else:
                last_active_employment = Employment._tx_from_json(_last_active_employment)

            return last_active_employment

        def _p_current_company_employee_rate(_tx_v: Any) -> CompanyEmployeeRate | Unset:
            _current_company_employee_rate = _tx_v
            current_company_employee_rate: CompanyEmployeeRate | Unset
            if isinstance(_current_company_employee_rate, Unset):
                current_company_employee_rate = UNSET
            else:
                current_company_employee_rate = CompanyEmployeeRate._tx_from_json(_current_company_employee_rate)

            return current_company_employee_rate

        def _p_employment_details(_tx_v: Any) -> EmploymentDetails | Unset:
            _employment_details = _tx_v
            employment_details: EmploymentDetails | Unset
            if isinstance(_employment_details, Unset):
                employment_details = UNSET
            else:
                employment_details = EmploymentDetails._tx_from_json(_employment_details)

            return employment_details

        def _p_employee_approver(_tx_v: Any) -> Employee | Unset:
            _employee_approver = _tx_v
            employee_approver: Employee | Unset
            if isinstance(_employee_approver, Unset):
                employee_approver = UNSET
            else:
                employee_approver = Employee._tx_from_json(_employee_approver)

            return employee_approver

        def _p_employee_approver_relation_type(_tx_v: Any) -> EmployeeOverviewEmployeeApproverRelationType | Unset:
            _employee_approver_relation_type = _tx_v
            employee_approver_relation_type: EmployeeOverviewEmployeeApproverRelationType | Unset
            if isinstance(_employee_approver_relation_type, Unset):
                employee_approver_relation_type = UNSET
            else:
                employee_approver_relation_type = EmployeeOverviewEmployeeApproverRelationType(
                    _employee_approver_relation_type
                )

            return employee_approver_relation_type

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "firstName",
                "lastName",
                "displayName",
                "number",
                "dateOfBirth",
                "email",
                "phoneNumberMobile",
                "phoneNumberHome",
                "phoneNumberWork",
                "nationalIdentityNumber",
                "isContact",
                "address",
                "department",
                "employeeCategory",
                "pictureId",
                "companyId",
                "lastActiveEmployment",
                "currentCompanyEmployeeRate",
                "deliveryMethodWageSlipString",
                "bankAccountNumber",
                "allowLogin",
                "authReadOnly",
                "isProxy",
                "vismaConnect2FAactive",
                "hasResigned",
                "isUserAdministrator",
                "allowRegInfo",
                "socialSecurityNumberOrDNumber",
                "isPayslipOnly",
                "employmentDetails",
                "employeeApprover",
                "employeeApproverRelationType",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "first_name": ("firstName", None),
            "last_name": ("lastName", None),
            "display_name": ("displayName", None),
            "number": ("number", None),
            "date_of_birth": ("dateOfBirth", None),
            "email": ("email", None),
            "phone_number_mobile": ("phoneNumberMobile", None),
            "phone_number_home": ("phoneNumberHome", None),
            "phone_number_work": ("phoneNumberWork", None),
            "national_identity_number": ("nationalIdentityNumber", None),
            "is_contact": ("isContact", None),
            "address": ("address", _p_address),
            "department": ("department", _p_department),
            "employee_category": ("employeeCategory", _p_employee_category),
            "picture_id": ("pictureId", None),
            "company_id": ("companyId", None),
            "last_active_employment": ("lastActiveEmployment", _p_last_active_employment),
            "current_company_employee_rate": ("currentCompanyEmployeeRate", _p_current_company_employee_rate),
            "delivery_method_wage_slip_string": ("deliveryMethodWageSlipString", None),
            "bank_account_number": ("bankAccountNumber", None),
            "allow_login": ("allowLogin", None),
            "auth_read_only": ("authReadOnly", None),
            "is_proxy": ("isProxy", None),
            "visma_connect_2f_aactive": ("vismaConnect2FAactive", None),
            "has_resigned": ("hasResigned", None),
            "is_user_administrator": ("isUserAdministrator", None),
            "allow_reg_info": ("allowRegInfo", None),
            "social_security_number_or_d_number": ("socialSecurityNumberOrDNumber", None),
            "is_payslip_only": ("isPayslipOnly", None),
            "employment_details": ("employmentDetails", _p_employment_details),
            "employee_approver": ("employeeApprover", _p_employee_approver),
            "employee_approver_relation_type": ("employeeApproverRelationType", _p_employee_approver_relation_type),
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
