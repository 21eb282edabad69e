from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reminder_type import ReminderType
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
    from ..models.change import Change
    from ..models.currency import Currency


T = TypeVar("T", bound="Reminder")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("currency", dict, False),
    ("type", str, False),
)


@_attrs_define(on_setattr=mark_assigned)
class Reminder(LazyModel):
    """Invoice debt collection and reminders.

    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        reminder_date (str | Unset): [read-only] Creation date of the invoice reminder.
        charge (float | Unset): [read-only] The fee part of the reminder, in the company's currency.
        charge_currency (float | Unset): [read-only] The fee part of the reminder, in the invoice currency.
        total_charge (float | Unset): [read-only] The total fee part of all reminders, in the company's currency.
        total_charge_currency (float | Unset): [read-only] The total fee part of all reminders, in the invoice currency.
        total_amount_currency (float | Unset): [read-only] The total amount to pay in reminder's currency.
        interests (float | Unset): [read-only] The interests part of the reminder.
        interest_rate (float | Unset): [read-only] The reminder interest rate.
        term_of_payment (str | Unset): The reminder term of payment date.
        currency (Currency | Unset):
        type_ (ReminderType | Unset):
        comment (str | Unset):
        kid (str | Unset): KID - Kundeidentifikasjonsnummer.
        bank_account_number (str | Unset):
        bank_account_iban (str | Unset):
        bank_account_swift (str | Unset):
        bank (str | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    reminder_date: str | Unset = UNSET
    charge: float | Unset = UNSET
    charge_currency: float | Unset = UNSET
    total_charge: float | Unset = UNSET
    total_charge_currency: float | Unset = UNSET
    total_amount_currency: float | Unset = UNSET
    interests: float | Unset = UNSET
    interest_rate: float | Unset = UNSET
    term_of_payment: str | Unset = UNSET
    currency: Currency | Unset = UNSET
    type_: ReminderType | Unset = UNSET
    comment: str | Unset = UNSET
    kid: str | Unset = UNSET
    bank_account_number: str | Unset = UNSET
    bank_account_iban: str | Unset = UNSET
    bank_account_swift: str | Unset = UNSET
    bank: str | Unset = UNSET
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

        reminder_date = self.reminder_date

        charge = self.charge

        charge_currency = self.charge_currency

        total_charge = self.total_charge

        total_charge_currency = self.total_charge_currency

        total_amount_currency = self.total_amount_currency

        interests = self.interests

        interest_rate = self.interest_rate

        term_of_payment = self.term_of_payment

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        comment = self.comment

        kid = self.kid

        bank_account_number = self.bank_account_number

        bank_account_iban = self.bank_account_iban

        bank_account_swift = self.bank_account_swift

        bank = self.bank

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
        if reminder_date is not UNSET and not _in_request:
            field_dict["reminderDate"] = reminder_date
        if charge is not UNSET and not _in_request:
            field_dict["charge"] = charge
        if charge_currency is not UNSET and not _in_request:
            field_dict["chargeCurrency"] = charge_currency
        if total_charge is not UNSET and not _in_request:
            field_dict["totalCharge"] = total_charge
        if total_charge_currency is not UNSET and not _in_request:
            field_dict["totalChargeCurrency"] = total_charge_currency
        if total_amount_currency is not UNSET and not _in_request:
            field_dict["totalAmountCurrency"] = total_amount_currency
        if interests is not UNSET and not _in_request:
            field_dict["interests"] = interests
        if interest_rate is not UNSET and not _in_request:
            field_dict["interestRate"] = interest_rate
        if term_of_payment is not UNSET:
            field_dict["termOfPayment"] = term_of_payment
        if currency is not UNSET:
            field_dict["currency"] = currency
        if type_ is not UNSET:
            field_dict["type"] = type_
        if comment is not UNSET:
            field_dict["comment"] = comment
        if kid is not UNSET:
            field_dict["kid"] = kid
        if bank_account_number is not UNSET:
            field_dict["bankAccountNumber"] = bank_account_number
        if bank_account_iban is not UNSET:
            field_dict["bankAccountIBAN"] = bank_account_iban
        if bank_account_swift is not UNSET:
            field_dict["bankAccountSWIFT"] = bank_account_swift
        if bank is not UNSET:
            field_dict["bank"] = bank

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A Reminder from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
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

        def _p_currency(_tx_v: Any) -> Currency | Unset:
            _currency = _tx_v
            currency: Currency | Unset
            if isinstance(_currency, Unset):
                currency = UNSET
            else:
                currency = Currency._tx_from_json(_currency)

            return currency

        def _p_type_(_tx_v: Any) -> ReminderType | Unset:
            _type_ = _tx_v
            type_: ReminderType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = ReminderType(_type_)

            return type_

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "reminderDate",
                "charge",
                "chargeCurrency",
                "totalCharge",
                "totalChargeCurrency",
                "totalAmountCurrency",
                "interests",
                "interestRate",
                "termOfPayment",
                "currency",
                "type",
                "comment",
                "kid",
                "bankAccountNumber",
                "bankAccountIBAN",
                "bankAccountSWIFT",
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
            "reminder_date": ("reminderDate", None),
            "charge": ("charge", None),
            "charge_currency": ("chargeCurrency", None),
            "total_charge": ("totalCharge", None),
            "total_charge_currency": ("totalChargeCurrency", None),
            "total_amount_currency": ("totalAmountCurrency", None),
            "interests": ("interests", None),
            "interest_rate": ("interestRate", None),
            "term_of_payment": ("termOfPayment", None),
            "currency": ("currency", _p_currency),
            "type_": ("type", _p_type_),
            "comment": ("comment", None),
            "kid": ("kid", None),
            "bank_account_number": ("bankAccountNumber", None),
            "bank_account_iban": ("bankAccountIBAN", None),
            "bank_account_swift": ("bankAccountSWIFT", None),
            "bank": ("bank", None),
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
