from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_license_user_license_status import UserLicenseUserLicenseStatus
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.employee import Employee


T = TypeVar("T", bound="UserLicense")


@_attrs_define
class UserLicense(Model):
    """
    Attributes:
        startup_paid (bool | Unset):
        id (int | Unset): User license id.
        company_id (int | Unset): Company id.
        employee (Employee | Unset):
        user_category (int | Unset): User category of the license.
        start_date (str | Unset): User license start date.
        end_date (str | Unset): User license end date.
        is_startup_paid (bool | Unset): True if startup fee has been paid, false otherwise.
        user_license_status (UserLicenseUserLicenseStatus | Unset): User license status (terminated or active)
        monthly_price (float | Unset): Monthly fee paid for the user license
        employee_deleted (bool | Unset): True if the employee was deleted but the user license still exists
        deleted_employee_display_name (str | Unset): Display name of the deleted employee
        last_edited_by_employee (Employee | Unset):
        last_edited_by_employee_timestamp (str | Unset): Timestamp when the user license was last edited. Only relevant
            for Tripletex.
        discount_priority (int | Unset): Ordinal representing the position in line this discount has when receiving
            discounts.
        discount_percentage (float | Unset): Discount percentage
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.startup_paid
        if _v is not UNSET:
            field_dict["startupPaid"] = _v
        _v = self.id
        if _v is not UNSET and not _in_request:
            field_dict["id"] = _v
        _v = self.company_id
        if _v is not UNSET and not _in_request:
            field_dict["companyId"] = _v
        _v = self.employee
        if _v is not UNSET:
            field_dict["employee"] = _v.to_dict()
        _v = self.user_category
        if _v is not UNSET and not _in_request:
            field_dict["userCategory"] = _v
        _v = self.start_date
        if _v is not UNSET:
            field_dict["startDate"] = _v
        _v = self.end_date
        if _v is not UNSET:
            field_dict["endDate"] = _v
        _v = self.is_startup_paid
        if _v is not UNSET and not _in_request:
            field_dict["isStartupPaid"] = _v
        _v = self.user_license_status
        if _v is not UNSET and not _in_request:
            field_dict["userLicenseStatus"] = _v._value_
        _v = self.monthly_price
        if _v is not UNSET and not _in_request:
            field_dict["monthlyPrice"] = _v
        _v = self.employee_deleted
        if _v is not UNSET and not _in_request:
            field_dict["employeeDeleted"] = _v
        _v = self.deleted_employee_display_name
        if _v is not UNSET and not _in_request:
            field_dict["deletedEmployeeDisplayName"] = _v
        _v = self.last_edited_by_employee
        if _v is not UNSET:
            field_dict["lastEditedByEmployee"] = _v.to_dict()
        _v = self.last_edited_by_employee_timestamp
        if _v is not UNSET and not _in_request:
            field_dict["lastEditedByEmployeeTimestamp"] = _v
        _v = self.discount_priority
        if _v is not UNSET and not _in_request:
            field_dict["discountPriority"] = _v
        _v = self.discount_percentage
        if _v is not UNSET and not _in_request:
            field_dict["discountPercentage"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A UserLicense from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``UserLicense.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.employee import Employee  # noqa: PLC0415

        _new = object.__new__
        _e_user_license_status: dict[Any, Any] = enum_members(UserLicenseUserLicenseStatus)
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "startupPaid": "startup_paid",
            "id": "id",
            "companyId": "company_id",
            "userCategory": "user_category",
            "startDate": "start_date",
            "endDate": "end_date",
            "isStartupPaid": "is_startup_paid",
            "monthlyPrice": "monthly_price",
            "employeeDeleted": "employee_deleted",
            "deletedEmployeeDisplayName": "deleted_employee_display_name",
            "lastEditedByEmployeeTimestamp": "last_edited_by_employee_timestamp",
            "discountPriority": "discount_priority",
            "discountPercentage": "discount_percentage",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 5 and _sparse_keys.issuperset(d):
                    o.startup_paid = o.id = o.company_id = o.employee = o.user_category = o.start_date = o.end_date = (
                        o.is_startup_paid
                    ) = o.user_license_status = o.monthly_price = o.employee_deleted = (
                        o.deleted_employee_display_name
                    ) = o.last_edited_by_employee = o.last_edited_by_employee_timestamp = o.discount_priority = (
                        o.discount_percentage
                    ) = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("startupPaid")
                if v is None:
                    o.startup_paid = u
                    if "startupPaid" not in d:
                        m += 1
                else:
                    o.startup_paid = v
                v = g("id")
                if v is None:
                    o.id = u
                    if "id" not in d:
                        m += 1
                else:
                    o.id = v
                v = g("companyId")
                if v is None:
                    o.company_id = u
                    if "companyId" not in d:
                        m += 1
                else:
                    o.company_id = v
                k = "employee"
                v = g("employee")
                if v is None:
                    o.employee = u
                    if "employee" not in d:
                        m += 1
                else:
                    o.employee = Employee._tx_parse(v)
                v = g("userCategory")
                if v is None:
                    o.user_category = u
                    if "userCategory" not in d:
                        m += 1
                else:
                    o.user_category = v
                v = g("startDate")
                if v is None:
                    o.start_date = u
                    if "startDate" not in d:
                        m += 1
                else:
                    o.start_date = v
                v = g("endDate")
                if v is None:
                    o.end_date = u
                    if "endDate" not in d:
                        m += 1
                else:
                    o.end_date = v
                v = g("isStartupPaid")
                if v is None:
                    o.is_startup_paid = u
                    if "isStartupPaid" not in d:
                        m += 1
                else:
                    o.is_startup_paid = v
                k = "userLicenseStatus"
                v = g("userLicenseStatus")
                if v is None:
                    o.user_license_status = u
                    if "userLicenseStatus" not in d:
                        m += 1
                else:
                    o.user_license_status = (
                        e_
                        if (e_ := _e_user_license_status.get(v)) is not None
                        else enum_value(UserLicenseUserLicenseStatus, v)
                    )
                v = g("monthlyPrice")
                if v is None:
                    o.monthly_price = u
                    if "monthlyPrice" not in d:
                        m += 1
                else:
                    o.monthly_price = v
                v = g("employeeDeleted")
                if v is None:
                    o.employee_deleted = u
                    if "employeeDeleted" not in d:
                        m += 1
                else:
                    o.employee_deleted = v
                v = g("deletedEmployeeDisplayName")
                if v is None:
                    o.deleted_employee_display_name = u
                    if "deletedEmployeeDisplayName" not in d:
                        m += 1
                else:
                    o.deleted_employee_display_name = v
                k = "lastEditedByEmployee"
                v = g("lastEditedByEmployee")
                if v is None:
                    o.last_edited_by_employee = u
                    if "lastEditedByEmployee" not in d:
                        m += 1
                else:
                    o.last_edited_by_employee = Employee._tx_parse(v)
                v = g("lastEditedByEmployeeTimestamp")
                if v is None:
                    o.last_edited_by_employee_timestamp = u
                    if "lastEditedByEmployeeTimestamp" not in d:
                        m += 1
                else:
                    o.last_edited_by_employee_timestamp = v
                v = g("discountPriority")
                if v is None:
                    o.discount_priority = u
                    if "discountPriority" not in d:
                        m += 1
                else:
                    o.discount_priority = v
                v = g("discountPercentage")
                if v is None:
                    o.discount_percentage = u
                    if "discountPercentage" not in d:
                        m += 1
                else:
                    o.discount_percentage = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 16 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("startup_paid", "startupPaid"),
            ("id", "id"),
            ("company_id", "companyId"),
            ("employee", "employee"),
            ("user_category", "userCategory"),
            ("start_date", "startDate"),
            ("end_date", "endDate"),
            ("is_startup_paid", "isStartupPaid"),
            ("user_license_status", "userLicenseStatus"),
            ("monthly_price", "monthlyPrice"),
            ("employee_deleted", "employeeDeleted"),
            ("deleted_employee_display_name", "deletedEmployeeDisplayName"),
            ("last_edited_by_employee", "lastEditedByEmployee"),
            ("last_edited_by_employee_timestamp", "lastEditedByEmployeeTimestamp"),
            ("discount_priority", "discountPriority"),
            ("discount_percentage", "discountPercentage"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.startup_paid
            o.startup_paid = u if v is None else v
            v = s.id
            o.id = u if v is None else v
            v = s.company_id
            o.company_id = u if v is None else v
            v = s.employee
            o.employee = u if v is None or v is u else Employee._tx_parse(v)
            v = s.user_category
            o.user_category = u if v is None else v
            v = s.start_date
            o.start_date = u if v is None else v
            v = s.end_date
            o.end_date = u if v is None else v
            v = s.is_startup_paid
            o.is_startup_paid = u if v is None else v
            v = s.user_license_status
            o.user_license_status = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_user_license_status.get(v)) is not None
                else enum_value(UserLicenseUserLicenseStatus, v)
            )
            v = s.monthly_price
            o.monthly_price = u if v is None else v
            v = s.employee_deleted
            o.employee_deleted = u if v is None else v
            v = s.deleted_employee_display_name
            o.deleted_employee_display_name = u if v is None else v
            v = s.last_edited_by_employee
            o.last_edited_by_employee = u if v is None or v is u else Employee._tx_parse(v)
            v = s.last_edited_by_employee_timestamp
            o.last_edited_by_employee_timestamp = u if v is None else v
            v = s.discount_priority
            o.discount_priority = u if v is None else v
            v = s.discount_percentage
            o.discount_percentage = u if v is None else v
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
