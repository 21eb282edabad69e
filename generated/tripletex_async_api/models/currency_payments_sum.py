from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

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

if TYPE_CHECKING:
    from ..models.currency import Currency


T = TypeVar("T", bound="CurrencyPaymentsSum")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("currency", dict, False),)


@_attrs_define(on_setattr=mark_assigned)
class CurrencyPaymentsSum(LazyModel):
    """
    Attributes:
        currency (Currency | Unset):
        sum_ (float | Unset): [read-only] Sum of the payments in currency
        exchange_rate (float | Unset): [read-only] Exchange rate used for the sum
        display_exchange_rate (float | Unset): [read-only] Display exchange rate used for the sum. Eg. EURNOK are
            displayed per 1 (9.87), while SEKNOK per 100 (98,27)
        exchanged_amounts_sum (float | Unset): [read-only] Sum of the amounts after exchange rate applied. Eg. if
            exchange rate is 10, then 100 EUR will be 1000 NOK
        count (int | Unset): [read-only] Count of the payments in currency
    """

    currency: Currency | Unset = UNSET
    sum_: float | Unset = UNSET
    exchange_rate: float | Unset = UNSET
    display_exchange_rate: float | Unset = UNSET
    exchanged_amounts_sum: float | Unset = UNSET
    count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        sum_ = self.sum_

        exchange_rate = self.exchange_rate

        display_exchange_rate = self.display_exchange_rate

        exchanged_amounts_sum = self.exchanged_amounts_sum

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if currency is not UNSET:
            field_dict["currency"] = currency
        if sum_ is not UNSET and not _in_request:
            field_dict["sum"] = sum_
        if exchange_rate is not UNSET and not _in_request:
            field_dict["exchangeRate"] = exchange_rate
        if display_exchange_rate is not UNSET and not _in_request:
            field_dict["displayExchangeRate"] = display_exchange_rate
        if exchanged_amounts_sum is not UNSET and not _in_request:
            field_dict["exchangedAmountsSum"] = exchanged_amounts_sum
        if count is not UNSET and not _in_request:
            field_dict["count"] = count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A CurrencyPaymentsSum from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.currency import Currency  # noqa: PLC0415

        def _p_currency(_tx_v: Any) -> Currency | Unset:
            _currency = _tx_v
            currency: Currency | Unset
            if isinstance(_currency, Unset):
                currency = UNSET
            else:
                currency = Currency._tx_from_json(_currency)

            return currency

        _tx_known: frozenset[str] = frozenset(
            (
                "currency",
                "sum",
                "exchangeRate",
                "displayExchangeRate",
                "exchangedAmountsSum",
                "count",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "currency": ("currency", _p_currency),
            "sum_": ("sum", None),
            "exchange_rate": ("exchangeRate", None),
            "display_exchange_rate": ("displayExchangeRate", None),
            "exchanged_amounts_sum": ("exchangedAmountsSum", None),
            "count": ("count", None),
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
