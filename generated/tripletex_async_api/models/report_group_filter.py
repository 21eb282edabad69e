from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    parse_error,
    parse_model,
)

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
class ReportGroupFilter(Model):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.account
        if _v is not UNSET:
            field_dict["account"] = _v.to_dict()
        _v = self.customer
        if _v is not UNSET:
            field_dict["customer"] = _v.to_dict()
        _v = self.department
        if _v is not UNSET:
            field_dict["department"] = _v.to_dict()
        _v = self.employee
        if _v is not UNSET:
            field_dict["employee"] = _v.to_dict()
        _v = self.period
        if _v is not UNSET:
            field_dict["period"] = _v.to_dict()
        _v = self.product
        if _v is not UNSET:
            field_dict["product"] = _v.to_dict()
        _v = self.project
        if _v is not UNSET:
            field_dict["project"] = _v.to_dict()
        _v = self.project_category
        if _v is not UNSET:
            field_dict["projectCategory"] = _v.to_dict()
        _v = self.activity
        if _v is not UNSET:
            field_dict["activity"] = _v.to_dict()
        _v = self.supplier
        if _v is not UNSET:
            field_dict["supplier"] = _v.to_dict()
        _v = self.general
        if _v is not UNSET:
            field_dict["general"] = _v.to_dict()
        _v = self.customer_category_1
        if _v is not UNSET:
            field_dict["customerCategory1"] = _v.to_dict()
        _v = self.customer_category_2
        if _v is not UNSET:
            field_dict["customerCategory2"] = _v.to_dict()
        _v = self.customer_category_3
        if _v is not UNSET:
            field_dict["customerCategory3"] = _v.to_dict()
        _v = self.free_dimension_1
        if _v is not UNSET:
            field_dict["freeDimension1"] = _v.to_dict()
        _v = self.free_dimension_2
        if _v is not UNSET:
            field_dict["freeDimension2"] = _v.to_dict()
        _v = self.free_dimension_3
        if _v is not UNSET:
            field_dict["freeDimension3"] = _v.to_dict()
        _v = self.version
        if _v is not UNSET:
            field_dict["version"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ReportGroupFilter from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ReportGroupFilter.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
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

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "account",
                "customer",
                "department",
                "employee",
                "period",
                "product",
                "project",
                "projectCategory",
                "activity",
                "supplier",
                "general",
                "customerCategory1",
                "customerCategory2",
                "customerCategory3",
                "freeDimension1",
                "freeDimension2",
                "freeDimension3",
                "version",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "version": "version",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 6 and _sparse_keys.issuperset(d):
                    o.account = o.customer = o.department = o.employee = o.period = o.product = o.project = (
                        o.project_category
                    ) = o.activity = o.supplier = o.general = o.customer_category_1 = o.customer_category_2 = (
                        o.customer_category_3
                    ) = o.free_dimension_1 = o.free_dimension_2 = o.free_dimension_3 = o.version = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "account"
                v = g("account")
                if v is None:
                    o.account = u
                    if "account" not in d:
                        m += 1
                else:
                    o.account = ReportAccountFilterV3._tx_parse(v)
                k = "customer"
                v = g("customer")
                if v is None:
                    o.customer = u
                    if "customer" not in d:
                        m += 1
                else:
                    o.customer = ReportCustomerFilter._tx_parse(v)
                k = "department"
                v = g("department")
                if v is None:
                    o.department = u
                    if "department" not in d:
                        m += 1
                else:
                    o.department = ReportDepartmentFilter._tx_parse(v)
                k = "employee"
                v = g("employee")
                if v is None:
                    o.employee = u
                    if "employee" not in d:
                        m += 1
                else:
                    o.employee = ReportEmployeeFilter._tx_parse(v)
                k = "period"
                v = g("period")
                if v is None:
                    o.period = u
                    if "period" not in d:
                        m += 1
                else:
                    o.period = ReportPeriodFilter._tx_parse(v)
                k = "product"
                v = g("product")
                if v is None:
                    o.product = u
                    if "product" not in d:
                        m += 1
                else:
                    o.product = ReportProductFilter._tx_parse(v)
                k = "project"
                v = g("project")
                if v is None:
                    o.project = u
                    if "project" not in d:
                        m += 1
                else:
                    o.project = ReportProjectFilter._tx_parse(v)
                k = "projectCategory"
                v = g("projectCategory")
                if v is None:
                    o.project_category = u
                    if "projectCategory" not in d:
                        m += 1
                else:
                    o.project_category = ReportProjectCategoryFilter._tx_parse(v)
                k = "activity"
                v = g("activity")
                if v is None:
                    o.activity = u
                    if "activity" not in d:
                        m += 1
                else:
                    o.activity = ReportActivityFilter._tx_parse(v)
                k = "supplier"
                v = g("supplier")
                if v is None:
                    o.supplier = u
                    if "supplier" not in d:
                        m += 1
                else:
                    o.supplier = ReportSupplierFilter._tx_parse(v)
                k = "general"
                v = g("general")
                if v is None:
                    o.general = u
                    if "general" not in d:
                        m += 1
                else:
                    o.general = ReportGeneralFilter._tx_parse(v)
                k = "customerCategory1"
                v = g("customerCategory1")
                if v is None:
                    o.customer_category_1 = u
                    if "customerCategory1" not in d:
                        m += 1
                else:
                    o.customer_category_1 = ReportCustomerCategory1Filter._tx_parse(v)
                k = "customerCategory2"
                v = g("customerCategory2")
                if v is None:
                    o.customer_category_2 = u
                    if "customerCategory2" not in d:
                        m += 1
                else:
                    o.customer_category_2 = ReportCustomerCategory2Filter._tx_parse(v)
                k = "customerCategory3"
                v = g("customerCategory3")
                if v is None:
                    o.customer_category_3 = u
                    if "customerCategory3" not in d:
                        m += 1
                else:
                    o.customer_category_3 = ReportCustomerCategory3Filter._tx_parse(v)
                k = "freeDimension1"
                v = g("freeDimension1")
                if v is None:
                    o.free_dimension_1 = u
                    if "freeDimension1" not in d:
                        m += 1
                else:
                    o.free_dimension_1 = ReportFreeDimension1Filter._tx_parse(v)
                k = "freeDimension2"
                v = g("freeDimension2")
                if v is None:
                    o.free_dimension_2 = u
                    if "freeDimension2" not in d:
                        m += 1
                else:
                    o.free_dimension_2 = ReportFreeDimension2Filter._tx_parse(v)
                k = "freeDimension3"
                v = g("freeDimension3")
                if v is None:
                    o.free_dimension_3 = u
                    if "freeDimension3" not in d:
                        m += 1
                else:
                    o.free_dimension_3 = ReportFreeDimension3Filter._tx_parse(v)
                v = g("version")
                if v is None:
                    o.version = u
                    if "version" not in d:
                        m += 1
                else:
                    o.version = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 18 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("account", "account"),
            ("customer", "customer"),
            ("department", "department"),
            ("employee", "employee"),
            ("period", "period"),
            ("product", "product"),
            ("project", "project"),
            ("project_category", "projectCategory"),
            ("activity", "activity"),
            ("supplier", "supplier"),
            ("general", "general"),
            ("customer_category_1", "customerCategory1"),
            ("customer_category_2", "customerCategory2"),
            ("customer_category_3", "customerCategory3"),
            ("free_dimension_1", "freeDimension1"),
            ("free_dimension_2", "freeDimension2"),
            ("free_dimension_3", "freeDimension3"),
            ("version", "version"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.account
            o.account = u if v is None or v is u else ReportAccountFilterV3._tx_parse(v)
            v = s.customer
            o.customer = u if v is None or v is u else ReportCustomerFilter._tx_parse(v)
            v = s.department
            o.department = u if v is None or v is u else ReportDepartmentFilter._tx_parse(v)
            v = s.employee
            o.employee = u if v is None or v is u else ReportEmployeeFilter._tx_parse(v)
            v = s.period
            o.period = u if v is None or v is u else ReportPeriodFilter._tx_parse(v)
            v = s.product
            o.product = u if v is None or v is u else ReportProductFilter._tx_parse(v)
            v = s.project
            o.project = u if v is None or v is u else ReportProjectFilter._tx_parse(v)
            v = s.project_category
            o.project_category = u if v is None or v is u else ReportProjectCategoryFilter._tx_parse(v)
            v = s.activity
            o.activity = u if v is None or v is u else ReportActivityFilter._tx_parse(v)
            v = s.supplier
            o.supplier = u if v is None or v is u else ReportSupplierFilter._tx_parse(v)
            v = s.general
            o.general = u if v is None or v is u else ReportGeneralFilter._tx_parse(v)
            v = s.customer_category_1
            o.customer_category_1 = u if v is None or v is u else ReportCustomerCategory1Filter._tx_parse(v)
            v = s.customer_category_2
            o.customer_category_2 = u if v is None or v is u else ReportCustomerCategory2Filter._tx_parse(v)
            v = s.customer_category_3
            o.customer_category_3 = u if v is None or v is u else ReportCustomerCategory3Filter._tx_parse(v)
            v = s.free_dimension_1
            o.free_dimension_1 = u if v is None or v is u else ReportFreeDimension1Filter._tx_parse(v)
            v = s.free_dimension_2
            o.free_dimension_2 = u if v is None or v is u else ReportFreeDimension2Filter._tx_parse(v)
            v = s.free_dimension_3
            o.free_dimension_3 = u if v is None or v is u else ReportFreeDimension3Filter._tx_parse(v)
            v = s.version
            o.version = u if v is None else v
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
