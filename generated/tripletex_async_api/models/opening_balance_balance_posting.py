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
    from ..models.account import Account
    from ..models.department import Department
    from ..models.employee import Employee
    from ..models.product import Product
    from ..models.project import Project


T = TypeVar("T", bound="OpeningBalanceBalancePosting")


@_attrs_define
class OpeningBalanceBalancePosting(Model):
    """Balance postings

    Attributes:
        account (Account | Unset):
        project (Project | Unset):
        department (Department | Unset): The department for this account. If multiple industries are activated, all
            postings on this account will be towards this department. If multiple industries are not activated, it is
            ignored.
        product (Product | Unset):
        employee (Employee | Unset):
        amount (float | Unset):
        amount_currency (float | Unset): Only relevant for accounts in a different currency than the company currency,
            e.g an EUR account in a Norwegian company.  If provided on other accounts, it must always equal 'amount'
    """

    account: Account | Unset = UNSET
    project: Project | Unset = UNSET
    department: Department | Unset = UNSET
    product: Product | Unset = UNSET
    employee: Employee | Unset = UNSET
    amount: float | Unset = UNSET
    amount_currency: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.account
        if _v is not UNSET:
            field_dict["account"] = _v.to_dict()
        _v = self.project
        if _v is not UNSET:
            field_dict["project"] = _v.to_dict()
        _v = self.department
        if _v is not UNSET:
            field_dict["department"] = _v.to_dict()
        _v = self.product
        if _v is not UNSET:
            field_dict["product"] = _v.to_dict()
        _v = self.employee
        if _v is not UNSET:
            field_dict["employee"] = _v.to_dict()
        _v = self.amount
        if _v is not UNSET:
            field_dict["amount"] = _v
        _v = self.amount_currency
        if _v is not UNSET:
            field_dict["amountCurrency"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A OpeningBalanceBalancePosting from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``OpeningBalanceBalancePosting.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.account import Account  # noqa: PLC0415
        from ..models.department import Department  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415
        from ..models.product import Product  # noqa: PLC0415
        from ..models.project import Project  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "account",
                "project",
                "department",
                "product",
                "employee",
                "amount",
                "amountCurrency",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
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
                    o.account = Account._tx_parse(v)
                k = "project"
                v = g("project")
                if v is None:
                    o.project = u
                    if "project" not in d:
                        m += 1
                else:
                    o.project = Project._tx_parse(v)
                k = "department"
                v = g("department")
                if v is None:
                    o.department = u
                    if "department" not in d:
                        m += 1
                else:
                    o.department = Department._tx_parse(v)
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
                v = g("amount")
                if v is None:
                    o.amount = u
                    if "amount" not in d:
                        m += 1
                else:
                    o.amount = v
                v = g("amountCurrency")
                if v is None:
                    o.amount_currency = u
                    if "amountCurrency" not in d:
                        m += 1
                else:
                    o.amount_currency = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 7 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("account", "account"),
            ("project", "project"),
            ("department", "department"),
            ("product", "product"),
            ("employee", "employee"),
            ("amount", "amount"),
            ("amount_currency", "amountCurrency"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.account
            o.account = u if v is None or v is u else Account._tx_parse(v)
            v = s.project
            o.project = u if v is None or v is u else Project._tx_parse(v)
            v = s.department
            o.department = u if v is None or v is u else Department._tx_parse(v)
            v = s.product
            o.product = u if v is None or v is u else Product._tx_parse(v)
            v = s.employee
            o.employee = u if v is None or v is u else Employee._tx_parse(v)
            v = s.amount
            o.amount = u if v is None else v
            v = s.amount_currency
            o.amount_currency = u if v is None else v
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
