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
    from ..models.timber_account import TimberAccount
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="TimberAccountOverview")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("yearEndReport", dict, False),
    ("timberAccounts", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class TimberAccountOverview(LazyModel):
    """
    Attributes:
        year_end_report (YearEndReport | Unset):
        timber_accounts (list[TimberAccount] | Unset):
        transferred_from_timber_account_accounting (float | Unset): [read-only]
        transferred_from_timber_account_in_timber_account (float | Unset): [read-only]
        registered_accounting (float | Unset): [read-only]
        registered_in_timber_account (float | Unset): [read-only]
        deducted_accounting (float | Unset): [read-only]
        deducted_in_timber_account (float | Unset): [read-only]
    """

    year_end_report: YearEndReport | Unset = UNSET
    timber_accounts: list[TimberAccount] | Unset = UNSET
    transferred_from_timber_account_accounting: float | Unset = UNSET
    transferred_from_timber_account_in_timber_account: float | Unset = UNSET
    registered_accounting: float | Unset = UNSET
    registered_in_timber_account: float | Unset = UNSET
    deducted_accounting: float | Unset = UNSET
    deducted_in_timber_account: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        year_end_report: dict[str, Any] | Unset = UNSET
        if not isinstance(self.year_end_report, Unset):
            year_end_report = self.year_end_report.to_dict()

        timber_accounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.timber_accounts, Unset):
            timber_accounts = []
            for timber_accounts_item_data in self.timber_accounts:
                timber_accounts_item = timber_accounts_item_data.to_dict()
                timber_accounts.append(timber_accounts_item)

        transferred_from_timber_account_accounting = self.transferred_from_timber_account_accounting

        transferred_from_timber_account_in_timber_account = self.transferred_from_timber_account_in_timber_account

        registered_accounting = self.registered_accounting

        registered_in_timber_account = self.registered_in_timber_account

        deducted_accounting = self.deducted_accounting

        deducted_in_timber_account = self.deducted_in_timber_account

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if year_end_report is not UNSET:
            field_dict["yearEndReport"] = year_end_report
        if timber_accounts is not UNSET:
            field_dict["timberAccounts"] = timber_accounts
        if transferred_from_timber_account_accounting is not UNSET and not _in_request:
            field_dict["transferredFromTimberAccountAccounting"] = transferred_from_timber_account_accounting
        if transferred_from_timber_account_in_timber_account is not UNSET and not _in_request:
            field_dict["transferredFromTimberAccountInTimberAccount"] = (
                transferred_from_timber_account_in_timber_account
            )
        if registered_accounting is not UNSET and not _in_request:
            field_dict["registeredAccounting"] = registered_accounting
        if registered_in_timber_account is not UNSET and not _in_request:
            field_dict["registeredInTimberAccount"] = registered_in_timber_account
        if deducted_accounting is not UNSET and not _in_request:
            field_dict["deductedAccounting"] = deducted_accounting
        if deducted_in_timber_account is not UNSET and not _in_request:
            field_dict["deductedInTimberAccount"] = deducted_in_timber_account

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TimberAccountOverview from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.timber_account import TimberAccount  # noqa: PLC0415
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        def _p_year_end_report(_tx_v: Any) -> YearEndReport | Unset:
            _year_end_report = _tx_v
            year_end_report: YearEndReport | Unset
            if isinstance(_year_end_report, Unset):
                year_end_report = UNSET
            else:
                year_end_report = YearEndReport._tx_from_json(_year_end_report)

            return year_end_report

        def _p_timber_accounts(_tx_v: Any) -> list[TimberAccount] | Unset:
            _timber_accounts = _tx_v
            timber_accounts: list[TimberAccount] | Unset = UNSET
            if _timber_accounts is not UNSET:
                timber_accounts = []
                for timber_accounts_item_data in _timber_accounts:
                    if timber_accounts_item_data is None:
                        continue
                    timber_accounts_item = TimberAccount._tx_from_json(timber_accounts_item_data)

                    timber_accounts.append(timber_accounts_item)

            return timber_accounts

        _tx_known: frozenset[str] = frozenset(
            (
                "yearEndReport",
                "timberAccounts",
                "transferredFromTimberAccountAccounting",
                "transferredFromTimberAccountInTimberAccount",
                "registeredAccounting",
                "registeredInTimberAccount",
                "deductedAccounting",
                "deductedInTimberAccount",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "year_end_report": ("yearEndReport", _p_year_end_report),
            "timber_accounts": ("timberAccounts", _p_timber_accounts),
            "transferred_from_timber_account_accounting": ("transferredFromTimberAccountAccounting", None),
            "transferred_from_timber_account_in_timber_account": ("transferredFromTimberAccountInTimberAccount", None),
            "registered_accounting": ("registeredAccounting", None),
            "registered_in_timber_account": ("registeredInTimberAccount", None),
            "deducted_accounting": ("deductedAccounting", None),
            "deducted_in_timber_account": ("deductedInTimberAccount", None),
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
