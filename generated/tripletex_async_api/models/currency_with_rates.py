from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.currency_with_rates_source import CurrencyWithRatesSource
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


T = TypeVar("T", bound="CurrencyWithRates")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("sourceCurrency", dict, False),
    ("source", str, False),
)


@_attrs_define(on_setattr=mark_assigned)
class CurrencyWithRates(LazyModel):
    """
    Attributes:
        target_currency_id (int | Unset):
        code (str | Unset):
        description (str | Unset):
        factor (int | Unset):
        is_disabled (bool | Unset):
        source_currency (Currency | Unset):
        date (str | Unset):
        rate (float | Unset):
        source (CurrencyWithRatesSource | Unset): Source of exchange rates, i.e Norges Bank
        display_name (str | Unset):
    """

    target_currency_id: int | Unset = UNSET
    code: str | Unset = UNSET
    description: str | Unset = UNSET
    factor: int | Unset = UNSET
    is_disabled: bool | Unset = UNSET
    source_currency: Currency | Unset = UNSET
    date: str | Unset = UNSET
    rate: float | Unset = UNSET
    source: CurrencyWithRatesSource | Unset = UNSET
    display_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        target_currency_id = self.target_currency_id

        code = self.code

        description = self.description

        factor = self.factor

        is_disabled = self.is_disabled

        source_currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source_currency, Unset):
            source_currency = self.source_currency.to_dict()

        date = self.date

        rate = self.rate

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.value

        display_name = self.display_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if target_currency_id is not UNSET:
            field_dict["targetCurrencyId"] = target_currency_id
        if code is not UNSET:
            field_dict["code"] = code
        if description is not UNSET:
            field_dict["description"] = description
        if factor is not UNSET:
            field_dict["factor"] = factor
        if is_disabled is not UNSET:
            field_dict["isDisabled"] = is_disabled
        if source_currency is not UNSET:
            field_dict["sourceCurrency"] = source_currency
        if date is not UNSET:
            field_dict["date"] = date
        if rate is not UNSET:
            field_dict["rate"] = rate
        if source is not UNSET:
            field_dict["source"] = source
        if display_name is not UNSET:
            field_dict["displayName"] = display_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A CurrencyWithRates from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.currency import Currency  # noqa: PLC0415

        def _p_source_currency(_tx_v: Any) -> Currency | Unset:
            _source_currency = _tx_v
            source_currency: Currency | Unset
            if isinstance(_source_currency, Unset):
                source_currency = UNSET
            else:
                source_currency = Currency._tx_from_json(_source_currency)

            return source_currency

        def _p_source(_tx_v: Any) -> CurrencyWithRatesSource | Unset:
            _source = _tx_v
            source: CurrencyWithRatesSource | Unset
            if isinstance(_source, Unset):
                source = UNSET
            else:
                source = CurrencyWithRatesSource(_source)

            return source

        _tx_known: frozenset[str] = frozenset(
            (
                "targetCurrencyId",
                "code",
                "description",
                "factor",
                "isDisabled",
                "sourceCurrency",
                "date",
                "rate",
                "source",
                "displayName",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "target_currency_id": ("targetCurrencyId", None),
            "code": ("code", None),
            "description": ("description", None),
            "factor": ("factor", None),
            "is_disabled": ("isDisabled", None),
            "source_currency": ("sourceCurrency", _p_source_currency),
            "date": ("date", None),
            "rate": ("rate", None),
            "source": ("source", _p_source),
            "display_name": ("displayName", None),
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
