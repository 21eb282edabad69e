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


T = TypeVar("T", bound="BankAgreementCreation")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("bankAccounts", list, False),)


@_attrs_define(on_setattr=mark_assigned)
class BankAgreementCreation(LazyModel):
    """
    Attributes:
        bank_id (int | Unset): Bank ID
        account_in_bank_id (str | Unset): Customer number in bank
        ccm_agreement_id (str | Unset): Customer Id from Bank
        division (str | Unset): Division (DNB only)
        organization_number (str | Unset): Organization number
        electronic_creation (bool | Unset): Electronic agreement creation initiated.
        approve_in_online_banking (bool | Unset): Accounting approve payments
        bank_accounts (list[Account] | Unset):
    """

    bank_id: int | Unset = UNSET
    account_in_bank_id: str | Unset = UNSET
    ccm_agreement_id: str | Unset = UNSET
    division: str | Unset = UNSET
    organization_number: str | Unset = UNSET
    electronic_creation: bool | Unset = UNSET
    approve_in_online_banking: bool | Unset = UNSET
    bank_accounts: list[Account] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        bank_id = self.bank_id

        account_in_bank_id = self.account_in_bank_id

        ccm_agreement_id = self.ccm_agreement_id

        division = self.division

        organization_number = self.organization_number

        electronic_creation = self.electronic_creation

        approve_in_online_banking = self.approve_in_online_banking

        bank_accounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.bank_accounts, Unset):
            bank_accounts = []
            for bank_accounts_item_data in self.bank_accounts:
                bank_accounts_item = bank_accounts_item_data.to_dict()
                bank_accounts.append(bank_accounts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bank_id is not UNSET:
            field_dict["bankId"] = bank_id
        if account_in_bank_id is not UNSET:
            field_dict["accountInBankId"] = account_in_bank_id
        if ccm_agreement_id is not UNSET:
            field_dict["ccmAgreementId"] = ccm_agreement_id
        if division is not UNSET:
            field_dict["division"] = division
        if organization_number is not UNSET:
            field_dict["organizationNumber"] = organization_number
        if electronic_creation is not UNSET:
            field_dict["electronicCreation"] = electronic_creation
        if approve_in_online_banking is not UNSET:
            field_dict["approveInOnlineBanking"] = approve_in_online_banking
        if bank_accounts is not UNSET:
            field_dict["bankAccounts"] = bank_accounts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A BankAgreementCreation from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.account import Account  # noqa: PLC0415

        def _p_bank_accounts(_tx_v: Any) -> list[Account] | Unset:
            _bank_accounts = _tx_v
            bank_accounts: list[Account] | Unset = UNSET
            if _bank_accounts is not UNSET:
                bank_accounts = []
                for bank_accounts_item_data in _bank_accounts:
                    if bank_accounts_item_data is None:
                        continue
                    bank_accounts_item = Account._tx_from_json(bank_accounts_item_data)

                    bank_accounts.append(bank_accounts_item)

            return bank_accounts

        _tx_known: frozenset[str] = frozenset(
            (
                "bankId",
                "accountInBankId",
                "ccmAgreementId",
                "division",
                "organizationNumber",
                "electronicCreation",
                "approveInOnlineBanking",
                "bankAccounts",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "bank_id": ("bankId", None),
            "account_in_bank_id": ("accountInBankId", None),
            "ccm_agreement_id": ("ccmAgreementId", None),
            "division": ("division", None),
            "organization_number": ("organizationNumber", None),
            "electronic_creation": ("electronicCreation", None),
            "approve_in_online_banking": ("approveInOnlineBanking", None),
            "bank_accounts": ("bankAccounts", _p_bank_accounts),
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
