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
    from ..models.bank import Bank
    from ..models.change import Change
    from ..models.currency import Currency


T = TypeVar("T", bound="ZtlAccount")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("account", dict, False),
    ("currency", dict, False),
    ("bank", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class ZtlAccount(LazyModel):
    """Link to accounts this consent belongs to

    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        name (str | Unset):
        account (Account | Unset):
        bban (str | Unset): [read-only]
        iban (str | Unset): [read-only]
        currency (Currency | Unset):
        available_balance_currency (float | Unset): [read-only]
        booked_balance_currency (float | Unset): [read-only]
        last_updated (str | Unset): [read-only] Last time the account information was updated, mainly balance.
        deletable (bool | Unset): [read-only]
        bank (Bank | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    name: str | Unset = UNSET
    account: Account | Unset = UNSET
    bban: str | Unset = UNSET
    iban: str | Unset = UNSET
    currency: Currency | Unset = UNSET
    available_balance_currency: float | Unset = UNSET
    booked_balance_currency: float | Unset = UNSET
    last_updated: str | Unset = UNSET
    deletable: bool | Unset = UNSET
    bank: Bank | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        id = self.id

        version = self.version

        changes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.changes, Unset):
            changes = []
            for changes_item_data in self.changes:
                changes_item = changes_item_data.to_dict()
                changes.append(changes_item)

        url = self.url

        name = self.name

        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        bban = self.bban

        iban = self.iban

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        available_balance_currency = self.available_balance_currency

        booked_balance_currency = self.booked_balance_currency

        last_updated = self.last_updated

        deletable = self.deletable

        bank: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bank, Unset):
            bank = self.bank.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if version is not UNSET:
            field_dict["version"] = version
        if changes is not UNSET and not _in_request:
            field_dict["changes"] = changes
        if url is not UNSET and not _in_request:
            field_dict["url"] = url
        if name is not UNSET:
            field_dict["name"] = name
        if account is not UNSET:
            field_dict["account"] = account
        if bban is not UNSET and not _in_request:
            field_dict["bban"] = bban
        if iban is not UNSET and not _in_request:
            field_dict["iban"] = iban
        if currency is not UNSET:
            field_dict["currency"] = currency
        if available_balance_currency is not UNSET and not _in_request:
            field_dict["availableBalanceCurrency"] = available_balance_currency
        if booked_balance_currency is not UNSET and not _in_request:
            field_dict["bookedBalanceCurrency"] = booked_balance_currency
        if last_updated is not UNSET and not _in_request:
            field_dict["lastUpdated"] = last_updated
        if deletable is not UNSET and not _in_request:
            field_dict["deletable"] = deletable
        if bank is not UNSET:
            field_dict["bank"] = bank

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ZtlAccount from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.account import Account  # noqa: PLC0415
        from ..models.bank import Bank  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415
        from ..models.currency import Currency  # noqa: PLC0415

        def _p_changes(_tx_v: Any) -> list[Change] | Unset:
            _changes = _tx_v
            changes: list[Change] | Unset = UNSET
            if _changes is not UNSET:
                changes = []
                for changes_item_data in _changes:
                    if changes_item_data is None:
                        continue
                    changes_item = Change._tx_from_json(changes_item_data)

                    changes.append(changes_item)

            return changes

        def _p_account(_tx_v: Any) -> Account | Unset:
            _account = _tx_v
            account: Account | Unset
            if isinstance(_account, Unset):
                account = UNSET
            else:
                account = Account._tx_from_json(_account)

            return account

        def _p_currency(_tx_v: Any) -> Currency | Unset:
            _currency = _tx_v
            currency: Currency | Unset
            if isinstance(_currency, Unset):
                currency = UNSET
            else:
                currency = Currency._tx_from_json(_currency)

            return currency

        def _p_bank(_tx_v: Any) -> Bank | Unset:
            _bank = _tx_v
            bank: Bank | Unset
            if isinstance(_bank, Unset):
                bank = UNSET
            else:
                bank = Bank._tx_from_json(_bank)

            return bank

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "name",
                "account",
                "bban",
                "iban",
                "currency",
                "availableBalanceCurrency",
                "bookedBalanceCurrency",
                "lastUpdated",
                "deletable",
                "bank",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "name": ("name", None),
            "account": ("account", _p_account),
            "bban": ("bban", None),
            "iban": ("iban", None),
            "currency": ("currency", _p_currency),
            "available_balance_currency": ("availableBalanceCurrency", None),
            "booked_balance_currency": ("bookedBalanceCurrency", None),
            "last_updated": ("lastUpdated", None),
            "deletable": ("deletable", None),
            "bank": ("bank", _p_bank),
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
