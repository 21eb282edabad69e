from __future__ import annotations

import datetime
from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

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

T = TypeVar("T", bound="AmeldingPeriodicPayment")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("startDate", str, False),
    ("endDate", str, False),
    ("paymentDate", str, False),
)


@_attrs_define(on_setattr=mark_assigned)
class AmeldingPeriodicPayment(LazyModel):
    """Amount of payments

    Attributes:
        start_date (datetime.date | Unset): [read-only] Start date of the payment period
        end_date (datetime.date | Unset): [read-only] End date exclusive of the payment period
        ledger_sum (float | Unset): [read-only] Ledger sum of the payment
        amelding_sum (float | Unset): [read-only] Amelding sum of the payment
        paid_amount (float | Unset): [read-only] Paid amount of the payment
        payment_date (datetime.date | Unset): [read-only] Payment date
        uri (str | Unset): [read-only] URI of the payment resource
        rest_amount (float | Unset): [read-only] Rest amount of the payment
    """

    start_date: datetime.date | Unset = UNSET
    end_date: datetime.date | Unset = UNSET
    ledger_sum: float | Unset = UNSET
    amelding_sum: float | Unset = UNSET
    paid_amount: float | Unset = UNSET
    payment_date: datetime.date | Unset = UNSET
    uri: str | Unset = UNSET
    rest_amount: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()

        end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.isoformat()

        ledger_sum = self.ledger_sum

        amelding_sum = self.amelding_sum

        paid_amount = self.paid_amount

        payment_date: str | Unset = UNSET
        if not isinstance(self.payment_date, Unset):
            payment_date = self.payment_date.isoformat()

        uri = self.uri

        rest_amount = self.rest_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start_date is not UNSET and not _in_request:
            field_dict["startDate"] = start_date
        if end_date is not UNSET and not _in_request:
            field_dict["endDate"] = end_date
        if ledger_sum is not UNSET and not _in_request:
            field_dict["ledgerSum"] = ledger_sum
        if amelding_sum is not UNSET and not _in_request:
            field_dict["ameldingSum"] = amelding_sum
        if paid_amount is not UNSET and not _in_request:
            field_dict["paidAmount"] = paid_amount
        if payment_date is not UNSET and not _in_request:
            field_dict["paymentDate"] = payment_date
        if uri is not UNSET and not _in_request:
            field_dict["uri"] = uri
        if rest_amount is not UNSET and not _in_request:
            field_dict["restAmount"] = rest_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A AmeldingPeriodicPayment from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_start_date(_tx_v: Any) -> datetime.date | Unset:
            _start_date = _tx_v
            start_date: datetime.date | Unset
            if isinstance(_start_date, Unset):
                start_date = UNSET
            else:
                start_date = datetime.date.fromisoformat(_start_date)

            return start_date

        def _p_end_date(_tx_v: Any) -> datetime.date | Unset:
            _end_date = _tx_v
            end_date: datetime.date | Unset
            if isinstance(_end_date, Unset):
                end_date = UNSET
            else:
                end_date = datetime.date.fromisoformat(_end_date)

            return end_date

        def _p_payment_date(_tx_v: Any) -> datetime.date | Unset:
            _payment_date = _tx_v
            payment_date: datetime.date | Unset
            if isinstance(_payment_date, Unset):
                payment_date = UNSET
            else:
                payment_date = datetime.date.fromisoformat(_payment_date)

            return payment_date

        _tx_known: frozenset[str] = frozenset(
            (
                "startDate",
                "endDate",
                "ledgerSum",
                "ameldingSum",
                "paidAmount",
                "paymentDate",
                "uri",
                "restAmount",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "start_date": ("startDate", _p_start_date),
            "end_date": ("endDate", _p_end_date),
            "ledger_sum": ("ledgerSum", None),
            "amelding_sum": ("ameldingSum", None),
            "paid_amount": ("paidAmount", None),
            "payment_date": ("paymentDate", _p_payment_date),
            "uri": ("uri", None),
            "rest_amount": ("restAmount", None),
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
