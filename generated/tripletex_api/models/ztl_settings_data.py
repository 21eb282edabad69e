from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.ztl_account import ZtlAccount
    from ..models.ztl_employee import ZtlEmployee


T = TypeVar("T", bound="ZtlSettingsData")


@_attrs_define
class ZtlSettingsData:
    """
    Attributes:
        bank_name (str | Unset): [read-only]
        bank_id (int | Unset): [read-only]
        accounts (list[ZtlAccount] | Unset): [read-only]
        employees (list[ZtlEmployee] | Unset): [read-only]
    """

    bank_name: str | Unset = UNSET
    bank_id: int | Unset = UNSET
    accounts: list[ZtlAccount] | Unset = UNSET
    employees: list[ZtlEmployee] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        bank_name = self.bank_name

        bank_id = self.bank_id

        accounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.accounts, Unset):
            accounts = []
            for accounts_item_data in self.accounts:
                accounts_item = accounts_item_data.to_dict()
                accounts.append(accounts_item)

        employees: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.employees, Unset):
            employees = []
            for employees_item_data in self.employees:
                employees_item = employees_item_data.to_dict()
                employees.append(employees_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bank_name is not UNSET and not _in_request:
            field_dict["bankName"] = bank_name
        if bank_id is not UNSET and not _in_request:
            field_dict["bankId"] = bank_id
        if accounts is not UNSET and not _in_request:
            field_dict["accounts"] = accounts
        if employees is not UNSET and not _in_request:
            field_dict["employees"] = employees

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.ztl_account import ZtlAccount  # noqa: PLC0415
        from ..models.ztl_employee import ZtlEmployee  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        bank_name = d.pop("bankName", UNSET)

        bank_id = d.pop("bankId", UNSET)

        _accounts = d.pop("accounts", UNSET)
        accounts: list[ZtlAccount] | Unset = UNSET
        if _accounts is not UNSET:
            accounts = []
            for accounts_item_data in _accounts:
                if accounts_item_data is None:
                    continue
                accounts_item = ZtlAccount.from_dict(accounts_item_data)

                accounts.append(accounts_item)

        _employees = d.pop("employees", UNSET)
        employees: list[ZtlEmployee] | Unset = UNSET
        if _employees is not UNSET:
            employees = []
            for employees_item_data in _employees:
                if employees_item_data is None:
                    continue
                employees_item = ZtlEmployee.from_dict(employees_item_data)

                employees.append(employees_item)

        _obj = cls(
            bank_name=bank_name,
            bank_id=bank_id,
            accounts=accounts,
            employees=employees,
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
