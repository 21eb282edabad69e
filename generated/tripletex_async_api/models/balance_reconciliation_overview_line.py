from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.balance_reconciliation_overview_line_available_statuses_item import (
    BalanceReconciliationOverviewLineAvailableStatusesItem,
)
from ..models.balance_reconciliation_overview_line_status import BalanceReconciliationOverviewLineStatus
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
    from ..models.balance_reconciliation_voucher import BalanceReconciliationVoucher
    from ..models.employee import Employee


T = TypeVar("T", bound="BalanceReconciliationOverviewLine")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("status", str, False),
    ("availableStatuses", list, False),
    ("reconciledBy", dict, False),
    ("controlledBy", dict, False),
    ("errors", list, False),
    ("attachedVouchers", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class BalanceReconciliationOverviewLine(LazyModel):
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
        self._tx_load()
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
        """A BalanceReconciliationOverviewLine from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.balance_reconciliation_voucher import BalanceReconciliationVoucher  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415

        def _p_status(_tx_v: Any) -> BalanceReconciliationOverviewLineStatus | Unset:
            _status = _tx_v
            status: BalanceReconciliationOverviewLineStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = BalanceReconciliationOverviewLineStatus(_status)

            return status

        def _p_available_statuses(_tx_v: Any) -> list[BalanceReconciliationOverviewLineAvailableStatusesItem] | Unset:
            _available_statuses = _tx_v
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

            return available_statuses

        def _p_reconciled_by(_tx_v: Any) -> Employee | Unset:
            _reconciled_by = _tx_v
            reconciled_by: Employee | Unset
            if isinstance(_reconciled_by, Unset):
                reconciled_by = UNSET
            else:
                reconciled_by = Employee._tx_from_json(_reconciled_by)

            return reconciled_by

        def _p_controlled_by(_tx_v: Any) -> Employee | Unset:
            _controlled_by = _tx_v
            controlled_by: Employee | Unset
            if isinstance(_controlled_by, Unset):
                controlled_by = UNSET
            else:
                controlled_by = Employee._tx_from_json(_controlled_by)

            return controlled_by

        def _p_errors(_tx_v: Any) -> list[str] | Unset:
            errors = cast(list[str], _tx_v)

            return errors

        def _p_attached_vouchers(_tx_v: Any) -> list[BalanceReconciliationVoucher] | Unset:
            _attached_vouchers = _tx_v
            attached_vouchers: list[BalanceReconciliationVoucher] | Unset = UNSET
            if _attached_vouchers is not UNSET:
                attached_vouchers = []
                for attached_vouchers_item_data in _attached_vouchers:
                    if attached_vouchers_item_data is None:
                        continue
                    attached_vouchers_item = BalanceReconciliationVoucher._tx_from_json(attached_vouchers_item_data)

                    attached_vouchers.append(attached_vouchers_item)

            return attached_vouchers

        _tx_known: frozenset[str] = frozenset(
            (
                "accountId",
                "displayName",
                "balanceIn",
                "balanceChange",
                "balanceOut",
                "storedBalanceIn",
                "storedBalanceChange",
                "storedBalanceOut",
                "documentedBalance",
                "difference",
                "status",
                "availableStatuses",
                "reconciledAt",
                "reconciledBy",
                "controlledAt",
                "controlledBy",
                "errors",
                "attachedVouchers",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "account_id": ("accountId", None),
            "display_name": ("displayName", None),
            "balance_in": ("balanceIn", None),
            "balance_change": ("balanceChange", None),
            "balance_out": ("balanceOut", None),
            "stored_balance_in": ("storedBalanceIn", None),
            "stored_balance_change": ("storedBalanceChange", None),
            "stored_balance_out": ("storedBalanceOut", None),
            "documented_balance": ("documentedBalance", None),
            "difference": ("difference", None),
            "status": ("status", _p_status),
            "available_statuses": ("availableStatuses", _p_available_statuses),
            "reconciled_at": ("reconciledAt", None),
            "reconciled_by": ("reconciledBy", _p_reconciled_by),
            "controlled_at": ("controlledAt", None),
            "controlled_by": ("controlledBy", _p_controlled_by),
            "errors": ("errors", _p_errors),
            "attached_vouchers": ("attachedVouchers", _p_attached_vouchers),
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
