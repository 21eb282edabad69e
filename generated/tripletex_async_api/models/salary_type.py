from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    from ..models.change import Change


T = TypeVar("T", bound="SalaryType")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("accountNumberDebit", dict, False),
    ("accountNumberCredit", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class SalaryType(LazyModel):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        number (str | Unset):
        name (str | Unset):
        description (str | Unset):
        show_in_timesheet (bool | Unset): [read-only]
        is_sick_payable (bool | Unset): [read-only]
        is_vacation_payable (bool | Unset): [read-only]
        is_taxable (bool | Unset): [read-only]
        pay_statement_code_code (str | Unset): [read-only]
        amelding_wage_code (str | Unset): [read-only]
        account_number_debit (Account | Unset):
        account_number_credit (Account | Unset):
        is_payroll_taxable (bool | Unset): [read-only]
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

        number = self.number

        name = self.name

        description = self.description

        show_in_timesheet = self.show_in_timesheet

        is_sick_payable = self.is_sick_payable

        is_vacation_payable = self.is_vacation_payable

        is_taxable = self.is_taxable

        pay_statement_code_code = self.pay_statement_code_code

        amelding_wage_code = self.amelding_wage_code

        account_number_debit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account_number_debit, Unset):
            account_number_debit = self.account_number_debit.to_dict()

        account_number_credit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account_number_credit, Unset):
            account_number_credit = self.account_number_credit.to_dict()

        is_payroll_taxable = self.is_payroll_taxable

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
        if number is not UNSET:
            field_dict["number"] = number
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if show_in_timesheet is not UNSET and not _in_request:
            field_dict["showInTimesheet"] = show_in_timesheet
        if is_sick_payable is not UNSET and not _in_request:
            field_dict["isSickPayable"] = is_sick_payable
        if is_vacation_payable is not UNSET and not _in_request:
            field_dict["isVacationPayable"] = is_vacation_payable
        if is_taxable is not UNSET and not _in_request:
            field_dict["isTaxable"] = is_taxable
        if pay_statement_code_code is not UNSET and not _in_request:
            field_dict["payStatementCodeCode"] = pay_statement_code_code
        if amelding_wage_code is not UNSET and not _in_request:
            field_dict["ameldingWageCode"] = amelding_wage_code
        if account_number_debit is not UNSET:
            field_dict["accountNumberDebit"] = account_number_debit
        if account_number_credit is not UNSET:
            field_dict["accountNumberCredit"] = account_number_credit
        if is_payroll_taxable is not UNSET and not _in_request:
            field_dict["isPayrollTaxable"] = is_payroll_taxable

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SalaryType from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.account import Account  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415

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

        def _p_account_number_debit(_tx_v: Any) -> Account | Unset:
            _account_number_debit = _tx_v
            account_number_debit: Account | Unset
            if isinstance(_account_number_debit, Unset):
                account_number_debit = UNSET
            else:
                account_number_debit = Account._tx_from_json(_account_number_debit)

            return account_number_debit

        def _p_account_number_credit(_tx_v: Any) -> Account | Unset:
            _account_number_credit = _tx_v
            account_number_credit: Account | Unset
            if isinstance(_account_number_credit, Unset):
                account_number_credit = UNSET
            else:
                account_number_credit = Account._tx_from_json(_account_number_credit)

            return account_number_credit

        _tx_known: frozenset[str] = frozenset(
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

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "number": ("number", None),
            "name": ("name", None),
            "description": ("description", None),
            "show_in_timesheet": ("showInTimesheet", None),
            "is_sick_payable": ("isSickPayable", None),
            "is_vacation_payable": ("isVacationPayable", None),
            "is_taxable": ("isTaxable", None),
            "pay_statement_code_code": ("payStatementCodeCode", None),
            "amelding_wage_code": ("ameldingWageCode", None),
            "account_number_debit": ("accountNumberDebit", _p_account_number_debit),
            "account_number_credit": ("accountNumberCredit", _p_account_number_credit),
            "is_payroll_taxable": ("isPayrollTaxable", None),
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
