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
    not_an_array,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.change import Change
    from ..models.department import Department
    from ..models.employee import Employee
    from ..models.salary_specification import SalarySpecification
    from ..models.salary_transaction import SalaryTransaction


T = TypeVar("T", bound="Payslip")


@_attrs_define
class Payslip(Model):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        transaction (SalaryTransaction | Unset):
        employee (Employee | Unset):
        date (str | Unset): Voucher date.
        year (int | Unset):
        month (int | Unset):
        specifications (list[SalarySpecification] | Unset): Link to salary specifications.
        vacation_allowance_amount (float | Unset):
        gross_amount (float | Unset):
        amount (float | Unset):
        number (int | Unset):
        department (Department | Unset): The department for this account. If multiple industries are activated, all
            postings on this account will be towards this department. If multiple industries are not activated, it is
            ignored.
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    transaction: SalaryTransaction | Unset = UNSET
    employee: Employee | Unset = UNSET
    date: str | Unset = UNSET
    year: int | Unset = UNSET
    month: int | Unset = UNSET
    specifications: list[SalarySpecification] | Unset = UNSET
    vacation_allowance_amount: float | Unset = UNSET
    gross_amount: float | Unset = UNSET
    amount: float | Unset = UNSET
    number: int | Unset = UNSET
    department: Department | Unset = UNSET
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
        _v = self.transaction
        if _v is not UNSET:
            field_dict["transaction"] = _v.to_dict()
        _v = self.employee
        if _v is not UNSET:
            field_dict["employee"] = _v.to_dict()
        _v = self.date
        if _v is not UNSET:
            field_dict["date"] = _v
        _v = self.year
        if _v is not UNSET:
            field_dict["year"] = _v
        _v = self.month
        if _v is not UNSET:
            field_dict["month"] = _v
        _v = self.specifications
        if _v is not UNSET:
            field_dict["specifications"] = [_e.to_dict() for _e in _v]
        _v = self.vacation_allowance_amount
        if _v is not UNSET and not _in_request:
            field_dict["vacationAllowanceAmount"] = _v
        _v = self.gross_amount
        if _v is not UNSET and not _in_request:
            field_dict["grossAmount"] = _v
        _v = self.amount
        if _v is not UNSET and not _in_request:
            field_dict["amount"] = _v
        _v = self.number
        if _v is not UNSET and not _in_request:
            field_dict["number"] = _v
        _v = self.department
        if _v is not UNSET:
            field_dict["department"] = _v.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A Payslip from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``Payslip.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.change import Change  # noqa: PLC0415
        from ..models.department import Department  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415
        from ..models.salary_specification import SalarySpecification  # noqa: PLC0415
        from ..models.salary_transaction import SalaryTransaction  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "transaction",
                "employee",
                "date",
                "year",
                "month",
                "specifications",
                "vacationAllowanceAmount",
                "grossAmount",
                "amount",
                "number",
                "department",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "date": "date",
            "year": "year",
            "month": "month",
            "vacationAllowanceAmount": "vacation_allowance_amount",
            "grossAmount": "gross_amount",
            "amount": "amount",
            "number": "number",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.transaction = o.employee = o.date = o.year = o.month = (
                        o.specifications
                    ) = o.vacation_allowance_amount = o.gross_amount = o.amount = o.number = o.department = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 5 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.transaction = o.employee = o.date = o.year = o.month = (
                        o.specifications
                    ) = o.vacation_allowance_amount = o.gross_amount = o.amount = o.number = o.department = UNSET
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
                k = "transaction"
                v = g("transaction")
                if v is None:
                    o.transaction = u
                    if "transaction" not in d:
                        m += 1
                else:
                    o.transaction = SalaryTransaction._tx_parse(v)
                k = "employee"
                v = g("employee")
                if v is None:
                    o.employee = u
                    if "employee" not in d:
                        m += 1
                else:
                    o.employee = Employee._tx_parse(v)
                v = g("date")
                if v is None:
                    o.date = u
                    if "date" not in d:
                        m += 1
                else:
                    o.date = v
                v = g("year")
                if v is None:
                    o.year = u
                    if "year" not in d:
                        m += 1
                else:
                    o.year = v
                v = g("month")
                if v is None:
                    o.month = u
                    if "month" not in d:
                        m += 1
                else:
                    o.month = v
                k = "specifications"
                v = g("specifications")
                if v is None:
                    o.specifications = u
                    if "specifications" not in d:
                        m += 1
                else:
                    o.specifications = (
                        ([SalarySpecification._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("vacationAllowanceAmount")
                if v is None:
                    o.vacation_allowance_amount = u
                    if "vacationAllowanceAmount" not in d:
                        m += 1
                else:
                    o.vacation_allowance_amount = v
                v = g("grossAmount")
                if v is None:
                    o.gross_amount = u
                    if "grossAmount" not in d:
                        m += 1
                else:
                    o.gross_amount = v
                v = g("amount")
                if v is None:
                    o.amount = u
                    if "amount" not in d:
                        m += 1
                else:
                    o.amount = v
                v = g("number")
                if v is None:
                    o.number = u
                    if "number" not in d:
                        m += 1
                else:
                    o.number = v
                k = "department"
                v = g("department")
                if v is None:
                    o.department = u
                    if "department" not in d:
                        m += 1
                else:
                    o.department = Department._tx_parse(v)
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 15 else {key: v for key, v in d.items() if v is not None and key not in _known}
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
            ("transaction", "transaction"),
            ("employee", "employee"),
            ("date", "date"),
            ("year", "year"),
            ("month", "month"),
            ("specifications", "specifications"),
            ("vacation_allowance_amount", "vacationAllowanceAmount"),
            ("gross_amount", "grossAmount"),
            ("amount", "amount"),
            ("number", "number"),
            ("department", "department"),
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
            v = s.transaction
            o.transaction = u if v is None or v is u else SalaryTransaction._tx_parse(v)
            v = s.employee
            o.employee = u if v is None or v is u else Employee._tx_parse(v)
            v = s.date
            o.date = u if v is None else v
            v = s.year
            o.year = u if v is None else v
            v = s.month
            o.month = u if v is None else v
            v = s.specifications
            o.specifications = (
                u
                if v is None or v is u
                else ([SalarySpecification._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.vacation_allowance_amount
            o.vacation_allowance_amount = u if v is None else v
            v = s.gross_amount
            o.gross_amount = u if v is None else v
            v = s.amount
            o.amount = u if v is None else v
            v = s.number
            o.number = u if v is None else v
            v = s.department
            o.department = u if v is None or v is u else Department._tx_parse(v)
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
