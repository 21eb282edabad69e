from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.balance_reconciliation_overview_line_available_statuses_item import (
    BalanceReconciliationOverviewLineAvailableStatusesItem,
)
from ..models.balance_reconciliation_overview_line_status import BalanceReconciliationOverviewLineStatus
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    not_an_array,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.balance_reconciliation_voucher import BalanceReconciliationVoucher
    from ..models.employee import Employee


T = TypeVar("T", bound="BalanceReconciliationOverviewLine")


@_attrs_define
class BalanceReconciliationOverviewLine(Model):
    """
    Attributes:
        account_id (int | Unset): The ID of the relevant account
        display_name (str | Unset): The human-readable name of the account
        balance_in (float | Unset): The ingoing balance of the account for the period
        balance_change (float | Unset): The sum of movements on the account for the period
        balance_out (float | Unset): The outgoing balance of the account for the period
        stored_balance_in (float | Unset): The stored ingoing balance from when the entry was last saved
        stored_balance_change (float | Unset): The stored balance change from when the entry was last saved
        stored_balance_out (float | Unset): The stored outgoing balance from when the entry was last saved
        documented_balance (float | Unset): The documented balance of the account for the period
        difference (float | Unset): The difference between the outgoing balance and the documented balance
        status (BalanceReconciliationOverviewLineStatus | Unset): The reconciliation status of the line
        available_statuses (list[BalanceReconciliationOverviewLineAvailableStatusesItem] | Unset): The set of statuses
            the line can transition to from its current status
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.account_id
        if _v is not UNSET:
            field_dict["accountId"] = _v
        _v = self.display_name
        if _v is not UNSET:
            field_dict["displayName"] = _v
        _v = self.balance_in
        if _v is not UNSET:
            field_dict["balanceIn"] = _v
        _v = self.balance_change
        if _v is not UNSET:
            field_dict["balanceChange"] = _v
        _v = self.balance_out
        if _v is not UNSET:
            field_dict["balanceOut"] = _v
        _v = self.stored_balance_in
        if _v is not UNSET and not _in_request:
            field_dict["storedBalanceIn"] = _v
        _v = self.stored_balance_change
        if _v is not UNSET and not _in_request:
            field_dict["storedBalanceChange"] = _v
        _v = self.stored_balance_out
        if _v is not UNSET and not _in_request:
            field_dict["storedBalanceOut"] = _v
        _v = self.documented_balance
        if _v is not UNSET:
            field_dict["documentedBalance"] = _v
        _v = self.difference
        if _v is not UNSET:
            field_dict["difference"] = _v
        _v = self.status
        if _v is not UNSET:
            field_dict["status"] = _v._value_
        _v = self.available_statuses
        if _v is not UNSET and not _in_request:
            field_dict["availableStatuses"] = [_e._value_ for _e in _v]
        _v = self.reconciled_at
        if _v is not UNSET:
            field_dict["reconciledAt"] = _v
        _v = self.reconciled_by
        if _v is not UNSET:
            field_dict["reconciledBy"] = _v.to_dict()
        _v = self.controlled_at
        if _v is not UNSET:
            field_dict["controlledAt"] = _v
        _v = self.controlled_by
        if _v is not UNSET:
            field_dict["controlledBy"] = _v.to_dict()
        _v = self.errors
        if _v is not UNSET:
            field_dict["errors"] = _v
        _v = self.attached_vouchers
        if _v is not UNSET:
            field_dict["attachedVouchers"] = [_e.to_dict() for _e in _v]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A BalanceReconciliationOverviewLine from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``BalanceReconciliationOverviewLine.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.balance_reconciliation_voucher import BalanceReconciliationVoucher  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415

        _new = object.__new__
        _e_status: dict[Any, Any] = enum_members(BalanceReconciliationOverviewLineStatus)
        _e_available_statuses: dict[Any, Any] = enum_members(BalanceReconciliationOverviewLineAvailableStatusesItem)
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "accountId": "account_id",
            "displayName": "display_name",
            "balanceIn": "balance_in",
            "balanceChange": "balance_change",
            "balanceOut": "balance_out",
            "storedBalanceIn": "stored_balance_in",
            "storedBalanceChange": "stored_balance_change",
            "storedBalanceOut": "stored_balance_out",
            "documentedBalance": "documented_balance",
            "difference": "difference",
            "reconciledAt": "reconciled_at",
            "controlledAt": "controlled_at",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 6 and _sparse_keys.issuperset(d):
                    o.account_id = o.display_name = o.balance_in = o.balance_change = o.balance_out = (
                        o.stored_balance_in
                    ) = o.stored_balance_change = o.stored_balance_out = o.documented_balance = o.difference = (
                        o.status
                    ) = o.available_statuses = o.reconciled_at = o.reconciled_by = o.controlled_at = o.controlled_by = (
                        o.errors
                    ) = o.attached_vouchers = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("accountId")
                if v is None:
                    o.account_id = u
                    if "accountId" not in d:
                        m += 1
                else:
                    o.account_id = v
                v = g("displayName")
                if v is None:
                    o.display_name = u
                    if "displayName" not in d:
                        m += 1
                else:
                    o.display_name = v
                v = g("balanceIn")
                if v is None:
                    o.balance_in = u
                    if "balanceIn" not in d:
                        m += 1
                else:
                    o.balance_in = v
                v = g("balanceChange")
                if v is None:
                    o.balance_change = u
                    if "balanceChange" not in d:
                        m += 1
                else:
                    o.balance_change = v
                v = g("balanceOut")
                if v is None:
                    o.balance_out = u
                    if "balanceOut" not in d:
                        m += 1
                else:
                    o.balance_out = v
                v = g("storedBalanceIn")
                if v is None:
                    o.stored_balance_in = u
                    if "storedBalanceIn" not in d:
                        m += 1
                else:
                    o.stored_balance_in = v
                v = g("storedBalanceChange")
                if v is None:
                    o.stored_balance_change = u
                    if "storedBalanceChange" not in d:
                        m += 1
                else:
                    o.stored_balance_change = v
                v = g("storedBalanceOut")
                if v is None:
                    o.stored_balance_out = u
                    if "storedBalanceOut" not in d:
                        m += 1
                else:
                    o.stored_balance_out = v
                v = g("documentedBalance")
                if v is None:
                    o.documented_balance = u
                    if "documentedBalance" not in d:
                        m += 1
                else:
                    o.documented_balance = v
                v = g("difference")
                if v is None:
                    o.difference = u
                    if "difference" not in d:
                        m += 1
                else:
                    o.difference = v
                k = "status"
                v = g("status")
                if v is None:
                    o.status = u
                    if "status" not in d:
                        m += 1
                else:
                    o.status = (
                        e_
                        if (e_ := _e_status.get(v)) is not None
                        else enum_value(BalanceReconciliationOverviewLineStatus, v)
                    )
                k = "availableStatuses"
                v = g("availableStatuses")
                if v is None:
                    o.available_statuses = u
                    if "availableStatuses" not in d:
                        m += 1
                else:
                    o.available_statuses = (
                        (
                            [
                                e_
                                if (e_ := _e_available_statuses.get(e)) is not None
                                else enum_value(BalanceReconciliationOverviewLineAvailableStatusesItem, e)
                                for e in v
                                if e is not None
                            ]
                            if v
                            else []
                        )
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("reconciledAt")
                if v is None:
                    o.reconciled_at = u
                    if "reconciledAt" not in d:
                        m += 1
                else:
                    o.reconciled_at = v
                k = "reconciledBy"
                v = g("reconciledBy")
                if v is None:
                    o.reconciled_by = u
                    if "reconciledBy" not in d:
                        m += 1
                else:
                    o.reconciled_by = Employee._tx_parse(v)
                v = g("controlledAt")
                if v is None:
                    o.controlled_at = u
                    if "controlledAt" not in d:
                        m += 1
                else:
                    o.controlled_at = v
                k = "controlledBy"
                v = g("controlledBy")
                if v is None:
                    o.controlled_by = u
                    if "controlledBy" not in d:
                        m += 1
                else:
                    o.controlled_by = Employee._tx_parse(v)
                k = "errors"
                v = g("errors")
                if v is None:
                    o.errors = u
                    if "errors" not in d:
                        m += 1
                else:
                    o.errors = v
                k = "attachedVouchers"
                v = g("attachedVouchers")
                if v is None:
                    o.attached_vouchers = u
                    if "attachedVouchers" not in d:
                        m += 1
                else:
                    o.attached_vouchers = (
                        ([BalanceReconciliationVoucher._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 18 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("account_id", "accountId"),
            ("display_name", "displayName"),
            ("balance_in", "balanceIn"),
            ("balance_change", "balanceChange"),
            ("balance_out", "balanceOut"),
            ("stored_balance_in", "storedBalanceIn"),
            ("stored_balance_change", "storedBalanceChange"),
            ("stored_balance_out", "storedBalanceOut"),
            ("documented_balance", "documentedBalance"),
            ("difference", "difference"),
            ("status", "status"),
            ("available_statuses", "availableStatuses"),
            ("reconciled_at", "reconciledAt"),
            ("reconciled_by", "reconciledBy"),
            ("controlled_at", "controlledAt"),
            ("controlled_by", "controlledBy"),
            ("errors", "errors"),
            ("attached_vouchers", "attachedVouchers"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.account_id
            o.account_id = u if v is None else v
            v = s.display_name
            o.display_name = u if v is None else v
            v = s.balance_in
            o.balance_in = u if v is None else v
            v = s.balance_change
            o.balance_change = u if v is None else v
            v = s.balance_out
            o.balance_out = u if v is None else v
            v = s.stored_balance_in
            o.stored_balance_in = u if v is None else v
            v = s.stored_balance_change
            o.stored_balance_change = u if v is None else v
            v = s.stored_balance_out
            o.stored_balance_out = u if v is None else v
            v = s.documented_balance
            o.documented_balance = u if v is None else v
            v = s.difference
            o.difference = u if v is None else v
            v = s.status
            o.status = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_status.get(v)) is not None
                else enum_value(BalanceReconciliationOverviewLineStatus, v)
            )
            v = s.available_statuses
            o.available_statuses = (
                u
                if v is None or v is u
                else (
                    [
                        e_
                        if (e_ := _e_available_statuses.get(e)) is not None
                        else enum_value(BalanceReconciliationOverviewLineAvailableStatusesItem, e)
                        for e in v
                        if e is not None
                    ]
                    if v
                    else []
                )
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.reconciled_at
            o.reconciled_at = u if v is None else v
            v = s.reconciled_by
            o.reconciled_by = u if v is None or v is u else Employee._tx_parse(v)
            v = s.controlled_at
            o.controlled_at = u if v is None else v
            v = s.controlled_by
            o.controlled_by = u if v is None or v is u else Employee._tx_parse(v)
            v = s.errors
            o.errors = u if v is None or v is u else v
            v = s.attached_vouchers
            o.attached_vouchers = (
                u
                if v is None or v is u
                else ([BalanceReconciliationVoucher._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
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
