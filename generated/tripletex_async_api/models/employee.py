from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.employee_user_type import EmployeeUserType
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
    from ..models.country import Country
    from ..models.department import Department
    from ..models.employee_category import EmployeeCategory
    from ..models.employment import Employment
    from ..models.holiday_allowance_earned import HolidayAllowanceEarned
    from ..models.international_id import InternationalId


T = TypeVar("T", bound="Employee")


@_attrs_define
class Employee(Model):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        first_name (str | Unset):
        last_name (str | Unset):
        display_name (str | Unset):
        employee_number (str | Unset):
        date_of_birth (str | Unset):
        email (str | Unset):
        phone_number_mobile_country (Country | Unset):
        phone_number_mobile (str | Unset):
        phone_number_home (str | Unset):
        phone_number_work (str | Unset):
        national_identity_number (str | Unset):
        dnumber (str | Unset):
        international_id (InternationalId | Unset):
        bank_account_number (str | Unset):
        iban (str | Unset): IBAN field
        bic (str | Unset): Bic (swift) field
        creditor_bank_country_id (int | Unset): Country of creditor bank field
        uses_abroad_payment (bool | Unset): UsesAbroadPayment field. Determines if we should use domestic or abroad
            remittance. To be able to use abroad remittance, one has to: 1: have Autopay 2: have valid combination of the
            fields Iban, Bic (swift) and Country of creditor bank.
        user_type (EmployeeUserType | Unset): Define the employee's user type.<br>STANDARD: Reduced access. Users with
            limited system entitlements.<br>EXTENDED: Users can be given all system entitlements.<br>NO_ACCESS: User with no
            log on access.<br>Users with access to Tripletex must confirm the email address.
        allow_information_registration (bool | Unset): Determines if salary information can be registered on the user
            including hours, travel expenses and employee expenses. The user may also be selected as a project member on
            projects.
        is_contact (bool | Unset): Determines if the employee is a contact (external) in the company.
        is_proxy (bool | Unset): True if this Employee object represents an accounting or auditor office
        comments (str | Unset):
        address (Address | Unset): Address tied to the employee
        department (Department | Unset): The department for this account. If multiple industries are activated, all
            postings on this account will be towards this department. If multiple industries are not activated, it is
            ignored.
        employments (list[Employment] | Unset):
        holiday_allowance_earned (HolidayAllowanceEarned | Unset):
        employee_category (EmployeeCategory | Unset):
        is_auth_project_overview_url (bool | Unset):
        picture_id (int | Unset):
        company_id (int | Unset):
        visma_connect_2f_aactive (bool | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    display_name: str | Unset = UNSET
    employee_number: str | Unset = UNSET
    date_of_birth: str | Unset = UNSET
    email: str | Unset = UNSET
    phone_number_mobile_country: Country | Unset = UNSET
    phone_number_mobile: str | Unset = UNSET
    phone_number_home: str | Unset = UNSET
    phone_number_work: str | Unset = UNSET
    national_identity_number: str | Unset = UNSET
    dnumber: str | Unset = UNSET
    international_id: InternationalId | Unset = UNSET
    bank_account_number: str | Unset = UNSET
    iban: str | Unset = UNSET
    bic: str | Unset = UNSET
    creditor_bank_country_id: int | Unset = UNSET
    uses_abroad_payment: bool | Unset = UNSET
    user_type: EmployeeUserType | Unset = UNSET
    allow_information_registration: bool | Unset = UNSET
    is_contact: bool | Unset = UNSET
    is_proxy: bool | Unset = UNSET
    comments: str | Unset = UNSET
    address: Address | Unset = UNSET
    department: Department | Unset = UNSET
    employments: list[Employment] | Unset = UNSET
    holiday_allowance_earned: HolidayAllowanceEarned | Unset = UNSET
    employee_category: EmployeeCategory | Unset = UNSET
    is_auth_project_overview_url: bool | Unset = UNSET
    picture_id: int | Unset = UNSET
    company_id: int | Unset = UNSET
    visma_connect_2f_aactive: bool | Unset = UNSET
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
        _v = self.employee_number
        if _v is not UNSET:
            field_dict["employeeNumber"] = _v
        _v = self.date_of_birth
        if _v is not UNSET:
            field_dict["dateOfBirth"] = _v
        _v = self.email
        if _v is not UNSET:
            field_dict["email"] = _v
        _v = self.phone_number_mobile_country
        if _v is not UNSET:
            field_dict["phoneNumberMobileCountry"] = _v.to_dict()
        _v = self.phone_number_mobile
        if _v is not UNSET:
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
        _v = self.dnumber
        if _v is not UNSET:
            field_dict["dnumber"] = _v
        _v = self.international_id
        if _v is not UNSET:
            field_dict["internationalId"] = _v.to_dict()
        _v = self.bank_account_number
        if _v is not UNSET:
            field_dict["bankAccountNumber"] = _v
        _v = self.iban
        if _v is not UNSET:
            field_dict["iban"] = _v
        _v = self.bic
        if _v is not UNSET:
            field_dict["bic"] = _v
        _v = self.creditor_bank_country_id
        if _v is not UNSET:
            field_dict["creditorBankCountryId"] = _v
        _v = self.uses_abroad_payment
        if _v is not UNSET:
            field_dict["usesAbroadPayment"] = _v
        _v = self.user_type
        if _v is not UNSET:
            field_dict["userType"] = _v._value_
        _v = self.allow_information_registration
        if _v is not UNSET and not _in_request:
            field_dict["allowInformationRegistration"] = _v
        _v = self.is_contact
        if _v is not UNSET:
            field_dict["isContact"] = _v
        _v = self.is_proxy
        if _v is not UNSET and not _in_request:
            field_dict["isProxy"] = _v
        _v = self.comments
        if _v is not UNSET:
            field_dict["comments"] = _v
        _v = self.address
        if _v is not UNSET:
            field_dict["address"] = _v.to_dict()
        _v = self.department
        if _v is not UNSET:
            field_dict["department"] = _v.to_dict()
        _v = self.employments
        if _v is not UNSET:
            field_dict["employments"] = [_e.to_dict() for _e in _v]
        _v = self.holiday_allowance_earned
        if _v is not UNSET:
            field_dict["holidayAllowanceEarned"] = _v.to_dict()
        _v = self.employee_category
        if _v is not UNSET:
            field_dict["employeeCategory"] = _v.to_dict()
        _v = self.is_auth_project_overview_url
        if _v is not UNSET and not _in_request:
            field_dict["isAuthProjectOverviewURL"] = _v
        _v = self.picture_id
        if _v is not UNSET and not _in_request:
            field_dict["pictureId"] = _v
        _v = self.company_id
        if _v is not UNSET and not _in_request:
            field_dict["companyId"] = _v
        _v = self.visma_connect_2f_aactive
        if _v is not UNSET and not _in_request:
            field_dict["vismaConnect2FAactive"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A Employee from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``Employee.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.address import Address  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415
        from ..models.country import Country  # noqa: PLC0415
        from ..models.department import Department  # noqa: PLC0415
        from ..models.employee_category import EmployeeCategory  # noqa: PLC0415
        from ..models.employment import Employment  # noqa: PLC0415
        from ..models.holiday_allowance_earned import HolidayAllowanceEarned  # noqa: PLC0415
        from ..models.international_id import InternationalId  # noqa: PLC0415

        _new = object.__new__
        _e_user_type: dict[Any, Any] = enum_members(EmployeeUserType)
        _known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "firstName",
                "lastName",
                "displayName",
                "employeeNumber",
                "dateOfBirth",
                "email",
                "phoneNumberMobileCountry",
                "phoneNumberMobile",
                "phoneNumberHome",
                "phoneNumberWork",
                "nationalIdentityNumber",
                "dnumber",
                "internationalId",
                "bankAccountNumber",
                "iban",
                "bic",
                "creditorBankCountryId",
                "usesAbroadPayment",
                "userType",
                "allowInformationRegistration",
                "isContact",
                "isProxy",
                "comments",
                "address",
                "department",
                "employments",
                "holidayAllowanceEarned",
                "employeeCategory",
                "isAuthProjectOverviewURL",
                "pictureId",
                "companyId",
                "vismaConnect2FAactive",
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
            "employeeNumber": "employee_number",
            "dateOfBirth": "date_of_birth",
            "email": "email",
            "phoneNumberMobile": "phone_number_mobile",
            "phoneNumberHome": "phone_number_home",
            "phoneNumberWork": "phone_number_work",
            "nationalIdentityNumber": "national_identity_number",
            "dnumber": "dnumber",
            "bankAccountNumber": "bank_account_number",
            "iban": "iban",
            "bic": "bic",
            "creditorBankCountryId": "creditor_bank_country_id",
            "usesAbroadPayment": "uses_abroad_payment",
            "allowInformationRegistration": "allow_information_registration",
            "isContact": "is_contact",
            "isProxy": "is_proxy",
            "comments": "comments",
            "isAuthProjectOverviewURL": "is_auth_project_overview_url",
            "pictureId": "picture_id",
            "companyId": "company_id",
            "vismaConnect2FAactive": "visma_connect_2f_aactive",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.first_name = o.last_name = o.display_name = (
                        o.employee_number
                    ) = o.date_of_birth = o.email = o.phone_number_mobile_country = o.phone_number_mobile = (
                        o.phone_number_home
                    ) = o.phone_number_work = o.national_identity_number = o.dnumber = o.international_id = (
                        o.bank_account_number
                    ) = o.iban = o.bic = o.creditor_bank_country_id = o.uses_abroad_payment = o.user_type = (
                        o.allow_information_registration
                    ) = o.is_contact = o.is_proxy = o.comments = o.address = o.department = o.employments = (
                        o.holiday_allowance_earned
                    ) = o.employee_category = o.is_auth_project_overview_url = o.picture_id = o.company_id = (
                        o.visma_connect_2f_aactive
                    ) = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 12 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.first_name = o.last_name = o.display_name = (
                        o.employee_number
                    ) = o.date_of_birth = o.email = o.phone_number_mobile_country = o.phone_number_mobile = (
                        o.phone_number_home
                    ) = o.phone_number_work = o.national_identity_number = o.dnumber = o.international_id = (
                        o.bank_account_number
                    ) = o.iban = o.bic = o.creditor_bank_country_id = o.uses_abroad_payment = o.user_type = (
                        o.allow_information_registration
                    ) = o.is_contact = o.is_proxy = o.comments = o.address = o.department = o.employments = (
                        o.holiday_allowance_earned
                    ) = o.employee_category = o.is_auth_project_overview_url = o.picture_id = o.company_id = (
                        o.visma_connect_2f_aactive
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
                v = g("employeeNumber")
                if v is None:
                    o.employee_number = u
                    if "employeeNumber" not in d:
                        m += 1
                else:
                    o.employee_number = v
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
                k = "phoneNumberMobileCountry"
                v = g("phoneNumberMobileCountry")
                if v is None:
                    o.phone_number_mobile_country = u
                    if "phoneNumberMobileCountry" not in d:
                        m += 1
                else:
                    o.phone_number_mobile_country = Country._tx_parse(v)
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
                v = g("dnumber")
                if v is None:
                    o.dnumber = u
                    if "dnumber" not in d:
                        m += 1
                else:
                    o.dnumber = v
                k = "internationalId"
                v = g("internationalId")
                if v is None:
                    o.international_id = u
                    if "internationalId" not in d:
                        m += 1
                else:
                    o.international_id = InternationalId._tx_parse(v)
                v = g("bankAccountNumber")
                if v is None:
                    o.bank_account_number = u
                    if "bankAccountNumber" not in d:
                        m += 1
                else:
                    o.bank_account_number = v
                v = g("iban")
                if v is None:
                    o.iban = u
                    if "iban" not in d:
                        m += 1
                else:
                    o.iban = v
                v = g("bic")
                if v is None:
                    o.bic = u
                    if "bic" not in d:
                        m += 1
                else:
                    o.bic = v
                v = g("creditorBankCountryId")
                if v is None:
                    o.creditor_bank_country_id = u
                    if "creditorBankCountryId" not in d:
                        m += 1
                else:
                    o.creditor_bank_country_id = v
                v = g("usesAbroadPayment")
                if v is None:
                    o.uses_abroad_payment = u
                    if "usesAbroadPayment" not in d:
                        m += 1
                else:
                    o.uses_abroad_payment = v
                k = "userType"
                v = g("userType")
                if v is None:
                    o.user_type = u
                    if "userType" not in d:
                        m += 1
                else:
                    o.user_type = e_ if (e_ := _e_user_type.get(v)) is not None else enum_value(EmployeeUserType, v)
                v = g("allowInformationRegistration")
                if v is None:
                    o.allow_information_registration = u
                    if "allowInformationRegistration" not in d:
                        m += 1
                else:
                    o.allow_information_registration = v
                v = g("isContact")
                if v is None:
                    o.is_contact = u
                    if "isContact" not in d:
                        m += 1
                else:
                    o.is_contact = v
                v = g("isProxy")
                if v is None:
                    o.is_proxy = u
                    if "isProxy" not in d:
                        m += 1
                else:
                    o.is_proxy = v
                v = g("comments")
                if v is None:
                    o.comments = u
                    if "comments" not in d:
                        m += 1
                else:
                    o.comments = v
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
                k = "employments"
                v = g("employments")
                if v is None:
                    o.employments = u
                    if "employments" not in d:
                        m += 1
                else:
                    o.employments = (
                        ([Employment._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "holidayAllowanceEarned"
                v = g("holidayAllowanceEarned")
                if v is None:
                    o.holiday_allowance_earned = u
                    if "holidayAllowanceEarned" not in d:
                        m += 1
                else:
                    o.holiday_allowance_earned = HolidayAllowanceEarned._tx_parse(v)
                k = "employeeCategory"
                v = g("employeeCategory")
                if v is None:
                    o.employee_category = u
                    if "employeeCategory" not in d:
                        m += 1
                else:
                    o.employee_category = EmployeeCategory._tx_parse(v)
                v = g("isAuthProjectOverviewURL")
                if v is None:
                    o.is_auth_project_overview_url = u
                    if "isAuthProjectOverviewURL" not in d:
                        m += 1
                else:
                    o.is_auth_project_overview_url = v
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
                v = g("vismaConnect2FAactive")
                if v is None:
                    o.visma_connect_2f_aactive = u
                    if "vismaConnect2FAactive" not in d:
                        m += 1
                else:
                    o.visma_connect_2f_aactive = v
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
            ("employee_number", "employeeNumber"),
            ("date_of_birth", "dateOfBirth"),
            ("email", "email"),
            ("phone_number_mobile_country", "phoneNumberMobileCountry"),
            ("phone_number_mobile", "phoneNumberMobile"),
            ("phone_number_home", "phoneNumberHome"),
            ("phone_number_work", "phoneNumberWork"),
            ("national_identity_number", "nationalIdentityNumber"),
            ("dnumber", "dnumber"),
            ("international_id", "internationalId"),
            ("bank_account_number", "bankAccountNumber"),
            ("iban", "iban"),
            ("bic", "bic"),
            ("creditor_bank_country_id", "creditorBankCountryId"),
            ("uses_abroad_payment", "usesAbroadPayment"),
            ("user_type", "userType"),
            ("allow_information_registration", "allowInformationRegistration"),
            ("is_contact", "isContact"),
            ("is_proxy", "isProxy"),
            ("comments", "comments"),
            ("address", "address"),
            ("department", "department"),
            ("employments", "employments"),
            ("holiday_allowance_earned", "holidayAllowanceEarned"),
            ("employee_category", "employeeCategory"),
            ("is_auth_project_overview_url", "isAuthProjectOverviewURL"),
            ("picture_id", "pictureId"),
            ("company_id", "companyId"),
            ("visma_connect_2f_aactive", "vismaConnect2FAactive"),
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
            v = s.employee_number
            o.employee_number = u if v is None else v
            v = s.date_of_birth
            o.date_of_birth = u if v is None else v
            v = s.email
            o.email = u if v is None else v
            v = s.phone_number_mobile_country
            o.phone_number_mobile_country = u if v is None or v is u else Country._tx_parse(v)
            v = s.phone_number_mobile
            o.phone_number_mobile = u if v is None else v
            v = s.phone_number_home
            o.phone_number_home = u if v is None else v
            v = s.phone_number_work
            o.phone_number_work = u if v is None else v
            v = s.national_identity_number
            o.national_identity_number = u if v is None else v
            v = s.dnumber
            o.dnumber = u if v is None else v
            v = s.international_id
            o.international_id = u if v is None or v is u else InternationalId._tx_parse(v)
            v = s.bank_account_number
            o.bank_account_number = u if v is None else v
            v = s.iban
            o.iban = u if v is None else v
            v = s.bic
            o.bic = u if v is None else v
            v = s.creditor_bank_country_id
            o.creditor_bank_country_id = u if v is None else v
            v = s.uses_abroad_payment
            o.uses_abroad_payment = u if v is None else v
            v = s.user_type
            o.user_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_user_type.get(v)) is not None
                else enum_value(EmployeeUserType, v)
            )
            v = s.allow_information_registration
            o.allow_information_registration = u if v is None else v
            v = s.is_contact
            o.is_contact = u if v is None else v
            v = s.is_proxy
            o.is_proxy = u if v is None else v
            v = s.comments
            o.comments = u if v is None else v
            v = s.address
            o.address = u if v is None or v is u else Address._tx_parse(v)
            v = s.department
            o.department = u if v is None or v is u else Department._tx_parse(v)
            v = s.employments
            o.employments = (
                u
                if v is None or v is u
                else ([Employment._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.holiday_allowance_earned
            o.holiday_allowance_earned = u if v is None or v is u else HolidayAllowanceEarned._tx_parse(v)
            v = s.employee_category
            o.employee_category = u if v is None or v is u else EmployeeCategory._tx_parse(v)
            v = s.is_auth_project_overview_url
            o.is_auth_project_overview_url = u if v is None else v
            v = s.picture_id
            o.picture_id = u if v is None else v
            v = s.company_id
            o.company_id = u if v is None else v
            v = s.visma_connect_2f_aactive
            o.visma_connect_2f_aactive = u if v is None else v
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
