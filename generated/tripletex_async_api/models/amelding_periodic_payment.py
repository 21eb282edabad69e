from __future__ import annotations

import datetime
from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    parse_error,
    parse_model,
    serializing_request_body,
)

T = TypeVar("T", bound="AmeldingPeriodicPayment")


@_attrs_define
class AmeldingPeriodicPayment(Model):
    """Amount of payments

    Attributes:
        start_date (datetime.date | Unset): Start date of the payment period
        end_date (datetime.date | Unset): End date exclusive of the payment period
        ledger_sum (float | Unset): Ledger sum of the payment
        amelding_sum (float | Unset): Amelding sum of the payment
        paid_amount (float | Unset): Paid amount of the payment
        payment_date (datetime.date | Unset): Payment date
        uri (str | Unset): URI of the payment resource
        rest_amount (float | Unset): Rest amount of the payment
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()
        if start_date is not UNSET and not _in_request:
            field_dict["startDate"] = start_date
        end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.isoformat()
        if end_date is not UNSET and not _in_request:
            field_dict["endDate"] = end_date
        _v = self.ledger_sum
        if _v is not UNSET and not _in_request:
            field_dict["ledgerSum"] = _v
        _v = self.amelding_sum
        if _v is not UNSET and not _in_request:
            field_dict["ameldingSum"] = _v
        _v = self.paid_amount
        if _v is not UNSET and not _in_request:
            field_dict["paidAmount"] = _v
        payment_date: str | Unset = UNSET
        if not isinstance(self.payment_date, Unset):
            payment_date = self.payment_date.isoformat()
        if payment_date is not UNSET and not _in_request:
            field_dict["paymentDate"] = payment_date
        _v = self.uri
        if _v is not UNSET and not _in_request:
            field_dict["uri"] = _v
        _v = self.rest_amount
        if _v is not UNSET and not _in_request:
            field_dict["restAmount"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A AmeldingPeriodicPayment from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``AmeldingPeriodicPayment.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__

        def _c_start_date(_tx_v: Any) -> Any:
            _start_date = _tx_v
            start_date: datetime.date | Unset
            if isinstance(_start_date, Unset):
                start_date = UNSET
            else:
                start_date = datetime.date.fromisoformat(_start_date)

            return start_date

        def _c_end_date(_tx_v: Any) -> Any:
            _end_date = _tx_v
            end_date: datetime.date | Unset
            if isinstance(_end_date, Unset):
                end_date = UNSET
            else:
                end_date = datetime.date.fromisoformat(_end_date)

            return end_date

        def _c_payment_date(_tx_v: Any) -> Any:
            _payment_date = _tx_v
            payment_date: datetime.date | Unset
            if isinstance(_payment_date, Unset):
                payment_date = UNSET
            else:
                payment_date = datetime.date.fromisoformat(_payment_date)

            return payment_date

        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "ledgerSum": "ledger_sum",
            "ameldingSum": "amelding_sum",
            "paidAmount": "paid_amount",
            "uri": "uri",
            "restAmount": "rest_amount",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.start_date = o.end_date = o.ledger_sum = o.amelding_sum = o.paid_amount = o.payment_date = (
                        o.uri
                    ) = o.rest_amount = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "startDate"
                v = g("startDate")
                if v is None:
                    o.start_date = u
                    if "startDate" not in d:
                        m += 1
                else:
                    o.start_date = _c_start_date(v)
                k = "endDate"
                v = g("endDate")
                if v is None:
                    o.end_date = u
                    if "endDate" not in d:
                        m += 1
                else:
                    o.end_date = _c_end_date(v)
                v = g("ledgerSum")
                if v is None:
                    o.ledger_sum = u
                    if "ledgerSum" not in d:
                        m += 1
                else:
                    o.ledger_sum = v
                v = g("ameldingSum")
                if v is None:
                    o.amelding_sum = u
                    if "ameldingSum" not in d:
                        m += 1
                else:
                    o.amelding_sum = v
                v = g("paidAmount")
                if v is None:
                    o.paid_amount = u
                    if "paidAmount" not in d:
                        m += 1
                else:
                    o.paid_amount = v
                k = "paymentDate"
                v = g("paymentDate")
                if v is None:
                    o.payment_date = u
                    if "paymentDate" not in d:
                        m += 1
                else:
                    o.payment_date = _c_payment_date(v)
                v = g("uri")
                if v is None:
                    o.uri = u
                    if "uri" not in d:
                        m += 1
                else:
                    o.uri = v
                v = g("restAmount")
                if v is None:
                    o.rest_amount = u
                    if "restAmount" not in d:
                        m += 1
                else:
                    o.rest_amount = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 8 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("start_date", "startDate"),
            ("end_date", "endDate"),
            ("ledger_sum", "ledgerSum"),
            ("amelding_sum", "ameldingSum"),
            ("paid_amount", "paidAmount"),
            ("payment_date", "paymentDate"),
            ("uri", "uri"),
            ("rest_amount", "restAmount"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.start_date
            o.start_date = u if v is None or v is u else _c_start_date(v)
            v = s.end_date
            o.end_date = u if v is None or v is u else _c_end_date(v)
            v = s.ledger_sum
            o.ledger_sum = u if v is None else v
            v = s.amelding_sum
            o.amelding_sum = u if v is None else v
            v = s.paid_amount
            o.paid_amount = u if v is None else v
            v = s.payment_date
            o.payment_date = u if v is None or v is u else _c_payment_date(v)
            v = s.uri
            o.uri = u if v is None else v
            v = s.rest_amount
            o.rest_amount = u if v is None else v
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
