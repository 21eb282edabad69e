from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.employee_overview_employee_approver_relation_type import EmployeeOverviewEmployeeApproverRelationType
from ..types import UNSET, Unset, serializing_request_body

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


@_attrs_define
class EmployeeOverview:
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
        from ..models.address import Address  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415
        from ..models.company_employee_rate import CompanyEmployeeRate  # noqa: PLC0415
        from ..models.department import Department  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415
        from ..models.employee_category import EmployeeCategory  # noqa: PLC0415
        from ..models.employment import Employment  # noqa: PLC0415
        from ..models.employment_details import EmploymentDetails  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        id = d.pop("id", UNSET)

        version = d.pop("version", UNSET)

        _changes = d.pop("changes", UNSET)
        changes: list[Change] | Unset = UNSET
        if _changes is not UNSET:
            changes = []
            for changes_item_data in _changes:
                if changes_item_data is None:
                    continue
                changes_item = Change.from_dict(changes_item_data)

                changes.append(changes_item)

        url = d.pop("url", UNSET)

        first_name = d.pop("firstName", UNSET)

        last_name = d.pop("lastName", UNSET)

        display_name = d.pop("displayName", UNSET)

        number = d.pop("number", UNSET)

        date_of_birth = d.pop("dateOfBirth", UNSET)

        email = d.pop("email", UNSET)

        phone_number_mobile = d.pop("phoneNumberMobile", UNSET)

        phone_number_home = d.pop("phoneNumberHome", UNSET)

        phone_number_work = d.pop("phoneNumberWork", UNSET)

        national_identity_number = d.pop("nationalIdentityNumber", UNSET)

        is_contact = d.pop("isContact", UNSET)

        _address = d.pop("address", UNSET)
        address: Address | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = Address.from_dict(_address)

        _department = d.pop("department", UNSET)
        department: Department | Unset
        if isinstance(_department, Unset):
            department = UNSET
        else:
            department = Department.from_dict(_department)

        _employee_category = d.pop("employeeCategory", UNSET)
        employee_category: EmployeeCategory | Unset
        if isinstance(_employee_category, Unset):
            employee_category = UNSET
        else:
            employee_category = EmployeeCategory.from_dict(_employee_category)

        picture_id = d.pop("pictureId", UNSET)

        company_id = d.pop("companyId", UNSET)

        _last_active_employment = d.pop("lastActiveEmployment", UNSET)
        last_active_employment: Employment | Unset
        if isinstance(_last_active_employment, Unset):
            last_active_employment = UNSET
        else:
            last_active_employment = Employment.from_dict(_last_active_employment)

        _current_company_employee_rate = d.pop("currentCompanyEmployeeRate", UNSET)
        current_company_employee_rate: CompanyEmployeeRate | Unset
        if isinstance(_current_company_employee_rate, Unset):
            current_company_employee_rate = UNSET
        else:
            current_company_employee_rate = CompanyEmployeeRate.from_dict(_current_company_employee_rate)

        delivery_method_wage_slip_string = d.pop("deliveryMethodWageSlipString", UNSET)

        bank_account_number = d.pop("bankAccountNumber", UNSET)

        allow_login = d.pop("allowLogin", UNSET)

        auth_read_only = d.pop("authReadOnly", UNSET)

        is_proxy = d.pop("isProxy", UNSET)

        visma_connect_2f_aactive = d.pop("vismaConnect2FAactive", UNSET)

        has_resigned = d.pop("hasResigned", UNSET)

        is_user_administrator = d.pop("isUserAdministrator", UNSET)

        allow_reg_info = d.pop("allowRegInfo", UNSET)

        social_security_number_or_d_number = d.pop("socialSecurityNumberOrDNumber", UNSET)

        is_payslip_only = d.pop("isPayslipOnly", UNSET)

        _employment_details = d.pop("employmentDetails", UNSET)
        employment_details: EmploymentDetails | Unset
        if isinstance(_employment_details, Unset):
            employment_details = UNSET
        else:
            employment_details = EmploymentDetails.from_dict(_employment_details)

        _employee_approver = d.pop("employeeApprover", UNSET)
        employee_approver: Employee | Unset
        if isinstance(_employee_approver, Unset):
            employee_approver = UNSET
        else:
            employee_approver = Employee.from_dict(_employee_approver)

        _employee_approver_relation_type = d.pop("employeeApproverRelationType", UNSET)
        employee_approver_relation_type: EmployeeOverviewEmployeeApproverRelationType | Unset
        if isinstance(_employee_approver_relation_type, Unset):
            employee_approver_relation_type = UNSET
        else:
            employee_approver_relation_type = EmployeeOverviewEmployeeApproverRelationType(
                _employee_approver_relation_type
            )

        _obj = cls(
            id=id,
            version=version,
            changes=changes,
            url=url,
            first_name=first_name,
            last_name=last_name,
            display_name=display_name,
            number=number,
            date_of_birth=date_of_birth,
            email=email,
            phone_number_mobile=phone_number_mobile,
            phone_number_home=phone_number_home,
            phone_number_work=phone_number_work,
            national_identity_number=national_identity_number,
            is_contact=is_contact,
            address=address,
            department=department,
            employee_category=employee_category,
            picture_id=picture_id,
            company_id=company_id,
            last_active_employment=last_active_employment,
            current_company_employee_rate=current_company_employee_rate,
            delivery_method_wage_slip_string=delivery_method_wage_slip_string,
            bank_account_number=bank_account_number,
            allow_login=allow_login,
            auth_read_only=auth_read_only,
            is_proxy=is_proxy,
            visma_connect_2f_aactive=visma_connect_2f_aactive,
            has_resigned=has_resigned,
            is_user_administrator=is_user_administrator,
            allow_reg_info=allow_reg_info,
            social_security_number_or_d_number=social_security_number_or_d_number,
            is_payslip_only=is_payslip_only,
            employment_details=employment_details,
            employee_approver=employee_approver,
            employee_approver_relation_type=employee_approver_relation_type,
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
