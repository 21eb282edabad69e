from __future__ import annotations

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
)

T = TypeVar("T", bound="RegisterOtherPostingPaymentDTO")


@_attrs_define
class RegisterOtherPostingPaymentDTO(Model):
    """
    Attributes:
        posting_id (int | Unset):
        payment_date (str | Unset):
        payment_type_id (int | Unset):
        paid_amount (float | Unset):
        paid_amount_currency (float | Unset):
    """

    posting_id: int | Unset = UNSET
    payment_date: str | Unset = UNSET
    payment_type_id: int | Unset = UNSET
    paid_amount: float | Unset = UNSET
    paid_amount_currency: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.posting_id
        if _v is not UNSET:
            field_dict["postingId"] = _v
        _v = self.payment_date
        if _v is not UNSET:
            field_dict["paymentDate"] = _v
        _v = self.payment_type_id
        if _v is not UNSET:
            field_dict["paymentTypeId"] = _v
        _v = self.paid_amount
        if _v is not UNSET:
            field_dict["paidAmount"] = _v
        _v = self.paid_amount_currency
        if _v is not UNSET:
            field_dict["paidAmountCurrency"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A RegisterOtherPostingPaymentDTO from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``RegisterOtherPostingPaymentDTO.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "postingId",
                "paymentDate",
                "paymentTypeId",
                "paidAmount",
                "paidAmountCurrency",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("postingId")
                if v is None:
                    o.posting_id = u
                    if "postingId" not in d:
                        m += 1
                else:
                    o.posting_id = v
                v = g("paymentDate")
                if v is None:
                    o.payment_date = u
                    if "paymentDate" not in d:
                        m += 1
                else:
                    o.payment_date = v
                v = g("paymentTypeId")
                if v is None:
                    o.payment_type_id = u
                    if "paymentTypeId" not in d:
                        m += 1
                else:
                    o.payment_type_id = v
                v = g("paidAmount")
                if v is None:
                    o.paid_amount = u
                    if "paidAmount" not in d:
                        m += 1
                else:
                    o.paid_amount = v
                v = g("paidAmountCurrency")
                if v is None:
                    o.paid_amount_currency = u
                    if "paidAmountCurrency" not in d:
                        m += 1
                else:
                    o.paid_amount_currency = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 5 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("posting_id", "postingId"),
            ("payment_date", "paymentDate"),
            ("payment_type_id", "paymentTypeId"),
            ("paid_amount", "paidAmount"),
            ("paid_amount_currency", "paidAmountCurrency"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.posting_id
            o.posting_id = u if v is None else v
            v = s.payment_date
            o.payment_date = u if v is None else v
            v = s.payment_type_id
            o.payment_type_id = u if v is None else v
            v = s.paid_amount
            o.paid_amount = u if v is None else v
            v = s.paid_amount_currency
            o.paid_amount_currency = u if v is None else v
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
