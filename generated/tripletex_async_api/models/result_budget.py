from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.result_budget_result_budget_type import ResultBudgetResultBudgetType
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    not_an_array,
    parse_error,
    parse_model,
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


@_attrs_define
class ResultBudget(Model):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        account (Account | Unset):
        accounting_period (AccountingPeriod | Unset):
        amount (float | Unset):
        department (Department | Unset): The department for this account. If multiple industries are activated, all
            postings on this account will be towards this department. If multiple industries are not activated, it is
            ignored.
        project (Project | Unset):
        product (Product | Unset):
        employee (Employee | Unset):
        result_budget_type (ResultBudgetResultBudgetType | Unset):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.id
        if _v is not UNSET:
            field_dict["id"] = _v
        _v = self.version
        if _v is not UNSET:
            field_dict["version"] = _v
        _v = self.changes
        if _v is not UNSET and not _in_request:
            field_dict["changes"] = [_e.to_dict() for _e in _v]
        _v = self.url
        if _v is not UNSET and not _in_request:
            field_dict["url"] = _v
        _v = self.account
        if _v is not UNSET:
            field_dict["account"] = _v.to_dict()
        _v = self.accounting_period
        if _v is not UNSET:
            field_dict["accountingPeriod"] = _v.to_dict()
        _v = self.amount
        if _v is not UNSET:
            field_dict["amount"] = _v
        _v = self.department
        if _v is not UNSET:
            field_dict["department"] = _v.to_dict()
        _v = self.project
        if _v is not UNSET:
            field_dict["project"] = _v.to_dict()
        _v = self.product
        if _v is not UNSET:
            field_dict["product"] = _v.to_dict()
        _v = self.employee
        if _v is not UNSET:
            field_dict["employee"] = _v.to_dict()
        _v = self.result_budget_type
        if _v is not UNSET and not _in_request:
            field_dict["resultBudgetType"] = _v._value_
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ResultBudget from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ResultBudget.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.account import Account  # noqa: PLC0415
        from ..models.accounting_period import AccountingPeriod  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415
        from ..models.department import Department  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415
        from ..models.product import Product  # noqa: PLC0415
        from ..models.project import Project  # noqa: PLC0415

        _new = object.__new__
        _e_result_budget_type: dict[Any, Any] = enum_members(ResultBudgetResultBudgetType)
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "amount": "amount",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.account = o.accounting_period = o.amount = o.department = (
                        o.project
                    ) = o.product = o.employee = o.result_budget_type = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 4 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.account = o.accounting_period = o.amount = o.department = (
                        o.project
                    ) = o.product = o.employee = o.result_budget_type = UNSET
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
                v = g("version")
                if v is None:
                    o.version = u
                    if "version" not in d:
                        m += 1
                else:
                    o.version = v
                k = "changes"
                v = g("changes")
                if v is None:
                    o.changes = u
                    if "changes" not in d:
                        m += 1
                else:
                    o.changes = (
                        ([Change._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("url")
                if v is None:
                    o.url = u
                    if "url" not in d:
                        m += 1
                else:
                    o.url = v
                k = "account"
                v = g("account")
                if v is None:
                    o.account = u
                    if "account" not in d:
                        m += 1
                else:
                    o.account = Account._tx_parse(v)
                k = "accountingPeriod"
                v = g("accountingPeriod")
                if v is None:
                    o.accounting_period = u
                    if "accountingPeriod" not in d:
                        m += 1
                else:
                    o.accounting_period = AccountingPeriod._tx_parse(v)
                v = g("amount")
                if v is None:
                    o.amount = u
                    if "amount" not in d:
                        m += 1
                else:
                    o.amount = v
                k = "department"
                v = g("department")
                if v is None:
                    o.department = u
                    if "department" not in d:
                        m += 1
                else:
                    o.department = Department._tx_parse(v)
                k = "project"
                v = g("project")
                if v is None:
                    o.project = u
                    if "project" not in d:
                        m += 1
                else:
                    o.project = Project._tx_parse(v)
                k = "product"
                v = g("product")
                if v is None:
                    o.product = u
                    if "product" not in d:
                        m += 1
                else:
                    o.product = Product._tx_parse(v)
                k = "employee"
                v = g("employee")
                if v is None:
                    o.employee = u
                    if "employee" not in d:
                        m += 1
                else:
                    o.employee = Employee._tx_parse(v)
                k = "resultBudgetType"
                v = g("resultBudgetType")
                if v is None:
                    o.result_budget_type = u
                    if "resultBudgetType" not in d:
                        m += 1
                else:
                    o.result_budget_type = (
                        e_
                        if (e_ := _e_result_budget_type.get(v)) is not None
                        else enum_value(ResultBudgetResultBudgetType, v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 12 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("id", "id"),
            ("version", "version"),
            ("changes", "changes"),
            ("url", "url"),
            ("account", "account"),
            ("accounting_period", "accountingPeriod"),
            ("amount", "amount"),
            ("department", "department"),
            ("project", "project"),
            ("product", "product"),
            ("employee", "employee"),
            ("result_budget_type", "resultBudgetType"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.id
            o.id = u if v is None else v
            v = s.version
            o.version = u if v is None else v
            v = s.changes
            o.changes = (
                u
                if v is None or v is u
                else ([Change._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.url
            o.url = u if v is None else v
            v = s.account
            o.account = u if v is None or v is u else Account._tx_parse(v)
            v = s.accounting_period
            o.accounting_period = u if v is None or v is u else AccountingPeriod._tx_parse(v)
            v = s.amount
            o.amount = u if v is None else v
            v = s.department
            o.department = u if v is None or v is u else Department._tx_parse(v)
            v = s.project
            o.project = u if v is None or v is u else Project._tx_parse(v)
            v = s.product
            o.product = u if v is None or v is u else Product._tx_parse(v)
            v = s.employee
            o.employee = u if v is None or v is u else Employee._tx_parse(v)
            v = s.result_budget_type
            o.result_budget_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_result_budget_type.get(v)) is not None
                else enum_value(ResultBudgetResultBudgetType, v)
            )
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
