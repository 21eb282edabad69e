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


T = TypeVar("T", bound="CurrencyPaymentsSum")


@_attrs_define
class CurrencyPaymentsSum(Model):
    """
    Attributes:
        currency (Currency | Unset):
        sum_ (float | Unset): Sum of the payments in currency
        exchange_rate (float | Unset): Exchange rate used for the sum
        display_exchange_rate (float | Unset): Display exchange rate used for the sum. Eg. EURNOK are displayed per 1
            (9.87), while SEKNOK per 100 (98,27)
        exchanged_amounts_sum (float | Unset): Sum of the amounts after exchange rate applied. Eg. if exchange rate is
            10, then 100 EUR will be 1000 NOK
        count (int | Unset): Count of the payments in currency
    """

    currency: Currency | Unset = UNSET
    sum_: float | Unset = UNSET
    exchange_rate: float | Unset = UNSET
    display_exchange_rate: float | Unset = UNSET
    exchanged_amounts_sum: float | Unset = UNSET
    count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.currency
        if _v is not UNSET:
            field_dict["currency"] = _v.to_dict()
        _v = self.sum_
        if _v is not UNSET and not _in_request:
            field_dict["sum"] = _v
        _v = self.exchange_rate
        if _v is not UNSET and not _in_request:
            field_dict["exchangeRate"] = _v
        _v = self.display_exchange_rate
        if _v is not UNSET and not _in_request:
            field_dict["displayExchangeRate"] = _v
        _v = self.exchanged_amounts_sum
        if _v is not UNSET and not _in_request:
            field_dict["exchangedAmountsSum"] = _v
        _v = self.count
        if _v is not UNSET and not _in_request:
            field_dict["count"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A CurrencyPaymentsSum from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``CurrencyPaymentsSum.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.currency import Currency  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "currency",
                "sum",
                "exchangeRate",
                "displayExchangeRate",
                "exchangedAmountsSum",
                "count",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "currency"
                v = g("currency")
                if v is None:
                    o.currency = u
                    if "currency" not in d:
                        m += 1
                else:
                    o.currency = Currency._tx_parse(v)
                v = g("sum")
                if v is None:
                    o.sum_ = u
                    if "sum" not in d:
                        m += 1
                else:
                    o.sum_ = v
                v = g("exchangeRate")
                if v is None:
                    o.exchange_rate = u
                    if "exchangeRate" not in d:
                        m += 1
                else:
                    o.exchange_rate = v
                v = g("displayExchangeRate")
                if v is None:
                    o.display_exchange_rate = u
                    if "displayExchangeRate" not in d:
                        m += 1
                else:
                    o.display_exchange_rate = v
                v = g("exchangedAmountsSum")
                if v is None:
                    o.exchanged_amounts_sum = u
                    if "exchangedAmountsSum" not in d:
                        m += 1
                else:
                    o.exchanged_amounts_sum = v
                v = g("count")
                if v is None:
                    o.count = u
                    if "count" not in d:
                        m += 1
                else:
                    o.count = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 6 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("currency", "currency"),
            ("sum_", "sum"),
            ("exchange_rate", "exchangeRate"),
            ("display_exchange_rate", "displayExchangeRate"),
            ("exchanged_amounts_sum", "exchangedAmountsSum"),
            ("count", "count"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.currency
            o.currency = u if v is None or v is u else Currency._tx_parse(v)
            v = s.sum_
            o.sum_ = u if v is None else v
            v = s.exchange_rate
            o.exchange_rate = u if v is None else v
            v = s.display_exchange_rate
            o.display_exchange_rate = u if v is None else v
            v = s.exchanged_amounts_sum
            o.exchanged_amounts_sum = u if v is None else v
            v = s.count
            o.count = u if v is None else v
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
