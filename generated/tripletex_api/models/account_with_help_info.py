from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.account import Account
    from ..models.account_suggestion import AccountSuggestion


T = TypeVar("T", bound="AccountWithHelpInfo")


@_attrs_define
class AccountWithHelpInfo:
    """
    Attributes:
        id (int | Unset): [read-only]
        display_name (str | Unset): [read-only]
        number_pretty (str | Unset): [read-only]
        description (str | Unset): [read-only]
        account (Account | Unset):
        account_help (AccountSuggestion | Unset):
    """

    id: int | Unset = UNSET
    display_name: str | Unset = UNSET
    number_pretty: str | Unset = UNSET
    description: str | Unset = UNSET
    account: Account | Unset = UNSET
    account_help: AccountSuggestion | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        id = self.id

        display_name = self.display_name

        number_pretty = self.number_pretty

        description = self.description

        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        account_help: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account_help, Unset):
            account_help = self.account_help.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET and not _in_request:
            field_dict["id"] = id
        if display_name is not UNSET and not _in_request:
            field_dict["displayName"] = display_name
        if number_pretty is not UNSET and not _in_request:
            field_dict["numberPretty"] = number_pretty
        if description is not UNSET and not _in_request:
            field_dict["description"] = description
        if account is not UNSET:
            field_dict["account"] = account
        if account_help is not UNSET:
            field_dict["accountHelp"] = account_help

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.account import Account  # noqa: PLC0415
        from ..models.account_suggestion import AccountSuggestion  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        id = d.pop("id", UNSET)

        display_name = d.pop("displayName", UNSET)

        number_pretty = d.pop("numberPretty", UNSET)

        description = d.pop("description", UNSET)

        _account = d.pop("account", UNSET)
        account: Account | Unset
        if isinstance(_account, Unset):
            account = UNSET
        else:
            account = Account.from_dict(_account)

        _account_help = d.pop("accountHelp", UNSET)
        account_help: AccountSuggestion | Unset
        if isinstance(_account_help, Unset):
            account_help = UNSET
        else:
            account_help = AccountSuggestion.from_dict(_account_help)

        _obj = cls(
            id=id,
            display_name=display_name,
            number_pretty=number_pretty,
            description=description,
            account=account,
            account_help=account_help,
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
