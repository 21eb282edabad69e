from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.account import Account
    from ..models.change import Change


T = TypeVar("T", bound="SalaryType")


@_attrs_define
class SalaryType:
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
        from ..models.account import Account  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415

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

        number = d.pop("number", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        show_in_timesheet = d.pop("showInTimesheet", UNSET)

        is_sick_payable = d.pop("isSickPayable", UNSET)

        is_vacation_payable = d.pop("isVacationPayable", UNSET)

        is_taxable = d.pop("isTaxable", UNSET)

        pay_statement_code_code = d.pop("payStatementCodeCode", UNSET)

        amelding_wage_code = d.pop("ameldingWageCode", UNSET)

        _account_number_debit = d.pop("accountNumberDebit", UNSET)
        account_number_debit: Account | Unset
        if isinstance(_account_number_debit, Unset):
            account_number_debit = UNSET
        else:
            account_number_debit = Account.from_dict(_account_number_debit)

        _account_number_credit = d.pop("accountNumberCredit", UNSET)
        account_number_credit: Account | Unset
        if isinstance(_account_number_credit, Unset):
            account_number_credit = UNSET
        else:
            account_number_credit = Account.from_dict(_account_number_credit)

        is_payroll_taxable = d.pop("isPayrollTaxable", UNSET)

        _obj = cls(
            id=id,
            version=version,
            changes=changes,
            url=url,
            number=number,
            name=name,
            description=description,
            show_in_timesheet=show_in_timesheet,
            is_sick_payable=is_sick_payable,
            is_vacation_payable=is_vacation_payable,
            is_taxable=is_taxable,
            pay_statement_code_code=pay_statement_code_code,
            amelding_wage_code=amelding_wage_code,
            account_number_debit=account_number_debit,
            account_number_credit=account_number_credit,
            is_payroll_taxable=is_payroll_taxable,
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
