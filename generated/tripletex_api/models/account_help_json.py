from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.account_suggestion_model import AccountSuggestionModel


T = TypeVar("T", bound="AccountHelpJson")


@_attrs_define
class AccountHelpJson:
    """
    Attributes:
        revision (int | Unset): Revision number of the account help data
        accounts (list[AccountSuggestionModel] | Unset): List of account suggestions
    """

    revision: int | Unset = UNSET
    accounts: list[AccountSuggestionModel] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        revision = self.revision

        accounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.accounts, Unset):
            accounts = []
            for accounts_item_data in self.accounts:
                accounts_item = accounts_item_data.to_dict()
                accounts.append(accounts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if revision is not UNSET:
            field_dict["revision"] = revision
        if accounts is not UNSET:
            field_dict["accounts"] = accounts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.account_suggestion_model import AccountSuggestionModel  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        revision = d.pop("revision", UNSET)

        _accounts = d.pop("accounts", UNSET)
        accounts: list[AccountSuggestionModel] | Unset = UNSET
        if _accounts is not UNSET:
            accounts = []
            for accounts_item_data in _accounts:
                if accounts_item_data is None:
                    continue
                accounts_item = AccountSuggestionModel.from_dict(accounts_item_data)

                accounts.append(accounts_item)

        _obj = cls(
            revision=revision,
            accounts=accounts,
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
