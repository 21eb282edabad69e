from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.currency_with_rates_source import CurrencyWithRatesSource
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    parse_error,
    parse_model,
)

if TYPE_CHECKING:
    from ..models.currency import Currency


T = TypeVar("T", bound="CurrencyWithRates")


@_attrs_define
class CurrencyWithRates(Model):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.target_currency_id
        if _v is not UNSET:
            field_dict["targetCurrencyId"] = _v
        _v = self.code
        if _v is not UNSET:
            field_dict["code"] = _v
        _v = self.description
        if _v is not UNSET:
            field_dict["description"] = _v
        _v = self.factor
        if _v is not UNSET:
            field_dict["factor"] = _v
        _v = self.is_disabled
        if _v is not UNSET:
            field_dict["isDisabled"] = _v
        _v = self.source_currency
        if _v is not UNSET:
            field_dict["sourceCurrency"] = _v.to_dict()
        _v = self.date
        if _v is not UNSET:
            field_dict["date"] = _v
        _v = self.rate
        if _v is not UNSET:
            field_dict["rate"] = _v
        _v = self.source
        if _v is not UNSET:
            field_dict["source"] = _v._value_
        _v = self.display_name
        if _v is not UNSET:
            field_dict["displayName"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A CurrencyWithRates from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``CurrencyWithRates.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.currency import Currency  # noqa: PLC0415

        _new = object.__new__
        _e_source: dict[Any, Any] = enum_members(CurrencyWithRatesSource)
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "targetCurrencyId": "target_currency_id",
            "code": "code",
            "description": "description",
            "factor": "factor",
            "isDisabled": "is_disabled",
            "date": "date",
            "rate": "rate",
            "displayName": "display_name",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.target_currency_id = o.code = o.description = o.factor = o.is_disabled = o.source_currency = (
                        o.date
                    ) = o.rate = o.source = o.display_name = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("targetCurrencyId")
                if v is None:
                    o.target_currency_id = u
                    if "targetCurrencyId" not in d:
                        m += 1
                else:
                    o.target_currency_id = v
                v = g("code")
                if v is None:
                    o.code = u
                    if "code" not in d:
                        m += 1
                else:
                    o.code = v
                v = g("description")
                if v is None:
                    o.description = u
                    if "description" not in d:
                        m += 1
                else:
                    o.description = v
                v = g("factor")
                if v is None:
                    o.factor = u
                    if "factor" not in d:
                        m += 1
                else:
                    o.factor = v
                v = g("isDisabled")
                if v is None:
                    o.is_disabled = u
                    if "isDisabled" not in d:
                        m += 1
                else:
                    o.is_disabled = v
                k = "sourceCurrency"
                v = g("sourceCurrency")
                if v is None:
                    o.source_currency = u
                    if "sourceCurrency" not in d:
                        m += 1
                else:
                    o.source_currency = Currency._tx_parse(v)
                v = g("date")
                if v is None:
                    o.date = u
                    if "date" not in d:
                        m += 1
                else:
                    o.date = v
                v = g("rate")
                if v is None:
                    o.rate = u
                    if "rate" not in d:
                        m += 1
                else:
                    o.rate = v
                k = "source"
                v = g("source")
                if v is None:
                    o.source = u
                    if "source" not in d:
                        m += 1
                else:
                    o.source = e_ if (e_ := _e_source.get(v)) is not None else enum_value(CurrencyWithRatesSource, v)
                v = g("displayName")
                if v is None:
                    o.display_name = u
                    if "displayName" not in d:
                        m += 1
                else:
                    o.display_name = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 10 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("target_currency_id", "targetCurrencyId"),
            ("code", "code"),
            ("description", "description"),
            ("factor", "factor"),
            ("is_disabled", "isDisabled"),
            ("source_currency", "sourceCurrency"),
            ("date", "date"),
            ("rate", "rate"),
            ("source", "source"),
            ("display_name", "displayName"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.target_currency_id
            o.target_currency_id = u if v is None else v
            v = s.code
            o.code = u if v is None else v
            v = s.description
            o.description = u if v is None else v
            v = s.factor
            o.factor = u if v is None else v
            v = s.is_disabled
            o.is_disabled = u if v is None else v
            v = s.source_currency
            o.source_currency = u if v is None or v is u else Currency._tx_parse(v)
            v = s.date
            o.date = u if v is None else v
            v = s.rate
            o.rate = u if v is None else v
            v = s.source
            o.source = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_source.get(v)) is not None
                else enum_value(CurrencyWithRatesSource, v)
            )
            v = s.display_name
            o.display_name = u if v is None else v
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
