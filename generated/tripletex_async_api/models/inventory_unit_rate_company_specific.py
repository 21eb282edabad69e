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
    from ..models.account import Account
    from ..models.product_unit import ProductUnit


T = TypeVar("T", bound="InventoryUnitRateCompanySpecific")


@_attrs_define
class InventoryUnitRateCompanySpecific(Model):
    """unit rate

    Attributes:
        year (int | Unset): Year
        account (Account | Unset):
        rate (float | Unset): Rate
        standard_rate (float | Unset): Standard rate from Skatteetaten's takseringsregler
        product_unit (ProductUnit | Unset): The quantity type 2 that has been associated to this account
    """

    year: int | Unset = UNSET
    account: Account | Unset = UNSET
    rate: float | Unset = UNSET
    standard_rate: float | Unset = UNSET
    product_unit: ProductUnit | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.year
        if _v is not UNSET and not _in_request:
            field_dict["year"] = _v
        _v = self.account
        if _v is not UNSET:
            field_dict["account"] = _v.to_dict()
        _v = self.rate
        if _v is not UNSET:
            field_dict["rate"] = _v
        _v = self.standard_rate
        if _v is not UNSET and not _in_request:
            field_dict["standardRate"] = _v
        _v = self.product_unit
        if _v is not UNSET:
            field_dict["productUnit"] = _v.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A InventoryUnitRateCompanySpecific from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``InventoryUnitRateCompanySpecific.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.account import Account  # noqa: PLC0415
        from ..models.product_unit import ProductUnit  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "year",
                "account",
                "rate",
                "standardRate",
                "productUnit",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("year")
                if v is None:
                    o.year = u
                    if "year" not in d:
                        m += 1
                else:
                    o.year = v
                k = "account"
                v = g("account")
                if v is None:
                    o.account = u
                    if "account" not in d:
                        m += 1
                else:
                    o.account = Account._tx_parse(v)
                v = g("rate")
                if v is None:
                    o.rate = u
                    if "rate" not in d:
                        m += 1
                else:
                    o.rate = v
                v = g("standardRate")
                if v is None:
                    o.standard_rate = u
                    if "standardRate" not in d:
                        m += 1
                else:
                    o.standard_rate = v
                k = "productUnit"
                v = g("productUnit")
                if v is None:
                    o.product_unit = u
                    if "productUnit" not in d:
                        m += 1
                else:
                    o.product_unit = ProductUnit._tx_parse(v)
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
            ("year", "year"),
            ("account", "account"),
            ("rate", "rate"),
            ("standard_rate", "standardRate"),
            ("product_unit", "productUnit"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.year
            o.year = u if v is None else v
            v = s.account
            o.account = u if v is None or v is u else Account._tx_parse(v)
            v = s.rate
            o.rate = u if v is None else v
            v = s.standard_rate
            o.standard_rate = u if v is None else v
            v = s.product_unit
            o.product_unit = u if v is None or v is u else ProductUnit._tx_parse(v)
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
