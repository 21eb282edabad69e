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
    from ..models.account import Account
    from ..models.change import Change


T = TypeVar("T", bound="SalaryType")


@_attrs_define
class SalaryType(Model):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        number (str | Unset):
        name (str | Unset):
        description (str | Unset):
        show_in_timesheet (bool | Unset):
        is_sick_payable (bool | Unset):
        is_vacation_payable (bool | Unset):
        is_taxable (bool | Unset):
        pay_statement_code_code (str | Unset):
        amelding_wage_code (str | Unset):
        account_number_debit (Account | Unset):
        account_number_credit (Account | Unset):
        is_payroll_taxable (bool | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    number: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    show_in_timesheet: bool | Unset = UNSET
    is_sick_payable: bool | Unset = UNSET
    is_vacation_payable: bool | Unset = UNSET
    is_taxable: bool | Unset = UNSET
    pay_statement_code_code: str | Unset = UNSET
    amelding_wage_code: str | Unset = UNSET
    account_number_debit: Account | Unset = UNSET
    account_number_credit: Account | Unset = UNSET
    is_payroll_taxable: bool | Unset = UNSET
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
        _v = self.number
        if _v is not UNSET:
            field_dict["number"] = _v
        _v = self.name
        if _v is not UNSET:
            field_dict["name"] = _v
        _v = self.description
        if _v is not UNSET:
            field_dict["description"] = _v
        _v = self.show_in_timesheet
        if _v is not UNSET and not _in_request:
            field_dict["showInTimesheet"] = _v
        _v = self.is_sick_payable
        if _v is not UNSET and not _in_request:
            field_dict["isSickPayable"] = _v
        _v = self.is_vacation_payable
        if _v is not UNSET and not _in_request:
            field_dict["isVacationPayable"] = _v
        _v = self.is_taxable
        if _v is not UNSET and not _in_request:
            field_dict["isTaxable"] = _v
        _v = self.pay_statement_code_code
        if _v is not UNSET and not _in_request:
            field_dict["payStatementCodeCode"] = _v
        _v = self.amelding_wage_code
        if _v is not UNSET and not _in_request:
            field_dict["ameldingWageCode"] = _v
        _v = self.account_number_debit
        if _v is not UNSET:
            field_dict["accountNumberDebit"] = _v.to_dict()
        _v = self.account_number_credit
        if _v is not UNSET:
            field_dict["accountNumberCredit"] = _v.to_dict()
        _v = self.is_payroll_taxable
        if _v is not UNSET and not _in_request:
            field_dict["isPayrollTaxable"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SalaryType from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``SalaryType.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.account import Account  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "number",
                "name",
                "description",
                "showInTimesheet",
                "isSickPayable",
                "isVacationPayable",
                "isTaxable",
                "payStatementCodeCode",
                "ameldingWageCode",
                "accountNumberDebit",
                "accountNumberCredit",
                "isPayrollTaxable",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "number": "number",
            "name": "name",
            "description": "description",
            "showInTimesheet": "show_in_timesheet",
            "isSickPayable": "is_sick_payable",
            "isVacationPayable": "is_vacation_payable",
            "isTaxable": "is_taxable",
            "payStatementCodeCode": "pay_statement_code_code",
            "ameldingWageCode": "amelding_wage_code",
            "isPayrollTaxable": "is_payroll_taxable",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.number = o.name = o.description = o.show_in_timesheet = (
                        o.is_sick_payable
                    ) = o.is_vacation_payable = o.is_taxable = o.pay_statement_code_code = o.amelding_wage_code = (
                        o.account_number_debit
                    ) = o.account_number_credit = o.is_payroll_taxable = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 5 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.number = o.name = o.description = o.show_in_timesheet = (
                        o.is_sick_payable
                    ) = o.is_vacation_payable = o.is_taxable = o.pay_statement_code_code = o.amelding_wage_code = (
                        o.account_number_debit
                    ) = o.account_number_credit = o.is_payroll_taxable = UNSET
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
                v = g("number")
                if v is None:
                    o.number = u
                    if "number" not in d:
                        m += 1
                else:
                    o.number = v
                v = g("name")
                if v is None:
                    o.name = u
                    if "name" not in d:
                        m += 1
                else:
                    o.name = v
                v = g("description")
                if v is None:
                    o.description = u
                    if "description" not in d:
                        m += 1
                else:
                    o.description = v
                v = g("showInTimesheet")
                if v is None:
                    o.show_in_timesheet = u
                    if "showInTimesheet" not in d:
                        m += 1
                else:
                    o.show_in_timesheet = v
                v = g("isSickPayable")
                if v is None:
                    o.is_sick_payable = u
                    if "isSickPayable" not in d:
                        m += 1
                else:
                    o.is_sick_payable = v
                v = g("isVacationPayable")
                if v is None:
                    o.is_vacation_payable = u
                    if "isVacationPayable" not in d:
                        m += 1
                else:
                    o.is_vacation_payable = v
                v = g("isTaxable")
                if v is None:
                    o.is_taxable = u
                    if "isTaxable" not in d:
                        m += 1
                else:
                    o.is_taxable = v
                v = g("payStatementCodeCode")
                if v is None:
                    o.pay_statement_code_code = u
                    if "payStatementCodeCode" not in d:
                        m += 1
                else:
                    o.pay_statement_code_code = v
                v = g("ameldingWageCode")
                if v is None:
                    o.amelding_wage_code = u
                    if "ameldingWageCode" not in d:
                        m += 1
                else:
                    o.amelding_wage_code = v
                k = "accountNumberDebit"
                v = g("accountNumberDebit")
                if v is None:
                    o.account_number_debit = u
                    if "accountNumberDebit" not in d:
                        m += 1
                else:
                    o.account_number_debit = Account._tx_parse(v)
                k = "accountNumberCredit"
                v = g("accountNumberCredit")
                if v is None:
                    o.account_number_credit = u
                    if "accountNumberCredit" not in d:
                        m += 1
                else:
                    o.account_number_credit = Account._tx_parse(v)
                v = g("isPayrollTaxable")
                if v is None:
                    o.is_payroll_taxable = u
                    if "isPayrollTaxable" not in d:
                        m += 1
                else:
                    o.is_payroll_taxable = v
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
            ("id", "id"),
            ("version", "version"),
            ("changes", "changes"),
            ("url", "url"),
            ("number", "number"),
            ("name", "name"),
            ("description", "description"),
            ("show_in_timesheet", "showInTimesheet"),
            ("is_sick_payable", "isSickPayable"),
            ("is_vacation_payable", "isVacationPayable"),
            ("is_taxable", "isTaxable"),
            ("pay_statement_code_code", "payStatementCodeCode"),
            ("amelding_wage_code", "ameldingWageCode"),
            ("account_number_debit", "accountNumberDebit"),
            ("account_number_credit", "accountNumberCredit"),
            ("is_payroll_taxable", "isPayrollTaxable"),
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
            v = s.number
            o.number = u if v is None else v
            v = s.name
            o.name = u if v is None else v
            v = s.description
            o.description = u if v is None else v
            v = s.show_in_timesheet
            o.show_in_timesheet = u if v is None else v
            v = s.is_sick_payable
            o.is_sick_payable = u if v is None else v
            v = s.is_vacation_payable
            o.is_vacation_payable = u if v is None else v
            v = s.is_taxable
            o.is_taxable = u if v is None else v
            v = s.pay_statement_code_code
            o.pay_statement_code_code = u if v is None else v
            v = s.amelding_wage_code
            o.amelding_wage_code = u if v is None else v
            v = s.account_number_debit
            o.account_number_debit = u if v is None or v is u else Account._tx_parse(v)
            v = s.account_number_credit
            o.account_number_credit = u if v is None or v is u else Account._tx_parse(v)
            v = s.is_payroll_taxable
            o.is_payroll_taxable = u if v is None else v
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
