from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reminder_type import ReminderType
from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.change import Change
    from ..models.currency import Currency


T = TypeVar("T", bound="Reminder")


@_attrs_define
class Reminder:
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

        reminder_date = d.pop("reminderDate", UNSET)

        charge = d.pop("charge", UNSET)

        charge_currency = d.pop("chargeCurrency", UNSET)

        total_charge = d.pop("totalCharge", UNSET)

        total_charge_currency = d.pop("totalChargeCurrency", UNSET)

        total_amount_currency = d.pop("totalAmountCurrency", UNSET)

        interests = d.pop("interests", UNSET)

        interest_rate = d.pop("interestRate", UNSET)

        term_of_payment = d.pop("termOfPayment", UNSET)

        _currency = d.pop("currency", UNSET)
        currency: Currency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = Currency.from_dict(_currency)

        _type_ = d.pop("type", UNSET)
        type_: ReminderType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ReminderType(_type_)

        comment = d.pop("comment", UNSET)

        kid = d.pop("kid", UNSET)

        bank_account_number = d.pop("bankAccountNumber", UNSET)

        bank_account_iban = d.pop("bankAccountIBAN", UNSET)

        bank_account_swift = d.pop("bankAccountSWIFT", UNSET)

        bank = d.pop("bank", UNSET)

        _obj = cls(
            id=id,
            version=version,
            changes=changes,
            url=url,
            reminder_date=reminder_date,
            charge=charge,
            charge_currency=charge_currency,
            total_charge=total_charge,
            total_charge_currency=total_charge_currency,
            total_amount_currency=total_amount_currency,
            interests=interests,
            interest_rate=interest_rate,
            term_of_payment=term_of_payment,
            currency=currency,
            type_=type_,
            comment=comment,
            kid=kid,
            bank_account_number=bank_account_number,
            bank_account_iban=bank_account_iban,
            bank_account_swift=bank_account_swift,
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
