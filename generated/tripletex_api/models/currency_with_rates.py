from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.currency_with_rates_source import CurrencyWithRatesSource
from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.currency import Currency


T = TypeVar("T", bound="CurrencyWithRates")


@_attrs_define
class CurrencyWithRates:
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
        from ..models.currency import Currency  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        target_currency_id = d.pop("targetCurrencyId", UNSET)

        code = d.pop("code", UNSET)

        description = d.pop("description", UNSET)

        factor = d.pop("factor", UNSET)

        is_disabled = d.pop("isDisabled", UNSET)

        _source_currency = d.pop("sourceCurrency", UNSET)
        source_currency: Currency | Unset
        if isinstance(_source_currency, Unset):
            source_currency = UNSET
        else:
            source_currency = Currency.from_dict(_source_currency)

        date = d.pop("date", UNSET)

        rate = d.pop("rate", UNSET)

        _source = d.pop("source", UNSET)
        source: CurrencyWithRatesSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = CurrencyWithRatesSource(_source)

        display_name = d.pop("displayName", UNSET)

        _obj = cls(
            target_currency_id=target_currency_id,
            code=code,
            description=description,
            factor=factor,
            is_disabled=is_disabled,
            source_currency=source_currency,
            date=date,
            rate=rate,
            source=source,
            display_name=display_name,
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
