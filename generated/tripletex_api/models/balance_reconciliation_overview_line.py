from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.balance_reconciliation_overview_line_available_statuses_item import (
    BalanceReconciliationOverviewLineAvailableStatusesItem,
)
from ..models.balance_reconciliation_overview_line_status import BalanceReconciliationOverviewLineStatus
from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.balance_reconciliation_voucher import BalanceReconciliationVoucher
    from ..models.employee import Employee


T = TypeVar("T", bound="BalanceReconciliationOverviewLine")


@_attrs_define
class BalanceReconciliationOverviewLine:
    """
    Attributes:
        account_id (int | Unset): The ID of the relevant account
        display_name (str | Unset): The human-readable name of the account
        balance_in (float | Unset): The ingoing balance of the account for the period
        balance_change (float | Unset): The sum of movements on the account for the period
        balance_out (float | Unset): The outgoing balance of the account for the period
        stored_balance_in (float | Unset): [read-only] The stored ingoing balance from when the entry was last saved
        stored_balance_change (float | Unset): [read-only] The stored balance change from when the entry was last saved
        stored_balance_out (float | Unset): [read-only] The stored outgoing balance from when the entry was last saved
        documented_balance (float | Unset): The documented balance of the account for the period
        difference (float | Unset): The difference between the outgoing balance and the documented balance
        status (BalanceReconciliationOverviewLineStatus | Unset): The reconciliation status of the line
        available_statuses (list[BalanceReconciliationOverviewLineAvailableStatusesItem] | Unset): [read-only] The set
            of statuses the line can transition to from its current status
        reconciled_at (str | Unset): The date and time the line was marked as reconciled
        reconciled_by (Employee | Unset):
        controlled_at (str | Unset): The date and time the line was controlled
        controlled_by (Employee | Unset):
        errors (list[str] | Unset):
        attached_vouchers (list[BalanceReconciliationVoucher] | Unset): List of vouchers attached to the line
    """

    account_id: int | Unset = UNSET
    display_name: str | Unset = UNSET
    balance_in: float | Unset = UNSET
    balance_change: float | Unset = UNSET
    balance_out: float | Unset = UNSET
    stored_balance_in: float | Unset = UNSET
    stored_balance_change: float | Unset = UNSET
    stored_balance_out: float | Unset = UNSET
    documented_balance: float | Unset = UNSET
    difference: float | Unset = UNSET
    status: BalanceReconciliationOverviewLineStatus | Unset = UNSET
    available_statuses: list[BalanceReconciliationOverviewLineAvailableStatusesItem] | Unset = UNSET
    reconciled_at: str | Unset = UNSET
    reconciled_by: Employee | Unset = UNSET
    controlled_at: str | Unset = UNSET
    controlled_by: Employee | Unset = UNSET
    errors: list[str] | Unset = UNSET
    attached_vouchers: list[BalanceReconciliationVoucher] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        account_id = self.account_id

        display_name = self.display_name

        balance_in = self.balance_in

        balance_change = self.balance_change

        balance_out = self.balance_out

        stored_balance_in = self.stored_balance_in

        stored_balance_change = self.stored_balance_change

        stored_balance_out = self.stored_balance_out

        documented_balance = self.documented_balance

        difference = self.difference

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        available_statuses: list[str] | Unset = UNSET
        if not isinstance(self.available_statuses, Unset):
            available_statuses = []
            for available_statuses_item_data in self.available_statuses:
                available_statuses_item = available_statuses_item_data.value
                available_statuses.append(available_statuses_item)

        reconciled_at = self.reconciled_at

        reconciled_by: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reconciled_by, Unset):
            reconciled_by = self.reconciled_by.to_dict()

        controlled_at = self.controlled_at

        controlled_by: dict[str, Any] | Unset = UNSET
        if not isinstance(self.controlled_by, Unset):
            controlled_by = self.controlled_by.to_dict()

        errors: list[str] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors

        attached_vouchers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attached_vouchers, Unset):
            attached_vouchers = []
            for attached_vouchers_item_data in self.attached_vouchers:
                attached_vouchers_item = attached_vouchers_item_data.to_dict()
                attached_vouchers.append(attached_vouchers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_id is not UNSET:
            field_dict["accountId"] = account_id
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if balance_in is not UNSET:
            field_dict["balanceIn"] = balance_in
        if balance_change is not UNSET:
            field_dict["balanceChange"] = balance_change
        if balance_out is not UNSET:
            field_dict["balanceOut"] = balance_out
        if stored_balance_in is not UNSET and not _in_request:
            field_dict["storedBalanceIn"] = stored_balance_in
        if stored_balance_change is not UNSET and not _in_request:
            field_dict["storedBalanceChange"] = stored_balance_change
        if stored_balance_out is not UNSET and not _in_request:
            field_dict["storedBalanceOut"] = stored_balance_out
        if documented_balance is not UNSET:
            field_dict["documentedBalance"] = documented_balance
        if difference is not UNSET:
            field_dict["difference"] = difference
        if status is not UNSET:
            field_dict["status"] = status
        if available_statuses is not UNSET and not _in_request:
            field_dict["availableStatuses"] = available_statuses
        if reconciled_at is not UNSET:
            field_dict["reconciledAt"] = reconciled_at
        if reconciled_by is not UNSET:
            field_dict["reconciledBy"] = reconciled_by
        if controlled_at is not UNSET:
            field_dict["controlledAt"] = controlled_at
        if controlled_by is not UNSET:
            field_dict["controlledBy"] = controlled_by
        if errors is not UNSET:
            field_dict["errors"] = errors
        if attached_vouchers is not UNSET:
            field_dict["attachedVouchers"] = attached_vouchers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.balance_reconciliation_voucher import BalanceReconciliationVoucher  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        account_id = d.pop("accountId", UNSET)

        display_name = d.pop("displayName", UNSET)

        balance_in = d.pop("balanceIn", UNSET)

        balance_change = d.pop("balanceChange", UNSET)

        balance_out = d.pop("balanceOut", UNSET)

        stored_balance_in = d.pop("storedBalanceIn", UNSET)

        stored_balance_change = d.pop("storedBalanceChange", UNSET)

        stored_balance_out = d.pop("storedBalanceOut", UNSET)

        documented_balance = d.pop("documentedBalance", UNSET)

        difference = d.pop("difference", UNSET)

        _status = d.pop("status", UNSET)
        status: BalanceReconciliationOverviewLineStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = BalanceReconciliationOverviewLineStatus(_status)

        _available_statuses = d.pop("availableStatuses", UNSET)
        available_statuses: list[BalanceReconciliationOverviewLineAvailableStatusesItem] | Unset = UNSET
        if _available_statuses is not UNSET:
            available_statuses = []
            for available_statuses_item_data in _available_statuses:
                if available_statuses_item_data is None:
                    continue
                available_statuses_item = BalanceReconciliationOverviewLineAvailableStatusesItem(
                    available_statuses_item_data
                )

                available_statuses.append(available_statuses_item)

        reconciled_at = d.pop("reconciledAt", UNSET)

        _reconciled_by = d.pop("reconciledBy", UNSET)
        reconciled_by: Employee | Unset
        if isinstance(_reconciled_by, Unset):
            reconciled_by = UNSET
        else:
            reconciled_by = Employee.from_dict(_reconciled_by)

        controlled_at = d.pop("controlledAt", UNSET)

        _controlled_by = d.pop("controlledBy", UNSET)
        controlled_by: Employee | Unset
        if isinstance(_controlled_by, Unset):
            controlled_by = UNSET
        else:
            controlled_by = Employee.from_dict(_controlled_by)

        errors = cast(list[str], d.pop("errors", UNSET))

        _attached_vouchers = d.pop("attachedVouchers", UNSET)
        attached_vouchers: list[BalanceReconciliationVoucher] | Unset = UNSET
        if _attached_vouchers is not UNSET:
            attached_vouchers = []
            for attached_vouchers_item_data in _attached_vouchers:
                if attached_vouchers_item_data is None:
                    continue
                attached_vouchers_item = BalanceReconciliationVoucher.from_dict(attached_vouchers_item_data)

                attached_vouchers.append(attached_vouchers_item)

        _obj = cls(
            account_id=account_id,
            display_name=display_name,
            balance_in=balance_in,
            balance_change=balance_change,
            balance_out=balance_out,
            stored_balance_in=stored_balance_in,
            stored_balance_change=stored_balance_change,
            stored_balance_out=stored_balance_out,
            documented_balance=documented_balance,
            difference=difference,
            status=status,
            available_statuses=available_statuses,
            reconciled_at=reconciled_at,
            reconciled_by=reconciled_by,
            controlled_at=controlled_at,
            controlled_by=controlled_by,
            errors=errors,
            attached_vouchers=attached_vouchers,
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
