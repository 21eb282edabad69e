from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

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

if TYPE_CHECKING:
    from ..models.currency import Currency


T = TypeVar("T", bound="PaymentCardInfoDetails")


@_attrs_define
class PaymentCardInfoDetails(Model):
    """Amount of payments for approval

    Attributes:
        amount (float | Unset):
        currency (Currency | Unset):
        number_of_payments (int | Unset):
    """

    amount: float | Unset = UNSET
    currency: Currency | Unset = UNSET
    number_of_payments: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.amount
        if _v is not UNSET and not _in_request:
            field_dict["amount"] = _v
        _v = self.currency
        if _v is not UNSET:
            field_dict["currency"] = _v.to_dict()
        _v = self.number_of_payments
        if _v is not UNSET and not _in_request:
            field_dict["numberOfPayments"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A PaymentCardInfoDetails from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``PaymentCardInfoDetails.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.currency import Currency  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "amount",
                "currency",
                "numberOfPayments",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("amount")
                if v is None:
                    o.amount = u
                    if "amount" not in d:
                        m += 1
                else:
                    o.amount = v
                k = "currency"
                v = g("currency")
                if v is None:
                    o.currency = u
                    if "currency" not in d:
                        m += 1
                else:
                    o.currency = Currency._tx_parse(v)
                v = g("numberOfPayments")
                if v is None:
                    o.number_of_payments = u
                    if "numberOfPayments" not in d:
                        m += 1
                else:
                    o.number_of_payments = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 3 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("amount", "amount"),
            ("currency", "currency"),
            ("number_of_payments", "numberOfPayments"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.amount
            o.amount = u if v is None else v
            v = s.currency
            o.currency = u if v is None or v is u else Currency._tx_parse(v)
            v = s.number_of_payments
            o.number_of_payments = u if v is None else v
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
