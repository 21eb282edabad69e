from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.report_account_filter_v3 import ReportAccountFilterV3
    from ..models.report_activity_filter import ReportActivityFilter
    from ..models.report_customer_category_1_filter import ReportCustomerCategory1Filter
    from ..models.report_customer_category_2_filter import ReportCustomerCategory2Filter
    from ..models.report_customer_category_3_filter import ReportCustomerCategory3Filter
    from ..models.report_customer_filter import ReportCustomerFilter
    from ..models.report_department_filter import ReportDepartmentFilter
    from ..models.report_employee_filter import ReportEmployeeFilter
    from ..models.report_free_dimension_1_filter import ReportFreeDimension1Filter
    from ..models.report_free_dimension_2_filter import ReportFreeDimension2Filter
    from ..models.report_free_dimension_3_filter import ReportFreeDimension3Filter
    from ..models.report_general_filter import ReportGeneralFilter
    from ..models.report_period_filter import ReportPeriodFilter
    from ..models.report_product_filter import ReportProductFilter
    from ..models.report_project_category_filter import ReportProjectCategoryFilter
    from ..models.report_project_filter import ReportProjectFilter
    from ..models.report_supplier_filter import ReportSupplierFilter


T = TypeVar("T", bound="ReportGroupFilter")


@_attrs_define
class ReportGroupFilter:
    """
    Attributes:
        account (ReportAccountFilterV3 | Unset):
        customer (ReportCustomerFilter | Unset):
        department (ReportDepartmentFilter | Unset):
        employee (ReportEmployeeFilter | Unset):
        period (ReportPeriodFilter | Unset):
        product (ReportProductFilter | Unset):
        project (ReportProjectFilter | Unset):
        project_category (ReportProjectCategoryFilter | Unset):
        activity (ReportActivityFilter | Unset):
        supplier (ReportSupplierFilter | Unset):
        general (ReportGeneralFilter | Unset):
        customer_category_1 (ReportCustomerCategory1Filter | Unset):
        customer_category_2 (ReportCustomerCategory2Filter | Unset):
        customer_category_3 (ReportCustomerCategory3Filter | Unset):
        free_dimension_1 (ReportFreeDimension1Filter | Unset):
        free_dimension_2 (ReportFreeDimension2Filter | Unset):
        free_dimension_3 (ReportFreeDimension3Filter | Unset):
        version (int | Unset):
    """

    account: ReportAccountFilterV3 | Unset = UNSET
    customer: ReportCustomerFilter | Unset = UNSET
    department: ReportDepartmentFilter | Unset = UNSET
    employee: ReportEmployeeFilter | Unset = UNSET
    period: ReportPeriodFilter | Unset = UNSET
    product: ReportProductFilter | Unset = UNSET
    project: ReportProjectFilter | Unset = UNSET
    project_category: ReportProjectCategoryFilter | Unset = UNSET
    activity: ReportActivityFilter | Unset = UNSET
    supplier: ReportSupplierFilter | Unset = UNSET
    general: ReportGeneralFilter | Unset = UNSET
    customer_category_1: ReportCustomerCategory1Filter | Unset = UNSET
    customer_category_2: ReportCustomerCategory2Filter | Unset = UNSET
    customer_category_3: ReportCustomerCategory3Filter | Unset = UNSET
    free_dimension_1: ReportFreeDimension1Filter | Unset = UNSET
    free_dimension_2: ReportFreeDimension2Filter | Unset = UNSET
    free_dimension_3: ReportFreeDimension3Filter | Unset = UNSET
    version: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        department: dict[str, Any] | Unset = UNSET
        if not isinstance(self.department, Unset):
            department = self.department.to_dict()

        employee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.employee, Unset):
            employee = self.employee.to_dict()

        period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.period, Unset):
            period = self.period.to_dict()

        product: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product, Unset):
            product = self.product.to_dict()

        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        project_category: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project_category, Unset):
            project_category = self.project_category.to_dict()

        activity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.activity, Unset):
            activity = self.activity.to_dict()

        supplier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.supplier, Unset):
            supplier = self.supplier.to_dict()

        general: dict[str, Any] | Unset = UNSET
        if not isinstance(self.general, Unset):
            general = self.general.to_dict()

        customer_category_1: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer_category_1, Unset):
            customer_category_1 = self.customer_category_1.to_dict()

        customer_category_2: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer_category_2, Unset):
            customer_category_2 = self.customer_category_2.to_dict()

        customer_category_3: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer_category_3, Unset):
            customer_category_3 = self.customer_category_3.to_dict()

        free_dimension_1: dict[str, Any] | Unset = UNSET
        if not isinstance(self.free_dimension_1, Unset):
            free_dimension_1 = self.free_dimension_1.to_dict()

        free_dimension_2: dict[str, Any] | Unset = UNSET
        if not isinstance(self.free_dimension_2, Unset):
            free_dimension_2 = self.free_dimension_2.to_dict()

        free_dimension_3: dict[str, Any] | Unset = UNSET
        if not isinstance(self.free_dimension_3, Unset):
            free_dimension_3 = self.free_dimension_3.to_dict()

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account is not UNSET:
            field_dict["account"] = account
        if customer is not UNSET:
            field_dict["customer"] = customer
        if department is not UNSET:
            field_dict["department"] = department
        if employee is not UNSET:
            field_dict["employee"] = employee
        if period is not UNSET:
            field_dict["period"] = period
        if product is not UNSET:
            field_dict["product"] = product
        if project is not UNSET:
            field_dict["project"] = project
        if project_category is not UNSET:
            field_dict["projectCategory"] = project_category
        if activity is not UNSET:
            field_dict["activity"] = activity
        if supplier is not UNSET:
            field_dict["supplier"] = supplier
        if general is not UNSET:
            field_dict["general"] = general
        if customer_category_1 is not UNSET:
            field_dict["customerCategory1"] = customer_category_1
        if customer_category_2 is not UNSET:
            field_dict["customerCategory2"] = customer_category_2
        if customer_category_3 is not UNSET:
            field_dict["customerCategory3"] = customer_category_3
        if free_dimension_1 is not UNSET:
            field_dict["freeDimension1"] = free_dimension_1
        if free_dimension_2 is not UNSET:
            field_dict["freeDimension2"] = free_dimension_2
        if free_dimension_3 is not UNSET:
            field_dict["freeDimension3"] = free_dimension_3
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.report_account_filter_v3 import ReportAccountFilterV3  # noqa: PLC0415
        from ..models.report_activity_filter import ReportActivityFilter  # noqa: PLC0415
        from ..models.report_customer_category_1_filter import ReportCustomerCategory1Filter  # noqa: PLC0415
        from ..models.report_customer_category_2_filter import ReportCustomerCategory2Filter  # noqa: PLC0415
        from ..models.report_customer_category_3_filter import ReportCustomerCategory3Filter  # noqa: PLC0415
        from ..models.report_customer_filter import ReportCustomerFilter  # noqa: PLC0415
        from ..models.report_department_filter import ReportDepartmentFilter  # noqa: PLC0415
        from ..models.report_employee_filter import ReportEmployeeFilter  # noqa: PLC0415
        from ..models.report_free_dimension_1_filter import ReportFreeDimension1Filter  # noqa: PLC0415
        from ..models.report_free_dimension_2_filter import ReportFreeDimension2Filter  # noqa: PLC0415
        from ..models.report_free_dimension_3_filter import ReportFreeDimension3Filter  # noqa: PLC0415
        from ..models.report_general_filter import ReportGeneralFilter  # noqa: PLC0415
        from ..models.report_period_filter import ReportPeriodFilter  # noqa: PLC0415
        from ..models.report_product_filter import ReportProductFilter  # noqa: PLC0415
        from ..models.report_project_category_filter import ReportProjectCategoryFilter  # noqa: PLC0415
        from ..models.report_project_filter import ReportProjectFilter  # noqa: PLC0415
        from ..models.report_supplier_filter import ReportSupplierFilter  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _account = d.pop("account", UNSET)
        account: ReportAccountFilterV3 | Unset
        if isinstance(_account, Unset):
            account = UNSET
        else:
            account = ReportAccountFilterV3.from_dict(_account)

        _customer = d.pop("customer", UNSET)
        customer: ReportCustomerFilter | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = ReportCustomerFilter.from_dict(_customer)

        _department = d.pop("department", UNSET)
        department: ReportDepartmentFilter | Unset
        if isinstance(_department, Unset):
            department = UNSET
        else:
            department = ReportDepartmentFilter.from_dict(_department)

        _employee = d.pop("employee", UNSET)
        employee: ReportEmployeeFilter | Unset
        if isinstance(_employee, Unset):
            employee = UNSET
        else:
            employee = ReportEmployeeFilter.from_dict(_employee)

        _period = d.pop("period", UNSET)
        period: ReportPeriodFilter | Unset
        if isinstance(_period, Unset):
            period = UNSET
        else:
            period = ReportPeriodFilter.from_dict(_period)

        _product = d.pop("product", UNSET)
        product: ReportProductFilter | Unset
        if isinstance(_product, Unset):
            product = UNSET
        else:
            product = ReportProductFilter.from_dict(_product)

        _project = d.pop("project", UNSET)
        project: ReportProjectFilter | Unset
        if isinstance(_project, Unset):
            project = UNSET
        else:
            project = ReportProjectFilter.from_dict(_project)

        _project_category = d.pop("projectCategory", UNSET)
        project_category: ReportProjectCategoryFilter | Unset
        if isinstance(_project_category, Unset):
            project_category = UNSET
        else:
            project_category = ReportProjectCategoryFilter.from_dict(_project_category)

        _activity = d.pop("activity", UNSET)
        activity: ReportActivityFilter | Unset
        if isinstance(_activity, Unset):
            activity = UNSET
        else:
            activity = ReportActivityFilter.from_dict(_activity)

        _supplier = d.pop("supplier", UNSET)
        supplier: ReportSupplierFilter | Unset
        if isinstance(_supplier, Unset):
            supplier = UNSET
        else:
            supplier = ReportSupplierFilter.from_dict(_supplier)

        _general = d.pop("general", UNSET)
        general: ReportGeneralFilter | Unset
        if isinstance(_general, Unset):
            general = UNSET
        else:
            general = ReportGeneralFilter.from_dict(_general)

        _customer_category_1 = d.pop("customerCategory1", UNSET)
        customer_category_1: ReportCustomerCategory1Filter | Unset
        if isinstance(_customer_category_1, Unset):
            customer_category_1 = UNSET
        else:
            customer_category_1 = ReportCustomerCategory1Filter.from_dict(_customer_category_1)

        _customer_category_2 = d.pop("customerCategory2", UNSET)
        customer_category_2: ReportCustomerCategory2Filter | Unset
        if isinstance(_customer_category_2, Unset):
            customer_category_2 = UNSET
        else:
            customer_category_2 = ReportCustomerCategory2Filter.from_dict(_customer_category_2)

        _customer_category_3 = d.pop("customerCategory3", UNSET)
        customer_category_3: ReportCustomerCategory3Filter | Unset
        if isinstance(_customer_category_3, Unset):
            customer_category_3 = UNSET
        else:
            customer_category_3 = ReportCustomerCategory3Filter.from_dict(_customer_category_3)

        _free_dimension_1 = d.pop("freeDimension1", UNSET)
        free_dimension_1: ReportFreeDimension1Filter | Unset
        if isinstance(_free_dimension_1, Unset):
            free_dimension_1 = UNSET
        else:
            free_dimension_1 = ReportFreeDimension1Filter.from_dict(_free_dimension_1)

        _free_dimension_2 = d.pop("freeDimension2", UNSET)
        free_dimension_2: ReportFreeDimension2Filter | Unset
        if isinstance(_free_dimension_2, Unset):
            free_dimension_2 = UNSET
        else:
            free_dimension_2 = ReportFreeDimension2Filter.from_dict(_free_dimension_2)

        _free_dimension_3 = d.pop("freeDimension3", UNSET)
        free_dimension_3: ReportFreeDimension3Filter | Unset
        if isinstance(_free_dimension_3, Unset):
            free_dimension_3 = UNSET
        else:
            free_dimension_3 = ReportFreeDimension3Filter.from_dict(_free_dimension_3)

        version = d.pop("version", UNSET)

        _obj = cls(
            account=account,
            customer=customer,
            department=department,
            employee=employee,
            period=period,
            product=product,
            project=project,
            project_category=project_category,
            activity=activity,
            supplier=supplier,
            general=general,
            customer_category_1=customer_category_1,
            customer_category_2=customer_category_2,
            customer_category_3=customer_category_3,
            free_dimension_1=free_dimension_1,
            free_dimension_2=free_dimension_2,
            free_dimension_3=free_dimension_3,
            version=version,
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
