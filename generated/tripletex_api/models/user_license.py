from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_license_user_license_status import UserLicenseUserLicenseStatus
from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.employee import Employee


T = TypeVar("T", bound="UserLicense")


@_attrs_define
class UserLicense:
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
        from ..models.employee import Employee  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        startup_paid = d.pop("startupPaid", UNSET)

        id = d.pop("id", UNSET)

        company_id = d.pop("companyId", UNSET)

        _employee = d.pop("employee", UNSET)
        employee: Employee | Unset
        if isinstance(_employee, Unset):
            employee = UNSET
        else:
            employee = Employee.from_dict(_employee)

        user_category = d.pop("userCategory", UNSET)

        start_date = d.pop("startDate", UNSET)

        end_date = d.pop("endDate", UNSET)

        is_startup_paid = d.pop("isStartupPaid", UNSET)

        _user_license_status = d.pop("userLicenseStatus", UNSET)
        user_license_status: UserLicenseUserLicenseStatus | Unset
        if isinstance(_user_license_status, Unset):
            user_license_status = UNSET
        else:
            user_license_status = UserLicenseUserLicenseStatus(_user_license_status)

        monthly_price = d.pop("monthlyPrice", UNSET)

        employee_deleted = d.pop("employeeDeleted", UNSET)

        deleted_employee_display_name = d.pop("deletedEmployeeDisplayName", UNSET)

        _last_edited_by_employee = d.pop("lastEditedByEmployee", UNSET)
        last_edited_by_employee: Employee | Unset
        if isinstance(_last_edited_by_employee, Unset):
            last_edited_by_employee = UNSET
        else:
            last_edited_by_employee = Employee.from_dict(_last_edited_by_employee)

        last_edited_by_employee_timestamp = d.pop("lastEditedByEmployeeTimestamp", UNSET)

        discount_priority = d.pop("discountPriority", UNSET)

        discount_percentage = d.pop("discountPercentage", UNSET)

        _obj = cls(
            startup_paid=startup_paid,
            id=id,
            company_id=company_id,
            employee=employee,
            user_category=user_category,
            start_date=start_date,
            end_date=end_date,
            is_startup_paid=is_startup_paid,
            user_license_status=user_license_status,
            monthly_price=monthly_price,
            employee_deleted=employee_deleted,
            deleted_employee_display_name=deleted_employee_display_name,
            last_edited_by_employee=last_edited_by_employee,
            last_edited_by_employee_timestamp=last_edited_by_employee_timestamp,
            discount_priority=discount_priority,
            discount_percentage=discount_percentage,
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
