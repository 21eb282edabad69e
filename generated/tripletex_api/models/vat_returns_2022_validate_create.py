from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.account import Account


T = TypeVar("T", bound="VatReturns2022ValidateCreate")


@_attrs_define
class VatReturns2022ValidateCreate:
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
        from ..models.account import Account  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        incomplete_vouchers = d.pop("incompleteVouchers", UNSET)

        accounting_period_closed = d.pop("accountingPeriodClosed", UNSET)

        before_start_balance = d.pop("beforeStartBalance", UNSET)

        invalid_date = d.pop("invalidDate", UNSET)

        _accounts_requiring_harmonization = d.pop("accountsRequiringHarmonization", UNSET)
        accounts_requiring_harmonization: list[Account] | Unset = UNSET
        if _accounts_requiring_harmonization is not UNSET:
            accounts_requiring_harmonization = []
            for accounts_requiring_harmonization_item_data in _accounts_requiring_harmonization:
                if accounts_requiring_harmonization_item_data is None:
                    continue
                accounts_requiring_harmonization_item = Account.from_dict(accounts_requiring_harmonization_item_data)

                accounts_requiring_harmonization.append(accounts_requiring_harmonization_item)

        _help_account_posted_on = d.pop("helpAccountPostedOn", UNSET)
        help_account_posted_on: Account | Unset
        if isinstance(_help_account_posted_on, Unset):
            help_account_posted_on = UNSET
        else:
            help_account_posted_on = Account.from_dict(_help_account_posted_on)

        already_exists = d.pop("alreadyExists", UNSET)

        success = d.pop("success", UNSET)

        _obj = cls(
            incomplete_vouchers=incomplete_vouchers,
            accounting_period_closed=accounting_period_closed,
            before_start_balance=before_start_balance,
            invalid_date=invalid_date,
            accounts_requiring_harmonization=accounts_requiring_harmonization,
            help_account_posted_on=help_account_posted_on,
            already_exists=already_exists,
            success=success,
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
