from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.currency_exchange_rate_source import CurrencyExchangeRateSource
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
    from ..models.change import Change
    from ..models.currency import Currency


T = TypeVar("T", bound="CurrencyExchangeRate")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("targetCurrency", dict, False),
    ("sourceCurrency", dict, False),
    ("source", str, False),
)


@_attrs_define(on_setattr=mark_assigned)
class CurrencyExchangeRate(LazyModel):
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
        self._tx_load()
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
        """A CurrencyExchangeRate from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.currency import Currency  # noqa: PLC0415

        def _p_changes(_tx_v: Any) -> list[Change] | Unset:
            _changes = _tx_v
            changes: list[Change] | Unset = UNSET
            if _changes is not UNSET:
                changes = []
                for changes_item_data in _changes:
                    if changes_item_data is None:
                        continue
                    changes_item = Change._tx_from_json(changes_item_data)

                    changes.append(changes_item)

            return changes

        def _p_target_currency(_tx_v: Any) -> Currency | Unset:
            _target_currency = _tx_v
            target_currency: Currency | Unset
            if isinstance(_target_currency, Unset):
                target_currency = UNSET
            else:
                target_currency = Currency._tx_from_json(_target_currency)

            return target_currency

        def _p_source_currency(_tx_v: Any) -> Currency | Unset:
            _source_currency = _tx_v
            source_currency: Currency | Unset
            if isinstance(_source_currency, Unset):
                source_currency = UNSET
            else:
                source_currency = Currency._tx_from_json(_source_currency)

            return source_currency

        def _p_source(_tx_v: Any) -> CurrencyExchangeRateSource | Unset:
            _source = _tx_v
            source: CurrencyExchangeRateSource | Unset
            if isinstance(_source, Unset):
                source = UNSET
            else:
                source = CurrencyExchangeRateSource(_source)

            return source

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "targetCurrency",
                "sourceCurrency",
                "rate",
                "source",
                "date",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "target_currency": ("targetCurrency", _p_target_currency),
            "source_currency": ("sourceCurrency", _p_source_currency),
            "rate": ("rate", None),
            "source": ("source", _p_source),
            "date": ("date", None),
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
