from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_overview_aggregate_access_type import ProjectOverviewAggregateAccessType
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
    from ..models.customer import Customer
    from ..models.department import Department
    from ..models.employee import Employee
    from ..models.project import Project
    from ..models.project_category import ProjectCategory


T = TypeVar("T", bound="ProjectOverviewAggregate")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("projectManager", dict, False),
    ("customer", dict, False),
    ("mainProject", dict, False),
    ("department", dict, False),
    ("projectCategory", dict, False),
    ("accessType", str, False),
)


@_attrs_define(on_setattr=mark_assigned)
class ProjectOverviewAggregate(LazyModel):
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
        self._tx_load()
        _in_request = serializing_request_body()
        id = self.id

        name = self.name

        display_name = self.display_name

        number = self.number

        start_date = self.start_date

        end_date = self.end_date

        is_ready_for_invoicing = self.is_ready_for_invoicing

        has_invoice_reserve = self.has_invoice_reserve

        is_closed = self.is_closed

        is_fixed_price = self.is_fixed_price

        is_internal = self.is_internal

        currency_code = self.currency_code

        is_company_currency = self.is_company_currency

        is_auth_project_overview_contract_type = self.is_auth_project_overview_contract_type

        project_manager: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project_manager, Unset):
            project_manager = self.project_manager.to_dict()

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        main_project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.main_project, Unset):
            main_project = self.main_project.to_dict()

        department: dict[str, Any] | Unset = UNSET
        if not isinstance(self.department, Unset):
            department = self.department.to_dict()

        project_category: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project_category, Unset):
            project_category = self.project_category.to_dict()

        planned_budget = self.planned_budget

        completed_budget = self.completed_budget

        access_type: str | Unset = UNSET
        if not isinstance(self.access_type, Unset):
            access_type = self.access_type.value

        invoice_reserve_total_amount_currency = self.invoice_reserve_total_amount_currency

        invoice_akonto_reserve_amount_currency = self.invoice_akonto_reserve_amount_currency

        invoice_extracosts_reserve_currency = self.invoice_extracosts_reserve_currency

        invoice_fee_reserve_currency = self.invoice_fee_reserve_currency

        hours_to_approve = self.hours_to_approve

        invoices_to_approve = self.invoices_to_approve

        expenses_to_approve = self.expenses_to_approve

        vouchers_to_approve = self.vouchers_to_approve

        is_project_attestor = self.is_project_attestor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if number is not UNSET:
            field_dict["number"] = number
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if is_ready_for_invoicing is not UNSET:
            field_dict["isReadyForInvoicing"] = is_ready_for_invoicing
        if has_invoice_reserve is not UNSET:
            field_dict["hasInvoiceReserve"] = has_invoice_reserve
        if is_closed is not UNSET:
            field_dict["isClosed"] = is_closed
        if is_fixed_price is not UNSET:
            field_dict["isFixedPrice"] = is_fixed_price
        if is_internal is not UNSET:
            field_dict["isInternal"] = is_internal
        if currency_code is not UNSET:
            field_dict["currencyCode"] = currency_code
        if is_company_currency is not UNSET:
            field_dict["isCompanyCurrency"] = is_company_currency
        if is_auth_project_overview_contract_type is not UNSET:
            field_dict["isAuthProjectOverviewContractType"] = is_auth_project_overview_contract_type
        if project_manager is not UNSET:
            field_dict["projectManager"] = project_manager
        if customer is not UNSET:
            field_dict["customer"] = customer
        if main_project is not UNSET:
            field_dict["mainProject"] = main_project
        if department is not UNSET:
            field_dict["department"] = department
        if project_category is not UNSET:
            field_dict["projectCategory"] = project_category
        if planned_budget is not UNSET:
            field_dict["plannedBudget"] = planned_budget
        if completed_budget is not UNSET:
            field_dict["completedBudget"] = completed_budget
        if access_type is not UNSET:
            field_dict["accessType"] = access_type
        if invoice_reserve_total_amount_currency is not UNSET:
            field_dict["invoiceReserveTotalAmountCurrency"] = invoice_reserve_total_amount_currency
        if invoice_akonto_reserve_amount_currency is not UNSET:
            field_dict["invoiceAkontoReserveAmountCurrency"] = invoice_akonto_reserve_amount_currency
        if invoice_extracosts_reserve_currency is not UNSET:
            field_dict["invoiceExtracostsReserveCurrency"] = invoice_extracosts_reserve_currency
        if invoice_fee_reserve_currency is not UNSET:
            field_dict["invoiceFeeReserveCurrency"] = invoice_fee_reserve_currency
        if hours_to_approve is not UNSET:
            field_dict["hoursToApprove"] = hours_to_approve
        if invoices_to_approve is not UNSET:
            field_dict["invoicesToApprove"] = invoices_to_approve
        if expenses_to_approve is not UNSET:
            field_dict["expensesToApprove"] = expenses_to_approve
        if vouchers_to_approve is not UNSET:
            field_dict["vouchersToApprove"] = vouchers_to_approve
        if is_project_attestor is not UNSET:
            field_dict["isProjectAttestor"] = is_project_attestor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ProjectOverviewAggregate from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.customer import Customer  # noqa: PLC0415
        from ..models.department import Department  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415
        from ..models.project import Project  # noqa: PLC0415
        from ..models.project_category import ProjectCategory  # noqa: PLC0415

        def _p_project_manager(_tx_v: Any) -> Employee | Unset:
            _project_manager = _tx_v
            project_manager: Employee | Unset
            if isinstance(_project_manager, Unset):
                project_manager = UNSET
            else:
                project_manager = Employee._tx_from_json(_project_manager)

            return project_manager

        def _p_customer(_tx_v: Any) -> Customer | Unset:
            _customer = _tx_v
            customer: Customer | Unset
            if isinstance(_customer, Unset):
                customer = UNSET
            else:
                customer = Customer._tx_from_json(_customer)

            return customer

        def _p_main_project(_tx_v: Any) -> Project | Unset:
            _main_project = _tx_v
            main_project: Project | Unset
            if isinstance(_main_project, Unset):
                main_project = UNSET
            else:
                main_project = Project._tx_from_json(_main_project)

            return main_project

        def _p_department(_tx_v: Any) -> Department | Unset:
            _department = _tx_v
            department: Department | Unset
            if isinstance(_department, Unset):
                department = UNSET
            else:
                department = Department._tx_from_json(_department)

            return department

        def _p_project_category(_tx_v: Any) -> ProjectCategory | Unset:
            _project_category = _tx_v
            project_category: ProjectCategory | Unset
            if isinstance(_project_category, Unset):
                project_category = UNSET
            else:
                project_category = ProjectCategory._tx_from_json(_project_category)

            return project_category

        def _p_access_type(_tx_v: Any) -> ProjectOverviewAggregateAccessType | Unset:
            _access_type = _tx_v
            access_type: ProjectOverviewAggregateAccessType | Unset
            if isinstance(_access_type, Unset):
                access_type = UNSET
            else:
                access_type = ProjectOverviewAggregateAccessType(_access_type)

            return access_type

        _tx_known: frozenset[str] = frozenset(
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

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "name": ("name", None),
            "display_name": ("displayName", None),
            "number": ("number", None),
            "start_date": ("startDate", None),
            "end_date": ("endDate", None),
            "is_ready_for_invoicing": ("isReadyForInvoicing", None),
            "has_invoice_reserve": ("hasInvoiceReserve", None),
            "is_closed": ("isClosed", None),
            "is_fixed_price": ("isFixedPrice", None),
            "is_internal": ("isInternal", None),
            "currency_code": ("currencyCode", None),
            "is_company_currency": ("isCompanyCurrency", None),
            "is_auth_project_overview_contract_type": ("isAuthProjectOverviewContractType", None),
            "project_manager": ("projectManager", _p_project_manager),
            "customer": ("customer", _p_customer),
            "main_project": ("mainProject", _p_main_project),
            "department": ("department", _p_department),
            "project_category": ("projectCategory", _p_project_category),
            "planned_budget": ("plannedBudget", None),
            "completed_budget": ("completedBudget", None),
            "access_type": ("accessType", _p_access_type),
            "invoice_reserve_total_amount_currency": ("invoiceReserveTotalAmountCurrency", None),
            "invoice_akonto_reserve_amount_currency": ("invoiceAkontoReserveAmountCurrency", None),
            "invoice_extracosts_reserve_currency": ("invoiceExtracostsReserveCurrency", None),
            "invoice_fee_reserve_currency": ("invoiceFeeReserveCurrency", None),
            "hours_to_approve": ("hoursToApprove", None),
            "invoices_to_approve": ("invoicesToApprove", None),
            "expenses_to_approve": ("expensesToApprove", None),
            "vouchers_to_approve": ("vouchersToApprove", None),
            "is_project_attestor": ("isProjectAttestor", None),
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
