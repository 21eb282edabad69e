from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reminder_type import ReminderType
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    not_an_array,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.change import Change
    from ..models.currency import Currency


T = TypeVar("T", bound="Reminder")


@_attrs_define
class Reminder(Model):
    """Invoice debt collection and reminders.

    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        reminder_date (str | Unset): Creation date of the invoice reminder.
        charge (float | Unset): The fee part of the reminder, in the company's currency.
        charge_currency (float | Unset): The fee part of the reminder, in the invoice currency.
        total_charge (float | Unset): The total fee part of all reminders, in the company's currency.
        total_charge_currency (float | Unset): The total fee part of all reminders, in the invoice currency.
        total_amount_currency (float | Unset): The total amount to pay in reminder's currency.
        interests (float | Unset): The interests part of the reminder.
        interest_rate (float | Unset): The reminder interest rate.
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.id
        if _v is not UNSET:
            field_dict["id"] = _v
        _v = self.version
        if _v is not UNSET:
            field_dict["version"] = _v
        _v = self.changes
        if _v is not UNSET and not _in_request:
            field_dict["changes"] = [_e.to_dict() for _e in _v]
        _v = self.url
        if _v is not UNSET and not _in_request:
            field_dict["url"] = _v
        _v = self.reminder_date
        if _v is not UNSET and not _in_request:
            field_dict["reminderDate"] = _v
        _v = self.charge
        if _v is not UNSET and not _in_request:
            field_dict["charge"] = _v
        _v = self.charge_currency
        if _v is not UNSET and not _in_request:
            field_dict["chargeCurrency"] = _v
        _v = self.total_charge
        if _v is not UNSET and not _in_request:
            field_dict["totalCharge"] = _v
        _v = self.total_charge_currency
        if _v is not UNSET and not _in_request:
            field_dict["totalChargeCurrency"] = _v
        _v = self.total_amount_currency
        if _v is not UNSET and not _in_request:
            field_dict["totalAmountCurrency"] = _v
        _v = self.interests
        if _v is not UNSET and not _in_request:
            field_dict["interests"] = _v
        _v = self.interest_rate
        if _v is not UNSET and not _in_request:
            field_dict["interestRate"] = _v
        _v = self.term_of_payment
        if _v is not UNSET:
            field_dict["termOfPayment"] = _v
        _v = self.currency
        if _v is not UNSET:
            field_dict["currency"] = _v.to_dict()
        _v = self.type_
        if _v is not UNSET:
            field_dict["type"] = _v._value_
        _v = self.comment
        if _v is not UNSET:
            field_dict["comment"] = _v
        _v = self.kid
        if _v is not UNSET:
            field_dict["kid"] = _v
        _v = self.bank_account_number
        if _v is not UNSET:
            field_dict["bankAccountNumber"] = _v
        _v = self.bank_account_iban
        if _v is not UNSET:
            field_dict["bankAccountIBAN"] = _v
        _v = self.bank_account_swift
        if _v is not UNSET:
            field_dict["bankAccountSWIFT"] = _v
        _v = self.bank
        if _v is not UNSET:
            field_dict["bank"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A Reminder from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``Reminder.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.change import Change  # noqa: PLC0415
        from ..models.currency import Currency  # noqa: PLC0415

        _new = object.__new__
        _e_type_: dict[Any, Any] = enum_members(ReminderType)
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "reminderDate": "reminder_date",
            "charge": "charge",
            "chargeCurrency": "charge_currency",
            "totalCharge": "total_charge",
            "totalChargeCurrency": "total_charge_currency",
            "totalAmountCurrency": "total_amount_currency",
            "interests": "interests",
            "interestRate": "interest_rate",
            "termOfPayment": "term_of_payment",
            "comment": "comment",
            "kid": "kid",
            "bankAccountNumber": "bank_account_number",
            "bankAccountIBAN": "bank_account_iban",
            "bankAccountSWIFT": "bank_account_swift",
            "bank": "bank",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.reminder_date = o.charge = o.charge_currency = (
                        o.total_charge
                    ) = o.total_charge_currency = o.total_amount_currency = o.interests = o.interest_rate = (
                        o.term_of_payment
                    ) = o.currency = o.type_ = o.comment = o.kid = o.bank_account_number = o.bank_account_iban = (
                        o.bank_account_swift
                    ) = o.bank = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 7 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.reminder_date = o.charge = o.charge_currency = (
                        o.total_charge
                    ) = o.total_charge_currency = o.total_amount_currency = o.interests = o.interest_rate = (
                        o.term_of_payment
                    ) = o.currency = o.type_ = o.comment = o.kid = o.bank_account_number = o.bank_account_iban = (
                        o.bank_account_swift
                    ) = o.bank = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("id")
                if v is None:
                    o.id = u
                    if "id" not in d:
                        m += 1
                else:
                    o.id = v
                v = g("version")
                if v is None:
                    o.version = u
                    if "version" not in d:
                        m += 1
                else:
                    o.version = v
                k = "changes"
                v = g("changes")
                if v is None:
                    o.changes = u
                    if "changes" not in d:
                        m += 1
                else:
                    o.changes = (
                        ([Change._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("url")
                if v is None:
                    o.url = u
                    if "url" not in d:
                        m += 1
                else:
                    o.url = v
                v = g("reminderDate")
                if v is None:
                    o.reminder_date = u
                    if "reminderDate" not in d:
                        m += 1
                else:
                    o.reminder_date = v
                v = g("charge")
                if v is None:
                    o.charge = u
                    if "charge" not in d:
                        m += 1
                else:
                    o.charge = v
                v = g("chargeCurrency")
                if v is None:
                    o.charge_currency = u
                    if "chargeCurrency" not in d:
                        m += 1
                else:
                    o.charge_currency = v
                v = g("totalCharge")
                if v is None:
                    o.total_charge = u
                    if "totalCharge" not in d:
                        m += 1
                else:
                    o.total_charge = v
                v = g("totalChargeCurrency")
                if v is None:
                    o.total_charge_currency = u
                    if "totalChargeCurrency" not in d:
                        m += 1
                else:
                    o.total_charge_currency = v
                v = g("totalAmountCurrency")
                if v is None:
                    o.total_amount_currency = u
                    if "totalAmountCurrency" not in d:
                        m += 1
                else:
                    o.total_amount_currency = v
                v = g("interests")
                if v is None:
                    o.interests = u
                    if "interests" not in d:
                        m += 1
                else:
                    o.interests = v
                v = g("interestRate")
                if v is None:
                    o.interest_rate = u
                    if "interestRate" not in d:
                        m += 1
                else:
                    o.interest_rate = v
                v = g("termOfPayment")
                if v is None:
                    o.term_of_payment = u
                    if "termOfPayment" not in d:
                        m += 1
                else:
                    o.term_of_payment = v
                k = "currency"
                v = g("currency")
                if v is None:
                    o.currency = u
                    if "currency" not in d:
                        m += 1
                else:
                    o.currency = Currency._tx_parse(v)
                k = "type"
                v = g("type")
                if v is None:
                    o.type_ = u
                    if "type" not in d:
                        m += 1
                else:
                    o.type_ = e_ if (e_ := _e_type_.get(v)) is not None else enum_value(ReminderType, v)
                v = g("comment")
                if v is None:
                    o.comment = u
                    if "comment" not in d:
                        m += 1
                else:
                    o.comment = v
                v = g("kid")
                if v is None:
                    o.kid = u
                    if "kid" not in d:
                        m += 1
                else:
                    o.kid = v
                v = g("bankAccountNumber")
                if v is None:
                    o.bank_account_number = u
                    if "bankAccountNumber" not in d:
                        m += 1
                else:
                    o.bank_account_number = v
                v = g("bankAccountIBAN")
                if v is None:
                    o.bank_account_iban = u
                    if "bankAccountIBAN" not in d:
                        m += 1
                else:
                    o.bank_account_iban = v
                v = g("bankAccountSWIFT")
                if v is None:
                    o.bank_account_swift = u
                    if "bankAccountSWIFT" not in d:
                        m += 1
                else:
                    o.bank_account_swift = v
                v = g("bank")
                if v is None:
                    o.bank = u
                    if "bank" not in d:
                        m += 1
                else:
                    o.bank = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 21 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("id", "id"),
            ("version", "version"),
            ("changes", "changes"),
            ("url", "url"),
            ("reminder_date", "reminderDate"),
            ("charge", "charge"),
            ("charge_currency", "chargeCurrency"),
            ("total_charge", "totalCharge"),
            ("total_charge_currency", "totalChargeCurrency"),
            ("total_amount_currency", "totalAmountCurrency"),
            ("interests", "interests"),
            ("interest_rate", "interestRate"),
            ("term_of_payment", "termOfPayment"),
            ("currency", "currency"),
            ("type_", "type"),
            ("comment", "comment"),
            ("kid", "kid"),
            ("bank_account_number", "bankAccountNumber"),
            ("bank_account_iban", "bankAccountIBAN"),
            ("bank_account_swift", "bankAccountSWIFT"),
            ("bank", "bank"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.id
            o.id = u if v is None else v
            v = s.version
            o.version = u if v is None else v
            v = s.changes
            o.changes = (
                u
                if v is None or v is u
                else ([Change._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.url
            o.url = u if v is None else v
            v = s.reminder_date
            o.reminder_date = u if v is None else v
            v = s.charge
            o.charge = u if v is None else v
            v = s.charge_currency
            o.charge_currency = u if v is None else v
            v = s.total_charge
            o.total_charge = u if v is None else v
            v = s.total_charge_currency
            o.total_charge_currency = u if v is None else v
            v = s.total_amount_currency
            o.total_amount_currency = u if v is None else v
            v = s.interests
            o.interests = u if v is None else v
            v = s.interest_rate
            o.interest_rate = u if v is None else v
            v = s.term_of_payment
            o.term_of_payment = u if v is None else v
            v = s.currency
            o.currency = u if v is None or v is u else Currency._tx_parse(v)
            v = s.type_
            o.type_ = (
                u if v is None or v is u else e_ if (e_ := _e_type_.get(v)) is not None else enum_value(ReminderType, v)
            )
            v = s.comment
            o.comment = u if v is None else v
            v = s.kid
            o.kid = u if v is None else v
            v = s.bank_account_number
            o.bank_account_number = u if v is None else v
            v = s.bank_account_iban
            o.bank_account_iban = u if v is None else v
            v = s.bank_account_swift
            o.bank_account_swift = u if v is None else v
            v = s.bank
            o.bank = u if v is None else v
            o.additional_properties = {}
            return o

        return ModelParsers(parse, WireSpec(_wire_fields, convert))

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
