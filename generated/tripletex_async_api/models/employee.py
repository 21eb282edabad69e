from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.employee_user_type import EmployeeUserType
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
    from ..models.country import Country
    from ..models.department import Department
    from ..models.employee_category import EmployeeCategory
    from ..models.employment import Employment
    from ..models.holiday_allowance_earned import HolidayAllowanceEarned
    from ..models.international_id import InternationalId


T = TypeVar("T", bound="Employee")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("phoneNumberMobileCountry", dict, False),
    ("internationalId", dict, False),
    ("userType", str, False),
    ("address", dict, False),
    ("department", dict, False),
    ("employments", list, False),
    ("holidayAllowanceEarned", dict, False),
    ("employeeCategory", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class Employee(LazyModel):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        first_name (str | Unset):
        last_name (str | Unset):
        display_name (str | Unset): [read-only]
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
        allow_information_registration (bool | Unset): [read-only] Determines if salary information can be registered on
            the user including hours, travel expenses and employee expenses. The user may also be selected as a project
            member on projects.
        is_contact (bool | Unset): Determines if the employee is a contact (external) in the company.
        is_proxy (bool | Unset): [read-only] True if this Employee object represents an accounting or auditor office
        comments (str | Unset):
        address (Address | Unset): Address tied to the employee
        department (Department | Unset): The department for this account. If multiple industries are activated, all
            postings on this account will be towards this department. If multiple industries are not activated, it is
            ignored.
        employments (list[Employment] | Unset):
        holiday_allowance_earned (HolidayAllowanceEarned | Unset):
        employee_category (EmployeeCategory | Unset):
        is_auth_project_overview_url (bool | Unset): [read-only]
        picture_id (int | Unset): [read-only]
        company_id (int | Unset): [read-only]
        visma_connect_2f_aactive (bool | Unset): [read-only]
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

        employee_number = self.employee_number

        date_of_birth = self.date_of_birth

        email = self.email

        phone_number_mobile_country: dict[str, Any] | Unset = UNSET
        if not isinstance(self.phone_number_mobile_country, Unset):
            phone_number_mobile_country = self.phone_number_mobile_country.to_dict()

        phone_number_mobile = self.phone_number_mobile

        phone_number_home = self.phone_number_home

        phone_number_work = self.phone_number_work

        national_identity_number = self.national_identity_number

        dnumber = self.dnumber

        international_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.international_id, Unset):
            international_id = self.international_id.to_dict()

        bank_account_number = self.bank_account_number

        iban = self.iban

        bic = self.bic

        creditor_bank_country_id = self.creditor_bank_country_id

        uses_abroad_payment = self.uses_abroad_payment

        user_type: str | Unset = UNSET
        if not isinstance(self.user_type, Unset):
            user_type = self.user_type.value

        allow_information_registration = self.allow_information_registration

        is_contact = self.is_contact

        is_proxy = self.is_proxy

        comments = self.comments

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        department: dict[str, Any] | Unset = UNSET
        if not isinstance(self.department, Unset):
            department = self.department.to_dict()

        employments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.employments, Unset):
            employments = []
            for employments_item_data in self.employments:
                employments_item = employments_item_data.to_dict()
                employments.append(employments_item)

        holiday_allowance_earned: dict[str, Any] | Unset = UNSET
        if not isinstance(self.holiday_allowance_earned, Unset):
            holiday_allowance_earned = self.holiday_allowance_earned.to_dict()

        employee_category: dict[str, Any] | Unset = UNSET
        if not isinstance(self.employee_category, Unset):
            employee_category = self.employee_category.to_dict()

        is_auth_project_overview_url = self.is_auth_project_overview_url

        picture_id = self.picture_id

        company_id = self.company_id

        visma_connect_2f_aactive = self.visma_connect_2f_aactive

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
        if employee_number is not UNSET:
            field_dict["employeeNumber"] = employee_number
        if date_of_birth is not UNSET:
            field_dict["dateOfBirth"] = date_of_birth
        if email is not UNSET:
            field_dict["email"] = email
        if phone_number_mobile_country is not UNSET:
            field_dict["phoneNumberMobileCountry"] = phone_number_mobile_country
        if phone_number_mobile is not UNSET:
            field_dict["phoneNumberMobile"] = phone_number_mobile
        if phone_number_home is not UNSET:
            field_dict["phoneNumberHome"] = phone_number_home
        if phone_number_work is not UNSET:
            field_dict["phoneNumberWork"] = phone_number_work
        if national_identity_number is not UNSET:
            field_dict["nationalIdentityNumber"] = national_identity_number
        if dnumber is not UNSET:
            field_dict["dnumber"] = dnumber
        if international_id is not UNSET:
            field_dict["internationalId"] = international_id
        if bank_account_number is not UNSET:
            field_dict["bankAccountNumber"] = bank_account_number
        if iban is not UNSET:
            field_dict["iban"] = iban
        if bic is not UNSET:
            field_dict["bic"] = bic
        if creditor_bank_country_id is not UNSET:
            field_dict["creditorBankCountryId"] = creditor_bank_country_id
        if uses_abroad_payment is not UNSET:
            field_dict["usesAbroadPayment"] = uses_abroad_payment
        if user_type is not UNSET:
            field_dict["userType"] = user_type
        if allow_information_registration is not UNSET and not _in_request:
            field_dict["allowInformationRegistration"] = allow_information_registration
        if is_contact is not UNSET:
            field_dict["isContact"] = is_contact
        if is_proxy is not UNSET and not _in_request:
            field_dict["isProxy"] = is_proxy
        if comments is not UNSET:
            field_dict["comments"] = comments
        if address is not UNSET:
            field_dict["address"] = address
        if department is not UNSET:
            field_dict["department"] = department
        if employments is not UNSET:
            field_dict["employments"] = employments
        if holiday_allowance_earned is not UNSET:
            field_dict["holidayAllowanceEarned"] = holiday_allowance_earned
        if employee_category is not UNSET:
            field_dict["employeeCategory"] = employee_category
        if is_auth_project_overview_url is not UNSET and not _in_request:
            field_dict["isAuthProjectOverviewURL"] = is_auth_project_overview_url
        if picture_id is not UNSET and not _in_request:
            field_dict["pictureId"] = picture_id
        if company_id is not UNSET and not _in_request:
            field_dict["companyId"] = company_id
        if visma_connect_2f_aactive is not UNSET and not _in_request:
            field_dict["vismaConnect2FAactive"] = visma_connect_2f_aactive

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A Employee from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.address import Address  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415
        from ..models.country import Country  # noqa: PLC0415
        from ..models.department import Department  # noqa: PLC0415
        from ..models.employee_category import EmployeeCategory  # noqa: PLC0415
        from ..models.employment import Employment  # noqa: PLC0415
        from ..models.holiday_allowance_earned import HolidayAllowanceEarned  # noqa: PLC0415
        from ..models.international_id import InternationalId  # noqa: PLC0415

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

        def _p_phone_number_mobile_country(_tx_v: Any) -> Country | Unset:
            _phone_number_mobile_country = _tx_v
            phone_number_mobile_country: Country | Unset
            if isinstance(_phone_number_mobile_country, Unset):
                phone_number_mobile_country = UNSET
            else:
                phone_number_mobile_country = Country._tx_from_json(_phone_number_mobile_country)

            return phone_number_mobile_country

        def _p_international_id(_tx_v: Any) -> InternationalId | Unset:
            _international_id = _tx_v
            international_id: InternationalId | Unset
            if isinstance(_international_id, Unset):
                international_id = UNSET
            else:
                international_id = InternationalId._tx_from_json(_international_id)

            return international_id

        def _p_user_type(_tx_v: Any) -> EmployeeUserType | Unset:
            _user_type = _tx_v
            user_type: EmployeeUserType | Unset
            if isinstance(_user_type, Unset):
                user_type = UNSET
            else:
                user_type = EmployeeUserType(_user_type)

            return user_type

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

        def _p_employments(_tx_v: Any) -> list[Employment] | Unset:
            _employments = _tx_v
            employments: list[Employment] | Unset = UNSET
            if _employments is not UNSET:
                employments = []
                for employments_item_data in _employments:
                    if employments_item_data is None:
                        continue
                    employments_item = Employment._tx_from_json(employments_item_data)

                    employments.append(employments_item)

            return employments

        def _p_holiday_allowance_earned(_tx_v: Any) -> HolidayAllowanceEarned | Unset:
            _holiday_allowance_earned = _tx_v
            holiday_allowance_earned: HolidayAllowanceEarned | Unset
            if isinstance(_holiday_allowance_earned, Unset):
                holiday_allowance_earned = UNSET
            else:
                holiday_allowance_earned = HolidayAllowanceEarned._tx_from_json(_holiday_allowance_earned)

            return holiday_allowance_earned

        def _p_employee_category(_tx_v: Any) -> EmployeeCategory | Unset:
            _employee_category = _tx_v
            employee_category: EmployeeCategory | Unset
            if isinstance(_employee_category, Unset):
                employee_category = UNSET
            else:
                employee_category = EmployeeCategory._tx_from_json(_employee_category)

            return employee_category

        _tx_known: frozenset[str] = frozenset(
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
            "employee_number": ("employeeNumber", None),
            "date_of_birth": ("dateOfBirth", None),
            "email": ("email", None),
            "phone_number_mobile_country": ("phoneNumberMobileCountry", _p_phone_number_mobile_country),
            "phone_number_mobile": ("phoneNumberMobile", None),
            "phone_number_home": ("phoneNumberHome", None),
            "phone_number_work": ("phoneNumberWork", None),
            "national_identity_number": ("nationalIdentityNumber", None),
            "dnumber": ("dnumber", None),
            "international_id": ("internationalId", _p_international_id),
            "bank_account_number": ("bankAccountNumber", None),
            "iban": ("iban", None),
            "bic": ("bic", None),
            "creditor_bank_country_id": ("creditorBankCountryId", None),
            "uses_abroad_payment": ("usesAbroadPayment", None),
            "user_type": ("userType", _p_user_type),
            "allow_information_registration": ("allowInformationRegistration", None),
            "is_contact": ("isContact", None),
            "is_proxy": ("isProxy", None),
            "comments": ("comments", None),
            "address": ("address", _p_address),
            "department": ("department", _p_department),
            "employments": ("employments", _p_employments),
            "holiday_allowance_earned": ("holidayAllowanceEarned", _p_holiday_allowance_earned),
            "employee_category": ("employeeCategory", _p_employee_category),
            "is_auth_project_overview_url": ("isAuthProjectOverviewURL", None),
            "picture_id": ("pictureId", None),
            "company_id": ("companyId", None),
            "visma_connect_2f_aactive": ("vismaConnect2FAactive", None),
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
