from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_reminder_details_last_reminder_type import InvoiceReminderDetailsLastReminderType
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
    from ..models.address import Address
    from ..models.debt_collector import DebtCollector


T = TypeVar("T", bound="InvoiceReminderDetails")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("lastReminderType", str, False),
    ("address", dict, False),
    ("debtCollector", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class InvoiceReminderDetails(LazyModel):
    """
    Attributes:
        invoice_id (int | Unset): [read-only]
        charged_more_than_twice (bool | Unset): [read-only]
        last_reminder_due_date (str | Unset): [read-only]
        last_reminder_type (InvoiceReminderDetailsLastReminderType | Unset): [read-only]
        last_charged_reminder_date (str | Unset): [read-only]
        last_notice_of_debt_collection_date (str | Unset): [read-only]
        is_credit_note (bool | Unset): [read-only]
        is_paid (bool | Unset): [read-only]
        is_sent_to_factoring (bool | Unset): [read-only]
        email (str | Unset): [read-only]
        sms_number (str | Unset): [read-only]
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
        self._tx_load()
        _in_request = serializing_request_body()
        invoice_id = self.invoice_id

        charged_more_than_twice = self.charged_more_than_twice

        last_reminder_due_date = self.last_reminder_due_date

        last_reminder_type: str | Unset = UNSET
        if not isinstance(self.last_reminder_type, Unset):
            last_reminder_type = self.last_reminder_type.value

        last_charged_reminder_date = self.last_charged_reminder_date

        last_notice_of_debt_collection_date = self.last_notice_of_debt_collection_date

        is_credit_note = self.is_credit_note

        is_paid = self.is_paid

        is_sent_to_factoring = self.is_sent_to_factoring

        email = self.email

        sms_number = self.sms_number

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        debt_collector: dict[str, Any] | Unset = UNSET
        if not isinstance(self.debt_collector, Unset):
            debt_collector = self.debt_collector.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if invoice_id is not UNSET and not _in_request:
            field_dict["invoiceId"] = invoice_id
        if charged_more_than_twice is not UNSET and not _in_request:
            field_dict["chargedMoreThanTwice"] = charged_more_than_twice
        if last_reminder_due_date is not UNSET and not _in_request:
            field_dict["lastReminderDueDate"] = last_reminder_due_date
        if last_reminder_type is not UNSET and not _in_request:
            field_dict["lastReminderType"] = last_reminder_type
        if last_charged_reminder_date is not UNSET and not _in_request:
            field_dict["lastChargedReminderDate"] = last_charged_reminder_date
        if last_notice_of_debt_collection_date is not UNSET and not _in_request:
            field_dict["lastNoticeOfDebtCollectionDate"] = last_notice_of_debt_collection_date
        if is_credit_note is not UNSET and not _in_request:
            field_dict["isCreditNote"] = is_credit_note
        if is_paid is not UNSET and not _in_request:
            field_dict["isPaid"] = is_paid
        if is_sent_to_factoring is not UNSET and not _in_request:
            field_dict["isSentToFactoring"] = is_sent_to_factoring
        if email is not UNSET and not _in_request:
            field_dict["email"] = email
        if sms_number is not UNSET and not _in_request:
            field_dict["smsNumber"] = sms_number
        if address is not UNSET:
            field_dict["address"] = address
        if debt_collector is not UNSET:
            field_dict["debtCollector"] = debt_collector

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A InvoiceReminderDetails from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.address import Address  # noqa: PLC0415
        from ..models.debt_collector import DebtCollector  # noqa: PLC0415

        def _p_last_reminder_type(_tx_v: Any) -> InvoiceReminderDetailsLastReminderType | Unset:
            _last_reminder_type = _tx_v
            last_reminder_type: InvoiceReminderDetailsLastReminderType | Unset
            if isinstance(_last_reminder_type, Unset):
                last_reminder_type = UNSET
            else:
                last_reminder_type = InvoiceReminderDetailsLastReminderType(_last_reminder_type)

            return last_reminder_type

        def _p_address(_tx_v: Any) -> Address | Unset:
            _address = _tx_v
            address: Address | Unset
            if isinstance(_address, Unset):
                address = UNSET
            else:
                address = Address._tx_from_json(_address)

            return address

        def _p_debt_collector(_tx_v: Any) -> DebtCollector | Unset:
            _debt_collector = _tx_v
            debt_collector: DebtCollector | Unset
            if isinstance(_debt_collector, Unset):
                debt_collector = UNSET
            else:
                debt_collector = DebtCollector._tx_from_json(_debt_collector)

            return debt_collector

        _tx_known: frozenset[str] = frozenset(
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

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "invoice_id": ("invoiceId", None),
            "charged_more_than_twice": ("chargedMoreThanTwice", None),
            "last_reminder_due_date": ("lastReminderDueDate", None),
            "last_reminder_type": ("lastReminderType", _p_last_reminder_type),
            "last_charged_reminder_date": ("lastChargedReminderDate", None),
            "last_notice_of_debt_collection_date": ("lastNoticeOfDebtCollectionDate", None),
            "is_credit_note": ("isCreditNote", None),
            "is_paid": ("isPaid", None),
            "is_sent_to_factoring": ("isSentToFactoring", None),
            "email": ("email", None),
            "sms_number": ("smsNumber", None),
            "address": ("address", _p_address),
            "debt_collector": ("debtCollector", _p_debt_collector),
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
