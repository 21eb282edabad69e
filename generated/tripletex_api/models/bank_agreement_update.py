from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.account import Account


T = TypeVar("T", bound="BankAgreementUpdate")


@_attrs_define
class BankAgreementUpdate:
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
        from ..models.account import Account  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        id = d.pop("id", UNSET)

        description = d.pop("description", UNSET)

        _account = d.pop("account", UNSET)
        account: Account | Unset
        if isinstance(_account, Unset):
            account = UNSET
        else:
            account = Account.from_dict(_account)

        account_in_bank_id = d.pop("accountInBankId", UNSET)

        organisation_number = d.pop("organisationNumber", UNSET)

        ccm_agreement_id = d.pop("ccmAgreementId", UNSET)

        approve_in_online_banking = d.pop("approveInOnlineBanking", UNSET)

        _obj = cls(
            id=id,
            description=description,
            account=account,
            account_in_bank_id=account_in_bank_id,
            organisation_number=organisation_number,
            ccm_agreement_id=ccm_agreement_id,
            approve_in_online_banking=approve_in_online_banking,
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
