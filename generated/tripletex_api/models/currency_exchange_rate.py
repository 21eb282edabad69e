from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.currency_exchange_rate_source import CurrencyExchangeRateSource
from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.change import Change
    from ..models.currency import Currency


T = TypeVar("T", bound="CurrencyExchangeRate")


@_attrs_define
class CurrencyExchangeRate:
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        target_currency (Currency | Unset):
        source_currency (Currency | Unset):
        rate (float | Unset):
        source (CurrencyExchangeRateSource | Unset): Source of exchange rates, i.e Norges Bank
        date (str | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    target_currency: Currency | Unset = UNSET
    source_currency: Currency | Unset = UNSET
    rate: float | Unset = UNSET
    source: CurrencyExchangeRateSource | Unset = UNSET
    date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        id = self.id

        version = self.version

        changes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.changes, Unset):
            changes = []
            for changes_item_data in self.changes:
                changes_item = changes_item_data.to_dict()
                changes.append(changes_item)

        url = self.url

        target_currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.target_currency, Unset):
            target_currency = self.target_currency.to_dict()

        source_currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source_currency, Unset):
            source_currency = self.source_currency.to_dict()

        rate = self.rate

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.value

        date = self.date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if version is not UNSET:
            field_dict["version"] = version
        if changes is not UNSET and not _in_request:
            field_dict["changes"] = changes
        if url is not UNSET and not _in_request:
            field_dict["url"] = url
        if target_currency is not UNSET:
            field_dict["targetCurrency"] = target_currency
        if source_currency is not UNSET:
            field_dict["sourceCurrency"] = source_currency
        if rate is not UNSET:
            field_dict["rate"] = rate
        if source is not UNSET:
            field_dict["source"] = source
        if date is not UNSET:
            field_dict["date"] = date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.currency import Currency  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        id = d.pop("id", UNSET)

        version = d.pop("version", UNSET)

        _changes = d.pop("changes", UNSET)
        changes: list[Change] | Unset = UNSET
        if _changes is not UNSET:
            changes = []
            for changes_item_data in _changes:
                if changes_item_data is None:
                    continue
                changes_item = Change.from_dict(changes_item_data)

                changes.append(changes_item)

        url = d.pop("url", UNSET)

        _target_currency = d.pop("targetCurrency", UNSET)
        target_currency: Currency | Unset
        if isinstance(_target_currency, Unset):
            target_currency = UNSET
        else:
            target_currency = Currency.from_dict(_target_currency)

        _source_currency = d.pop("sourceCurrency", UNSET)
        source_currency: Currency | Unset
        if isinstance(_source_currency, Unset):
            source_currency = UNSET
        else:
            source_currency = Currency.from_dict(_source_currency)

        rate = d.pop("rate", UNSET)

        _source = d.pop("source", UNSET)
        source: CurrencyExchangeRateSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = CurrencyExchangeRateSource(_source)

        date = d.pop("date", UNSET)

        _obj = cls(
            id=id,
            version=version,
            changes=changes,
            url=url,
            target_currency=target_currency,
            source_currency=source_currency,
            rate=rate,
            source=source,
            date=date,
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
