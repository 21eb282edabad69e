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
    from ..models.bank import Bank
    from ..models.bank_transaction import BankTransaction
    from ..models.change import Change


T = TypeVar("T", bound="BankStatement")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("bank", dict, False),
    ("transactions", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class BankStatement(LazyModel):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        opening_balance_currency (float | Unset): [read-only] Opening balance on the account.
        closing_balance_currency (float | Unset): [read-only] Closing balance on the account.
        file_name (str | Unset): [read-only] Bank statement file name.
        bank (Bank | Unset):
        from_date (str | Unset): [read-only]
        to_date (str | Unset): [read-only]
        transactions (list[BankTransaction] | Unset): [read-only]
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    opening_balance_currency: float | Unset = UNSET
    closing_balance_currency: float | Unset = UNSET
    file_name: str | Unset = UNSET
    bank: Bank | Unset = UNSET
    from_date: str | Unset = UNSET
    to_date: str | Unset = UNSET
    transactions: list[BankTransaction] | Unset = UNSET
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

        opening_balance_currency = self.opening_balance_currency

        closing_balance_currency = self.closing_balance_currency

        file_name = self.file_name

        bank: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bank, Unset):
            bank = self.bank.to_dict()

        from_date = self.from_date

        to_date = self.to_date

        transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.transactions, Unset):
            transactions = []
            for transactions_item_data in self.transactions:
                transactions_item = transactions_item_data.to_dict()
                transactions.append(transactions_item)

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
        if opening_balance_currency is not UNSET and not _in_request:
            field_dict["openingBalanceCurrency"] = opening_balance_currency
        if closing_balance_currency is not UNSET and not _in_request:
            field_dict["closingBalanceCurrency"] = closing_balance_currency
        if file_name is not UNSET and not _in_request:
            field_dict["fileName"] = file_name
        if bank is not UNSET:
            field_dict["bank"] = bank
        if from_date is not UNSET and not _in_request:
            field_dict["fromDate"] = from_date
        if to_date is not UNSET and not _in_request:
            field_dict["toDate"] = to_date
        if transactions is not UNSET and not _in_request:
            field_dict["transactions"] = transactions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A BankStatement from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.bank import Bank  # noqa: PLC0415
        from ..models.bank_transaction import BankTransaction  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415

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

        def _p_bank(_tx_v: Any) -> Bank | Unset:
            _bank = _tx_v
            bank: Bank | Unset
            if isinstance(_bank, Unset):
                bank = UNSET
            else:
                bank = Bank._tx_from_json(_bank)

            return bank

        def _p_transactions(_tx_v: Any) -> list[BankTransaction] | Unset:
            _transactions = _tx_v
            transactions: list[BankTransaction] | Unset = UNSET
            if _transactions is not UNSET:
                transactions = []
                for transactions_item_data in _transactions:
                    if transactions_item_data is None:
                        continue
                    transactions_item = BankTransaction._tx_from_json(transactions_item_data)

                    transactions.append(transactions_item)

            return transactions

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "openingBalanceCurrency",
                "closingBalanceCurrency",
                "fileName",
                "bank",
                "fromDate",
                "toDate",
                "transactions",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "opening_balance_currency": ("openingBalanceCurrency", None),
            "closing_balance_currency": ("closingBalanceCurrency", None),
            "file_name": ("fileName", None),
            "bank": ("bank", _p_bank),
            "from_date": ("fromDate", None),
            "to_date": ("toDate", None),
            "transactions": ("transactions", _p_transactions),
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
