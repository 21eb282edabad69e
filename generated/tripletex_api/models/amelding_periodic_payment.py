from __future__ import annotations

import datetime
from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="AmeldingPeriodicPayment")


@_attrs_define
class AmeldingPeriodicPayment:
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
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _start_date = d.pop("startDate", UNSET)
        start_date: datetime.date | Unset
        if isinstance(_start_date, Unset):
            start_date = UNSET
        else:
            start_date = datetime.date.fromisoformat(_start_date)

        _end_date = d.pop("endDate", UNSET)
        end_date: datetime.date | Unset
        if isinstance(_end_date, Unset):
            end_date = UNSET
        else:
            end_date = datetime.date.fromisoformat(_end_date)

        ledger_sum = d.pop("ledgerSum", UNSET)

        amelding_sum = d.pop("ameldingSum", UNSET)

        paid_amount = d.pop("paidAmount", UNSET)

        _payment_date = d.pop("paymentDate", UNSET)
        payment_date: datetime.date | Unset
        if isinstance(_payment_date, Unset):
            payment_date = UNSET
        else:
            payment_date = datetime.date.fromisoformat(_payment_date)

        uri = d.pop("uri", UNSET)

        rest_amount = d.pop("restAmount", UNSET)

        _obj = cls(
            start_date=start_date,
            end_date=end_date,
            ledger_sum=ledger_sum,
            amelding_sum=amelding_sum,
            paid_amount=paid_amount,
            payment_date=payment_date,
            uri=uri,
            rest_amount=rest_amount,
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
