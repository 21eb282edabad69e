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
    from ..models.ztl_account import ZtlAccount
    from ..models.ztl_employee import ZtlEmployee


T = TypeVar("T", bound="ZtlSettingsData")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("accounts", list, False),
    ("employees", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class ZtlSettingsData(LazyModel):
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
        self._tx_load()
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
        """A ZtlSettingsData from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.ztl_account import ZtlAccount  # noqa: PLC0415
        from ..models.ztl_employee import ZtlEmployee  # noqa: PLC0415

        def _p_accounts(_tx_v: Any) -> list[ZtlAccount] | Unset:
            _accounts = _tx_v
            accounts: list[ZtlAccount] | Unset = UNSET
            if _accounts is not UNSET:
                accounts = []
                for accounts_item_data in _accounts:
                    if accounts_item_data is None:
                        continue
                    accounts_item = ZtlAccount._tx_from_json(accounts_item_data)

                    accounts.append(accounts_item)

            return accounts

        def _p_employees(_tx_v: Any) -> list[ZtlEmployee] | Unset:
            _employees = _tx_v
            employees: list[ZtlEmployee] | Unset = UNSET
            if _employees is not UNSET:
                employees = []
                for employees_item_data in _employees:
                    if employees_item_data is None:
                        continue
                    employees_item = ZtlEmployee._tx_from_json(employees_item_data)

                    employees.append(employees_item)

            return employees

        _tx_known: frozenset[str] = frozenset(
            (
                "bankName",
                "bankId",
                "accounts",
                "employees",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "bank_name": ("bankName", None),
            "bank_id": ("bankId", None),
            "accounts": ("accounts", _p_accounts),
            "employees": ("employees", _p_employees),
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
