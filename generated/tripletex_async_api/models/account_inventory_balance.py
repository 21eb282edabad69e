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
    from ..models.department import Department
    from ..models.inventory_unit_rate_company_specific import InventoryUnitRateCompanySpecific
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="AccountInventoryBalance")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("yearEndReport", dict, False),
    ("account", dict, False),
    ("department", dict, False),
    ("unitRate", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class AccountInventoryBalance(LazyModel):
    """
    Attributes:
        year (int | Unset): Year
        year_end_report (YearEndReport | Unset):
        group_id (int | Unset): Group id
        sub_group_id (int | Unset): Sub group id
        account (Account | Unset):
        department (Department | Unset): The department for this account. If multiple industries are activated, all
            postings on this account will be towards this department. If multiple industries are not activated, it is
            ignored.
        balance_in_quantity (float | Unset): incoming quantity balance
        balance_in (float | Unset): incoming balance
        balance_change_quantity (float | Unset): [read-only] quantity balance change
        unit_rate (InventoryUnitRateCompanySpecific | Unset): unit rate
        balance_out_quantity (float | Unset): outgoing quantity balance
        booked_balance_out_quantity (float | Unset): booked outgoing quantity balance
        balance_out (float | Unset): outgoing balance
        booked_balance_out (float | Unset): booked outgoing balance
        balance_change (float | Unset): [read-only] balance change
        modified_unit_rate (float | Unset): modified unit rate
        modified_balance_out_quantity (float | Unset): modified balance out quantity
        modified_balance_out (float | Unset): modified balance out
    """

    year: int | Unset = UNSET
    year_end_report: YearEndReport | Unset = UNSET
    group_id: int | Unset = UNSET
    sub_group_id: int | Unset = UNSET
    account: Account | Unset = UNSET
    department: Department | Unset = UNSET
    balance_in_quantity: float | Unset = UNSET
    balance_in: float | Unset = UNSET
    balance_change_quantity: float | Unset = UNSET
    unit_rate: InventoryUnitRateCompanySpecific | Unset = UNSET
    balance_out_quantity: float | Unset = UNSET
    booked_balance_out_quantity: float | Unset = UNSET
    balance_out: float | Unset = UNSET
    booked_balance_out: float | Unset = UNSET
    balance_change: float | Unset = UNSET
    modified_unit_rate: float | Unset = UNSET
    modified_balance_out_quantity: float | Unset = UNSET
    modified_balance_out: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        year = self.year

        year_end_report: dict[str, Any] | Unset = UNSET
        if not isinstance(self.year_end_report, Unset):
            year_end_report = self.year_end_report.to_dict()

        group_id = self.group_id

        sub_group_id = self.sub_group_id

        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        department: dict[str, Any] | Unset = UNSET
        if not isinstance(self.department, Unset):
            department = self.department.to_dict()

        balance_in_quantity = self.balance_in_quantity

        balance_in = self.balance_in

        balance_change_quantity = self.balance_change_quantity

        unit_rate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unit_rate, Unset):
            unit_rate = self.unit_rate.to_dict()

        balance_out_quantity = self.balance_out_quantity

        booked_balance_out_quantity = self.booked_balance_out_quantity

        balance_out = self.balance_out

        booked_balance_out = self.booked_balance_out

        balance_change = self.balance_change

        modified_unit_rate = self.modified_unit_rate

        modified_balance_out_quantity = self.modified_balance_out_quantity

        modified_balance_out = self.modified_balance_out

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if year is not UNSET:
            field_dict["year"] = year
        if year_end_report is not UNSET:
            field_dict["yearEndReport"] = year_end_report
        if group_id is not UNSET:
            field_dict["groupId"] = group_id
        if sub_group_id is not UNSET:
            field_dict["subGroupId"] = sub_group_id
        if account is not UNSET:
            field_dict["account"] = account
        if department is not UNSET:
            field_dict["department"] = department
        if balance_in_quantity is not UNSET:
            field_dict["balanceInQuantity"] = balance_in_quantity
        if balance_in is not UNSET:
            field_dict["balanceIn"] = balance_in
        if balance_change_quantity is not UNSET and not _in_request:
            field_dict["balanceChangeQuantity"] = balance_change_quantity
        if unit_rate is not UNSET:
            field_dict["unitRate"] = unit_rate
        if balance_out_quantity is not UNSET:
            field_dict["balanceOutQuantity"] = balance_out_quantity
        if booked_balance_out_quantity is not UNSET:
            field_dict["bookedBalanceOutQuantity"] = booked_balance_out_quantity
        if balance_out is not UNSET:
            field_dict["balanceOut"] = balance_out
        if booked_balance_out is not UNSET:
            field_dict["bookedBalanceOut"] = booked_balance_out
        if balance_change is not UNSET and not _in_request:
            field_dict["balanceChange"] = balance_change
        if modified_unit_rate is not UNSET:
            field_dict["modifiedUnitRate"] = modified_unit_rate
        if modified_balance_out_quantity is not UNSET:
            field_dict["modifiedBalanceOutQuantity"] = modified_balance_out_quantity
        if modified_balance_out is not UNSET:
            field_dict["modifiedBalanceOut"] = modified_balance_out

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A AccountInventoryBalance from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.account import Account  # noqa: PLC0415
        from ..models.department import Department  # noqa: PLC0415
        from ..models.inventory_unit_rate_company_specific import InventoryUnitRateCompanySpecific  # noqa: PLC0415
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        def _p_year_end_report(_tx_v: Any) -> YearEndReport | Unset:
            _year_end_report = _tx_v
            year_end_report: YearEndReport | Unset
            if isinstance(_year_end_report, Unset):
                year_end_report = UNSET
            else:
                year_end_report = YearEndReport._tx_from_json(_year_end_report)

            return year_end_report

        def _p_account(_tx_v: Any) -> Account | Unset:
            _account = _tx_v
            account: Account | Unset
            if isinstance(_account, Unset):
                account = UNSET
            else:
                account = Account._tx_from_json(_account)

            return account

        def _p_department(_tx_v: Any) -> Department | Unset:
            _department = _tx_v
            department: Department | Unset
            if isinstance(_department, Unset):
                department = UNSET
            else:
                department = Department._tx_from_json(_department)

            return department

        def _p_unit_rate(_tx_v: Any) -> InventoryUnitRateCompanySpecific | Unset:
            _unit_rate = _tx_v
            unit_rate: InventoryUnitRateCompanySpecific | Unset
            if isinstance(_unit_rate, Unset):
                unit_rate = UNSET
            else:
                unit_rate = InventoryUnitRateCompanySpecific._tx_from_json(_unit_rate)

            return unit_rate

        _tx_known: frozenset[str] = frozenset(
            (
                "year",
                "yearEndReport",
                "groupId",
                "subGroupId",
                "account",
                "department",
                "balanceInQuantity",
                "balanceIn",
                "balanceChangeQuantity",
                "unitRate",
                "balanceOutQuantity",
                "bookedBalanceOutQuantity",
                "balanceOut",
                "bookedBalanceOut",
                "balanceChange",
                "modifiedUnitRate",
                "modifiedBalanceOutQuantity",
                "modifiedBalanceOut",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "year": ("year", None),
            "year_end_report": ("yearEndReport", _p_year_end_report),
            "group_id": ("groupId", None),
            "sub_group_id": ("subGroupId", None),
            "account": ("account", _p_account),
            "department": ("department", _p_department),
            "balance_in_quantity": ("balanceInQuantity", None),
            "balance_in": ("balanceIn", None),
            "balance_change_quantity": ("balanceChangeQuantity", None),
            "unit_rate": ("unitRate", _p_unit_rate),
            "balance_out_quantity": ("balanceOutQuantity", None),
            "booked_balance_out_quantity": ("bookedBalanceOutQuantity", None),
            "balance_out": ("balanceOut", None),
            "booked_balance_out": ("bookedBalanceOut", None),
            "balance_change": ("balanceChange", None),
            "modified_unit_rate": ("modifiedUnitRate", None),
            "modified_balance_out_quantity": ("modifiedBalanceOutQuantity", None),
            "modified_balance_out": ("modifiedBalanceOut", None),
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
