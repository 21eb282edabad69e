from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_overview_aggregate_access_type import ProjectOverviewAggregateAccessType
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
)

if TYPE_CHECKING:
    from ..models.customer import Customer
    from ..models.department import Department
    from ..models.employee import Employee
    from ..models.project import Project
    from ..models.project_category import ProjectCategory


T = TypeVar("T", bound="ProjectOverviewAggregate")


@_attrs_define
class ProjectOverviewAggregate(Model):
    """
    Attributes:
        id (int | Unset):
        name (str | Unset):
        display_name (str | Unset):
        number (str | Unset):
        start_date (str | Unset):
        end_date (str | Unset):
        is_ready_for_invoicing (bool | Unset):
        has_invoice_reserve (bool | Unset):
        is_closed (bool | Unset):
        is_fixed_price (bool | Unset):
        is_internal (bool | Unset):
        currency_code (str | Unset):
        is_company_currency (bool | Unset):
        is_auth_project_overview_contract_type (bool | Unset):
        project_manager (Employee | Unset):
        customer (Customer | Unset):
        main_project (Project | Unset):
        department (Department | Unset): The department for this account. If multiple industries are activated, all
            postings on this account will be towards this department. If multiple industries are not activated, it is
            ignored.
        project_category (ProjectCategory | Unset):
        planned_budget (float | Unset):
        completed_budget (float | Unset):
        access_type (ProjectOverviewAggregateAccessType | Unset): READ/WRITE access on project
        invoice_reserve_total_amount_currency (float | Unset):
        invoice_akonto_reserve_amount_currency (float | Unset):
        invoice_extracosts_reserve_currency (float | Unset):
        invoice_fee_reserve_currency (float | Unset):
        hours_to_approve (float | Unset):
        invoices_to_approve (float | Unset):
        expenses_to_approve (float | Unset):
        vouchers_to_approve (float | Unset):
        is_project_attestor (bool | Unset):
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    display_name: str | Unset = UNSET
    number: str | Unset = UNSET
    start_date: str | Unset = UNSET
    end_date: str | Unset = UNSET
    is_ready_for_invoicing: bool | Unset = UNSET
    has_invoice_reserve: bool | Unset = UNSET
    is_closed: bool | Unset = UNSET
    is_fixed_price: bool | Unset = UNSET
    is_internal: bool | Unset = UNSET
    currency_code: str | Unset = UNSET
    is_company_currency: bool | Unset = UNSET
    is_auth_project_overview_contract_type: bool | Unset = UNSET
    project_manager: Employee | Unset = UNSET
    customer: Customer | Unset = UNSET
    main_project: Project | Unset = UNSET
    department: Department | Unset = UNSET
    project_category: ProjectCategory | Unset = UNSET
    planned_budget: float | Unset = UNSET
    completed_budget: float | Unset = UNSET
    access_type: ProjectOverviewAggregateAccessType | Unset = UNSET
    invoice_reserve_total_amount_currency: float | Unset = UNSET
    invoice_akonto_reserve_amount_currency: float | Unset = UNSET
    invoice_extracosts_reserve_currency: float | Unset = UNSET
    invoice_fee_reserve_currency: float | Unset = UNSET
    hours_to_approve: float | Unset = UNSET
    invoices_to_approve: float | Unset = UNSET
    expenses_to_approve: float | Unset = UNSET
    vouchers_to_approve: float | Unset = UNSET
    is_project_attestor: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.id
        if _v is not UNSET:
            field_dict["id"] = _v
        _v = self.name
        if _v is not UNSET:
            field_dict["name"] = _v
        _v = self.display_name
        if _v is not UNSET:
            field_dict["displayName"] = _v
        _v = self.number
        if _v is not UNSET:
            field_dict["number"] = _v
        _v = self.start_date
        if _v is not UNSET:
            field_dict["startDate"] = _v
        _v = self.end_date
        if _v is not UNSET:
            field_dict["endDate"] = _v
        _v = self.is_ready_for_invoicing
        if _v is not UNSET:
            field_dict["isReadyForInvoicing"] = _v
        _v = self.has_invoice_reserve
        if _v is not UNSET:
            field_dict["hasInvoiceReserve"] = _v
        _v = self.is_closed
        if _v is not UNSET:
            field_dict["isClosed"] = _v
        _v = self.is_fixed_price
        if _v is not UNSET:
            field_dict["isFixedPrice"] = _v
        _v = self.is_internal
        if _v is not UNSET:
            field_dict["isInternal"] = _v
        _v = self.currency_code
        if _v is not UNSET:
            field_dict["currencyCode"] = _v
        _v = self.is_company_currency
        if _v is not UNSET:
            field_dict["isCompanyCurrency"] = _v
        _v = self.is_auth_project_overview_contract_type
        if _v is not UNSET:
            field_dict["isAuthProjectOverviewContractType"] = _v
        _v = self.project_manager
        if _v is not UNSET:
            field_dict["projectManager"] = _v.to_dict()
        _v = self.customer
        if _v is not UNSET:
            field_dict["customer"] = _v.to_dict()
        _v = self.main_project
        if _v is not UNSET:
            field_dict["mainProject"] = _v.to_dict()
        _v = self.department
        if _v is not UNSET:
            field_dict["department"] = _v.to_dict()
        _v = self.project_category
        if _v is not UNSET:
            field_dict["projectCategory"] = _v.to_dict()
        _v = self.planned_budget
        if _v is not UNSET:
            field_dict["plannedBudget"] = _v
        _v = self.completed_budget
        if _v is not UNSET:
            field_dict["completedBudget"] = _v
        _v = self.access_type
        if _v is not UNSET:
            field_dict["accessType"] = _v._value_
        _v = self.invoice_reserve_total_amount_currency
        if _v is not UNSET:
            field_dict["invoiceReserveTotalAmountCurrency"] = _v
        _v = self.invoice_akonto_reserve_amount_currency
        if _v is not UNSET:
            field_dict["invoiceAkontoReserveAmountCurrency"] = _v
        _v = self.invoice_extracosts_reserve_currency
        if _v is not UNSET:
            field_dict["invoiceExtracostsReserveCurrency"] = _v
        _v = self.invoice_fee_reserve_currency
        if _v is not UNSET:
            field_dict["invoiceFeeReserveCurrency"] = _v
        _v = self.hours_to_approve
        if _v is not UNSET:
            field_dict["hoursToApprove"] = _v
        _v = self.invoices_to_approve
        if _v is not UNSET:
            field_dict["invoicesToApprove"] = _v
        _v = self.expenses_to_approve
        if _v is not UNSET:
            field_dict["expensesToApprove"] = _v
        _v = self.vouchers_to_approve
        if _v is not UNSET:
            field_dict["vouchersToApprove"] = _v
        _v = self.is_project_attestor
        if _v is not UNSET:
            field_dict["isProjectAttestor"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ProjectOverviewAggregate from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ProjectOverviewAggregate.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.customer import Customer  # noqa: PLC0415
        from ..models.department import Department  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415
        from ..models.project import Project  # noqa: PLC0415
        from ..models.project_category import ProjectCategory  # noqa: PLC0415

        _new = object.__new__
        _e_access_type: dict[Any, Any] = enum_members(ProjectOverviewAggregateAccessType)
        _known: frozenset[str] = frozenset(
            (
                "id",
                "name",
                "displayName",
                "number",
                "startDate",
                "endDate",
                "isReadyForInvoicing",
                "hasInvoiceReserve",
                "isClosed",
                "isFixedPrice",
                "isInternal",
                "currencyCode",
                "isCompanyCurrency",
                "isAuthProjectOverviewContractType",
                "projectManager",
                "customer",
                "mainProject",
                "department",
                "projectCategory",
                "plannedBudget",
                "completedBudget",
                "accessType",
                "invoiceReserveTotalAmountCurrency",
                "invoiceAkontoReserveAmountCurrency",
                "invoiceExtracostsReserveCurrency",
                "invoiceFeeReserveCurrency",
                "hoursToApprove",
                "invoicesToApprove",
                "expensesToApprove",
                "vouchersToApprove",
                "isProjectAttestor",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "name": "name",
            "displayName": "display_name",
            "number": "number",
            "startDate": "start_date",
            "endDate": "end_date",
            "isReadyForInvoicing": "is_ready_for_invoicing",
            "hasInvoiceReserve": "has_invoice_reserve",
            "isClosed": "is_closed",
            "isFixedPrice": "is_fixed_price",
            "isInternal": "is_internal",
            "currencyCode": "currency_code",
            "isCompanyCurrency": "is_company_currency",
            "isAuthProjectOverviewContractType": "is_auth_project_overview_contract_type",
            "plannedBudget": "planned_budget",
            "completedBudget": "completed_budget",
            "invoiceReserveTotalAmountCurrency": "invoice_reserve_total_amount_currency",
            "invoiceAkontoReserveAmountCurrency": "invoice_akonto_reserve_amount_currency",
            "invoiceExtracostsReserveCurrency": "invoice_extracosts_reserve_currency",
            "invoiceFeeReserveCurrency": "invoice_fee_reserve_currency",
            "hoursToApprove": "hours_to_approve",
            "invoicesToApprove": "invoices_to_approve",
            "expensesToApprove": "expenses_to_approve",
            "vouchersToApprove": "vouchers_to_approve",
            "isProjectAttestor": "is_project_attestor",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 10 and _sparse_keys.issuperset(d):
                    o.id = o.name = o.display_name = o.number = o.start_date = o.end_date = o.is_ready_for_invoicing = (
                        o.has_invoice_reserve
                    ) = o.is_closed = o.is_fixed_price = o.is_internal = o.currency_code = o.is_company_currency = (
                        o.is_auth_project_overview_contract_type
                    ) = o.project_manager = o.customer = o.main_project = o.department = o.project_category = (
                        o.planned_budget
                    ) = o.completed_budget = o.access_type = o.invoice_reserve_total_amount_currency = (
                        o.invoice_akonto_reserve_amount_currency
                    ) = o.invoice_extracosts_reserve_currency = o.invoice_fee_reserve_currency = o.hours_to_approve = (
                        o.invoices_to_approve
                    ) = o.expenses_to_approve = o.vouchers_to_approve = o.is_project_attestor = UNSET
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
                v = g("name")
                if v is None:
                    o.name = u
                    if "name" not in d:
                        m += 1
                else:
                    o.name = v
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
                v = g("isReadyForInvoicing")
                if v is None:
                    o.is_ready_for_invoicing = u
                    if "isReadyForInvoicing" not in d:
                        m += 1
                else:
                    o.is_ready_for_invoicing = v
                v = g("hasInvoiceReserve")
                if v is None:
                    o.has_invoice_reserve = u
                    if "hasInvoiceReserve" not in d:
                        m += 1
                else:
                    o.has_invoice_reserve = v
                v = g("isClosed")
                if v is None:
                    o.is_closed = u
                    if "isClosed" not in d:
                        m += 1
                else:
                    o.is_closed = v
                v = g("isFixedPrice")
                if v is None:
                    o.is_fixed_price = u
                    if "isFixedPrice" not in d:
                        m += 1
                else:
                    o.is_fixed_price = v
                v = g("isInternal")
                if v is None:
                    o.is_internal = u
                    if "isInternal" not in d:
                        m += 1
                else:
                    o.is_internal = v
                v = g("currencyCode")
                if v is None:
                    o.currency_code = u
                    if "currencyCode" not in d:
                        m += 1
                else:
                    o.currency_code = v
                v = g("isCompanyCurrency")
                if v is None:
                    o.is_company_currency = u
                    if "isCompanyCurrency" not in d:
                        m += 1
                else:
                    o.is_company_currency = v
                v = g("isAuthProjectOverviewContractType")
                if v is None:
                    o.is_auth_project_overview_contract_type = u
                    if "isAuthProjectOverviewContractType" not in d:
                        m += 1
                else:
                    o.is_auth_project_overview_contract_type = v
                k = "projectManager"
                v = g("projectManager")
                if v is None:
                    o.project_manager = u
                    if "projectManager" not in d:
                        m += 1
                else:
                    o.project_manager = Employee._tx_parse(v)
                k = "customer"
                v = g("customer")
                if v is None:
                    o.customer = u
                    if "customer" not in d:
                        m += 1
                else:
                    o.customer = Customer._tx_parse(v)
                k = "mainProject"
                v = g("mainProject")
                if v is None:
                    o.main_project = u
                    if "mainProject" not in d:
                        m += 1
                else:
                    o.main_project = Project._tx_parse(v)
                k = "department"
                v = g("department")
                if v is None:
                    o.department = u
                    if "department" not in d:
                        m += 1
                else:
                    o.department = Department._tx_parse(v)
                k = "projectCategory"
                v = g("projectCategory")
                if v is None:
                    o.project_category = u
                    if "projectCategory" not in d:
                        m += 1
                else:
                    o.project_category = ProjectCategory._tx_parse(v)
                v = g("plannedBudget")
                if v is None:
                    o.planned_budget = u
                    if "plannedBudget" not in d:
                        m += 1
                else:
                    o.planned_budget = v
                v = g("completedBudget")
                if v is None:
                    o.completed_budget = u
                    if "completedBudget" not in d:
                        m += 1
                else:
                    o.completed_budget = v
                k = "accessType"
                v = g("accessType")
                if v is None:
                    o.access_type = u
                    if "accessType" not in d:
                        m += 1
                else:
                    o.access_type = (
                        e_
                        if (e_ := _e_access_type.get(v)) is not None
                        else enum_value(ProjectOverviewAggregateAccessType, v)
                    )
                v = g("invoiceReserveTotalAmountCurrency")
                if v is None:
                    o.invoice_reserve_total_amount_currency = u
                    if "invoiceReserveTotalAmountCurrency" not in d:
                        m += 1
                else:
                    o.invoice_reserve_total_amount_currency = v
                v = g("invoiceAkontoReserveAmountCurrency")
                if v is None:
                    o.invoice_akonto_reserve_amount_currency = u
                    if "invoiceAkontoReserveAmountCurrency" not in d:
                        m += 1
                else:
                    o.invoice_akonto_reserve_amount_currency = v
                v = g("invoiceExtracostsReserveCurrency")
                if v is None:
                    o.invoice_extracosts_reserve_currency = u
                    if "invoiceExtracostsReserveCurrency" not in d:
                        m += 1
                else:
                    o.invoice_extracosts_reserve_currency = v
                v = g("invoiceFeeReserveCurrency")
                if v is None:
                    o.invoice_fee_reserve_currency = u
                    if "invoiceFeeReserveCurrency" not in d:
                        m += 1
                else:
                    o.invoice_fee_reserve_currency = v
                v = g("hoursToApprove")
                if v is None:
                    o.hours_to_approve = u
                    if "hoursToApprove" not in d:
                        m += 1
                else:
                    o.hours_to_approve = v
                v = g("invoicesToApprove")
                if v is None:
                    o.invoices_to_approve = u
                    if "invoicesToApprove" not in d:
                        m += 1
                else:
                    o.invoices_to_approve = v
                v = g("expensesToApprove")
                if v is None:
                    o.expenses_to_approve = u
                    if "expensesToApprove" not in d:
                        m += 1
                else:
                    o.expenses_to_approve = v
                v = g("vouchersToApprove")
                if v is None:
                    o.vouchers_to_approve = u
                    if "vouchersToApprove" not in d:
                        m += 1
                else:
                    o.vouchers_to_approve = v
                v = g("isProjectAttestor")
                if v is None:
                    o.is_project_attestor = u
                    if "isProjectAttestor" not in d:
                        m += 1
                else:
                    o.is_project_attestor = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 31 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("id", "id"),
            ("name", "name"),
            ("display_name", "displayName"),
            ("number", "number"),
            ("start_date", "startDate"),
            ("end_date", "endDate"),
            ("is_ready_for_invoicing", "isReadyForInvoicing"),
            ("has_invoice_reserve", "hasInvoiceReserve"),
            ("is_closed", "isClosed"),
            ("is_fixed_price", "isFixedPrice"),
            ("is_internal", "isInternal"),
            ("currency_code", "currencyCode"),
            ("is_company_currency", "isCompanyCurrency"),
            ("is_auth_project_overview_contract_type", "isAuthProjectOverviewContractType"),
            ("project_manager", "projectManager"),
            ("customer", "customer"),
            ("main_project", "mainProject"),
            ("department", "department"),
            ("project_category", "projectCategory"),
            ("planned_budget", "plannedBudget"),
            ("completed_budget", "completedBudget"),
            ("access_type", "accessType"),
            ("invoice_reserve_total_amount_currency", "invoiceReserveTotalAmountCurrency"),
            ("invoice_akonto_reserve_amount_currency", "invoiceAkontoReserveAmountCurrency"),
            ("invoice_extracosts_reserve_currency", "invoiceExtracostsReserveCurrency"),
            ("invoice_fee_reserve_currency", "invoiceFeeReserveCurrency"),
            ("hours_to_approve", "hoursToApprove"),
            ("invoices_to_approve", "invoicesToApprove"),
            ("expenses_to_approve", "expensesToApprove"),
            ("vouchers_to_approve", "vouchersToApprove"),
            ("is_project_attestor", "isProjectAttestor"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.id
            o.id = u if v is None else v
            v = s.name
            o.name = u if v is None else v
            v = s.display_name
            o.display_name = u if v is None else v
            v = s.number
            o.number = u if v is None else v
            v = s.start_date
            o.start_date = u if v is None else v
            v = s.end_date
            o.end_date = u if v is None else v
            v = s.is_ready_for_invoicing
            o.is_ready_for_invoicing = u if v is None else v
            v = s.has_invoice_reserve
            o.has_invoice_reserve = u if v is None else v
            v = s.is_closed
            o.is_closed = u if v is None else v
            v = s.is_fixed_price
            o.is_fixed_price = u if v is None else v
            v = s.is_internal
            o.is_internal = u if v is None else v
            v = s.currency_code
            o.currency_code = u if v is None else v
            v = s.is_company_currency
            o.is_company_currency = u if v is None else v
            v = s.is_auth_project_overview_contract_type
            o.is_auth_project_overview_contract_type = u if v is None else v
            v = s.project_manager
            o.project_manager = u if v is None or v is u else Employee._tx_parse(v)
            v = s.customer
            o.customer = u if v is None or v is u else Customer._tx_parse(v)
            v = s.main_project
            o.main_project = u if v is None or v is u else Project._tx_parse(v)
            v = s.department
            o.department = u if v is None or v is u else Department._tx_parse(v)
            v = s.project_category
            o.project_category = u if v is None or v is u else ProjectCategory._tx_parse(v)
            v = s.planned_budget
            o.planned_budget = u if v is None else v
            v = s.completed_budget
            o.completed_budget = u if v is None else v
            v = s.access_type
            o.access_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_access_type.get(v)) is not None
                else enum_value(ProjectOverviewAggregateAccessType, v)
            )
            v = s.invoice_reserve_total_amount_currency
            o.invoice_reserve_total_amount_currency = u if v is None else v
            v = s.invoice_akonto_reserve_amount_currency
            o.invoice_akonto_reserve_amount_currency = u if v is None else v
            v = s.invoice_extracosts_reserve_currency
            o.invoice_extracosts_reserve_currency = u if v is None else v
            v = s.invoice_fee_reserve_currency
            o.invoice_fee_reserve_currency = u if v is None else v
            v = s.hours_to_approve
            o.hours_to_approve = u if v is None else v
            v = s.invoices_to_approve
            o.invoices_to_approve = u if v is None else v
            v = s.expenses_to_approve
            o.expenses_to_approve = u if v is None else v
            v = s.vouchers_to_approve
            o.vouchers_to_approve = u if v is None else v
            v = s.is_project_attestor
            o.is_project_attestor = u if v is None else v
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
