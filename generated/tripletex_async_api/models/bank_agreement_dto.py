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
    from ..models.bank_statement_balance import BankStatementBalance
    from ..models.change import Change
    from ..models.country import Country
    from ..models.currency import Currency
    from ..models.employee import Employee


T = TypeVar("T", bound="BankAgreementDTO")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("account", dict, False),
    ("uploaderEmployee", dict, False),
    ("bank", dict, False),
    ("country", dict, False),
    ("currency", dict, False),
    ("balance", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class BankAgreementDTO(LazyModel):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        iban (str | Unset): The IBAN property.
        bban (str | Unset): The BBAN property.
        description (str | Unset): [read-only] The description property.
        display_name (str | Unset): [read-only] display name needed for LoadableDropdown component
        account (Account | Unset):
        uploader_employee (Employee | Unset):
        date_created (str | Unset):
        bank (Bank | Unset):
        country (Country | Unset):
        currency (Currency | Unset):
        is_active (bool | Unset): [read-only]
        balance (BankStatementBalance | Unset):
        active (bool | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    iban: str | Unset = UNSET
    bban: str | Unset = UNSET
    description: str | Unset = UNSET
    display_name: str | Unset = UNSET
    account: Account | Unset = UNSET
    uploader_employee: Employee | Unset = UNSET
    date_created: str | Unset = UNSET
    bank: Bank | Unset = UNSET
    country: Country | Unset = UNSET
    currency: Currency | Unset = UNSET
    is_active: bool | Unset = UNSET
    balance: BankStatementBalance | Unset = UNSET
    active: bool | Unset = UNSET
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

        iban = self.iban

        bban = self.bban

        description = self.description

        display_name = self.display_name

        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        uploader_employee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.uploader_employee, Unset):
            uploader_employee = self.uploader_employee.to_dict()

        date_created = self.date_created

        bank: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bank, Unset):
            bank = self.bank.to_dict()

        country: dict[str, Any] | Unset = UNSET
        if not isinstance(self.country, Unset):
            country = self.country.to_dict()

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        is_active = self.is_active

        balance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.balance, Unset):
            balance = self.balance.to_dict()

        active = self.active

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
        if iban is not UNSET:
            field_dict["iban"] = iban
        if bban is not UNSET:
            field_dict["bban"] = bban
        if description is not UNSET and not _in_request:
            field_dict["description"] = description
        if display_name is not UNSET and not _in_request:
            field_dict["displayName"] = display_name
        if account is not UNSET:
            field_dict["account"] = account
        if uploader_employee is not UNSET:
            field_dict["uploaderEmployee"] = uploader_employee
        if date_created is not UNSET:
            field_dict["dateCreated"] = date_created
        if bank is not UNSET:
            field_dict["bank"] = bank
        if country is not UNSET:
            field_dict["country"] = country
        if currency is not UNSET:
            field_dict["currency"] = currency
        if is_active is not UNSET and not _in_request:
            field_dict["isActive"] = is_active
        if balance is not UNSET:
            field_dict["balance"] = balance
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A BankAgreementDTO from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.account import Account  # noqa: PLC0415
        from ..models.bank import Bank  # noqa: PLC0415
        from ..models.bank_statement_balance import BankStatementBalance  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415
        from ..models.country import Country  # noqa: PLC0415
        from ..models.currency import Currency  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415

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

        def _p_uploader_employee(_tx_v: Any) -> Employee | Unset:
            _uploader_employee = _tx_v
            uploader_employee: Employee | Unset
            if isinstance(_uploader_employee, Unset):
                uploader_employee = UNSET
            else:
                uploader_employee = Employee._tx_from_json(_uploader_employee)

            return uploader_employee

        def _p_bank(_tx_v: Any) -> Bank | Unset:
            _bank = _tx_v
            bank: Bank | Unset
            if isinstance(_bank, Unset):
                bank = UNSET
            else:
                bank = Bank._tx_from_json(_bank)

            return bank

        def _p_country(_tx_v: Any) -> Country | Unset:
            _country = _tx_v
            country: Country | Unset
            if isinstance(_country, Unset):
                country = UNSET
            else:
                country = Country._tx_from_json(_country)

            return country

        def _p_currency(_tx_v: Any) -> Currency | Unset:
            _currency = _tx_v
            currency: Currency | Unset
            if isinstance(_currency, Unset):
                currency = UNSET
            else:
                currency = Currency._tx_from_json(_currency)

            return currency

        def _p_balance(_tx_v: Any) -> BankStatementBalance | Unset:
            _balance = _tx_v
            balance: BankStatementBalance | Unset
            if isinstance(_balance, Unset):
                balance = UNSET
            else:
                balance = BankStatementBalance._tx_from_json(_balance)

            return balance

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "iban",
                "bban",
                "description",
                "displayName",
                "account",
                "uploaderEmployee",
                "dateCreated",
                "bank",
                "country",
                "currency",
                "isActive",
                "balance",
                "active",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "iban": ("iban", None),
            "bban": ("bban", None),
            "description": ("description", None),
            "display_name": ("displayName", None),
            "account": ("account", _p_account),
            "uploader_employee": ("uploaderEmployee", _p_uploader_employee),
            "date_created": ("dateCreated", None),
            "bank": ("bank", _p_bank),
            "country": ("country", _p_country),
            "currency": ("currency", _p_currency),
            "is_active": ("isActive", None),
            "balance": ("balance", _p_balance),
            "active": ("active", None),
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
