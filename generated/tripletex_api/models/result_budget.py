from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.result_budget_result_budget_type import ResultBudgetResultBudgetType
from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.account import Account
    from ..models.accounting_period import AccountingPeriod
    from ..models.change import Change
    from ..models.department import Department
    from ..models.employee import Employee
    from ..models.product import Product
    from ..models.project import Project


T = TypeVar("T", bound="ResultBudget")


@_attrs_define
class ResultBudget:
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
        from ..models.account import Account  # noqa: PLC0415
        from ..models.accounting_period import AccountingPeriod  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415
        from ..models.department import Department  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415
        from ..models.product import Product  # noqa: PLC0415
        from ..models.project import Project  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        id = d.pop("id", UNSET)

        version = d.pop("version", UNSET)

        _changes = d.pop("changes", UNSET)
        changes: list[Change] | Unset = UNSET
        if _changes is not UNSET:
            changes = []
            for changes_item_data in _changes:
                if changes_item_data is None:
                    continue
                changes_item = Change.from_dict(changes_item_data)

                changes.append(changes_item)

        url = d.pop("url", UNSET)

        _account = d.pop("account", UNSET)
        account: Account | Unset
        if isinstance(_account, Unset):
            account = UNSET
        else:
            account = Account.from_dict(_account)

        _accounting_period = d.pop("accountingPeriod", UNSET)
        accounting_period: AccountingPeriod | Unset
        if isinstance(_accounting_period, Unset):
            accounting_period = UNSET
        else:
            accounting_period = AccountingPeriod.from_dict(_accounting_period)

        amount = d.pop("amount", UNSET)

        _department = d.pop("department", UNSET)
        department: Department | Unset
        if isinstance(_department, Unset):
            department = UNSET
        else:
            department = Department.from_dict(_department)

        _project = d.pop("project", UNSET)
        project: Project | Unset
        if isinstance(_project, Unset):
            project = UNSET
        else:
            project = Project.from_dict(_project)

        _product = d.pop("product", UNSET)
        product: Product | Unset
        if isinstance(_product, Unset):
            product = UNSET
        else:
            product = Product.from_dict(_product)

        _employee = d.pop("employee", UNSET)
        employee: Employee | Unset
        if isinstance(_employee, Unset):
            employee = UNSET
        else:
            employee = Employee.from_dict(_employee)

        _result_budget_type = d.pop("resultBudgetType", UNSET)
        result_budget_type: ResultBudgetResultBudgetType | Unset
        if isinstance(_result_budget_type, Unset):
            result_budget_type = UNSET
        else:
            result_budget_type = ResultBudgetResultBudgetType(_result_budget_type)

        _obj = cls(
            id=id,
            version=version,
            changes=changes,
            url=url,
            account=account,
            accounting_period=accounting_period,
            amount=amount,
            department=department,
            project=project,
            product=product,
            employee=employee,
            result_budget_type=result_budget_type,
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
