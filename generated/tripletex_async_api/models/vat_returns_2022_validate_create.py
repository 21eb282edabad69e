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


T = TypeVar("T", bound="VatReturns2022ValidateCreate")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("accountsRequiringHarmonization", list, False),
    ("helpAccountPostedOn", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class VatReturns2022ValidateCreate(LazyModel):
    """
    Attributes:
        incomplete_vouchers (int | Unset): [read-only]
        accounting_period_closed (bool | Unset): [read-only]
        before_start_balance (bool | Unset): [read-only]
        invalid_date (bool | Unset): [read-only]
        accounts_requiring_harmonization (list[Account] | Unset): [read-only]
        help_account_posted_on (Account | Unset):
        already_exists (bool | Unset): [read-only]
        success (bool | Unset): [read-only]
    """

    incomplete_vouchers: int | Unset = UNSET
    accounting_period_closed: bool | Unset = UNSET
    before_start_balance: bool | Unset = UNSET
    invalid_date: bool | Unset = UNSET
    accounts_requiring_harmonization: list[Account] | Unset = UNSET
    help_account_posted_on: Account | Unset = UNSET
    already_exists: bool | Unset = UNSET
    success: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        incomplete_vouchers = self.incomplete_vouchers

        accounting_period_closed = self.accounting_period_closed

        before_start_balance = self.before_start_balance

        invalid_date = self.invalid_date

        accounts_requiring_harmonization: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.accounts_requiring_harmonization, Unset):
            accounts_requiring_harmonization = []
            for accounts_requiring_harmonization_item_data in self.accounts_requiring_harmonization:
                accounts_requiring_harmonization_item = accounts_requiring_harmonization_item_data.to_dict()
                accounts_requiring_harmonization.append(accounts_requiring_harmonization_item)

        help_account_posted_on: dict[str, Any] | Unset = UNSET
        if not isinstance(self.help_account_posted_on, Unset):
            help_account_posted_on = self.help_account_posted_on.to_dict()

        already_exists = self.already_exists

        success = self.success

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if incomplete_vouchers is not UNSET and not _in_request:
            field_dict["incompleteVouchers"] = incomplete_vouchers
        if accounting_period_closed is not UNSET and not _in_request:
            field_dict["accountingPeriodClosed"] = accounting_period_closed
        if before_start_balance is not UNSET and not _in_request:
            field_dict["beforeStartBalance"] = before_start_balance
        if invalid_date is not UNSET and not _in_request:
            field_dict["invalidDate"] = invalid_date
        if accounts_requiring_harmonization is not UNSET and not _in_request:
            field_dict["accountsRequiringHarmonization"] = accounts_requiring_harmonization
        if help_account_posted_on is not UNSET:
            field_dict["helpAccountPostedOn"] = help_account_posted_on
        if already_exists is not UNSET and not _in_request:
            field_dict["alreadyExists"] = already_exists
        if success is not UNSET and not _in_request:
            field_dict["success"] = success

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A VatReturns2022ValidateCreate from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.account import Account  # noqa: PLC0415

        def _p_accounts_requiring_harmonization(_tx_v: Any) -> list[Account] | Unset:
            _accounts_requiring_harmonization = _tx_v
            accounts_requiring_harmonization: list[Account] | Unset = UNSET
            if _accounts_requiring_harmonization is not UNSET:
                accounts_requiring_harmonization = []
                for accounts_requiring_harmonization_item_data in _accounts_requiring_harmonization:
                    if accounts_requiring_harmonization_item_data is None:
                        continue
                    accounts_requiring_harmonization_item = Account._tx_from_json(
                        accounts_requiring_harmonization_item_data
                    )

                    accounts_requiring_harmonization.append(accounts_requiring_harmonization_item)

            return accounts_requiring_harmonization

        def _p_help_account_posted_on(_tx_v: Any) -> Account | Unset:
            _help_account_posted_on = _tx_v
            help_account_posted_on: Account | Unset
            if isinstance(_help_account_posted_on, Unset):
                help_account_posted_on = UNSET
            else:
                help_account_posted_on = Account._tx_from_json(_help_account_posted_on)

            return help_account_posted_on

        _tx_known: frozenset[str] = frozenset(
            (
                "incompleteVouchers",
                "accountingPeriodClosed",
                "beforeStartBalance",
                "invalidDate",
                "accountsRequiringHarmonization",
                "helpAccountPostedOn",
                "alreadyExists",
                "success",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "incomplete_vouchers": ("incompleteVouchers", None),
            "accounting_period_closed": ("accountingPeriodClosed", None),
            "before_start_balance": ("beforeStartBalance", None),
            "invalid_date": ("invalidDate", None),
            "accounts_requiring_harmonization": ("accountsRequiringHarmonization", _p_accounts_requiring_harmonization),
            "help_account_posted_on": ("helpAccountPostedOn", _p_help_account_posted_on),
            "already_exists": ("alreadyExists", None),
            "success": ("success", None),
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
