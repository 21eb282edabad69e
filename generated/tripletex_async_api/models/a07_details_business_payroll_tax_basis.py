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
    serializing_request_body,
)

T = TypeVar("T", bound="A07DetailsBusinessPayrollTaxBasis")


@_attrs_define
class A07DetailsBusinessPayrollTaxBasis(Model):
    """
    Attributes:
        zone (str | Unset):
        basis_amount (float | Unset):
        percentage_rate (float | Unset):
    """

    zone: str | Unset = UNSET
    basis_amount: float | Unset = UNSET
    percentage_rate: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.zone
        if _v is not UNSET and not _in_request:
            field_dict["zone"] = _v
        _v = self.basis_amount
        if _v is not UNSET and not _in_request:
            field_dict["basisAmount"] = _v
        _v = self.percentage_rate
        if _v is not UNSET and not _in_request:
            field_dict["percentageRate"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A A07DetailsBusinessPayrollTaxBasis from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``A07DetailsBusinessPayrollTaxBasis.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "zone",
                "basisAmount",
                "percentageRate",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("zone")
                if v is None:
                    o.zone = u
                    if "zone" not in d:
                        m += 1
                else:
                    o.zone = v
                v = g("basisAmount")
                if v is None:
                    o.basis_amount = u
                    if "basisAmount" not in d:
                        m += 1
                else:
                    o.basis_amount = v
                v = g("percentageRate")
                if v is None:
                    o.percentage_rate = u
                    if "percentageRate" not in d:
                        m += 1
                else:
                    o.percentage_rate = v
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
            ("zone", "zone"),
            ("basis_amount", "basisAmount"),
            ("percentage_rate", "percentageRate"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.zone
            o.zone = u if v is None else v
            v = s.basis_amount
            o.basis_amount = u if v is None else v
            v = s.percentage_rate
            o.percentage_rate = u if v is None else v
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
