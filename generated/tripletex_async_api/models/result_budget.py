from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.result_budget_result_budget_type import ResultBudgetResultBudgetType
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
    from ..models.account import Account
    from ..models.accounting_period import AccountingPeriod
    from ..models.change import Change
    from ..models.department import Department
    from ..models.employee import Employee
    from ..models.product import Product
    from ..models.project import Project


T = TypeVar("T", bound="ResultBudget")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("account", dict, False),
    ("accountingPeriod", dict, False),
    ("department", dict, False),
    ("project", dict, False),
    ("product", dict, False),
    ("employee", dict, False),
    ("resultBudgetType", str, False),
)


@_attrs_define(on_setattr=mark_assigned)
class ResultBudget(LazyModel):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        account (Account | Unset):
        accounting_period (AccountingPeriod | Unset):
        amount (float | Unset):
        department (Department | Unset): The department for this account. If multiple industries are activated, all
            postings on this account will be towards this department. If multiple industries are not activated, it is
            ignored.
        project (Project | Unset):
        product (Product | Unset):
        employee (Employee | Unset):
        result_budget_type (ResultBudgetResultBudgetType | Unset): [read-only]
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    account: Account | Unset = UNSET
    accounting_period: AccountingPeriod | Unset = UNSET
    amount: float | Unset = UNSET
    department: Department | Unset = UNSET
    project: Project | Unset = UNSET
    product: Product | Unset = UNSET
    employee: Employee | Unset = UNSET
    result_budget_type: ResultBudgetResultBudgetType | Unset = UNSET
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

        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        accounting_period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.accounting_period, Unset):
            accounting_period = self.accounting_period.to_dict()

        amount = self.amount

        department: dict[str, Any] | Unset = UNSET
        if not isinstance(self.department, Unset):
            department = self.department.to_dict()

        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        product: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product, Unset):
            product = self.product.to_dict()

        employee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.employee, Unset):
            employee = self.employee.to_dict()

        result_budget_type: str | Unset = UNSET
        if not isinstance(self.result_budget_type, Unset):
            result_budget_type = self.result_budget_type.value

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
        if account is not UNSET:
            field_dict["account"] = account
        if accounting_period is not UNSET:
            field_dict["accountingPeriod"] = accounting_period
        if amount is not UNSET:
            field_dict["amount"] = amount
        if department is not UNSET:
            field_dict["department"] = department
        if project is not UNSET:
            field_dict["project"] = project
        if product is not UNSET:
            field_dict["product"] = product
        if employee is not UNSET:
            field_dict["employee"] = employee
        if result_budget_type is not UNSET and not _in_request:
            field_dict["resultBudgetType"] = result_budget_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ResultBudget from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.account import Account  # noqa: PLC0415
        from ..models.accounting_period import AccountingPeriod  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415
        from ..models.department import Department  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415
        from ..models.product import Product  # noqa: PLC0415
        from ..models.project import Project  # noqa: PLC0415

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

        def _p_account(_tx_v: Any) -> Account | Unset:
            _account = _tx_v
            account: Account | Unset
            if isinstance(_account, Unset):
                account = UNSET
            else:
                account = Account._tx_from_json(_account)

            return account

        def _p_accounting_period(_tx_v: Any) -> AccountingPeriod | Unset:
            _accounting_period = _tx_v
            accounting_period: AccountingPeriod | Unset
            if isinstance(_accounting_period, Unset):
                accounting_period = UNSET
            else:
                accounting_period = AccountingPeriod._tx_from_json(_accounting_period)

            return accounting_period

        def _p_department(_tx_v: Any) -> Department | Unset:
            _department = _tx_v
            department: Department | Unset
            if isinstance(_department, Unset):
                department = UNSET
            else:
                department = Department._tx_from_json(_department)

            return department

        def _p_project(_tx_v: Any) -> Project | Unset:
            _project = _tx_v
            project: Project | Unset
            if isinstance(_project, Unset):
                project = UNSET
            else:
                project = Project._tx_from_json(_project)

            return project

        def _p_product(_tx_v: Any) -> Product | Unset:
            _product = _tx_v
            product: Product | Unset
            if isinstance(_product, Unset):
                product = UNSET
            else:
                product = Product._tx_from_json(_product)

            return product

        def _p_employee(_tx_v: Any) -> Employee | Unset:
            _employee = _tx_v
            employee: Employee | Unset
            if isinstance(_employee, Unset):
                employee = UNSET
            else:
                employee = Employee._tx_from_json(_employee)

            return employee

        def _p_result_budget_type(_tx_v: Any) -> ResultBudgetResultBudgetType | Unset:
            _result_budget_type = _tx_v
            result_budget_type: ResultBudgetResultBudgetType | Unset
            if isinstance(_result_budget_type, Unset):
                result_budget_type = UNSET
            else:
                result_budget_type = ResultBudgetResultBudgetType(_result_budget_type)

            return result_budget_type

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "account",
                "accountingPeriod",
                "amount",
                "department",
                "project",
                "product",
                "employee",
                "resultBudgetType",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "account": ("account", _p_account),
            "accounting_period": ("accountingPeriod", _p_accounting_period),
            "amount": ("amount", None),
            "department": ("department", _p_department),
            "project": ("project", _p_project),
            "product": ("product", _p_product),
            "employee": ("employee", _p_employee),
            "result_budget_type": ("resultBudgetType", _p_result_budget_type),
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
