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
    from ..models.account_suggestion import AccountSuggestion


T = TypeVar("T", bound="AccountWithHelpInfo")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("account", dict, False),
    ("accountHelp", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class AccountWithHelpInfo(LazyModel):
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
        self._tx_load()
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
        """A AccountWithHelpInfo from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.account import Account  # noqa: PLC0415
        from ..models.account_suggestion import AccountSuggestion  # noqa: PLC0415

        def _p_account(_tx_v: Any) -> Account | Unset:
            _account = _tx_v
            account: Account | Unset
            if isinstance(_account, Unset):
                account = UNSET
            else:
                account = Account._tx_from_json(_account)

            return account

        def _p_account_help(_tx_v: Any) -> AccountSuggestion | Unset:
            _account_help = _tx_v
            account_help: AccountSuggestion | Unset
            if isinstance(_account_help, Unset):
                account_help = UNSET
            else:
                account_help = AccountSuggestion._tx_from_json(_account_help)

            return account_help

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "displayName",
                "numberPretty",
                "description",
                "account",
                "accountHelp",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "display_name": ("displayName", None),
            "number_pretty": ("numberPretty", None),
            "description": ("description", None),
            "account": ("account", _p_account),
            "account_help": ("accountHelp", _p_account_help),
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
