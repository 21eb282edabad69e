from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_reminder_details_last_reminder_type import InvoiceReminderDetailsLastReminderType
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.debt_collector import DebtCollector


T = TypeVar("T", bound="InvoiceReminderDetails")


@_attrs_define
class InvoiceReminderDetails(Model):
    """
    Attributes:
        invoice_id (int | Unset):
        charged_more_than_twice (bool | Unset):
        last_reminder_due_date (str | Unset):
        last_reminder_type (InvoiceReminderDetailsLastReminderType | Unset):
        last_charged_reminder_date (str | Unset):
        last_notice_of_debt_collection_date (str | Unset):
        is_credit_note (bool | Unset):
        is_paid (bool | Unset):
        is_sent_to_factoring (bool | Unset):
        email (str | Unset):
        sms_number (str | Unset):
        address (Address | Unset): Address tied to the employee
        debt_collector (DebtCollector | Unset):
    """

    invoice_id: int | Unset = UNSET
    charged_more_than_twice: bool | Unset = UNSET
    last_reminder_due_date: str | Unset = UNSET
    last_reminder_type: InvoiceReminderDetailsLastReminderType | Unset = UNSET
    last_charged_reminder_date: str | Unset = UNSET
    last_notice_of_debt_collection_date: str | Unset = UNSET
    is_credit_note: bool | Unset = UNSET
    is_paid: bool | Unset = UNSET
    is_sent_to_factoring: bool | Unset = UNSET
    email: str | Unset = UNSET
    sms_number: str | Unset = UNSET
    address: Address | Unset = UNSET
    debt_collector: DebtCollector | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.invoice_id
        if _v is not UNSET and not _in_request:
            field_dict["invoiceId"] = _v
        _v = self.charged_more_than_twice
        if _v is not UNSET and not _in_request:
            field_dict["chargedMoreThanTwice"] = _v
        _v = self.last_reminder_due_date
        if _v is not UNSET and not _in_request:
            field_dict["lastReminderDueDate"] = _v
        _v = self.last_reminder_type
        if _v is not UNSET and not _in_request:
            field_dict["lastReminderType"] = _v._value_
        _v = self.last_charged_reminder_date
        if _v is not UNSET and not _in_request:
            field_dict["lastChargedReminderDate"] = _v
        _v = self.last_notice_of_debt_collection_date
        if _v is not UNSET and not _in_request:
            field_dict["lastNoticeOfDebtCollectionDate"] = _v
        _v = self.is_credit_note
        if _v is not UNSET and not _in_request:
            field_dict["isCreditNote"] = _v
        _v = self.is_paid
        if _v is not UNSET and not _in_request:
            field_dict["isPaid"] = _v
        _v = self.is_sent_to_factoring
        if _v is not UNSET and not _in_request:
            field_dict["isSentToFactoring"] = _v
        _v = self.email
        if _v is not UNSET and not _in_request:
            field_dict["email"] = _v
        _v = self.sms_number
        if _v is not UNSET and not _in_request:
            field_dict["smsNumber"] = _v
        _v = self.address
        if _v is not UNSET:
            field_dict["address"] = _v.to_dict()
        _v = self.debt_collector
        if _v is not UNSET:
            field_dict["debtCollector"] = _v.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A InvoiceReminderDetails from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``InvoiceReminderDetails.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.address import Address  # noqa: PLC0415
        from ..models.debt_collector import DebtCollector  # noqa: PLC0415

        _new = object.__new__
        _e_last_reminder_type: dict[Any, Any] = enum_members(InvoiceReminderDetailsLastReminderType)
        _known: frozenset[str] = frozenset(
            (
                "invoiceId",
                "chargedMoreThanTwice",
                "lastReminderDueDate",
                "lastReminderType",
                "lastChargedReminderDate",
                "lastNoticeOfDebtCollectionDate",
                "isCreditNote",
                "isPaid",
                "isSentToFactoring",
                "email",
                "smsNumber",
                "address",
                "debtCollector",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "invoiceId": "invoice_id",
            "chargedMoreThanTwice": "charged_more_than_twice",
            "lastReminderDueDate": "last_reminder_due_date",
            "lastChargedReminderDate": "last_charged_reminder_date",
            "lastNoticeOfDebtCollectionDate": "last_notice_of_debt_collection_date",
            "isCreditNote": "is_credit_note",
            "isPaid": "is_paid",
            "isSentToFactoring": "is_sent_to_factoring",
            "email": "email",
            "smsNumber": "sms_number",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 4 and _sparse_keys.issuperset(d):
                    o.invoice_id = o.charged_more_than_twice = o.last_reminder_due_date = o.last_reminder_type = (
                        o.last_charged_reminder_date
                    ) = o.last_notice_of_debt_collection_date = o.is_credit_note = o.is_paid = (
                        o.is_sent_to_factoring
                    ) = o.email = o.sms_number = o.address = o.debt_collector = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("invoiceId")
                if v is None:
                    o.invoice_id = u
                    if "invoiceId" not in d:
                        m += 1
                else:
                    o.invoice_id = v
                v = g("chargedMoreThanTwice")
                if v is None:
                    o.charged_more_than_twice = u
                    if "chargedMoreThanTwice" not in d:
                        m += 1
                else:
                    o.charged_more_than_twice = v
                v = g("lastReminderDueDate")
                if v is None:
                    o.last_reminder_due_date = u
                    if "lastReminderDueDate" not in d:
                        m += 1
                else:
                    o.last_reminder_due_date = v
                k = "lastReminderType"
                v = g("lastReminderType")
                if v is None:
                    o.last_reminder_type = u
                    if "lastReminderType" not in d:
                        m += 1
                else:
                    o.last_reminder_type = (
                        e_
                        if (e_ := _e_last_reminder_type.get(v)) is not None
                        else enum_value(InvoiceReminderDetailsLastReminderType, v)
                    )
                v = g("lastChargedReminderDate")
                if v is None:
                    o.last_charged_reminder_date = u
                    if "lastChargedReminderDate" not in d:
                        m += 1
                else:
                    o.last_charged_reminder_date = v
                v = g("lastNoticeOfDebtCollectionDate")
                if v is None:
                    o.last_notice_of_debt_collection_date = u
                    if "lastNoticeOfDebtCollectionDate" not in d:
                        m += 1
                else:
                    o.last_notice_of_debt_collection_date = v
                v = g("isCreditNote")
                if v is None:
                    o.is_credit_note = u
                    if "isCreditNote" not in d:
                        m += 1
                else:
                    o.is_credit_note = v
                v = g("isPaid")
                if v is None:
                    o.is_paid = u
                    if "isPaid" not in d:
                        m += 1
                else:
                    o.is_paid = v
                v = g("isSentToFactoring")
                if v is None:
                    o.is_sent_to_factoring = u
                    if "isSentToFactoring" not in d:
                        m += 1
                else:
                    o.is_sent_to_factoring = v
                v = g("email")
                if v is None:
                    o.email = u
                    if "email" not in d:
                        m += 1
                else:
                    o.email = v
                v = g("smsNumber")
                if v is None:
                    o.sms_number = u
                    if "smsNumber" not in d:
                        m += 1
                else:
                    o.sms_number = v
                k = "address"
                v = g("address")
                if v is None:
                    o.address = u
                    if "address" not in d:
                        m += 1
                else:
                    o.address = Address._tx_parse(v)
                k = "debtCollector"
                v = g("debtCollector")
                if v is None:
                    o.debt_collector = u
                    if "debtCollector" not in d:
                        m += 1
                else:
                    o.debt_collector = DebtCollector._tx_parse(v)
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 13 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("invoice_id", "invoiceId"),
            ("charged_more_than_twice", "chargedMoreThanTwice"),
            ("last_reminder_due_date", "lastReminderDueDate"),
            ("last_reminder_type", "lastReminderType"),
            ("last_charged_reminder_date", "lastChargedReminderDate"),
            ("last_notice_of_debt_collection_date", "lastNoticeOfDebtCollectionDate"),
            ("is_credit_note", "isCreditNote"),
            ("is_paid", "isPaid"),
            ("is_sent_to_factoring", "isSentToFactoring"),
            ("email", "email"),
            ("sms_number", "smsNumber"),
            ("address", "address"),
            ("debt_collector", "debtCollector"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.invoice_id
            o.invoice_id = u if v is None else v
            v = s.charged_more_than_twice
            o.charged_more_than_twice = u if v is None else v
            v = s.last_reminder_due_date
            o.last_reminder_due_date = u if v is None else v
            v = s.last_reminder_type
            o.last_reminder_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_last_reminder_type.get(v)) is not None
                else enum_value(InvoiceReminderDetailsLastReminderType, v)
            )
            v = s.last_charged_reminder_date
            o.last_charged_reminder_date = u if v is None else v
            v = s.last_notice_of_debt_collection_date
            o.last_notice_of_debt_collection_date = u if v is None else v
            v = s.is_credit_note
            o.is_credit_note = u if v is None else v
            v = s.is_paid
            o.is_paid = u if v is None else v
            v = s.is_sent_to_factoring
            o.is_sent_to_factoring = u if v is None else v
            v = s.email
            o.email = u if v is None else v
            v = s.sms_number
            o.sms_number = u if v is None else v
            v = s.address
            o.address = u if v is None or v is u else Address._tx_parse(v)
            v = s.debt_collector
            o.debt_collector = u if v is None or v is u else DebtCollector._tx_parse(v)
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
