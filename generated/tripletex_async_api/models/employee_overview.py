from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.employee_overview_employee_approver_relation_type import EmployeeOverviewEmployeeApproverRelationType
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
class EmployeeOverview(Model):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        first_name (str | Unset):
        last_name (str | Unset):
        display_name (str | Unset):
        number (str | Unset):
        date_of_birth (str | Unset):
        email (str | Unset):
        phone_number_mobile (str | Unset):
        phone_number_home (str | Unset):
        phone_number_work (str | Unset):
        national_identity_number (str | Unset):
        is_contact (bool | Unset):
        address (Address | Unset): Address tied to the employee
        department (Department | Unset): The department for this account. If multiple industries are activated, all
            postings on this account will be towards this department. If multiple industries are not activated, it is
            ignored.
        employee_category (EmployeeCategory | Unset):
        picture_id (int | Unset):
        company_id (int | Unset):
        last_active_employment (Employment | Unset): Employments tied to the employee
        current_company_employee_rate (CompanyEmployeeRate | Unset):
        delivery_method_wage_slip_string (str | Unset):
        bank_account_number (str | Unset):
        allow_login (bool | Unset):
        auth_read_only (bool | Unset):
        is_proxy (bool | Unset):
        visma_connect_2f_aactive (bool | Unset):
        has_resigned (bool | Unset):
        is_user_administrator (bool | Unset):
        allow_reg_info (bool | Unset):
        social_security_number_or_d_number (str | Unset):
        is_payslip_only (bool | Unset):
        employment_details (EmploymentDetails | Unset): Employment types tied to the employment
        employee_approver (Employee | Unset):
        employee_approver_relation_type (EmployeeOverviewEmployeeApproverRelationType | Unset):
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
        _v = self.first_name
        if _v is not UNSET:
            field_dict["firstName"] = _v
        _v = self.last_name
        if _v is not UNSET:
            field_dict["lastName"] = _v
        _v = self.display_name
        if _v is not UNSET and not _in_request:
            field_dict["displayName"] = _v
        _v = self.number
        if _v is not UNSET:
            field_dict["number"] = _v
        _v = self.date_of_birth
        if _v is not UNSET:
            field_dict["dateOfBirth"] = _v
        _v = self.email
        if _v is not UNSET:
            field_dict["email"] = _v
        _v = self.phone_number_mobile
        if _v is not UNSET and not _in_request:
            field_dict["phoneNumberMobile"] = _v
        _v = self.phone_number_home
        if _v is not UNSET:
            field_dict["phoneNumberHome"] = _v
        _v = self.phone_number_work
        if _v is not UNSET:
            field_dict["phoneNumberWork"] = _v
        _v = self.national_identity_number
        if _v is not UNSET:
            field_dict["nationalIdentityNumber"] = _v
        _v = self.is_contact
        if _v is not UNSET and not _in_request:
            field_dict["isContact"] = _v
        _v = self.address
        if _v is not UNSET:
            field_dict["address"] = _v.to_dict()
        _v = self.department
        if _v is not UNSET:
            field_dict["department"] = _v.to_dict()
        _v = self.employee_category
        if _v is not UNSET:
            field_dict["employeeCategory"] = _v.to_dict()
        _v = self.picture_id
        if _v is not UNSET and not _in_request:
            field_dict["pictureId"] = _v
        _v = self.company_id
        if _v is not UNSET and not _in_request:
            field_dict["companyId"] = _v
        _v = self.last_active_employment
        if _v is not UNSET:
            field_dict["lastActiveEmployment"] = _v.to_dict()
        _v = self.current_company_employee_rate
        if _v is not UNSET:
            field_dict["currentCompanyEmployeeRate"] = _v.to_dict()
        _v = self.delivery_method_wage_slip_string
        if _v is not UNSET and not _in_request:
            field_dict["deliveryMethodWageSlipString"] = _v
        _v = self.bank_account_number
        if _v is not UNSET:
            field_dict["bankAccountNumber"] = _v
        _v = self.allow_login
        if _v is not UNSET:
            field_dict["allowLogin"] = _v
        _v = self.auth_read_only
        if _v is not UNSET:
            field_dict["authReadOnly"] = _v
        _v = self.is_proxy
        if _v is not UNSET:
            field_dict["isProxy"] = _v
        _v = self.visma_connect_2f_aactive
        if _v is not UNSET and not _in_request:
            field_dict["vismaConnect2FAactive"] = _v
        _v = self.has_resigned
        if _v is not UNSET and not _in_request:
            field_dict["hasResigned"] = _v
        _v = self.is_user_administrator
        if _v is not UNSET and not _in_request:
            field_dict["isUserAdministrator"] = _v
        _v = self.allow_reg_info
        if _v is not UNSET and not _in_request:
            field_dict["allowRegInfo"] = _v
        _v = self.social_security_number_or_d_number
        if _v is not UNSET and not _in_request:
            field_dict["socialSecurityNumberOrDNumber"] = _v
        _v = self.is_payslip_only
        if _v is not UNSET and not _in_request:
            field_dict["isPayslipOnly"] = _v
        _v = self.employment_details
        if _v is not UNSET:
            field_dict["employmentDetails"] = _v.to_dict()
        _v = self.employee_approver
        if _v is not UNSET:
            field_dict["employeeApprover"] = _v.to_dict()
        _v = self.employee_approver_relation_type
        if _v is not UNSET and not _in_request:
            field_dict["employeeApproverRelationType"] = _v._value_
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A EmployeeOverview from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``EmployeeOverview.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.address import Address  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415
        from ..models.company_employee_rate import CompanyEmployeeRate  # noqa: PLC0415
        from ..models.department import Department  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415
        from ..models.employee_category import EmployeeCategory  # noqa: PLC0415
        from ..models.employment import Employment  # noqa: PLC0415
        from ..models.employment_details import EmploymentDetails  # noqa: PLC0415

        _new = object.__new__
        _e_employee_approver_relation_type: dict[Any, Any] = enum_members(EmployeeOverviewEmployeeApproverRelationType)
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "firstName": "first_name",
            "lastName": "last_name",
            "displayName": "display_name",
            "number": "number",
            "dateOfBirth": "date_of_birth",
            "email": "email",
            "phoneNumberMobile": "phone_number_mobile",
            "phoneNumberHome": "phone_number_home",
            "phoneNumberWork": "phone_number_work",
            "nationalIdentityNumber": "national_identity_number",
            "isContact": "is_contact",
            "pictureId": "picture_id",
            "companyId": "company_id",
            "deliveryMethodWageSlipString": "delivery_method_wage_slip_string",
            "bankAccountNumber": "bank_account_number",
            "allowLogin": "allow_login",
            "authReadOnly": "auth_read_only",
            "isProxy": "is_proxy",
            "vismaConnect2FAactive": "visma_connect_2f_aactive",
            "hasResigned": "has_resigned",
            "isUserAdministrator": "is_user_administrator",
            "allowRegInfo": "allow_reg_info",
            "socialSecurityNumberOrDNumber": "social_security_number_or_d_number",
            "isPayslipOnly": "is_payslip_only",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.first_name = o.last_name = o.display_name = o.number = (
                        o.date_of_birth
                    ) = o.email = o.phone_number_mobile = o.phone_number_home = o.phone_number_work = (
                        o.national_identity_number
                    ) = o.is_contact = o.address = o.department = o.employee_category = o.picture_id = o.company_id = (
                        o.last_active_employment
                    ) = o.current_company_employee_rate = o.delivery_method_wage_slip_string = o.bank_account_number = (
                        o.allow_login
                    ) = o.auth_read_only = o.is_proxy = o.visma_connect_2f_aactive = o.has_resigned = (
                        o.is_user_administrator
                    ) = o.allow_reg_info = o.social_security_number_or_d_number = o.is_payslip_only = (
                        o.employment_details
                    ) = o.employee_approver = o.employee_approver_relation_type = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 12 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.first_name = o.last_name = o.display_name = o.number = (
                        o.date_of_birth
                    ) = o.email = o.phone_number_mobile = o.phone_number_home = o.phone_number_work = (
                        o.national_identity_number
                    ) = o.is_contact = o.address = o.department = o.employee_category = o.picture_id = o.company_id = (
                        o.last_active_employment
                    ) = o.current_company_employee_rate = o.delivery_method_wage_slip_string = o.bank_account_number = (
                        o.allow_login
                    ) = o.auth_read_only = o.is_proxy = o.visma_connect_2f_aactive = o.has_resigned = (
                        o.is_user_administrator
                    ) = o.allow_reg_info = o.social_security_number_or_d_number = o.is_payslip_only = (
                        o.employment_details
                    ) = o.employee_approver = o.employee_approver_relation_type = UNSET
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
                v = g("firstName")
                if v is None:
                    o.first_name = u
                    if "firstName" not in d:
                        m += 1
                else:
                    o.first_name = v
                v = g("lastName")
                if v is None:
                    o.last_name = u
                    if "lastName" not in d:
                        m += 1
                else:
                    o.last_name = v
                v = g("displayName")
                if v is None:
                    o.display_name = u
                    if "displayName" not in d:
                        m += 1
                else:
                    o.display_name = v
                v = g("number")
                if v is None:
                    o.number = u
                    if "number" not in d:
                        m += 1
                else:
                    o.number = v
                v = g("dateOfBirth")
                if v is None:
                    o.date_of_birth = u
                    if "dateOfBirth" not in d:
                        m += 1
                else:
                    o.date_of_birth = v
                v = g("email")
                if v is None:
                    o.email = u
                    if "email" not in d:
                        m += 1
                else:
                    o.email = v
                v = g("phoneNumberMobile")
                if v is None:
                    o.phone_number_mobile = u
                    if "phoneNumberMobile" not in d:
                        m += 1
                else:
                    o.phone_number_mobile = v
                v = g("phoneNumberHome")
                if v is None:
                    o.phone_number_home = u
                    if "phoneNumberHome" not in d:
                        m += 1
                else:
                    o.phone_number_home = v
                v = g("phoneNumberWork")
                if v is None:
                    o.phone_number_work = u
                    if "phoneNumberWork" not in d:
                        m += 1
                else:
                    o.phone_number_work = v
                v = g("nationalIdentityNumber")
                if v is None:
                    o.national_identity_number = u
                    if "nationalIdentityNumber" not in d:
                        m += 1
                else:
                    o.national_identity_number = v
                v = g("isContact")
                if v is None:
                    o.is_contact = u
                    if "isContact" not in d:
                        m += 1
                else:
                    o.is_contact = v
                k = "address"
                v = g("address")
                if v is None:
                    o.address = u
                    if "address" not in d:
                        m += 1
                else:
                    o.address = Address._tx_parse(v)
                k = "department"
                v = g("department")
                if v is None:
                    o.department = u
                    if "department" not in d:
                        m += 1
                else:
                    o.department = Department._tx_parse(v)
                k = "employeeCategory"
                v = g("employeeCategory")
                if v is None:
                    o.employee_category = u
                    if "employeeCategory" not in d:
                        m += 1
                else:
                    o.employee_category = EmployeeCategory._tx_parse(v)
                v = g("pictureId")
                if v is None:
                    o.picture_id = u
                    if "pictureId" not in d:
                        m += 1
                else:
                    o.picture_id = v
                v = g("companyId")
                if v is None:
                    o.company_id = u
                    if "companyId" not in d:
                        m += 1
                else:
                    o.company_id = v
                k = "lastActiveEmployment"
                v = g("lastActiveEmployment")
                if v is None:
                    o.last_active_employment = u
                    if "lastActiveEmployment" not in d:
                        m += 1
                else:
                    o.last_active_employment = Employment._tx_parse(v)
                k = "currentCompanyEmployeeRate"
                v = g("currentCompanyEmployeeRate")
                if v is None:
                    o.current_company_employee_rate = u
                    if "currentCompanyEmployeeRate" not in d:
                        m += 1
                else:
                    o.current_company_employee_rate = CompanyEmployeeRate._tx_parse(v)
                v = g("deliveryMethodWageSlipString")
                if v is None:
                    o.delivery_method_wage_slip_string = u
                    if "deliveryMethodWageSlipString" not in d:
                        m += 1
                else:
                    o.delivery_method_wage_slip_string = v
                v = g("bankAccountNumber")
                if v is None:
                    o.bank_account_number = u
                    if "bankAccountNumber" not in d:
                        m += 1
                else:
                    o.bank_account_number = v
                v = g("allowLogin")
                if v is None:
                    o.allow_login = u
                    if "allowLogin" not in d:
                        m += 1
                else:
                    o.allow_login = v
                v = g("authReadOnly")
                if v is None:
                    o.auth_read_only = u
                    if "authReadOnly" not in d:
                        m += 1
                else:
                    o.auth_read_only = v
                v = g("isProxy")
                if v is None:
                    o.is_proxy = u
                    if "isProxy" not in d:
                        m += 1
                else:
                    o.is_proxy = v
                v = g("vismaConnect2FAactive")
                if v is None:
                    o.visma_connect_2f_aactive = u
                    if "vismaConnect2FAactive" not in d:
                        m += 1
                else:
                    o.visma_connect_2f_aactive = v
                v = g("hasResigned")
                if v is None:
                    o.has_resigned = u
                    if "hasResigned" not in d:
                        m += 1
                else:
                    o.has_resigned = v
                v = g("isUserAdministrator")
                if v is None:
                    o.is_user_administrator = u
                    if "isUserAdministrator" not in d:
                        m += 1
                else:
                    o.is_user_administrator = v
                v = g("allowRegInfo")
                if v is None:
                    o.allow_reg_info = u
                    if "allowRegInfo" not in d:
                        m += 1
                else:
                    o.allow_reg_info = v
                v = g("socialSecurityNumberOrDNumber")
                if v is None:
                    o.social_security_number_or_d_number = u
                    if "socialSecurityNumberOrDNumber" not in d:
                        m += 1
                else:
                    o.social_security_number_or_d_number = v
                v = g("isPayslipOnly")
                if v is None:
                    o.is_payslip_only = u
                    if "isPayslipOnly" not in d:
                        m += 1
                else:
                    o.is_payslip_only = v
                k = "employmentDetails"
                v = g("employmentDetails")
                if v is None:
                    o.employment_details = u
                    if "employmentDetails" not in d:
                        m += 1
                else:
                    o.employment_details = EmploymentDetails._tx_parse(v)
                k = "employeeApprover"
                v = g("employeeApprover")
                if v is None:
                    o.employee_approver = u
                    if "employeeApprover" not in d:
                        m += 1
                else:
                    o.employee_approver = Employee._tx_parse(v)
                k = "employeeApproverRelationType"
                v = g("employeeApproverRelationType")
                if v is None:
                    o.employee_approver_relation_type = u
                    if "employeeApproverRelationType" not in d:
                        m += 1
                else:
                    o.employee_approver_relation_type = (
                        e_
                        if (e_ := _e_employee_approver_relation_type.get(v)) is not None
                        else enum_value(EmployeeOverviewEmployeeApproverRelationType, v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 36 else {key: v for key, v in d.items() if v is not None and key not in _known}
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
            ("first_name", "firstName"),
            ("last_name", "lastName"),
            ("display_name", "displayName"),
            ("number", "number"),
            ("date_of_birth", "dateOfBirth"),
            ("email", "email"),
            ("phone_number_mobile", "phoneNumberMobile"),
            ("phone_number_home", "phoneNumberHome"),
            ("phone_number_work", "phoneNumberWork"),
            ("national_identity_number", "nationalIdentityNumber"),
            ("is_contact", "isContact"),
            ("address", "address"),
            ("department", "department"),
            ("employee_category", "employeeCategory"),
            ("picture_id", "pictureId"),
            ("company_id", "companyId"),
            ("last_active_employment", "lastActiveEmployment"),
            ("current_company_employee_rate", "currentCompanyEmployeeRate"),
            ("delivery_method_wage_slip_string", "deliveryMethodWageSlipString"),
            ("bank_account_number", "bankAccountNumber"),
            ("allow_login", "allowLogin"),
            ("auth_read_only", "authReadOnly"),
            ("is_proxy", "isProxy"),
            ("visma_connect_2f_aactive", "vismaConnect2FAactive"),
            ("has_resigned", "hasResigned"),
            ("is_user_administrator", "isUserAdministrator"),
            ("allow_reg_info", "allowRegInfo"),
            ("social_security_number_or_d_number", "socialSecurityNumberOrDNumber"),
            ("is_payslip_only", "isPayslipOnly"),
            ("employment_details", "employmentDetails"),
            ("employee_approver", "employeeApprover"),
            ("employee_approver_relation_type", "employeeApproverRelationType"),
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
            v = s.first_name
            o.first_name = u if v is None else v
            v = s.last_name
            o.last_name = u if v is None else v
            v = s.display_name
            o.display_name = u if v is None else v
            v = s.number
            o.number = u if v is None else v
            v = s.date_of_birth
            o.date_of_birth = u if v is None else v
            v = s.email
            o.email = u if v is None else v
            v = s.phone_number_mobile
            o.phone_number_mobile = u if v is None else v
            v = s.phone_number_home
            o.phone_number_home = u if v is None else v
            v = s.phone_number_work
            o.phone_number_work = u if v is None else v
            v = s.national_identity_number
            o.national_identity_number = u if v is None else v
            v = s.is_contact
            o.is_contact = u if v is None else v
            v = s.address
            o.address = u if v is None or v is u else Address._tx_parse(v)
            v = s.department
            o.department = u if v is None or v is u else Department._tx_parse(v)
            v = s.employee_category
            o.employee_category = u if v is None or v is u else EmployeeCategory._tx_parse(v)
            v = s.picture_id
            o.picture_id = u if v is None else v
            v = s.company_id
            o.company_id = u if v is None else v
            v = s.last_active_employment
            o.last_active_employment = u if v is None or v is u else Employment._tx_parse(v)
            v = s.current_company_employee_rate
            o.current_company_employee_rate = u if v is None or v is u else CompanyEmployeeRate._tx_parse(v)
            v = s.delivery_method_wage_slip_string
            o.delivery_method_wage_slip_string = u if v is None else v
            v = s.bank_account_number
            o.bank_account_number = u if v is None else v
            v = s.allow_login
            o.allow_login = u if v is None else v
            v = s.auth_read_only
            o.auth_read_only = u if v is None else v
            v = s.is_proxy
            o.is_proxy = u if v is None else v
            v = s.visma_connect_2f_aactive
            o.visma_connect_2f_aactive = u if v is None else v
            v = s.has_resigned
            o.has_resigned = u if v is None else v
            v = s.is_user_administrator
            o.is_user_administrator = u if v is None else v
            v = s.allow_reg_info
            o.allow_reg_info = u if v is None else v
            v = s.social_security_number_or_d_number
            o.social_security_number_or_d_number = u if v is None else v
            v = s.is_payslip_only
            o.is_payslip_only = u if v is None else v
            v = s.employment_details
            o.employment_details = u if v is None or v is u else EmploymentDetails._tx_parse(v)
            v = s.employee_approver
            o.employee_approver = u if v is None or v is u else Employee._tx_parse(v)
            v = s.employee_approver_relation_type
            o.employee_approver_relation_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_employee_approver_relation_type.get(v)) is not None
                else enum_value(EmployeeOverviewEmployeeApproverRelationType, v)
            )
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
