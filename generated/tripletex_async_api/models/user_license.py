from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_license_user_license_status import UserLicenseUserLicenseStatus
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
    from ..models.employee import Employee


T = TypeVar("T", bound="UserLicense")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("employee", dict, False),
    ("userLicenseStatus", str, False),
    ("lastEditedByEmployee", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class UserLicense(LazyModel):
    """
    Attributes:
        startup_paid (bool | Unset):
        id (int | Unset): [read-only] User license id.
        company_id (int | Unset): [read-only] Company id.
        employee (Employee | Unset):
        user_category (int | Unset): [read-only] User category of the license.
        start_date (str | Unset): User license start date.
        end_date (str | Unset): User license end date.
        is_startup_paid (bool | Unset): [read-only] True if startup fee has been paid, false otherwise.
        user_license_status (UserLicenseUserLicenseStatus | Unset): [read-only] User license status (terminated or
            active)
        monthly_price (float | Unset): [read-only] Monthly fee paid for the user license
        employee_deleted (bool | Unset): [read-only] True if the employee was deleted but the user license still exists
        deleted_employee_display_name (str | Unset): [read-only] Display name of the deleted employee
        last_edited_by_employee (Employee | Unset):
        last_edited_by_employee_timestamp (str | Unset): [read-only] Timestamp when the user license was last edited.
            Only relevant for Tripletex.
        discount_priority (int | Unset): [read-only] Ordinal representing the position in line this discount has when
            receiving discounts.
        discount_percentage (float | Unset): [read-only] Discount percentage
    """

    startup_paid: bool | Unset = UNSET
    id: int | Unset = UNSET
    company_id: int | Unset = UNSET
    employee: Employee | Unset = UNSET
    user_category: int | Unset = UNSET
    start_date: str | Unset = UNSET
    end_date: str | Unset = UNSET
    is_startup_paid: bool | Unset = UNSET
    user_license_status: UserLicenseUserLicenseStatus | Unset = UNSET
    monthly_price: float | Unset = UNSET
    employee_deleted: bool | Unset = UNSET
    deleted_employee_display_name: str | Unset = UNSET
    last_edited_by_employee: Employee | Unset = UNSET
    last_edited_by_employee_timestamp: str | Unset = UNSET
    discount_priority: int | Unset = UNSET
    discount_percentage: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        startup_paid = self.startup_paid

        id = self.id

        company_id = self.company_id

        employee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.employee, Unset):
            employee = self.employee.to_dict()

        user_category = self.user_category

        start_date = self.start_date

        end_date = self.end_date

        is_startup_paid = self.is_startup_paid

        user_license_status: str | Unset = UNSET
        if not isinstance(self.user_license_status, Unset):
            user_license_status = self.user_license_status.value

        monthly_price = self.monthly_price

        employee_deleted = self.employee_deleted

        deleted_employee_display_name = self.deleted_employee_display_name

        last_edited_by_employee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_edited_by_employee, Unset):
            last_edited_by_employee = self.last_edited_by_employee.to_dict()

        last_edited_by_employee_timestamp = self.last_edited_by_employee_timestamp

        discount_priority = self.discount_priority

        discount_percentage = self.discount_percentage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if startup_paid is not UNSET:
            field_dict["startupPaid"] = startup_paid
        if id is not UNSET and not _in_request:
            field_dict["id"] = id
        if company_id is not UNSET and not _in_request:
            field_dict["companyId"] = company_id
        if employee is not UNSET:
            field_dict["employee"] = employee
        if user_category is not UNSET and not _in_request:
            field_dict["userCategory"] = user_category
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if is_startup_paid is not UNSET and not _in_request:
            field_dict["isStartupPaid"] = is_startup_paid
        if user_license_status is not UNSET and not _in_request:
            field_dict["userLicenseStatus"] = user_license_status
        if monthly_price is not UNSET and not _in_request:
            field_dict["monthlyPrice"] = monthly_price
        if employee_deleted is not UNSET and not _in_request:
            field_dict["employeeDeleted"] = employee_deleted
        if deleted_employee_display_name is not UNSET and not _in_request:
            field_dict["deletedEmployeeDisplayName"] = deleted_employee_display_name
        if last_edited_by_employee is not UNSET:
            field_dict["lastEditedByEmployee"] = last_edited_by_employee
        if last_edited_by_employee_timestamp is not UNSET and not _in_request:
            field_dict["lastEditedByEmployeeTimestamp"] = last_edited_by_employee_timestamp
        if discount_priority is not UNSET and not _in_request:
            field_dict["discountPriority"] = discount_priority
        if discount_percentage is not UNSET and not _in_request:
            field_dict["discountPercentage"] = discount_percentage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A UserLicense from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.employee import Employee  # noqa: PLC0415

        def _p_employee(_tx_v: Any) -> Employee | Unset:
            _employee = _tx_v
            employee: Employee | Unset
            if isinstance(_employee, Unset):
                employee = UNSET
            else:
                employee = Employee._tx_from_json(_employee)

            return employee

        def _p_user_license_status(_tx_v: Any) -> UserLicenseUserLicenseStatus | Unset:
            _user_license_status = _tx_v
            user_license_status: UserLicenseUserLicenseStatus | Unset
            if isinstance(_user_license_status, Unset):
                user_license_status = UNSET
            else:
                user_license_status = UserLicenseUserLicenseStatus(_user_license_status)

            return user_license_status

        def _p_last_edited_by_employee(_tx_v: Any) -> Employee | Unset:
            _last_edited_by_employee = _tx_v
            last_edited_by_employee: Employee | Unset
            if isinstance(_last_edited_by_employee, Unset):
                last_edited_by_employee = UNSET
            else:
                last_edited_by_employee = Employee._tx_from_json(_last_edited_by_employee)

            return last_edited_by_employee

        _tx_known: frozenset[str] = frozenset(
            (
                "startupPaid",
                "id",
                "companyId",
                "employee",
                "userCategory",
                "startDate",
                "endDate",
                "isStartupPaid",
                "userLicenseStatus",
                "monthlyPrice",
                "employeeDeleted",
                "deletedEmployeeDisplayName",
                "lastEditedByEmployee",
                "lastEditedByEmployeeTimestamp",
                "discountPriority",
                "discountPercentage",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "startup_paid": ("startupPaid", None),
            "id": ("id", None),
            "company_id": ("companyId", None),
            "employee": ("employee", _p_employee),
            "user_category": ("userCategory", None),
            "start_date": ("startDate", None),
            "end_date": ("endDate", None),
            "is_startup_paid": ("isStartupPaid", None),
            "user_license_status": ("userLicenseStatus", _p_user_license_status),
            "monthly_price": ("monthlyPrice", None),
            "employee_deleted": ("employeeDeleted", None),
            "deleted_employee_display_name": ("deletedEmployeeDisplayName", None),
            "last_edited_by_employee": ("lastEditedByEmployee", _p_last_edited_by_employee),
            "last_edited_by_employee_timestamp": ("lastEditedByEmployeeTimestamp", None),
            "discount_priority": ("discountPriority", None),
            "discount_percentage": ("discountPercentage", None),
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
