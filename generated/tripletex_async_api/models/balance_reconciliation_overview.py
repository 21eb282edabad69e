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
    from ..models.ao_reconciliation_period import AOReconciliationPeriod
    from ..models.balance_reconciliation_overview_group import BalanceReconciliationOverviewGroup
    from ..models.balance_reconciliation_overview_line import BalanceReconciliationOverviewLine


T = TypeVar("T", bound="BalanceReconciliationOverview")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("period", dict, False),
    ("groups", list, False),
    ("inactiveAccounts", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class BalanceReconciliationOverview(LazyModel):
    """
    Attributes:
        period (AOReconciliationPeriod | Unset): The VAT period the data belongs to
        groups (list[BalanceReconciliationOverviewGroup] | Unset): [read-only] The table groups
        inactive_accounts (list[BalanceReconciliationOverviewLine] | Unset): [read-only] List of accounts not included
            in the overview
    """

    period: AOReconciliationPeriod | Unset = UNSET
    groups: list[BalanceReconciliationOverviewGroup] | Unset = UNSET
    inactive_accounts: list[BalanceReconciliationOverviewLine] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.period, Unset):
            period = self.period.to_dict()

        groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = []
            for groups_item_data in self.groups:
                groups_item = groups_item_data.to_dict()
                groups.append(groups_item)

        inactive_accounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inactive_accounts, Unset):
            inactive_accounts = []
            for inactive_accounts_item_data in self.inactive_accounts:
                inactive_accounts_item = inactive_accounts_item_data.to_dict()
                inactive_accounts.append(inactive_accounts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if period is not UNSET:
            field_dict["period"] = period
        if groups is not UNSET and not _in_request:
            field_dict["groups"] = groups
        if inactive_accounts is not UNSET and not _in_request:
            field_dict["inactiveAccounts"] = inactive_accounts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A BalanceReconciliationOverview from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.ao_reconciliation_period import AOReconciliationPeriod  # noqa: PLC0415
        from ..models.balance_reconciliation_overview_group import BalanceReconciliationOverviewGroup  # noqa: PLC0415
        from ..models.balance_reconciliation_overview_line import BalanceReconciliationOverviewLine  # noqa: PLC0415

        def _p_period(_tx_v: Any) -> AOReconciliationPeriod | Unset:
            _period = _tx_v
            period: AOReconciliationPeriod | Unset
            if isinstance(_period, Unset):
                period = UNSET
            else:
                period = AOReconciliationPeriod._tx_from_json(_period)

            return period

        def _p_groups(_tx_v: Any) -> list[BalanceReconciliationOverviewGroup] | Unset:
            _groups = _tx_v
            groups: list[BalanceReconciliationOverviewGroup] | Unset = UNSET
            if _groups is not UNSET:
                groups = []
                for groups_item_data in _groups:
                    if groups_item_data is None:
                        continue
                    groups_item = BalanceReconciliationOverviewGroup._tx_from_json(groups_item_data)

                    groups.append(groups_item)

            return groups

        def _p_inactive_accounts(_tx_v: Any) -> list[BalanceReconciliationOverviewLine] | Unset:
            _inactive_accounts = _tx_v
            inactive_accounts: list[BalanceReconciliationOverviewLine] | Unset = UNSET
            if _inactive_accounts is not UNSET:
                inactive_accounts = []
                for inactive_accounts_item_data in _inactive_accounts:
                    if inactive_accounts_item_data is None:
                        continue
                    inactive_accounts_item = BalanceReconciliationOverviewLine._tx_from_json(
                        inactive_accounts_item_data
                    )

                    inactive_accounts.append(inactive_accounts_item)

            return inactive_accounts

        _tx_known: frozenset[str] = frozenset(
            (
                "period",
                "groups",
                "inactiveAccounts",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "period": ("period", _p_period),
            "groups": ("groups", _p_groups),
            "inactive_accounts": ("inactiveAccounts", _p_inactive_accounts),
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
