from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.account import Account
    from ..models.bank import Bank
    from ..models.change import Change
    from ..models.currency import Currency


T = TypeVar("T", bound="ZtlAccount")


@_attrs_define
class ZtlAccount:
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
        from ..models.account import Account  # noqa: PLC0415
        from ..models.bank import Bank  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415
        from ..models.currency import Currency  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        id = d.pop("id", UNSET)

        version = d.pop("version", UNSET)

        _changes = d.pop("changes", UNSET)
        changes: list[Change] | Unset = UNSET
        if _changes is not UNSET:
            changes = []
            for changes_item_data in _changes:
                if changes_item_data is None:
                    continue
                changes_item = Change.from_dict(changes_item_data)

                changes.append(changes_item)

        url = d.pop("url", UNSET)

        name = d.pop("name", UNSET)

        _account = d.pop("account", UNSET)
        account: Account | Unset
        if isinstance(_account, Unset):
            account = UNSET
        else:
            account = Account.from_dict(_account)

        bban = d.pop("bban", UNSET)

        iban = d.pop("iban", UNSET)

        _currency = d.pop("currency", UNSET)
        currency: Currency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = Currency.from_dict(_currency)

        available_balance_currency = d.pop("availableBalanceCurrency", UNSET)

        booked_balance_currency = d.pop("bookedBalanceCurrency", UNSET)

        last_updated = d.pop("lastUpdated", UNSET)

        deletable = d.pop("deletable", UNSET)

        _bank = d.pop("bank", UNSET)
        bank: Bank | Unset
        if isinstance(_bank, Unset):
            bank = UNSET
        else:
            bank = Bank.from_dict(_bank)

        _obj = cls(
            id=id,
            version=version,
            changes=changes,
            url=url,
            name=name,
            account=account,
            bban=bban,
            iban=iban,
            currency=currency,
            available_balance_currency=available_balance_currency,
            booked_balance_currency=booked_balance_currency,
            last_updated=last_updated,
            deletable=deletable,
            bank=bank,
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
