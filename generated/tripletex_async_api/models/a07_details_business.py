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
)

if TYPE_CHECKING:
    from ..models.a07_details_business_payroll_tax import A07DetailsBusinessPayrollTax


T = TypeVar("T", bound="A07DetailsBusiness")


@_attrs_define
class A07DetailsBusiness(Model):
    """
    Attributes:
        payroll_tax (A07DetailsBusinessPayrollTax | Unset):
    """

    payroll_tax: A07DetailsBusinessPayrollTax | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.payroll_tax
        if _v is not UNSET:
            field_dict["payrollTax"] = _v.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A A07DetailsBusiness from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``A07DetailsBusiness.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.a07_details_business_payroll_tax import A07DetailsBusinessPayrollTax  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(("payrollTax",))

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "payrollTax"
                v = g("payrollTax")
                if v is None:
                    o.payroll_tax = u
                    if "payrollTax" not in d:
                        m += 1
                else:
                    o.payroll_tax = A07DetailsBusinessPayrollTax._tx_parse(v)
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 1 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (("payroll_tax", "payrollTax"),)

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.payroll_tax
            o.payroll_tax = u if v is None or v is u else A07DetailsBusinessPayrollTax._tx_parse(v)
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
