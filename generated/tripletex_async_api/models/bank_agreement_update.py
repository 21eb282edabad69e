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


T = TypeVar("T", bound="BankAgreementUpdate")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("account", dict, False),)


@_attrs_define(on_setattr=mark_assigned)
class BankAgreementUpdate(LazyModel):
    """
    Attributes:
        id (int | Unset): Id of agreement to update.
        description (str | Unset): The description property.
        account (Account | Unset):
        account_in_bank_id (str | Unset): Customer number in bank
        organisation_number (str | Unset): Organization number
        ccm_agreement_id (str | Unset): CCM agreement ID
        approve_in_online_banking (bool | Unset): Accounting approve payments
    """

    id: int | Unset = UNSET
    description: str | Unset = UNSET
    account: Account | Unset = UNSET
    account_in_bank_id: str | Unset = UNSET
    organisation_number: str | Unset = UNSET
    ccm_agreement_id: str | Unset = UNSET
    approve_in_online_banking: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        id = self.id

        description = self.description

        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        account_in_bank_id = self.account_in_bank_id

        organisation_number = self.organisation_number

        ccm_agreement_id = self.ccm_agreement_id

        approve_in_online_banking = self.approve_in_online_banking

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if description is not UNSET:
            field_dict["description"] = description
        if account is not UNSET:
            field_dict["account"] = account
        if account_in_bank_id is not UNSET:
            field_dict["accountInBankId"] = account_in_bank_id
        if organisation_number is not UNSET:
            field_dict["organisationNumber"] = organisation_number
        if ccm_agreement_id is not UNSET:
            field_dict["ccmAgreementId"] = ccm_agreement_id
        if approve_in_online_banking is not UNSET:
            field_dict["approveInOnlineBanking"] = approve_in_online_banking

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A BankAgreementUpdate from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.account import Account  # noqa: PLC0415

        def _p_account(_tx_v: Any) -> Account | Unset:
            _account = _tx_v
            account: Account | Unset
            if isinstance(_account, Unset):
                account = UNSET
            else:
                account = Account._tx_from_json(_account)

            return account

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "description",
                "account",
                "accountInBankId",
                "organisationNumber",
                "ccmAgreementId",
                "approveInOnlineBanking",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "description": ("description", None),
            "account": ("account", _p_account),
            "account_in_bank_id": ("accountInBankId", None),
            "organisation_number": ("organisationNumber", None),
            "ccm_agreement_id": ("ccmAgreementId", None),
            "approve_in_online_banking": ("approveInOnlineBanking", None),
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
